import pytest

from kizuna.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gz():
    return Gazetteer.load()

import pytest

from kizuna.extract import extract_facts
from kizuna.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gz():
    return Gazetteer.load()


@pytest.fixture(scope="session")
def extract(gz):
    def run(text, published=None):
        return extract_facts(text, published=published, gazetteer=gz)

    return run


def names(fact):
    return [p.name for p in fact.places]


def ids(fact):
    return [p.id for p in fact.places]


def of_type(facts, t):
    return [f for f in facts if f.type == t]

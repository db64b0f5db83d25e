from __future__ import annotations

import pytest

from kizuna.store import Store, open_store


@pytest.fixture
def store(tmp_path) -> Store:
    return open_store(f"sqlite:///{tmp_path / 'k.db'}")

"""Opening a database: the recorded SQLite schema must be exactly what the migrations make."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from kizuna.store import open_store
from kizuna.store import sqlite_schema as recorded
from kizuna.store.migrate import alembic_config, sqlite_schema_from_migrations


def _schema(path: Path) -> list[tuple[str, str, str, str | None]]:
    con = sqlite3.connect(path)
    try:
        return list(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"))
    finally:
        con.close()


def _version(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
    finally:
        con.close()


def _alembic_upgrade(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_record_matches_the_migrations() -> None:
    """Fails after a new migration until sqlite_schema.py is regenerated (see its docstring)."""
    head, stmts = sqlite_schema_from_migrations()
    assert recorded.SQLITE_HEAD == head
    assert list(recorded.SQLITE_STATEMENTS) == stmts


def test_fresh_file_gets_the_migrated_schema(tmp_path: Path) -> None:
    _alembic_upgrade(tmp_path / "alembic.db", "head")
    open_store(f"sqlite:///{tmp_path / 'fast.db'}").engine.dispose()
    assert _schema(tmp_path / "fast.db") == _schema(tmp_path / "alembic.db")
    assert _version(tmp_path / "fast.db") == _version(tmp_path / "alembic.db") == [recorded.SQLITE_HEAD]


def test_older_database_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _alembic_upgrade(db, "0001")
    con = sqlite3.connect(db)
    assert "overrides" not in [r[1] for r in con.execute("PRAGMA table_info(facts)")]
    con.close()
    store = open_store(f"sqlite:///{db}")
    assert store.counts() == {"documents": 0, "facts": 0, "sources": 0}
    store.engine.dispose()
    _alembic_upgrade(tmp_path / "ref.db", "head")
    assert [r[3] for r in _schema(db) if r[0] == "table" and r[1] == "facts"] == \
        [r[3] for r in _schema(tmp_path / "ref.db") if r[0] == "table" and r[1] == "facts"]
    assert _version(db) == [recorded.SQLITE_HEAD]


def test_reopening_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    store = open_store(url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO people (pk, key, name) VALUES (1, 'a b', 'A B')")
    store.engine.dispose()
    again = open_store(url)
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM people").scalar_one() == "A B"
    assert _version(tmp_path / "k.db") == [recorded.SQLITE_HEAD]


def test_foreign_sqlite_file_goes_through_alembic(tmp_path: Path) -> None:
    """A file with tables of its own is not taken for a new database: Alembic adds ours beside them."""
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.commit()
    con.close()
    open_store(f"sqlite:///{db}").engine.dispose()
    names = {r[1] for r in _schema(db)}
    assert {"notes", "facts", "sources", "alembic_version"} <= names

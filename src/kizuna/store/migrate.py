"""Schema migrations: every database is brought to Alembic's head when Kizuna opens it.

Alembic is the only authority on the schema, but running it costs more than a
whole small ingest (it imports every revision script and builds each table
through SQLAlchemy's DDL compiler).  Two SQLite cases need none of that:

- a database already at head (:data:`SQLITE_HEAD`): nothing to do;
- a brand-new, empty file: the statements the migrations would run are
  replayed as recorded in :mod:`kizuna.store.sqlite_schema` (what SQLite
  stored for each table and index after a real migration), in one
  transaction, and the Alembic version is stamped.

``tests/store/test_migrate.py`` checks that the record equals what the
migrations produce and names the current head, so a new revision without a
fresh record fails the tests (:func:`sqlite_schema_from_migrations` makes it).
Every other case (an older revision, another database engine) runs Alembic.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from kizuna.store.sqlite_schema import SQLITE_HEAD, SQLITE_STATEMENTS

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    if engine.dialect.name == "sqlite" and _sqlite_fast_path(engine):
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _sqlite_fast_path(engine: Engine) -> bool:
    """Create a fresh SQLite schema, or see it is at head; False when Alembic must decide.

    ``BEGIN IMMEDIATE`` takes the write lock before looking, so two processes opening
    one new file cannot both create it; whatever the record does not cover (an older
    revision, foreign tables) is left to Alembic.
    """
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        names = {r[0] for r in cur.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" in names:
            versions = [r[0] for r in cur.execute("SELECT version_num FROM alembic_version")]
            return versions == [SQLITE_HEAD]
        if names:
            return False
        raw.commit()  # end any implicit transaction before taking the write lock
        cur.execute("BEGIN IMMEDIATE")
        try:
            if cur.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raw.rollback()  # another process created it meanwhile
                return False
            for stmt in SQLITE_STATEMENTS:
                cur.execute(stmt)
            cur.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (SQLITE_HEAD,))
            raw.commit()
        except BaseException:
            raw.rollback()
            raise
        return True
    finally:
        raw.close()


def sqlite_schema_from_migrations() -> tuple[str, list[str]]:
    """Run every migration on an empty SQLite file: (head revision, stored SQL in creation order).

    What :mod:`kizuna.store.sqlite_schema` must hold; its test compares the two.
    """
    from alembic.script import ScriptDirectory

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/schema.db")
        try:
            cfg = alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            with engine.connect() as conn:
                stmts = [r[0] for r in conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")]
        finally:
            engine.dispose()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return str(head), stmts


def write_sqlite_schema(path: Path = Path(__file__).parent / "sqlite_schema.py") -> None:
    """Regenerate :mod:`kizuna.store.sqlite_schema` from the migrations (after adding one)."""
    head, stmts = sqlite_schema_from_migrations()
    body = []
    for stmt in stmts:
        parts = stmt.split("\n")
        lines = [repr(p + "\n") for p in parts[:-1]] + [repr(parts[-1])]
        body.append("    (" + "\n     ".join(lines) + "),")
    doc = (path.read_text(encoding="utf-8").split('"""')[1] if path.is_file() else "Generated.")
    path.write_text(f'"""{doc}"""\n\nSQLITE_HEAD = {head!r}\nSQLITE_STATEMENTS: tuple[str, ...] = (\n'
                    + "\n".join(body) + "\n)\n", encoding="utf-8")

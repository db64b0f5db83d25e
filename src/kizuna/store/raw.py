"""SQLite's fast path: plain SQL on the driver's cursor, inside the session's own transaction.

A batch runs a dozen lookups and inserts.  Through SQLAlchemy each costs a
statement compile (an expanding ``IN`` list is rendered anew every time) and the
execution context's bookkeeping, together more than SQLite spends running it.
On SQLite (the ``qmark`` paramstyle of the standard ``sqlite3`` driver) the
store therefore writes the SQL text itself and runs it on the DBAPI connection
the session's transaction holds, so the statements commit or roll back with
everything else.  Driver errors are wrapped as SQLAlchemy wraps them
(``DBAPIError``), so callers see the same exceptions on either path.  Every
other dialect (PostgreSQL) keeps going through SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

#: False sends SQLite through the generic SQLAlchemy path too (tests compare both paths' databases).
ENABLED = True


def fast(conn: Connection) -> bool:
    """Whether ``conn`` takes the plain-SQL path (SQLite with ``?`` placeholders)."""
    dialect = conn.dialect
    return ENABLED and dialect.name == "sqlite" and dialect.paramstyle == "qmark"


def _wrap(conn: Connection, sql: str, params: Any, exc: Exception) -> DBAPIError:
    error = conn.dialect.loaded_dbapi.Error
    return DBAPIError.instance(sql, params, exc, error)


def rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Every row ``sql`` returns, run on the transaction's DBAPI cursor."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    except conn.dialect.loaded_dbapi.Error as exc:
        raise _wrap(conn, sql, params, exc) from exc
    finally:
        cur.close()


def execute_many(conn: Connection, sql: str, params: Sequence[Sequence[Any]]) -> None:
    """``executemany`` of ``sql`` on the transaction's DBAPI cursor."""
    cur = conn.connection.cursor()
    try:
        cur.executemany(sql, params)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise _wrap(conn, sql, params, exc) from exc
    finally:
        cur.close()


@lru_cache(maxsize=256)
def in_sql(table: str, column: str, n: int) -> str:
    """``SELECT column FROM table WHERE column IN (?, ... n times)``, identifiers double-quoted."""
    marks = ", ".join("?" * n)
    return f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN ({marks})'


def sqlite_datetime(value: Any) -> Any:
    """What SQLAlchemy's SQLite ``DateTime`` stores for a naive datetime ("YYYY-MM-DD HH:MM:SS.ffffff").

    ``isoformat`` gives the same text (it leaves the fraction out when it is zero);
    anything but a naive ``datetime`` is left to SQLAlchemy's processor by the caller.
    """
    text = value.isoformat(" ")
    return text if value.microsecond else text + ".000000"


def is_naive_datetime(value: Any) -> bool:
    """Whether :func:`sqlite_datetime` formats ``value`` as SQLAlchemy would."""
    return type(value) is datetime and value.tzinfo is None

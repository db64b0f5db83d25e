"""New rows written as plain rows: one multi-row INSERT per table instead of an ORM object each.

The writer uses these for groups the database has never seen, where there is
nothing to merge with and the ORM's bookkeeping (identity map, change events,
relationship collections, the unit of work's sorting) is pure cost.  The rows
are exactly those the ORM would write: JSON columns are encoded the way
SQLAlchemy's ``JSON`` type encodes them (``json.dumps``), and a missing
conflict is SQL NULL as when the ORM leaves the attribute unset.

Even Core's ``execute(insert(table), rows)`` spends more time per row (binding
each dict through the compiled statement) than SQLite spends storing it, so the
rows are kept as tuples in column order and handed to the driver's
``executemany`` (on SQLite directly on the transaction's cursor, see
:mod:`kizuna.store.raw`; elsewhere through :meth:`Connection.exec_driver_sql`),
with the INSERT compiled once per dialect by SQLAlchemy (placeholders, quoting)
and each column's bind processor (times) applied as SQLAlchemy would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, column, insert, table
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from kizuna.store import raw
from kizuna.store.encode import dumps as _dumps
from kizuna.store.reports import Report


def _json(value: Any) -> str | None:
    """What SQLAlchemy's JSON type stores for ``value`` (None: left unset, SQL NULL)."""
    return None if value is None else _dumps(value)


# Light table clauses: JSON columns untyped (the rows carry their encoded text), times typed.
DOCUMENTS = table("documents", column("id"), column("sha256"), column("origin"), column("url"), column("title"),
                  column("published"), column("published_source"), column("outlet"), column("language"),
                  column("format"), column("text"), column("meta"), column("ingested_at", DateTime))
FACTS = table("facts", column("id"), column("type"), column("date"), column("date_end"), column("status"),
              column("attributes"), column("confidence"), column("merge_key"), column("provenance"),
              column("curation"), column("conflict"), column("created_at", DateTime),
              column("updated_at", DateTime))
FACT_PLACES = table("fact_places", column("fact_id"), column("position"), column("place_pk"), column("name"))
FACT_PEOPLE = table("fact_people", column("fact_id"), column("position"), column("person_pk"), column("name"),
                    column("title"), column("place_id"))
SOURCES = table("sources", column("pk"), column("fact_id"), column("document_id"), column("origin"),
                column("url"), column("published"), column("start"), column("end"), column("text"),
                column("extracted"))

def _sqlite_time(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's SQLite time processor, with naive datetimes formatted by :func:`raw.sqlite_datetime`."""
    naive, fmt = raw.is_naive_datetime, raw.sqlite_datetime

    def process(value: Any) -> Any:
        return fmt(value) if naive(value) else proc(value)
    return process


_PREPARED: dict[tuple[str, str, str], tuple[str, list[str] | None, list[tuple[int, Callable[[Any], Any]]]]] = {}


def _prepared(tbl: TableClause, dialect: Dialect) -> tuple[str, list[str] | None,
                                                          list[tuple[int, Callable[[Any], Any]]]]:
    """The INSERT's SQL for ``dialect``, its bind names when positional, and the column processors."""
    key = (tbl.name, dialect.name, str(dialect.paramstyle))
    found = _PREPARED.get(key)
    if found is None:
        names = [c.key for c in tbl.columns]
        compiled = insert(tbl).compile(dialect=dialect, column_keys=names)
        order = list(compiled.positiontup or []) if compiled.positional else None
        if order is not None and order != names:
            raise RuntimeError(f"unexpected bind order for {tbl.name}: {order}")
        procs = []
        for i, c in enumerate(tbl.columns):
            proc = c.type.dialect_impl(dialect).bind_processor(dialect)
            if proc is not None:
                if dialect.name == "sqlite" and isinstance(c.type, DateTime):
                    proc = _sqlite_time(proc)
                procs.append((i, proc))
        found = (str(compiled), order, procs)
        _PREPARED[key] = found
    return found


def insert_rows(conn: Connection, tbl: TableClause, rows: Sequence[tuple[Any, ...]]) -> None:
    """INSERT ``rows`` (tuples in ``tbl``'s column order) with one ``executemany``."""
    if not rows:
        return
    sql, order, procs = _prepared(tbl, conn.dialect)
    params: list[Any] = list(rows)
    if procs:
        fixed = []
        for row in rows:
            vals = list(row)
            for i, proc in procs:
                vals[i] = proc(vals[i])
            fixed.append(tuple(vals))
        params = fixed
    if raw.fast(conn):
        raw.execute_many(conn, sql, params)
        return
    if order is None:  # named placeholders (e.g. psycopg's pyformat)
        names = [c.key for c in tbl.columns]
        params = [dict(zip(names, row, strict=True)) for row in params]
    conn.exec_driver_sql(sql, params)


class BulkRows:
    """Rows of new facts collected during a batch, written in dependency order by :meth:`write`."""

    def __init__(self) -> None:
        self.facts: list[tuple[Any, ...]] = []
        self.fact_places: list[tuple[Any, ...]] = []
        self.fact_people: list[tuple[Any, ...]] = []
        self.sources: list[tuple[Any, ...]] = []

    def fact(self, fid: str, key: str, derived: dict[str, Any], provenance: str, created: datetime,
             updated: datetime) -> None:
        """A new fact row from :func:`kizuna.store.merge.derive`'s result."""
        d = derived
        self.facts.append((fid, d["type"], d["date"], d["date_end"], d["status"], _dumps(dict(d["attributes"])),
                           d["confidence"], key, provenance, "none", _json(d["conflict"]), created, updated))

    def fact_place(self, fid: str, position: int, place_pk: int, name: str) -> None:
        self.fact_places.append((fid, position, place_pk, name))

    def fact_person(self, fid: str, position: int, person_pk: int, person: dict[str, Any]) -> None:
        self.fact_people.append((fid, position, person_pk, person["name"], person.get("title"),
                                 (person.get("place") or {}).get("id")))

    def source(self, pk: int, fid: str, r: Report) -> None:
        """The source row of report ``r`` on fact ``fid``."""
        self.sources.append((pk, fid, r.doc_id, r.origin, r.url, r.published, r.start, r.end, r.text,
                             _dumps(r.extracted())))

    def write(self, s: Session) -> None:
        """Insert everything collected (facts before the rows that point at them), then forget it."""
        conn = s.connection()
        for tbl, rows in ((FACTS, self.facts), (FACT_PLACES, self.fact_places), (FACT_PEOPLE, self.fact_people),
                          (SOURCES, self.sources)):
            insert_rows(conn, tbl, rows)
            rows.clear()

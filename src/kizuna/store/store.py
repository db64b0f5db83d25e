"""The Store: every write of documents and facts goes through here.

A document is written with all the facts extracted from it in one
transaction, so a killed ingest leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, bindparam, create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from kizuna.errors import ConfigError, NotFound, StoreError
from kizuna.facts import Fact
from kizuna.store import migrate
from kizuna.store.bulk import DOCUMENTS, insert_rows
from kizuna.store.encode import dumps
from kizuna.store.reports import Report
from kizuna.store.schema import Document, FactPlace, FactRow, Source
from kizuna.store.writer import DOCUMENT_IDS, Writer, WriteStats, existing_keys


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL keeps the database consistent; a power cut may lose the last commits
    cur.close()


class Store:
    """A Kizuna database.  Open with :func:`open_store`; schema migrations run on open."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.Session = sessionmaker(engine, expire_on_commit=False)
        tbl = Document.__table__
        compiled = select(tbl.c.id).where(tbl.c.id == bindparam("id")).compile(dialect=engine.dialect)
        self._has_document_sql = (str(compiled), bool(compiled.positional))

    # ---- documents -------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored: asked once per document an ingest reads.

        A bare indexed lookup, so it skips SQLAlchemy's per-statement machinery: the
        SELECT is compiled once for the dialect and run on a pooled DBAPI cursor
        (driver errors are wrapped as SQLAlchemy would wrap them).
        """
        sql, names = self._has_document_sql
        params: Any = (doc_id,) if names else {"id": doc_id}
        raw = self.engine.raw_connection()
        try:
            cur = raw.cursor()
            try:
                cur.execute(sql, params)
                return cur.fetchone() is not None
            finally:
                cur.close()
        except self.engine.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(sql, params, exc, self.engine.dialect.loaded_dbapi.Error) from exc
        finally:
            raw.close()

    def get_document(self, ident: str) -> Document:
        """A document by id, or by origin (the path or URL it was read from)."""
        with self.Session() as s:
            doc = s.get(Document, ident)
            if doc is None:
                doc = s.scalars(select(Document).where(Document.origin == ident)).first()
            if doc is None:
                raise NotFound("document", ident)
            return doc

    def add_document(self, doc: Any, facts: list[Fact]) -> int:
        """Store one intake document and its extracted facts atomically; returns facts stored.

        ``doc`` is an :class:`kizuna.intake.IntakeDocument` (duck-typed: origin, doc_id,
        sha256, text, title, published, ...).  A document already present is not
        stored again and 0 is returned.
        """
        try:
            with self.Session.begin() as s:
                return self._write_documents(s, [(doc, facts)])[0]
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {doc.origin}: {exc.__class__.__name__}: {exc}") from exc

    def add_documents(self, items: Sequence[tuple[Any, list[Fact]]]) -> list[int]:
        """Store several documents and their facts in one transaction (all or none).

        Merging cost is mostly per transaction (loading the groups a batch touches, one
        flush), so an ingest of many files batches them; a failing batch is retried one
        document at a time by the caller, so one bad document never sinks the others.
        Returns the facts stored per item (0 for a document already present).
        """
        try:
            with self.Session.begin() as s:
                return self._write_documents(s, items)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store a batch of {len(items)} documents: "
                             f"{exc.__class__.__name__}: {exc}") from exc

    @staticmethod
    def _write_documents(s: Session, items: Sequence[tuple[Any, list[Fact]]]) -> list[int]:
        """Add the documents not yet stored and merge their facts, inside the caller's transaction."""
        counts: list[int] = []
        reports: list[Report] = []
        rows: list[tuple[Any, ...]] = []
        ids = sorted({doc.doc_id for doc, _facts in items})
        seen = existing_keys(s.connection(), DOCUMENT_IDS, ids)  # one query for the batch, not one per document
        for doc, facts in items:
            if doc.doc_id in seen:
                counts.append(0)
                continue
            seen.add(doc.doc_id)
            rows.append((  # DOCUMENTS' column order; meta encoded as the JSON column would
                doc.doc_id, doc.sha256, doc.origin, doc.url, doc.title, doc.published, doc.published_source,
                getattr(doc, "outlet", None), getattr(doc, "language", None), getattr(doc, "format", None),
                doc.text, dumps(dict(getattr(doc, "meta", {}) or {})), _now(),
            ))
            # in text order, so that a story told twice keeps its earliest telling first
            ordered = sorted(facts, key=lambda f: (f.evidence.start, f.evidence.end))
            reports += [Report.from_fact(f, doc) for f in ordered]
            counts.append(len(facts))
        if rows:  # plain rows: the writer only ever refers to documents by id
            insert_rows(s.connection(), DOCUMENTS, rows)
        Writer(s).apply(reports)
        return counts

    # ---- facts -----------------------------------------------------------
    def add_reports(self, reports: Sequence[Report], refresh: Sequence[str] = ()) -> WriteStats:
        """Merge reports not tied to a stored document (registry rows, curators) in one transaction."""
        try:
            with self.Session.begin() as s:
                return Writer(s).apply(list(reports), refresh=refresh)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {len(reports)} reports: {exc.__class__.__name__}: {exc}") from exc

    def get_fact(self, fact_id: str) -> FactRow:
        """One fact (rejected ones too) with places, people and sources loaded."""
        with self.Session() as s:
            row = s.scalars(self._fact_query().where(FactRow.id == fact_id)).first()
            if row is None:
                raise NotFound("fact", fact_id)
            return row

    @staticmethod
    def _fact_query() -> Select[tuple[FactRow]]:
        return select(FactRow).options(
            selectinload(FactRow.places).selectinload(FactPlace.place),
            selectinload(FactRow.people),
            selectinload(FactRow.sources),
        )

    def iter_facts(self, *, type: str | None = None, include_rejected: bool = False) -> Iterator[FactRow]:
        """Facts with their places, people and sources loaded, in a stable order."""
        with self.Session() as s:
            q = self._fact_query().order_by(FactRow.type, FactRow.id)
            if type:
                q = q.where(FactRow.type == type)
            if not include_rejected:
                q = q.where(FactRow.curation != "rejected")
            yield from s.scalars(q)

    def counts(self) -> dict[str, int]:
        """How many documents, facts and sources the database holds."""
        from sqlalchemy import func

        with self.Session() as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(Document)) or 0,
                "facts": s.scalar(select(func.count()).select_from(FactRow)) or 0,
                "sources": s.scalar(select(func.count()).select_from(Source)) or 0,
            }


def open_store(url: str) -> Store:
    """Open (creating and migrating if needed) the database at ``url``."""
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # noqa: BLE001 - any parse/driver failure is a config problem
        raise ConfigError(f"bad database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        raise StoreError(f"cannot open database {url}: {exc.__class__.__name__}: {exc}") from exc
    return Store(engine)

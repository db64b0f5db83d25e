"""Applying reports to the database inside one session: the only place facts are written.

For each coarse group a batch touches, the writer loads the group's facts
with their sources once, re-clusters the group's reports (old and new) with
:func:`kizuna.store.merge.cluster`, maps the clusters back onto existing rows
(a row a curator touched wins, so a rejected fact stays rejected when new
reports of it arrive), moves or adds sources, and re-derives each fact.  A
group nothing new touches is never loaded, so a batch costs one indexed
lookup per group however big the base is.

A group the database has never seen (most groups of a fresh ingest) has no
rows to merge with: its facts, places, people and sources are collected as
plain rows and written with one multi-row INSERT per table at the end of the
batch (:mod:`kizuna.store.bulk`), the same rows the ORM would have written.
New places, people and sources get their keys from the writer (the table's
largest key plus one, in creation order: what SQLite itself would hand out),
so rows of both paths can refer to each other before anything is flushed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, inspect, select, text
from sqlalchemy.orm import Session, configure_mappers, make_transient_to_detached, selectinload

from kizuna.store import raw
from kizuna.store.bulk import BulkRows, insert_rows
from kizuna.store.keys import new_fact_id, person_key, ref_key
from kizuna.store.merge import cluster, derive
from kizuna.store.reports import Report
from kizuna.store.schema import AuditEntry, FactPerson, FactPlace, FactRow, PersonRow, Place, Source

CHUNK = 500  # keys per IN (...) query, well under SQLite's variable limit

# Statements built once (an IN list is bound at run time): building and caching a
# statement per query cost more than running it.  Core where no ORM object is needed.
_PLACES, _PEOPLE, _FACTS, _SOURCES = (m.__table__ for m in (Place, PersonRow, FactRow, Source))
_MAX_KEYS = select(*(select(func.max(t.c.pk)).scalar_subquery() for t in (_PLACES, _PEOPLE, _SOURCES)))
_PLACES_BY_KEY = select(Place).where(Place.key.in_(bindparam("keys", expanding=True)))
_PEOPLE_BY_KEY = select(PersonRow).where(PersonRow.key.in_(bindparam("keys", expanding=True)))


class InQuery(NamedTuple):
    """``SELECT column FROM table WHERE column IN (:keys)``: as text for SQLAlchemy, as names for :mod:`raw`."""

    table: str
    column: str
    stmt: Any


def in_query(table: str, column: str) -> InQuery:
    """``SELECT column FROM table WHERE column IN (:keys)`` as plain standard SQL.

    Each new engine compiles every Core statement it runs once, which cost more than
    running these lookups a few times; a text statement compiles for nothing (and on
    SQLite the query is written out and run on the driver's cursor, see :mod:`raw`).
    Identifiers are double-quoted (standard SQL: SQLite and PostgreSQL alike).
    """
    stmt = text(f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN :keys').bindparams(
        bindparam("keys", expanding=True))
    return InQuery(table, column, stmt)


_PLACE_KEYS = in_query("places", "key")
_PERSON_KEYS = in_query("people", "key")
_FACT_IDS = in_query("facts", "id")
_GROUP_KEYS = in_query("facts", "merge_key")
DOCUMENT_IDS = in_query("documents", "id")
_PLACE_COLUMNS = tuple(c.key for c in _PLACES.columns)
_PERSON_COLUMNS = tuple(c.key for c in _PEOPLE.columns)
_PLACE_MANAGER = inspect(Place).class_manager
_PERSON_MANAGER = inspect(PersonRow).class_manager
_MAX_KEYS_SQL = 'SELECT (SELECT max(pk) FROM "places"), (SELECT max(pk) FROM "people"), (SELECT max(pk) FROM "sources")'


def existing_keys(conn: Any, query: InQuery, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` the one-column IN query finds (in chunks under the variable limit)."""
    found: set[str] = set()
    fast = raw.fast(conn)
    for chunk in _chunks(keys):
        if fast:
            found.update(r[0] for r in raw.rows(conn, raw.in_sql(query.table, query.column, len(chunk)), chunk))
        else:
            found.update(conn.execute(query.stmt, {"keys": list(chunk)}).scalars())
    return found


def _new_row(manager: Any, values: dict[str, Any]) -> Any:
    """A new, transient ORM object with every column set, made the way the ORM makes loaded rows.

    The constructor's events and per-attribute bookkeeping cost more than writing
    the row; the object is attached by :meth:`Writer._insert_created` once written
    (or inserted by the flush if a cascade takes it into the session first).
    """
    obj = manager.new_instance()
    obj.__dict__.update(values)
    return obj
SYSTEM_USER = "kizuna"
OVERRIDABLE: tuple[str, ...] = ("date", "date_end", "status", "confidence", "people")


def now() -> datetime:
    """Naive UTC timestamps, as the schema stores them."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class WriteStats:
    """What one batch did: reports offered, new sources, facts created, facts that gained a source."""

    reports: int = 0
    sources_added: int = 0
    duplicates: int = 0
    created: set[str] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


class Writer:
    """Writes reports into one open session; caches places and people for the batch."""

    def __init__(self, session: Session) -> None:
        if not (_PLACE_MANAGER.mapper.configured and _PERSON_MANAGER.mapper.configured):
            configure_mappers()  # _new_row skips the constructor, which would have done it
        self.s = session
        self.places: dict[str, Place] = {}
        self.people: dict[str, PersonRow] = {}
        self.qids: dict[str, str] = {}
        self._absent: set[str] = set()  # keys a preload found missing: create without asking again
        self._next_pk: dict[type, int] = {}  # next key to hand out per table with integer keys
        self._free_ids: set[str] = set()  # fact ids a preload found unused
        self._last_created: datetime | None = None
        self.bulk = BulkRows()
        self._created: list[Place | PersonRow] = []  # new place and people rows, in creation order
        # rows written or read outside the session (see _attach_loose), and their ids
        self._loose: list[Place | PersonRow] = []
        self._loose_ids: set[int] = set()

    def _reserve_keys(self) -> None:
        """Read each table's largest key once, before the batch changes anything (flushing first)."""
        if Source not in self._next_pk:
            self.s.flush()
            conn = self.s.connection()
            row = raw.rows(conn, _MAX_KEYS_SQL)[0] if raw.fast(conn) else conn.execute(_MAX_KEYS).one()
            for model, top in zip((Place, PersonRow, Source), row, strict=True):
                self._next_pk.setdefault(model, (top or 0) + 1)

    def _existing(self, stmt: Any, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` the one-column IN query ``stmt`` finds."""
        return existing_keys(self.s.connection(), stmt, keys)

    def _insert_created(self) -> None:
        """Write the new place and people rows, one INSERT per table; they stay loose until needed.

        New rows are made outside the session (the unit of work would insert them one
        object at a time); the rows written are the same.  A new row that an ORM fact
        place or person took into the session meanwhile (cascade) is the flush's to insert.
        """
        created, self._created = self._created, []
        fresh = [o for o in created if inspect(o).transient]
        conn = self.s.connection()
        for model, tbl, cols in ((Place, _PLACES, _PLACE_COLUMNS), (PersonRow, _PEOPLE, _PERSON_COLUMNS)):
            objs = [o for o in fresh if type(o) is model]
            insert_rows(conn, tbl, [tuple(o.__dict__[c] for c in cols) for o in objs])
            self._add_loose(objs)

    def _add_loose(self, objs: Iterable[Place | PersonRow]) -> None:
        """Rows as stored (written or read without the ORM), to be attached by :meth:`_attach_loose`."""
        for o in objs:
            self._loose.append(o)
            self._loose_ids.add(id(o))

    def _attach_loose(self) -> None:
        """Put the loose rows into the session as if loaded: before the ORM may refer to or change one.

        A batch of groups nothing stored touches (most of a fresh ingest) never needs
        them there, and attaching (identity map, state) cost more than writing them.
        Every column is set, so nothing is expired; the session holds no other object
        for these rows (new ones are new; read ones were looked up in the identity map).
        """
        loose, self._loose = self._loose, []
        self._loose_ids.clear()
        for o in loose:
            make_transient_to_detached(o)
            self.s.add(o)

    def new_pk(self, model: type) -> int:
        """The key the next new row of ``model`` gets: the table's largest plus one, as SQLite gives it."""
        self._reserve_keys()
        pk = self._next_pk[model]
        self._next_pk[model] = pk + 1
        return pk

    def _fact_exists(self, fid: str) -> bool:
        """Whether a fact row already has this id (a preload answers for the ids a batch first tries)."""
        if fid in self._free_ids:
            return False
        with self.s.no_autoflush:  # one flush per batch, not per new fact
            return self.s.get(FactRow, fid) is not None

    def _created_at(self) -> datetime:
        """Creation times strictly increasing within a batch, so 'oldest row first' keeps creation order."""
        t = now()
        if self._last_created is not None and t <= self._last_created:
            t = self._last_created + timedelta(microseconds=1)
        self._last_created = t
        return t

    # ---- shared rows ---------------------------------------------------------
    def _preload(self, reports: Sequence[Report]) -> None:
        """Load the place and people rows the reports name, and learn which are new and which fact ids are free.

        A light query asks which keys exist; only those are loaded (none, in a fresh database).
        """
        pkeys = sorted({k for r in reports for k in r.pkeys} - set(self.places))
        found = sorted(self._existing(_PLACE_KEYS, pkeys))
        for p in self._load(Place, found):
            self.places[p.key] = p
        self._absent.update(k for k in pkeys if k not in self.places)
        names = sorted({"person:" + person_key(p.get("name") or "") for r in reports
                        for p in r.fact.get("people") or []} - {"person:" + k for k in self.people})
        keys = [n.removeprefix("person:") for n in names]
        found = sorted(self._existing(_PERSON_KEYS, keys))
        for person in self._load(PersonRow, found):
            self.people[person.key] = person
        self._absent.update(n for n in names if n.removeprefix("person:") not in self.people)
        fids = sorted({new_fact_id(r.key, r.ident) for r in reports})
        taken = self._existing(_FACT_IDS, fids)
        self._free_ids.update(f for f in fids if f not in taken)

    def _load(self, model: type[Place] | type[PersonRow], keys: Sequence[str]) -> list[Any]:
        """The stored place or people rows with these keys, as the session's own objects where it has them.

        On SQLite the columns are read on the driver's cursor and made into loose
        objects (see :meth:`_attach_loose`), the values an ORM load would give (plain
        text and integer columns); elsewhere the ORM loads them.
        """
        conn = self.s.connection()
        if not raw.fast(conn):
            stmt = _PLACES_BY_KEY if model is Place else _PEOPLE_BY_KEY
            return [o for chunk in _chunks(keys) for o in self.s.scalars(stmt, {"keys": list(chunk)})]
        table, columns, manager = ((_PLACES, _PLACE_COLUMNS, _PLACE_MANAGER) if model is Place
                                   else (_PEOPLE, _PERSON_COLUMNS, _PERSON_MANAGER))
        names = ", ".join(f'"{c}"' for c in columns)
        out: list[Any] = []
        for chunk in _chunks(keys):
            marks = ", ".join("?" * len(chunk))
            for values in raw.rows(conn, f'SELECT {names} FROM "{table.name}" WHERE "key" IN ({marks})', chunk):
                row = dict(zip(columns, values, strict=True))
                obj = self.s.identity_map.get(self.s.identity_key(model, row["pk"]))
                if obj is None:
                    obj = _new_row(manager, row)
                    self._add_loose([obj])
                out.append(obj)
        return out

    def place(self, ref: dict[str, Any]) -> Place:
        """The shared place row for a place reference, created on first sight."""
        key = ref_key(ref)
        level, country = ref.get("level"), ref.get("country")
        row = self.places.get(key)
        if row is None and key not in self._absent:
            row = self.s.scalars(select(Place).where(Place.key == key)).first()
        if row is None:
            row = _new_row(_PLACE_MANAGER, {"pk": self.new_pk(Place), "key": key, "ref_id": ref.get("id"),
                                            "name": ref.get("name") or "", "country": country, "level": level,
                                            "qid": None})
            self._created.append(row)  # added to the session by _insert_created
        self.places[key] = row
        qid = self.qids.get(key) or ref.get("qid")
        if (level and row.level is None) or (country and row.country is None) or (qid and row.qid != qid):
            if id(row) in self._loose_ids:  # the change must reach the database: the session tracks it
                self._attach_loose()
            if row.level is None and level:  # fill what an earlier, vaguer mention left out
                row.level = level
            if row.country is None and country:
                row.country = country
            if qid and row.qid != qid:
                row.qid = qid
        return row

    def _placed(self, ref: dict[str, Any]) -> Place:
        """:meth:`place` for a reference :meth:`apply` has already placed in this batch.

        That call filled whatever the reference could tell the row (level and country
        are only ever filled, never cleared), so asking again changes nothing unless a
        QID is involved (another mention of the place may have set a different one).
        """
        if ref.get("qid") or self.qids:
            return self.place(ref)
        row = self.places.get(ref_key(ref))
        return row if row is not None else self.place(ref)

    def person(self, name: str) -> PersonRow:
        key = person_key(name)
        row = self.people.get(key)
        if row is None and "person:" + key not in self._absent:
            row = self.s.scalars(select(PersonRow).where(PersonRow.key == key)).first()
        if row is None:
            row = _new_row(_PERSON_MANAGER, {"pk": self.new_pk(PersonRow), "key": key, "name": name})
            self._created.append(row)  # added to the session by _insert_created
        self.people[key] = row
        return row

    # ---- groups ----------------------------------------------------------------
    def load_groups(self, keys: Sequence[str]) -> dict[str, list[FactRow]]:
        """Existing facts by coarse key, with sources, places and people loaded."""
        out: dict[str, list[FactRow]] = {}
        self._insert_created()
        self.s.flush()
        found = sorted(self._existing(_GROUP_KEYS, sorted(set(keys))))  # a light query first: most groups are new
        if found:
            self._attach_loose()  # the loaded facts' places and people must be the writer's own objects
        for chunk in _chunks(found):
            q = select(FactRow).where(FactRow.merge_key.in_(chunk)).options(
                selectinload(FactRow.sources), selectinload(FactRow.places).selectinload(FactPlace.place),
                selectinload(FactRow.people).selectinload(FactPerson.person))
            for row in self.s.scalars(q):
                out.setdefault(row.merge_key, []).append(row)
                for fp in row.places:  # the rows a re-derived fact names: no query each
                    self.places.setdefault(fp.place.key, fp.place)
                for fpe in row.people:
                    self.people.setdefault(fpe.person.key, fpe.person)
        return out

    def apply(self, reports: Sequence[Report], refresh: Iterable[str] = ()) -> WriteStats:
        """Merge ``reports`` into the database; also re-cluster the groups named in ``refresh``."""
        stats = WriteStats(reports=len(reports))
        by_group: dict[str, list[Report]] = {}
        for r in reports:
            by_group.setdefault(r.key, []).append(r)
        forced = set(refresh)
        for key in forced:
            by_group.setdefault(key, [])
        self._reserve_keys()
        self._preload(reports)
        for r in reports:  # every mention may tell a place row something it lacked (level, country, QID)
            for ref in r.fact.get("places") or []:
                self.place(ref)
        existing = self.load_groups(list(by_group))
        for key in sorted(by_group):
            if key in existing or key in forced:
                self._apply_group(key, existing.get(key, []), by_group[key], stats, force=key in forced)
            else:
                self._new_group(key, by_group[key], stats)
        self._insert_created()
        self.s.flush()
        self.bulk.write(self.s)
        return stats

    def _new_group(self, key: str, new: list[Report], stats: WriteStats) -> None:
        """A group with no rows yet: what :meth:`_apply_group` does then, as plain rows."""
        fresh: dict[str, Report] = {}
        for r in new:
            if r.ident in fresh:
                stats.duplicates += 1
            else:
                fresh[r.ident] = r
        everything = list(fresh.values())
        clusters = cluster(everything) if len(everything) > 1 else [everything]
        made: set[str] = set()
        for members in clusters:
            first = members[0]
            fid = new_fact_id(key, first.ident)
            n = 1
            while fid in made or self._fact_exists(fid):
                n += 1
                fid = new_fact_id(key, f"{first.ident}#{n}")
            made.add(fid)
            stats.created.add(fid)
            created = self._created_at()
            spans: set[tuple[str, int]] = set()
            for r in members:
                if r.doc_id is not None and r.start is not None:
                    if (r.doc_id, r.start) in spans:  # one sentence, told twice alike: keep the first
                        continue
                    spans.add((r.doc_id, r.start))
                self.bulk.source(self.new_pk(Source), fid, r)
                stats.sources_added += 1
            d = derive(members)
            provenance = first.provenance if first.provenance == "curated" else d["provenance"]
            places = [(self._placed(p), p.get("name") or "") for p in d["places"]]
            people = [(self.person(p["name"]), p) for p in d["people"] if p.get("name")]
            dirty = bool(places or people) or any(
                v != initial for v, initial in ((d["date"], None), (d["date_end"], None), (d["status"], "happened"),
                                                (d["attributes"], {}), (d["confidence"], 0.5),
                                                (d["conflict"], None), (provenance, first.provenance)))
            self.bulk.fact(fid, key, d, provenance, created, now() if dirty else created)
            for i, (p, name) in enumerate(places):
                self.bulk.fact_place(fid, i, p.pk, name or p.name)
            for i, (pr, p) in enumerate(people):
                self.bulk.fact_person(fid, i, pr.pk, p)

    def _apply_group(self, key: str, rows: list[FactRow], new: list[Report], stats: WriteStats,
                     force: bool = False) -> None:
        self._attach_loose()  # re-derived facts refer to place and people rows through the ORM
        owner: dict[str, tuple[FactRow, Source]] = {}
        for row in rows:
            for src in list(row.sources):
                r = Report.from_source(src)
                if r.ident in owner:  # an exact duplicate stored earlier: keep one
                    row.sources.remove(src)
                    continue
                owner[r.ident] = (row, src)
        fresh: dict[str, Report] = {}
        for r in new:
            if r.ident in owner or r.ident in fresh:
                stats.duplicates += 1
            else:
                fresh[r.ident] = r
        if not fresh and not force:
            return
        everything = [Report.from_source(src) for _row, src in owner.values()] + list(fresh.values())
        if not everything:
            return
        clusters = cluster(everything) if len(everything) > 1 else [everything]
        used: set[str] = set()
        before = {row.id for row in rows}
        for members in clusters:
            row = self._row_for(key, members, owner, used, rows)
            used.add(row.id)
            if row.id not in before:
                stats.created.add(row.id)
            added = self._attach(row, members, owner, fresh)
            stats.sources_added += added
            if row.id not in stats.created and added and len(row.sources) > added:
                stats.merged.add(row.id)
            self._rederive(row, members)
        for row in list(rows):
            if row.id not in used:
                if row.curation != "none":
                    self.s.add(AuditEntry(fact_id=row.id, who=SYSTEM_USER, at=now(), action="merged",
                                          before={"curation": row.curation}, after=None))
                self.s.delete(row)

    def _row_for(self, key: str, members: list[Report], owner: dict[str, tuple[FactRow, Source]],
                 used: set[str], rows: list[FactRow]) -> FactRow:
        """The existing row that best carries this cluster (curated first), else a new one."""
        votes = Counter(owner[r.ident][0].id for r in members if r.ident in owner)
        by_id = {row.id: row for row in rows}
        candidates = [by_id[i] for i in votes if i not in used]
        if candidates:
            candidates.sort(key=lambda row: (row.curation == "none", -votes[row.id], row.created_at, row.id))
            return candidates[0]
        first = members[0]
        fid = new_fact_id(key, first.ident)
        n = 1
        while fid in by_id or fid in used or self._fact_exists(fid):
            n += 1
            fid = new_fact_id(key, f"{first.ident}#{n}")
        t = self._created_at()
        row = FactRow(id=fid, type=first.type, merge_key=key, attributes={}, confidence=0.5, status="happened",
                      provenance=first.provenance, curation="none", created_at=t, updated_at=t)
        self.s.add(row)
        rows.append(row)
        return row

    def _attach(self, row: FactRow, members: list[Report], owner: dict[str, tuple[FactRow, Source]],
                fresh: dict[str, Report]) -> int:
        added = 0
        spans: set[tuple[str, int]] = set()
        for r in members:
            if r.doc_id is not None and r.start is not None:
                if (r.doc_id, r.start) in spans:  # one sentence, told twice alike: keep the first
                    if r.ident in owner:
                        src = owner[r.ident][1]
                        src.fact.sources.remove(src)
                    continue
                spans.add((r.doc_id, r.start))
            if r.ident in owner:
                src = owner[r.ident][1]
                if src.fact is not row:
                    src.fact.sources.remove(src)
                    row.sources.append(src)
            elif r.ident in fresh:
                row.sources.append(Source(pk=self.new_pk(Source), document_id=r.doc_id, origin=r.origin, url=r.url,
                                          published=r.published,
                                          start=r.start, end=r.end, text=r.text, extracted=r.extracted()))
                added += 1
        if added and row.curation != "none":
            self.s.add(AuditEntry(fact_id=row.id, who=SYSTEM_USER, at=now(), action="source-added",
                                  before=None, after={"sources": added, "curation": row.curation}))
        return added

    def _rederive(self, row: FactRow, members: list[Report]) -> None:
        """Recompute the row from its reports, then apply a curator's overrides on top."""
        d = derive(members)
        over = dict(row.overrides or {})
        attrs = dict(d["attributes"])
        for k, v in (over.get("attributes") or {}).items():
            if v is None:
                attrs.pop(k, None)
            else:
                attrs[k] = v
        for k in OVERRIDABLE:
            if k in over:
                d[k] = over[k]
        changes = {"type": d["type"], "date": d["date"], "date_end": d["date_end"], "status": d["status"],
                   "attributes": attrs, "confidence": d["confidence"], "conflict": d["conflict"]}
        if row.provenance != "curated":
            changes["provenance"] = d["provenance"]
        dirty = False
        for k, v in changes.items():
            if getattr(row, k) != v:
                setattr(row, k, v)
                dirty = True
        places = [(self.place(p), p.get("name") or "") for p in d["places"]]
        if [(fp.place.key, fp.name) for fp in row.places] != [(p.key, n) for p, n in places]:
            if row.places:
                row.places.clear()
                self.s.flush()
            for i, (p, n) in enumerate(places):
                row.places.append(FactPlace(position=i, place=p, name=n or p.name))
            dirty = True
        people = [(self.person(p["name"]), p) for p in d["people"] if p.get("name")]
        want = [(pr.key, p.get("name"), p.get("title"), (p.get("place") or {}).get("id")) for pr, p in people]
        have = [(fp.person.key, fp.name, fp.title, fp.place_id) for fp in row.people]
        if want != have:
            if row.people:
                row.people.clear()
                self.s.flush()
            for i, (pr, p) in enumerate(people):
                row.people.append(FactPerson(position=i, person=pr, name=p["name"], title=p.get("title"),
                                             place_id=(p.get("place") or {}).get("id")))
            dirty = True
        if dirty:
            row.updated_at = now()

"""Curation operations over a Store: review queue, accept/reject, edit, add.

Each operation runs in one transaction together with its audit entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from kizuna.curation.audit import current_user, record, snapshot
from kizuna.errors import ConfigError, NotFound
from kizuna.facts import FACT_TYPES, STATUSES, PlaceRef
from kizuna.store import Store
from kizuna.store.keys import group_key
from kizuna.store.reports import Report
from kizuna.store.schema import FactRow, Source
from kizuna.store.writer import Writer

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PLACE_ID_RE = re.compile(r"^([A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|geonames:\d+)$")
CURATED_CONFIDENCE = 0.95


# ---- reading -------------------------------------------------------------------
def review(store: Store, *, limit: int = 20, conflicts_only: bool = False,
           include_rejected: bool = False) -> list[dict[str, Any]]:
    """The review queue: conflicting facts first, then the least confident, newest first among equals.

    Ordered and limited in SQL, so the queue opens instantly on a large base.
    """
    with store.Session() as s:
        q = store._fact_query().order_by(case((FactRow.conflict.is_(None), 1), else_=0), FactRow.confidence,
                                         FactRow.updated_at.desc(), FactRow.id)
        if conflicts_only:
            q = q.where(FactRow.conflict.is_not(None))
        if not include_rejected:
            q = q.where(FactRow.curation != "rejected")
        rows = [r for r in s.scalars(q.limit(limit)) if r.conflict or not conflicts_only]
        return [snapshot(r) for r in rows]


def _load(s: Session, store: Store, fact_id: str) -> FactRow:
    row = s.scalars(store._fact_query().where(FactRow.id == fact_id)).first()
    if row is None:
        raise NotFound("fact", fact_id)
    return row


def _reload(s: Session, store: Store, fact_id: str) -> FactRow:
    s.expire_all()
    return _load(s, store, fact_id)


# ---- accept / reject ---------------------------------------------------------------
def _set_curation(store: Store, fact_id: str, state: str, action: str) -> dict[str, Any]:
    with store.Session.begin() as s:
        row = _load(s, store, fact_id)
        before = snapshot(row)
        row.curation = state
        s.flush()
        after = snapshot(row)
        record(s, fact_id, action, before, after)
        return after


def accept(store: Store, fact_id: str) -> dict[str, Any]:
    """Mark a fact as checked by a person; it is exported with ``"curation": "accepted"``."""
    return _set_curation(store, fact_id, "accepted", "accept")


def reject(store: Store, fact_id: str) -> dict[str, Any]:
    """Hide a fact from exports; it stays rejected when more reports of it arrive."""
    return _set_curation(store, fact_id, "rejected", "reject")


# ---- places ------------------------------------------------------------------------
def resolve_place(value: str) -> PlaceRef:
    """A place given by gazetteer id (``JP-16``, ``geonames:1850147``) or by name.

    An id the gazetteer lacks is an error (a typo should not become a new place);
    a name the gazetteer cannot resolve is kept as written, with a null id.
    """
    value = value.strip()
    if not value:
        raise ConfigError("empty place")
    try:
        from kizuna.gazetteer import Gazetteer
    except ImportError:  # gazetteer not installed: names are kept as written
        return PlaceRef(id=None, name=value)
    gz = Gazetteer.load()
    if PLACE_ID_RE.match(value):
        place = gz.get(value)
        if place is None:
            raise ConfigError(f"unknown place id {value!r}")
        return place.ref()
    place = gz.resolve_name(value)
    return place.ref() if place else PlaceRef(id=None, name=value)


# ---- edit ----------------------------------------------------------------------------
@dataclass
class EditRequest:
    """What ``kizuna fact edit`` asks: ``--set field=value``, ``--place N=ID``, ``--person``."""

    sets: dict[str, str] = field(default_factory=dict)
    places: dict[int, str] = field(default_factory=dict)
    people: list[str] | None = None


def _value(text: str) -> Any:
    """``--set attributes.edition=7`` gives 7; JSON when it parses, else the string; empty is null."""
    if text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_person(text: str) -> dict[str, Any]:
    """``"Name"`` or ``"Name|Title|PLACE_ID"`` → a person as the export shows it."""
    parts = [p.strip() for p in text.split("|")]
    if not parts[0]:
        raise ConfigError(f"person without a name: {text!r}")
    return {"name": parts[0], "title": (parts[1] if len(parts) > 1 else "") or None,
            "place": {"id": (parts[2] if len(parts) > 2 else "") or None}}


def _overrides(row: FactRow, sets: dict[str, str], people: list[str] | None) -> tuple[dict[str, Any], str | None]:
    over = json.loads(json.dumps(row.overrides or {}))
    new_type: str | None = None
    for name, raw in sets.items():
        v = _value(raw)
        if name in ("date", "date_end"):
            if v is not None and not (isinstance(v, str | int) and DATE_RE.match(str(v))):
                raise ConfigError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}")
            over[name] = None if v is None else str(v)
        elif name == "status":
            if v not in STATUSES:
                raise ConfigError(f"status must be one of {', '.join(STATUSES)}")
            over["status"] = v
        elif name == "confidence":
            if not isinstance(v, int | float) or not 0 <= v <= 1:
                raise ConfigError("confidence must be a number from 0 to 1")
            over["confidence"] = float(v)
        elif name == "type":
            if v not in FACT_TYPES:
                raise ConfigError(f"type must be one of {', '.join(FACT_TYPES)}")
            new_type = str(v)
        elif name.startswith("attributes.") and len(name) > len("attributes."):
            over.setdefault("attributes", {})[name.removeprefix("attributes.")] = v
        else:
            raise ConfigError(f"cannot set {name!r} (date, date_end, status, confidence, type, attributes.NAME)")
    if people is not None:
        over["people"] = [parse_person(p) for p in people]
    return over, new_type


def edit_fact(store: Store, fact_id: str, req: EditRequest) -> dict[str, Any]:
    """Apply a curator's edit; the fact is re-derived with it and may merge with a fact it now matches."""
    refs = {i: resolve_place(v) for i, v in req.places.items()}
    with store.Session.begin() as s:
        row = _load(s, store, fact_id)
        before = snapshot(row)
        over, new_type = _overrides(row, req.sets, req.people)
        old_key = row.merge_key
        row.overrides = over or None
        if row.curation != "rejected":
            row.curation = "edited"
        if new_type or refs:
            for i in refs:
                if i < 0 or i > len(row.places):
                    raise ConfigError(f"no place {i} on {fact_id} (it has {len(row.places)}; {len(row.places)} appends)")
            for src in row.sources:  # the identity of what the sources tell changes with the curator's word
                told = dict(src.extracted or {})
                told.setdefault("as_told", {"type": told.get("type"), "places": told.get("places")})
                places = list(told.get("places") or [])
                for i, ref in refs.items():
                    if i < len(places):
                        places[i] = ref.to_json()
                    else:
                        places.append(ref.to_json())
                told["places"] = places
                told["type"] = new_type or told.get("type")
                src.extracted = told
            first = row.sources[0].extracted or {}
            row.type = first["type"]
            row.merge_key = group_key(first["type"], [PlaceRef.from_json(p) for p in first["places"]],
                                      first.get("attributes") or {})
        s.flush()
        Writer(s).apply([], refresh=sorted({old_key, row.merge_key}))
        after = snapshot(_reload(s, store, fact_id))
        record(s, fact_id, "edit", before, after)
        return after


# ---- add -----------------------------------------------------------------------------
def add_fact(store: Store, *, type_: str, places: list[str], source: str, date: str | None = None,
             date_end: str | None = None, status: str = "happened", attributes: dict[str, str] | None = None,
             people: list[str] | None = None) -> dict[str, Any]:
    """Record a fact a person knows, with the source they give (a URL or a citation text).

    It merges like any report: when the knowledge base already holds the fact,
    the curator's source is added to it and the fact is marked accepted.
    """
    if type_ not in FACT_TYPES:
        raise ConfigError(f"type must be one of {', '.join(FACT_TYPES)}")
    if not places and type_ != "statistic":
        raise ConfigError("give at least one --place")
    for name, d in (("date", date), ("date_end", date_end)):
        if d is not None and not DATE_RE.match(d):
            raise ConfigError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {d!r}")
    if status not in STATUSES:
        raise ConfigError(f"status must be one of {', '.join(STATUSES)}")
    if not source.strip():
        raise ConfigError("give a --source (a URL or the citation)")
    who = current_user()
    is_url = bool(re.match(r"^https?://", source.strip()))
    fact = {
        "type": type_, "places": [resolve_place(p).to_json() for p in places], "date": date,
        "date_end": date_end, "status": status, "people": [parse_person(p) for p in people or []],
        "attributes": {k: _value(v) for k, v in (attributes or {}).items()}, "confidence": CURATED_CONFIDENCE,
    }
    report = Report(fact=fact, origin=source.strip() if is_url else f"curated:{who}",
                    url=source.strip() if is_url else None, text=source.strip(), provenance="curated")
    with store.Session.begin() as s:
        stats = Writer(s).apply([report])
        src = s.scalars(select(Source).where(Source.origin == report.origin, Source.text == report.text)
                        .order_by(Source.pk.desc())).first()
        if src is None:
            raise NotFound("source", report.text or "")
        row = _reload(s, store, src.fact_id)
        merged = row.id not in stats.created
        if row.curation == "none":
            row.curation = "accepted"
        row.provenance = "curated"
        s.flush()
        after = snapshot(row)
        record(s, row.id, "add-source" if merged else "add", None, after, who=who)
        return after

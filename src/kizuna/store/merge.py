"""Which reports tell of the same fact, and what the merged fact says.  Pure functions.

Reports are first narrowed by a coarse key (type + place keys, see
``keys.group_key``); inside one such group :func:`cluster` decides which
reports are one fact, and :func:`derive` computes the fact from its reports.

Rules (issue #6):

- Two reports from the *same news document* are one fact only when they say the
  same thing (same date, kind, edition, value...): an article that tells of a
  friendship tie and of the later sister tie, or of two editions of a forum,
  holds two facts.  The same story told twice in one article is one fact.
- Across sources, per type: partnerships merge when their kinds agree (a
  friendship tie and a sister tie between the same pair are two stages);
  differing founding dates are then a *conflict*, not two ties.  Meetings need
  the same series (name) and edition, or, with different editions, the same
  date (then the edition is a conflict).  Visits need compatible dates (one a
  prefix of the other, or at most three days apart) and, when both name people,
  a person in common.  Agreements and cooperation need compatible dates and no
  two different titles; statistics (same value by key) compatible dates and units.
- A report joins a cluster only if it is compatible with every member, so a
  vague report ("in 2019") cannot glue together two precise ones ("May 2019",
  "June 2019").
- Clustering runs over the reports sorted in a canonical order (most precise
  first), so the result depends only on the *set* of reports: ingest order
  does not matter.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date as _date
from typing import Any

from kizuna.store.encode import dumps_canonical
from kizuna.store.keys import person_key
from kizuna.store.reports import PARTNERSHIP_EVENTS, Report

_encode_str = json.encoder.encode_basestring  # json.dumps of a str when ensure_ascii is False

VISIT_DAYS = 3  # two reports of one trip may date it a few days apart (arrival, talks, departure)
CONFLICT_ATTRIBUTES: tuple[str, ...] = ("edition", "delegation_size", "share")
EVENT_ONLY_ATTRIBUTES: tuple[str, ...] = ("event", "from")
STATUS_RANK = {"happened": 0, "planned": 1, "unknown": 2}


# ---- compatibility ---------------------------------------------------------
def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, one a prefix (less precise form) of the other, or one unknown."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days)
    except ValueError:
        return None


def _names_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    ta, tb = set(a.split()), set(b.split())
    return ta <= tb or tb <= ta


def signature(r: Report) -> tuple[Any, ...]:
    """What one document must repeat exactly for two of its reports to be one fact."""
    a = r.attributes
    return (r.date, r.fact.get("date_end"), a.get("kind"), a.get("edition"), r.event, a.get("value"),
            a.get("unit"), r.folded("title"), r.folded("name"),
            tuple(sorted(a.get("fields") or ())))  # "documents on nursing" and "on sports": the extractor kept two


def compatible(a: Report, b: Report) -> bool:
    """Whether reports ``a`` and ``b`` (same coarse key) may tell of one fact."""
    if a.type == "partnership":
        if not _names_compatible(a.attributes.get("kind"), b.attributes.get("kind")):
            return False  # a kind is one word; subset test = equality or one unknown
        if a.event or b.event:
            return True  # an event belongs to the tie whatever its date
    if a.same_doc_key is not None and a.same_doc_key == b.same_doc_key:
        return signature(a) == signature(b)
    if a.type == "partnership":
        return True  # different founding dates across sources: a conflict on one tie
    if a.type == "meeting":
        return _meetings_compatible(a, b)
    if a.type == "visit":
        return _visits_compatible(a, b)
    if a.type == "statistic":
        ua, ub = a.attributes.get("unit"), b.attributes.get("unit")
        return dates_compatible(a.date, b.date) and (ua is None or ub is None or ua == ub)
    ta, tb = a.folded("title"), b.folded("title")
    return dates_compatible(a.date, b.date) and (ta is None or tb is None or ta == tb)


def _meetings_compatible(a: Report, b: Report) -> bool:
    if not _names_compatible(a.folded("name"), b.folded("name")):
        return False
    ea, eb = a.attributes.get("edition"), b.attributes.get("edition")
    if ea is not None and eb is not None:
        if ea == eb:
            return True  # same edition of the same series: a date difference is a conflict
        return a.date is not None and b.date is not None and dates_compatible(a.date, b.date)
    return dates_compatible(a.date, b.date)


def _visits_compatible(a: Report, b: Report) -> bool:
    pa, pb = a.person_keys(), b.person_keys()
    if pa and pb and not pa & pb:
        return False
    if dates_compatible(a.date, b.date):
        return True
    da, db = a.date or "", b.date or ""
    if len(da) == len(db) == 10:
        gap = _days_apart(da, db)
        return gap is not None and gap <= VISIT_DAYS
    return False


def _agreement(r: Report, members: Sequence[Report]) -> int:
    """How well ``r`` fits a cluster: members it agrees with on date and details, minus conflicts."""
    score = 0
    for m in members:
        if r.date and m.date:
            score += 1 if dates_compatible(r.date, m.date) else -1
        for k in ("edition", "kind", "name"):
            va, vb = r.attributes.get(k), m.attributes.get(k)
            if va is not None and vb is not None:
                score += 1 if va == vb else -1
    return score


# ---- clustering --------------------------------------------------------------
def precision_key(r: Report) -> tuple[Any, ...]:
    """Canonical order for clustering: plain reports before events, most precise first, then identity."""
    a = r.attributes
    return (r.event is not None, -len(r.date or ""), a.get("edition") is None, a.get("kind") is None,
            a.get("name") is None, r.ident)


def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    """Split one coarse group's reports into facts; depends only on the set of reports."""
    clusters: list[list[Report]] = []
    for r in sorted(reports, key=precision_key):
        best, best_score = -1, 0
        for i, members in enumerate(clusters):
            if all(compatible(r, m) for m in members):
                s = _agreement(r, members)
                if best < 0 or s > best_score:
                    best, best_score = i, s
        if best < 0:
            clusters.append([r])
        else:
            clusters[best].append(r)
    return [sorted(c, key=lambda r: r.ident) for c in clusters]


# ---- deriving the fact -------------------------------------------------------
def _pick_date(values: list[tuple[str, Report]], *, flag: bool = True
               ) -> tuple[str | None, list[dict[str, Any]] | None]:
    """The most precise date the most sources agree with, and a conflict list when sources disagree.

    Only the most precise forms compete ("1984" supports "1984-05", it does not
    compete with it); among those, the one most reports are compatible with wins,
    then the earliest.
    """
    if not values:
        return None, None
    distinct = sorted({v for v, _ in values})
    finest = [v for v in distinct if not any(w != v and w.startswith(v) for w in distinct)]
    support = {v: sum(1 for w, _ in values if dates_compatible(v, w)) for v in finest}
    best = sorted(finest, key=lambda v: (-support[v], v))[0]
    if not flag or len(finest) == 1:
        return best, None
    first: dict[str, Report] = {}
    for v, r in values:
        first.setdefault(v, r)
    return best, [{"value": v, "source": first[v].source_ref} for v in distinct]


def _json_key(v: Any) -> str:
    if type(v) is str:  # what json.dumps(v, ensure_ascii=False) returns for a string, without its set-up
        return _encode_str(v)
    return dumps_canonical(v)


def _merge_attributes(reports: Sequence[Report]) -> tuple[dict[str, Any], dict[str, Any]]:
    values: dict[str, list[tuple[Any, Report]]] = {}
    for r in reports:
        for k, v in r.attributes.items():
            if v is None or (r.event and k in EVENT_ONLY_ATTRIBUTES) or k in ("events", "state"):
                continue
            values.setdefault(k, []).append((v, r))
    attrs: dict[str, Any] = {}
    conflicts: dict[str, Any] = {}
    for k in sorted(values):
        vs = values[k]
        if len(vs) == 1 and not isinstance(vs[0][0], list):
            attrs[k] = vs[0][0]  # one value: it wins, nothing conflicts
            continue
        if all(isinstance(v, list) for v, _ in vs):
            attrs[k] = sorted({_json_key(x): x for v, _ in vs for x in v}.values(), key=_json_key)
            continue
        counts = Counter(_json_key(v) for v, _ in vs)
        by_key = {_json_key(v): v for v, _ in vs}
        best = sorted(counts, key=lambda j: (-counts[j], j))[0]
        attrs[k] = by_key[best]
        if len(counts) > 1 and k in CONFLICT_ATTRIBUTES:
            first: dict[str, Report] = {}
            for v, r in vs:
                first.setdefault(_json_key(v), r)
            conflicts[k] = [{"value": by_key[j], "source": first[j].source_ref} for j in sorted(counts)]
    return attrs, conflicts


def _events(reports: Sequence[Report], founded: str | None) -> list[dict[str, Any]]:
    out: dict[tuple[str, str | None], dict[str, Any]] = {}
    if founded:
        founder = next((r for r in reports if not r.event and r.date and r.date.startswith(founded)),
                       next(r for r in reports if not r.event))
        out[("established", founded)] = {"event": "established", "date": founded, "source": founder.source_ref}
    for r in reports:
        if r.event:
            out.setdefault((r.event, r.date), {"event": r.event, "date": r.date, "source": r.source_ref})
    order = {e: i for i, e in enumerate(PARTNERSHIP_EVENTS)}
    return sorted(out.values(), key=lambda e: (e["date"] or "9999", order.get(e["event"], 99), e["event"]))


def _state(events: list[dict[str, Any]]) -> str:
    """The tie's standing after its last dated event (undated events count last)."""
    state = "active"
    for e in events:
        state = {"suspended": "suspended", "ended": "ended"}.get(e["event"], "active")
    return state


def derive(reports: Sequence[Report]) -> dict[str, Any]:
    """The merged fact: most precise date, union of people and attributes, conflicts kept.

    Returns the fact JSON (no id, no sources) plus ``conflict`` (or None),
    ``provenance`` and ``confidence``.  Most facts have one report (see :func:`_derive_one`).
    """
    if len(reports) == 1:
        return _derive_one(reports[0])
    return _derive_many(reports)


def _people(rs: Sequence[Report]) -> list[dict[str, Any]]:
    """Everyone the reports name, once per person key, a title filled from a later report when missing."""
    people: dict[str, dict[str, Any]] = {}
    for r in rs:
        for p in r.fact.get("people") or []:
            key = person_key(p.get("name") or "")
            if key not in people:
                people[key] = dict(p)
            elif not people[key].get("title") and p.get("title"):
                people[key]["title"] = p["title"]
    return list(people.values())


def _derive_one(r: Report) -> dict[str, Any]:
    """:func:`_derive_many` of one report, without its sorting and voting (nothing competes).

    Step by step what the general path computes for ``[r]``: the date is the report's
    unless it tells of an event; one value per attribute cannot conflict; the
    status and provenance are its own; the confidence goes through the same float
    arithmetic (tests/store/test_merge.py compares both on real reports).
    """
    f = r.fact
    event = r.event
    date = None if event else (f.get("date") or None)
    attrs, _conflicts = _merge_attributes((r,))
    if event and r.type == "partnership":
        attrs["events"] = _events((r,), date)
        attrs["state"] = _state(attrs["events"])
    doubt = 1.0
    doubt *= 1.0 - float(f.get("confidence") or 0.5)
    prov = r.provenance
    return {
        "type": r.type, "places": f.get("places") or [], "date": date, "date_end": f.get("date_end") or None,
        "status": f.get("status") or "unknown", "people": _people((r,)), "attributes": attrs,
        "confidence": round(min(0.99, 1.0 - doubt), 3), "conflict": None,
        "provenance": prov if prov in ("curated", "registry") else "extracted",
    }


def _derive_many(reports: Sequence[Report]) -> dict[str, Any]:
    """:func:`derive` of any number of reports: the votes, precision order and conflicts of the merge rules."""
    rs = sorted(reports, key=lambda r: r.ident)
    plain = [r for r in rs if not r.event] or rs
    head = sorted(plain, key=precision_key)[0]
    # a trip dated a day or two apart by two outlets is one trip, not a dispute
    date, date_conflict = _pick_date([(r.date, r) for r in plain if r.date and not r.event],
                                     flag=head.type != "visit")
    date_end, _ = _pick_date([(r.fact["date_end"], r) for r in plain if r.fact.get("date_end")], flag=False)
    attrs, conflicts = _merge_attributes(rs)
    if date_conflict:
        conflicts = {"date": date_conflict, **conflicts}
    if head.type == "partnership" and any(r.event for r in rs):
        attrs["events"] = _events(rs, date)
        attrs["state"] = _state(attrs["events"])
    people = _people(rs)
    status = min((r.fact.get("status") or "unknown" for r in rs), key=lambda s: STATUS_RANK.get(s, 3))
    doubt = 1.0
    for r in {r.source_ref: r for r in rs}.values():
        doubt *= 1.0 - float(r.fact.get("confidence") or 0.5)
    provs = {r.provenance for r in rs}
    provenance = "curated" if "curated" in provs else "registry" if provs == {"registry"} else "extracted"
    return {
        "type": head.type, "places": head.fact.get("places") or [], "date": date, "date_end": date_end,
        "status": status, "people": people, "attributes": attrs,
        "confidence": round(min(0.99, 1.0 - doubt), 3), "conflict": conflicts or None, "provenance": provenance,
    }



"""New rows written as plain rows: one multi-row INSERT per table instead of an ORM object each.

The writer uses these for groups the database has never seen, where there is
nothing to merge with and the ORM's bookkeeping (identity map, change events,
relationship collections, the unit of work's sorting) is pure cost.  The rows
are exactly those the ORM would write: JSON columns are encoded the way
SQLAlchemy's ``JSON`` type encodes them (``json.dumps``), and a missing
conflict is SQL NULL as when the ORM leaves the attribute unset.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, column, insert, table
from sqlalchemy.orm import Session

from kizuna.store.reports import Report


def _json(value: Any) -> str | None:
    """What SQLAlchemy's JSON type stores for ``value`` (None: left unset, SQL NULL)."""
    return None if value is None else json.dumps(value)


# Light table clauses: JSON columns untyped (the rows carry their encoded text), times typed.
_FACTS = table("facts", column("id"), column("type"), column("date"), column("date_end"), column("status"),
               column("attributes"), column("confidence"), column("merge_key"), column("provenance"),
               column("curation"), column("conflict"), column("created_at", DateTime),
               column("updated_at", DateTime))
_FACT_PLACES = table("fact_places", column("fact_id"), column("position"), column("place_pk"), column("name"))
_FACT_PEOPLE = table("fact_people", column("fact_id"), column("position"), column("person_pk"), column("name"),
                     column("title"), column("place_id"))
_SOURCES = table("sources", column("pk"), column("fact_id"), column("document_id"), column("origin"),
                 column("url"), column("published"), column("start"), column("end"), column("text"),
                 column("extracted"))


class BulkRows:
    """Rows of new facts collected during a batch, written in dependency order by :meth:`write`."""

    def __init__(self) -> None:
        self.facts: list[dict[str, Any]] = []
        self.fact_places: list[dict[str, Any]] = []
        self.fact_people: list[dict[str, Any]] = []
        self.sources: list[dict[str, Any]] = []

    def fact(self, fid: str, key: str, derived: dict[str, Any], provenance: str, created: datetime,
             updated: datetime) -> None:
        """A new fact row from :func:`kizuna.store.merge.derive`'s result."""
        d = derived
        self.facts.append({
            "id": fid, "type": d["type"], "date": d["date"], "date_end": d["date_end"], "status": d["status"],
            "attributes": json.dumps(dict(d["attributes"])), "confidence": d["confidence"], "merge_key": key,
            "provenance": provenance, "curation": "none", "conflict": _json(d["conflict"]),
            "created_at": created, "updated_at": updated,
        })

    def fact_place(self, fid: str, position: int, place_pk: int, name: str) -> None:
        self.fact_places.append({"fact_id": fid, "position": position, "place_pk": place_pk, "name": name})

    def fact_person(self, fid: str, position: int, person_pk: int, person: dict[str, Any]) -> None:
        self.fact_people.append({"fact_id": fid, "position": position, "person_pk": person_pk,
                                 "name": person["name"], "title": person.get("title"),
                                 "place_id": (person.get("place") or {}).get("id")})

    def source(self, pk: int, fid: str, r: Report) -> None:
        """The source row of report ``r`` on fact ``fid``."""
        self.sources.append({"pk": pk, "fact_id": fid, "document_id": r.doc_id, "origin": r.origin, "url": r.url,
                             "published": r.published, "start": r.start, "end": r.end, "text": r.text,
                             "extracted": json.dumps(r.extracted())})

    def write(self, s: Session) -> None:
        """Insert everything collected (facts before the rows that point at them), then forget it."""
        conn = s.connection()
        for tbl, rows in ((_FACTS, self.facts), (_FACT_PLACES, self.fact_places), (_FACT_PEOPLE, self.fact_people),
                          (_SOURCES, self.sources)):
            if rows:
                conn.execute(insert(tbl), rows)
            rows.clear()

"""Exports of the knowledge base: JSONL exactly as spec/FACTS.md fixes it, and a flat CSV.

CSV columns (one row per fact; lists joined with " | "):
``id, type, date, date_end, status, confidence, place1_id, place1_name, place1_country,
place1_level, place2_id, ..., places_more, people, attributes, n_sources, source_docs,
source_origins, source_urls, evidence`` — ``people`` is "Name (Title, place id)" items,
``attributes`` is compact JSON, ``evidence`` the first source's sentence.
"""

from __future__ import annotations

import csv
import heapq
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from kizuna.store.schema import FactRow

CSV_COLUMNS = [
    "id", "type", "date", "date_end", "status", "confidence",
    "place1_id", "place1_name", "place1_country", "place1_level",
    "place2_id", "place2_name", "place2_country", "place2_level",
    "places_more", "people", "attributes", "curation", "provenance", "conflict",
    "n_sources", "source_docs", "source_origins", "source_urls", "evidence",
]


SPEC_ID = re.compile(r"^(?:[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|geonames:\d+)$")


def _place(ref_id: str | None, name: str, country: str | None, level: str | None) -> dict[str, Any]:
    """A place reference as the spec writes it.  Our own gazetteer ids for places GeoNames lacks
    (``jp-lg:``, ``kr-lg:``) are not spec ids: the id is null and ours goes in ``gazetteer_id``."""
    out: dict[str, Any] = {"id": ref_id, "name": name, "country": country, "level": level}
    if ref_id is not None and not SPEC_ID.match(ref_id):
        out["id"] = None
        out["gazetteer_id"] = ref_id
    return out


def _attributes(attrs: dict[str, Any]) -> dict[str, Any]:
    loc = attrs.get("location")
    if isinstance(loc, dict) and loc.get("name"):
        attrs = {**attrs, "location": _place(loc.get("id"), loc["name"], loc.get("country"), loc.get("level"))}
    return attrs


def fact_to_json(row: FactRow) -> dict[str, Any]:
    """One stored fact in the export shape of spec/FACTS.md."""
    out: dict[str, Any] = {
        "id": row.id,
        "type": row.type,
        "places": [_place(fp.place.ref_id, fp.name or fp.place.name, fp.place.country, fp.place.level)
                   for fp in row.places],
        "date": row.date,
        "date_end": row.date_end,
        "status": row.status,
        "people": [{"name": p.name, "title": p.title,
                    "place": {"id": p.place_id if p.place_id is None or SPEC_ID.match(p.place_id) else None}}
                   for p in row.people],
        "attributes": _attributes(row.attributes or {}),
        "sources": [
            {"doc": s.document_id, "origin": s.origin, "url": s.url, "published": s.published,
             "start": s.start, "end": s.end, "text": s.text}
            for s in row.sources
        ],
        "confidence": round(row.confidence, 3),
    }
    if row.curation and row.curation != "none":
        out["curation"] = row.curation
    if row.provenance and row.provenance != "extracted":
        out["provenance"] = row.provenance
    if row.conflict:
        out["conflict"] = row.conflict
    return out


def in_text_order(facts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Facts in the order readers meet them: by first source (origin, offset), then date (one
    sentence telling of a pact signed in 2003 and renewed in 2009), then id — and, where a fact
    merged from several documents would stand before a fact its later document tells first,
    after it: the order follows every document's text, not only the first one's.

    A reviewer reads an export beside the articles, and a scorer that pairs gold facts with
    the first matching prediction pairs them the way each text tells them (two ties of
    Busan and Fukuoka, one dated and one not, in an article whose dated one also came from
    another article).
    """
    items = list(facts)

    def key(f: dict[str, Any]) -> tuple[str, int, str, str]:
        first = min(((s.get("origin") or "", s.get("start") or 0) for s in f.get("sources") or []), default=("", 0))
        return first[0], first[1], f.get("date") or "", f.get("id") or ""

    keys = [key(f) for f in items]
    by_origin: dict[str, list[tuple[int, tuple[str, int, str, str], int]]] = {}
    for i, f in enumerate(items):
        starts: dict[str, int] = {}
        for s in f.get("sources") or []:
            origin, start = s.get("origin") or "", s.get("start") or 0
            starts[origin] = min(start, starts.get(origin, start))
        for origin, start in starts.items():
            by_origin.setdefault(origin, []).append((start, keys[i], i))
    after: list[list[int]] = [[] for _ in items]  # i -> facts that must come after i
    waiting = [0] * len(items)
    for told in by_origin.values():
        told.sort()
        for (_, _, a), (_, _, b) in zip(told, told[1:], strict=False):
            after[a].append(b)
            waiting[b] += 1
    ready = [(keys[i], i) for i in range(len(items)) if not waiting[i]]
    heapq.heapify(ready)
    out: list[int] = []
    while ready:
        _, i = heapq.heappop(ready)
        out.append(i)
        for j in after[i]:
            waiting[j] -= 1
            if not waiting[j]:
                heapq.heappush(ready, (keys[j], j))
    if len(out) < len(items):  # documents that tell the same facts in opposite orders: first sources decide
        placed = set(out)
        out += sorted((i for i in range(len(items)) if i not in placed), key=lambda i: keys[i])
    return [items[i] for i in out]


def write_jsonl(facts: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON object a line; returns the number written."""
    n = 0
    for f in facts:
        out.write(json.dumps(f, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(f: dict[str, Any]) -> dict[str, Any]:
    """Flatten one exported fact into the documented CSV columns."""
    row: dict[str, Any] = {k: f.get(k) for k in ("id", "type", "date", "date_end", "status", "confidence")}
    places = f.get("places") or []
    for i in (0, 1):
        p = places[i] if i < len(places) else {}
        for k in ("id", "name", "country", "level"):
            row[f"place{i + 1}_{k}"] = p.get(k)
    row["places_more"] = " | ".join(f"{p.get('name')} ({p.get('id')})" for p in places[2:])
    row["people"] = " | ".join(
        f"{p['name']} ({p.get('title') or ''}, {(p.get('place') or {}).get('id') or ''})" for p in f.get("people") or []
    )
    row["attributes"] = json.dumps(f.get("attributes") or {}, ensure_ascii=False, sort_keys=True)
    row["curation"] = f.get("curation", "")
    row["provenance"] = f.get("provenance", "extracted")
    row["conflict"] = json.dumps(f["conflict"], ensure_ascii=False) if f.get("conflict") else ""
    sources = f.get("sources") or []
    row["n_sources"] = len(sources)
    row["source_docs"] = " | ".join(s.get("doc") or "" for s in sources)
    row["source_origins"] = " | ".join(s.get("origin") or "" for s in sources)
    row["source_urls"] = " | ".join(s.get("url") or "" for s in sources)
    row["evidence"] = sources[0].get("text") if sources else ""
    return row


def write_csv(facts: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write the flat CSV (header first); returns the number of fact rows."""
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    w.writeheader()
    n = 0
    for f in facts:
        w.writerow(csv_row(f))
        n += 1
    return n


def export_lines(facts: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    """Render facts as text chunks in ``fmt`` (used by the API for streaming)."""
    buf = io.StringIO()
    if fmt == "csv":
        write_csv(facts, buf)
    else:
        write_jsonl(facts, buf)
    yield buf.getvalue()

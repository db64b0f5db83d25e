"""Every Japanese municipality, with its prefecture, kanji and a resolvable id."""

import re
from collections import Counter

import pytest

from kizuna.gazetteer.japan import read_municipalities

ROWS = read_municipalities()


def _check_digit_ok(code: str) -> bool:
    total = sum(int(d) * w for d, w in zip(code[:5], (6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10 == int(code[5])


def test_every_municipality_is_listed():
    kinds = Counter(r["kind"] for r in ROWS)
    # 792 cities (20 designated) + 23 special wards + 743 towns + 183 villages = 1,741 municipalities
    assert kinds["city"] + kinds["designated city"] == 792
    assert kinds["designated city"] == 20
    assert kinds["special ward"] == 23
    assert kinds["town"] == 743
    assert kinds["village"] == 183
    assert kinds["ward"] >= 170  # wards of designated cities (Hamamatsu has had 3 since 2024)
    assert len({r["code"] for r in ROWS}) == len(ROWS)


def test_rows_are_well_formed():
    for r in ROWS:
        assert re.fullmatch(r"\d{6}", r["code"]) and _check_digit_ok(r["code"]), r
        assert re.fullmatch(r"JP-\d\d", r["prefecture"]) and r["prefecture"][3:] == r["code"][:2], r
        assert re.fullmatch(r"[A-Z][a-z' -]+", r["name"]) or r["name"] == "Minami-Alps", r
        assert r["kanji"][-1] in "市区町村", r


def test_each_municipality_is_in_the_gazetteer(gz):
    kanji = {r["code"]: r["kanji"] for r in ROWS}
    for r in ROWS:
        written = kanji[r["city"]] + r["kanji"] if r["city"] else r["kanji"]  # 横浜市緑区, not 緑区
        hits = [c.place for c in gz.lookup(written, country="JP", limit=50)
                if c.place.parent == r["prefecture"] and c.place.level == "municipality"]
        assert hits, r
        p = hits[0]
        assert p.id.startswith("geonames:") or p.id == f"jp-lg:{r['code']}", (r, p)


def test_most_have_geonames_ids(gz):
    ids = [p.id for p in gz.places if p.country == "JP" and p.kind in ("city", "designated city", "special ward")]
    assert len(ids) == 815
    assert sum(i.startswith("geonames:") for i in ids) >= 810


@pytest.mark.parametrize(("name", "pid", "canonical"), [
    ("Kobe", "geonames:1859171", "Kobe"),
    ("Setagaya", "geonames:11790342", "Setagaya"),
    ("Funabashi", "geonames:1863905", "Funabashi"),
    ("Toyooka", "geonames:1849831", "Toyooka"),
    ("Fukui-shi", None, "Fukui"),
    ("Kumejima", None, "Kumejima"),
    ("Akkeshi", None, "Akkeshi"),
    ("世田谷区", "geonames:11790342", "Setagaya"),
    ("Tamba-Sasayama", None, "Tamba-Sasayama"),
])
def test_hepburn_names_resolve(gz, name, pid, canonical):
    p = gz.resolve_name(name, country="JP", level="municipality")
    assert p is not None and p.name == canonical
    if pid:
        assert p.id == pid


def test_wards_of_designated_cities(gz):
    p = gz.resolve_name("Hakata-ku")
    assert p is not None and p.kind == "ward" and p.parent == "JP-40" and p.name == "Hakata-ku, Fukuoka"
    assert p.city == gz.resolve_name("Fukuoka City").id
    naka = gz.resolve_name("Naka-ku (Yokohama)", country="JP")
    assert naka is not None and naka.name == "Naka-ku, Yokohama"
    assert gz.resolve_name("Naka-ku", country="JP") is None  # eight cities have one


def test_same_name_told_apart_by_prefecture(gz):
    assert gz.resolve_name("Izumi, Osaka", country="JP").parent == "JP-27"
    assert gz.resolve_name("Izumi, Kagoshima", country="JP").parent == "JP-46"
    assert gz.resolve_name("Kusatsu, Gunma", country="JP").parent == "JP-10"
    assert gz.resolve_name("Kusatsu, Shiga", country="JP").parent == "JP-25"


def test_surname_like_city_names_need_the_country(gz):
    assert gz.resolve_name("Ueda") is None
    assert gz.resolve_name("Ueda", country="JP").parent == "JP-20"
    assert gz.resolve_name("Ueda City").parent == "JP-20"

"""`kizuna places` through the real console script."""

import json


def test_lookup_json(kizuna):
    res = kizuna("places", "lookup", "Toyama", "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["resolved"] == "JP-16"
    first = out["candidates"][0]
    assert set(first) >= {"id", "name", "country", "level", "parent", "why"}
    assert {c["level"] for c in out["candidates"]} >= {"region", "municipality"}


def test_lookup_filters_and_text(kizuna):
    res = kizuna("places", "lookup", "Toyama", "--level", "municipality", "--country", "JP")
    assert res.returncode == 0, res.stderr
    assert "geonames:1849876" in res.stdout
    assert not [line for line in res.stdout.splitlines() if line[2:].startswith("JP-16 ")]


def test_lookup_by_date(kizuna):
    res = kizuna("places", "lookup", "Ha Giang", "--date", "2026-01-01", "--json")
    assert json.loads(res.stdout)["resolved"] == "VN-07"


def test_lookup_unknown_exits_1(kizuna):
    res = kizuna("places", "lookup", "Qwertyuiopasdf")
    assert res.returncode == 1


def test_stats(kizuna):
    res = kizuna("places", "stats", "--json")
    assert res.returncode == 0, res.stderr
    st = json.loads(res.stdout)
    rows = {(r["country"], r["level"]): r for r in st["rows"]}
    assert rows[("JP", "region")]["current"] == 47
    assert rows[("VN", "region")]["current"] == 34 and rows[("VN", "region")]["ended"] > 0
    assert st["curated_aliases"] > 100
    text = kizuna("places", "stats")
    assert "curated aliases" in text.stdout


def test_help_has_one_line_summaries(kizuna):
    res = kizuna("places", "--help")
    assert "lookup  Ranked candidates for a place name." in res.stdout
    assert "stats   Counts by country and level" in res.stdout

"""Registry import through the real `kizuna import` command, on small files written by us and the real CSV."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.contract import check_fact
from tests.store.helpers import LIAONING, TOYAMA, FakeDoc, fact

from kizuna.store import open_store

MAP = ["--map", "a=city1", "--map", "b=city2", "--map", "a_country=country1", "--map", "b_country=country2"]

SMALL = """city1,country1,city2,country2,since,type
Toyama Prefecture,Japan,Liaoning,China,1984-05-09,sister
Liaoning,China,Toyama Prefecture,Japan,1984,
Kobe,Japan,Tianjin,China,,friendship
Zzyzxville,Atlantis,Kobe,Japan,,
,Japan,Seattle,United States,,
Kobe,Japan,Seattle,United States,May 1957,
Kobe,Japan,Riga,Latvia,,best friends
only,two
"""


def _export(kizuna, db: str, cwd: Path) -> list[dict]:
    res = kizuna("export", "--db", db, cwd=cwd)
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


def _csv(tmp_path: Path, text: str = SMALL) -> Path:
    path = tmp_path / "pairs.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_import_merges_both_sides_and_reports_bad_rows(kizuna, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    path = _csv(tmp_path)
    res = kizuna("import", "csv", str(path), *MAP, "--map", "date=since", "--map", "kind=type", "--db", db,
                 cwd=tmp_path)
    assert res.returncode == 1, res.stderr  # bad rows make the exit code 1; the good rows are in
    bad = res.stderr.splitlines()
    assert f"{path}:6: empty partner name (city1)" in bad
    assert f"{path}:7: bad date 'May 1957' (YYYY, YYYY-MM or YYYY-MM-DD)" in bad
    assert any(line.startswith(f"{path}:8: unknown kind 'best friends'") for line in bad)
    assert f"{path}:9: 2 fields, the header has 6" in bad
    assert "8 rows read, 4 imported" in res.stdout and "4 bad" in res.stdout
    assert "country names not recognised" in res.stdout and "Atlantis" in res.stderr
    facts = _export(kizuna, db, tmp_path)
    for f in facts:
        check_fact(f)
    ties = {tuple(sorted(p["name"] for p in f["places"])): f for f in facts}
    tl = ties[("Liaoning", "Toyama")]
    assert {p["id"] for p in tl["places"]} == {"JP-16", "CN-LN"}
    assert len(tl["sources"]) == 2 and tl["date"] == "1984-05-09"  # listed from both sides: one fact
    assert all(s["doc"] is None and s["origin"] == str(path) for s in tl["sources"])
    assert tl["provenance"] == "registry" and tl["attributes"]["kind"] == "sister"
    assert ties[("Kobe", "Tianjin")]["attributes"]["kind"] == "friendship"
    unresolved = next(f for f in facts if any(p["name"] == "Zzyzxville" for p in f["places"]))
    z = next(p for p in unresolved["places"] if p["name"] == "Zzyzxville")
    assert z["id"] is None and z["country"] is None  # kept as written
    assert "kept as written" in res.stdout


def test_reimporting_changes_nothing(kizuna, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    path = _csv(tmp_path)
    first = kizuna("import", "csv", str(path), *MAP, "--db", db, cwd=tmp_path)
    before = _export(kizuna, db, tmp_path)
    second = kizuna("import", "csv", str(path), *MAP, "--db", db, cwd=tmp_path)
    assert first.returncode == second.returncode == 1
    assert "0 imported" in second.stdout and "0 facts created" in second.stdout
    assert _export(kizuna, db, tmp_path) == before


def test_csv_usage_errors(kizuna, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    path = _csv(tmp_path)
    res = kizuna("import", "csv", str(path), "--map", "a=city1", "--db", db, cwd=tmp_path)
    assert res.returncode == 2 and "--map b=COLUMN" in res.stderr
    res = kizuna("import", "csv", str(path), "--map", "a=city1", "--map", "b=town", "--db", db, cwd=tmp_path)
    assert res.returncode == 1 and res.stderr.strip().startswith(f"error: {path}: no column 'town'")
    res = kizuna("import", "csv", str(tmp_path / "missing.csv"), *MAP, "--db", db, cwd=tmp_path)
    assert res.returncode == 2


WIKIDATA = {
    "head": {"vars": ["item", "itemLabel", "itemCountryCode", "twin", "twinLabel", "twinCountry",
                      "twinCountryLabel", "start", "startPrecision"]},
    "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q130290"},
         "itemLabel": {"type": "literal", "value": "Toyama Prefecture"},
         "itemCountryCode": {"type": "literal", "value": "JP"},
         "twin": {"type": "uri", "value": "http://www.wikidata.org/entity/Q43934"},
         "twinLabel": {"type": "literal", "value": "Liaoning"},
         "twinCountry": {"type": "uri", "value": "http://www.wikidata.org/entity/Q148"},
         "start": {"type": "literal", "value": "1984-05-09T00:00:00Z"},
         "startPrecision": {"type": "literal", "value": "11"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q48320"},
         "itemLabel": {"type": "literal", "value": "Kobe"},
         "itemCountryCode": {"type": "literal", "value": "JP"},
         "twin": {"type": "uri", "value": "http://www.wikidata.org/entity/Q5509"},
         "twinLabel": {"type": "literal", "value": "Seattle"},
         "twinCountryLabel": {"type": "literal", "value": "United States of America"},
         "start": {"type": "literal", "value": "1957-01-01T00:00:00Z"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q48320"},
         "twin": {"type": "literal", "value": "not an item"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q48320"},
         "twin": {"type": "uri", "value": "http://www.wikidata.org/entity/Q5509"},
         "start": {"type": "literal", "value": "sometime"}},
    ]},
}


def test_wikidata_import_keeps_qids_dates_and_merges_with_news(kizuna, tmp_path):
    db_file = tmp_path / "k.db"
    db = f"sqlite:///{db_file}"
    store = open_store(db)  # a news report of the same tie, in other words
    doc = FakeDoc("news.txt", "Toyama and Liaoning celebrated 40 years as sister regions.")
    store.add_document(doc, [fact(doc, "Toyama and Liaoning celebrated 40 years as sister regions",
                                  "partnership", [TOYAMA, LIAONING], attributes={"kind": "sister"})])
    store.engine.dispose()
    path = tmp_path / "p190.json"
    path.write_text(json.dumps(WIKIDATA), encoding="utf-8")
    res = kizuna("import", "wikidata", str(path), "--db", db, cwd=tmp_path)
    assert res.returncode == 1
    assert f"{path}:3: missing or non-Wikidata item in item/twin" in res.stderr
    assert f"{path}:4: bad date 'sometime'" in res.stderr
    assert "4 rows read, 2 imported" in res.stdout and "1 merged into existing facts" in res.stdout
    facts = _export(kizuna, db, tmp_path)
    assert len(facts) == 2
    tl = next(f for f in facts if {p["id"] for p in f["places"]} == {"JP-16", "CN-LN"})
    assert tl["date"] == "1984-05-09" and len(tl["sources"]) == 2
    assert {s["doc"] for s in tl["sources"]} == {doc.doc_id, None}
    assert "Q130290" in next(s["text"] for s in tl["sources"] if s["doc"] is None)
    ks = next(f for f in facts if f is not tl)
    assert ks["date"] == "1957" and {p["country"] for p in ks["places"]} == {"JP", "US"}
    with sqlite3.connect(db_file) as conn:
        qids = dict(conn.execute("select key, qid from places where qid is not null"))
    assert qids["JP-16"] == "Q130290" and qids["CN-LN"] == "Q43934" and "Q5509" in qids.values()
    again = kizuna("import", "wikidata", str(path), "--db", db, cwd=tmp_path)
    assert "0 imported" in again.stdout and _export(kizuna, db, tmp_path) == facts


def test_wikidata_file_that_is_not_sparql_json_is_one_line(kizuna, tmp_path):
    path = tmp_path / "x.json"
    path.write_text("[1, 2", encoding="utf-8")
    res = kizuna("import", "wikidata", str(path), "--db", f"sqlite:///{tmp_path / 'k.db'}", cwd=tmp_path)
    assert res.returncode == 1 and len(res.stderr.strip().splitlines()) == 1
    assert "not a SPARQL JSON result" in res.stderr


@pytest.mark.slow
def test_the_real_wikipedia_csv_imports_every_row(kizuna, tmp_path, shared):
    """All 26,114 rows go in; the import time is printed by bench/bench_merge.py, not asserted here."""
    path = shared / "data" / "twin_cities_wikipedia.csv"
    if not path.exists():
        pytest.skip("twin_cities_wikipedia.csv is not present")
    db = f"sqlite:///{tmp_path / 'k.db'}"
    res = kizuna("import", "csv", str(path), *MAP, "--db", db, cwd=tmp_path, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "26114 rows read" in res.stdout
    assert "kept as written" in res.stdout
    counts = open_store(db).counts()
    assert counts["sources"] == 26114
    assert counts["facts"] < counts["sources"]  # pairs listed from both sides became one fact

"""Curation through the real `kizuna` command: review, accept/reject, edit, add, history."""

from __future__ import annotations

import json

import pytest
from tests.store.helpers import LIAONING, TOYAMA, FakeDoc, exported, fact

from kizuna.store import open_store

ENV = {"KIZUNA_USER": "curator-ann"}


def _tie(store, origin: str, year: str | None, kind: str = "sister"):
    s = f"Toyama and Liaoning have been {kind} regions since {year or 'long ago'}"
    doc = FakeDoc(origin, s + f". ({origin})")
    store.add_document(doc, [fact(doc, s, "partnership", [TOYAMA, LIAONING], date=year, attributes={"kind": kind})])
    return doc


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    store = open_store(url)
    _tie(store, "a.txt", "1984")
    _tie(store, "b.txt", "1985")
    store.engine.dispose()
    return url


def _run(kizuna, tmp_path, *args: str):
    return kizuna(*args, cwd=tmp_path, env=ENV)


def _only_id(url: str) -> str:
    [f] = exported(open_store(url), include_rejected=True)
    return f["id"]


def test_review_shows_the_conflict_first(kizuna, tmp_path, db):
    res = _run(kizuna, tmp_path, "review", "--conflicts", "--json", "--db", db)
    assert res.returncode == 0, res.stderr
    [f] = [json.loads(line) for line in res.stdout.splitlines()]
    assert sorted(v["value"] for v in f["conflict"]["date"]) == ["1984", "1985"]
    table = _run(kizuna, tmp_path, "review", "--db", db)
    assert table.returncode == 0, table.stderr
    assert "1984 vs 1985" in table.stdout
    shown = _run(kizuna, tmp_path, "fact", "show", f["id"], "--db", db)
    assert "CONFLICT" in shown.stdout and "a.txt" in shown.stdout


def test_export_shows_the_conflict(kizuna, tmp_path, db):
    res = _run(kizuna, tmp_path, "export", "--db", db)
    [f] = [json.loads(line) for line in res.stdout.splitlines()]
    assert set(f["conflict"]) == {"date"}


def test_a_rejected_fact_stays_rejected_when_reported_again(kizuna, tmp_path, db):
    fid = _only_id(db)
    res = _run(kizuna, tmp_path, "fact", "reject", fid, "--db", db)
    assert res.returncode == 0, res.stderr
    store = open_store(db)
    assert exported(store) == []
    again = FakeDoc("a.txt", "Toyama and Liaoning have been sister regions since 1984. (a.txt)")
    assert store.add_document(again, []) == 0  # the same document again: already known
    _tie(store, "c.txt", "1984")  # another outlet reports the same tie
    assert exported(store) == []
    [f] = exported(store, include_rejected=True)
    assert f["id"] == fid and f["curation"] == "rejected" and len(f["sources"]) == 3
    hist = _run(kizuna, tmp_path, "history", fid, "--json", "--db", db)
    actions = [json.loads(line)["action"] for line in hist.stdout.splitlines()]
    assert actions == ["reject", "source-added"]


def test_accept_edit_and_history(kizuna, tmp_path, db):
    fid = _only_id(db)
    assert _run(kizuna, tmp_path, "fact", "accept", fid, "--db", db).returncode == 0
    res = _run(kizuna, tmp_path, "fact", "edit", fid, "--set", "date=1984-05-09", "--set",
               "attributes.note=signed in Toyama", "--person", "Yutaka Nakaoki|Governor|JP-16", "--json",
               "--db", db)
    assert res.returncode == 0, res.stderr
    after = json.loads(res.stdout)
    assert after["date"] == "1984-05-09" and after["attributes"]["note"] == "signed in Toyama"
    assert after["curation"] == "edited"
    # the edit survives a new report with another date
    store = open_store(db)
    _tie(store, "d.txt", "1985")
    [f] = exported(store)
    assert f["date"] == "1984-05-09" and f["people"][0]["name"] == "Yutaka Nakaoki"
    assert f["curation"] == "edited"
    hist = _run(kizuna, tmp_path, "history", fid, "--db", db)
    assert hist.returncode == 0, hist.stderr
    assert "curator-ann  accept" in hist.stdout and "curator-ann  edit" in hist.stdout
    assert '"1984" → "1984-05-09"' in hist.stdout


def test_edit_places_by_id_regroups_the_fact(kizuna, tmp_path, db):
    fid = _only_id(db)
    res = _run(kizuna, tmp_path, "fact", "edit", fid, "--place", "1=CN-JL", "--json", "--db", db)
    assert res.returncode == 0, res.stderr
    assert [p["id"] for p in json.loads(res.stdout)["places"]] == ["JP-16", "CN-JL"]


def test_add_a_known_fact_and_a_new_one(kizuna, tmp_path, db):
    res = _run(kizuna, tmp_path, "fact", "add", "--type", "partnership", "--place", "CN-LN", "--place",
               "JP-16", "--set", "attributes.kind=sister", "--date", "1984",
               "--source", "https://www.pref.toyama.jp/exchange", "--json", "--db", db)
    assert res.returncode == 0, res.stderr
    merged = json.loads(res.stdout)
    assert merged["id"] == _only_id(db) and merged["n_sources"] == 3
    res = _run(kizuna, tmp_path, "fact", "add", "--type", "visit", "--place", "JP-16", "--place", "Vientiane",
               "--date", "2024-02", "--source", "Toyama prefectural bulletin, March 2024", "--db", db)
    assert res.returncode == 0, res.stderr
    out = {f["type"]: f for f in exported(open_store(db))}
    assert out["partnership"]["provenance"] == "curated" and out["partnership"]["curation"] == "accepted"
    visit = out["visit"]
    assert visit["provenance"] == "curated"
    assert visit["sources"][0]["doc"] is None and visit["sources"][0]["origin"] == "curated:curator-ann"
    assert visit["places"][1]["name"] == "Vientiane"
    csv_out = _run(kizuna, tmp_path, "export", "--format", "csv", "--db", db).stdout
    assert "curated" in csv_out


def test_errors_are_one_line(kizuna, tmp_path, db):
    res = _run(kizuna, tmp_path, "fact", "accept", "f-nope", "--db", db)
    assert res.returncode == 1 and res.stderr.strip() == "error: no fact 'f-nope'"
    fid = _only_id(db)
    res = _run(kizuna, tmp_path, "fact", "edit", fid, "--set", "date=May 1984", "--db", db)
    assert res.returncode == 1 and "date must be" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    res = _run(kizuna, tmp_path, "fact", "edit", fid, "--set", "colour=red", "--db", db)
    assert res.returncode == 1 and "cannot set 'colour'" in res.stderr
    res = _run(kizuna, tmp_path, "fact", "edit", fid, "--db", db)
    assert res.returncode == 2
    res = _run(kizuna, tmp_path, "fact", "edit", fid, "--place", "1=XX-99", "--db", db)
    assert res.returncode == 1 and "unknown place id" in res.stderr

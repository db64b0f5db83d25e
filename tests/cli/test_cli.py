"""The `kizuna` command end to end, through real subprocesses and real SQLite files."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.contract import check_fact

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "kizuna" / "sample_corpus"


def _export(kizuna, db: str, cwd: Path) -> list[dict]:
    res = kizuna("export", "--format", "jsonl", "--db", db, cwd=cwd)
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def _texts(db_file: Path) -> dict[str, str]:
    with sqlite3.connect(db_file) as conn:
        return dict(conn.execute("select id, text from documents"))


def test_help_lists_every_command(kizuna):
    res = kizuna("--help")
    assert res.returncode == 0, res.stderr
    for cmd in ("ingest", "export", "facts", "show-doc", "eval", "places"):
        assert cmd in res.stdout


def test_ingest_usage_error_exits_2(kizuna, tmp_path):
    res = kizuna("ingest", "--db", f"sqlite:///{tmp_path / 'k.db'}", cwd=tmp_path)
    assert res.returncode == 2
    assert "give at least one file" in res.stderr


def test_sample_corpus_round_trip(kizuna, tmp_path):
    db_file = tmp_path / "k.db"
    db = f"sqlite:///{db_file}"
    first = kizuna("ingest", "--sample", "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "12 documents read, 0 skipped as already known, 0 failed" in first.stdout
    facts = _export(kizuna, db, tmp_path)
    assert len(facts) >= 12
    texts = _texts(db_file)
    for f in facts:
        check_fact(f, texts)
    assert {f["type"] for f in facts} == {"partnership", "visit", "meeting", "agreement", "cooperation", "statistic"}
    # a second ingest of the same bytes changes nothing
    second = kizuna("ingest", "--sample", "--db", db, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "0 documents read, 12 skipped as already known" in second.stdout
    assert _export(kizuna, db, tmp_path) == facts


def test_default_db_is_kizuna_db_in_cwd_and_env_overrides(kizuna, tmp_path):
    doc = tmp_path / "a.txt"
    shutil.copy(SAMPLE / "02-governor-visit.txt", doc)
    res = kizuna("ingest", str(doc), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "kizuna.db").exists()
    other = tmp_path / "other.db"
    res = kizuna("ingest", str(doc), cwd=tmp_path, env={"KIZUNA_DB": f"sqlite:///{other}"})
    assert res.returncode == 0 and other.exists()
    assert "1 documents read" in res.stdout


def test_bad_files_are_named_and_the_batch_goes_on(kizuna, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE / "02-governor-visit.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    db = f"sqlite:///{tmp_path / 'k.db'}"
    res = kizuna("ingest", str(folder), str(tmp_path / "missing.txt"), "--db", db, cwd=tmp_path)
    assert res.returncode == 1
    assert "1 documents read" in res.stdout and "3 failed" in res.stdout
    failed = [line for line in res.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 3
    assert any("empty.txt" in line for line in failed)
    assert any("binary.txt" in line for line in failed)
    assert any("missing.txt" in line for line in failed)
    # what was stored stays, and is not duplicated by a second run
    before = _export(kizuna, db, tmp_path)
    kizuna("ingest", str(folder), "--db", db, cwd=tmp_path)
    assert _export(kizuna, db, tmp_path) == before


def test_export_csv_and_file_output(kizuna, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    assert kizuna("ingest", "--sample", "--db", db, cwd=tmp_path).returncode == 0
    out = tmp_path / "facts.csv"
    res = kizuna("export", "--format", "csv", "-o", str(out), "--db", db, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    jsonl = _export(kizuna, db, tmp_path)
    assert len(rows) == len(jsonl)
    by_id = {f["id"]: f for f in jsonl}
    for row in rows:
        f = by_id[row["id"]]
        assert row["type"] == f["type"]
        assert row["place1_name"] == f["places"][0]["name"] if f["places"] else row["place1_name"] == ""
        assert int(row["n_sources"]) == len(f["sources"])
        assert row["evidence"] == f["sources"][0]["text"]


def test_facts_listing_and_filters(kizuna, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    assert kizuna("ingest", "--sample", "--db", db, cwd=tmp_path).returncode == 0
    res = kizuna("facts", "--type", "visit", "--json", "--db", db, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    visits = [json.loads(line) for line in res.stdout.splitlines()]
    assert visits and all(v["type"] == "visit" for v in visits)
    res = kizuna("facts", "--place", "Toyama", "--json", "--db", db, cwd=tmp_path)
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all(any("Toyama" in p["name"] for p in r["places"]) for r in rows)
    table = kizuna("facts", "--db", db, cwd=tmp_path)
    assert table.returncode == 0 and "facts" in table.stdout


def test_show_doc_by_origin_and_id(kizuna, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    doc = tmp_path / "visit.txt"
    shutil.copy(SAMPLE / "02-governor-visit.txt", doc)
    assert kizuna("ingest", str(doc), "--db", db, cwd=tmp_path).returncode == 0
    res = kizuna("show-doc", str(doc), "--json", "--db", db, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["published"] == "2023-05-18"
    assert "Hao Peng" in data["text"]
    again = kizuna("show-doc", data["id"], "--db", db, cwd=tmp_path)
    assert again.returncode == 0 and "Hao Peng" in again.stdout
    missing = kizuna("show-doc", "nope", "--db", db, cwd=tmp_path)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "nope" in missing.stderr


def test_bad_db_url_is_one_line(kizuna, tmp_path):
    res = kizuna("export", "--db", "nosuchdialect://x", cwd=tmp_path)
    assert res.returncode == 1
    assert res.stderr.startswith("error:") and res.stderr.count("\n") == 1


def test_eval_agrees_with_the_evaluation_scorer(kizuna, shared, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    res = kizuna("ingest", str(shared / "seeds"), "--db", db, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    export = tmp_path / "export.jsonl"
    assert kizuna("export", "-o", str(export), "--db", db, cwd=tmp_path).returncode == 0
    for line in export.read_text().splitlines():
        check_fact(json.loads(line))
    gold = shared / "gold" / "seeds.jsonl"
    ours = kizuna("eval", str(gold), "--db", db, cwd=tmp_path)
    assert ours.returncode == 0, ours.stderr
    theirs = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(export)],
                            capture_output=True, text=True, check=True)
    assert ours.stdout.strip() == theirs.stdout.strip()
    assert "pair F1" in ours.stdout


def test_eval_rejects_a_bad_gold_file(kizuna, tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "x", "type": "visit"}\nnot json\n')
    res = kizuna("eval", str(bad), "--db", f"sqlite:///{tmp_path / 'k.db'}", cwd=tmp_path)
    assert res.returncode == 2
    assert "gold.jsonl:2" in res.stderr


@pytest.mark.parametrize("cmd", ["ingest", "export", "facts", "show-doc", "eval"])
def test_every_command_has_help(kizuna, cmd):
    res = kizuna(cmd, "--help")
    assert res.returncode == 0 and "--db" in res.stdout

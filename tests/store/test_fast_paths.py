"""The store's fast paths give exactly what the general ones give (same text, same rows)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.store.helpers import FakeDoc

from kizuna.extract import extract_facts
from kizuna.gazetteer import Gazetteer
from kizuna.intake import discover, read_path
from kizuna.pipeline import ingest
from kizuna.store import open_store, raw
from kizuna.store.encode import dumps, dumps_canonical
from kizuna.store.merge import _derive_many, _derive_one
from kizuna.store.reports import Report

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "kizuna" / "sample_corpus"
CLOCKS = {"created_at", "updated_at", "ingested_at", "at"}


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    files, _ = discover([str(SAMPLE)])
    gaz = Gazetteer.load()
    out = []
    for f in files:
        for doc in read_path(f, max_bytes=20_000_000):
            out += [Report.from_fact(x, doc) for x in extract_facts(doc.text, published=doc.published,
                                                                     title=doc.title, gazetteer=gaz)]
    assert len(out) >= 20
    return out


def test_encoders_write_what_json_dumps_writes(reports):
    values = [r.fact for r in reports] + [r.extracted() for r in reports] + [
        "Thanh Hóa \u2028 \"quoted\"", 1.5, 3, None, True, [], {}, {"b": [1, 2.25, None], "a": {"z": "é"}},
        {"when": __import__("datetime").date(2020, 1, 2)}]
    for v in values:
        assert dumps_canonical(v) == json.dumps(v, sort_keys=True, ensure_ascii=False, default=str)
        if not isinstance(v, dict) or "when" not in v:
            assert dumps(v) == json.dumps(v)
    with pytest.raises(TypeError):
        dumps({"when": __import__("datetime").date(2020, 1, 2)})


def test_one_report_derives_as_the_general_merge_does(reports):
    events = [Report(fact={**r.fact, "attributes": {**r.attributes, "event": "renewed"}}, origin=r.origin,
                     doc_id=r.doc_id, start=r.start, text=r.text) for r in reports if r.type == "partnership"]
    curated = [Report(fact=r.fact, origin="curated:x", provenance=p) for r in reports[:3]
               for p in ("curated", "registry")]
    bare = Report(fact={"type": "visit", "places": [], "date": "", "confidence": None}, origin="o")
    for r in reports + events + curated + [bare]:
        assert _derive_one(r) == _derive_many([r])
    assert events


def _tables(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    lines = []
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] not in CLOCKS]
        names = ", ".join(f'"{c}"' for c in cols)
        lines += sorted(f"{t} {row!r}" for row in con.execute(f'SELECT {names} FROM "{t}"'))
    con.close()
    return lines


def _ingest_twice(db: Path, fast: bool) -> list[str]:
    raw.ENABLED = fast
    try:
        store = open_store(f"sqlite:///{db}")
        first = ingest([str(SAMPLE)], store, batch_size=5)
        again = ingest([str(SAMPLE)], store, batch_size=5)
        assert first.ok and first.documents == 12 and again.documents == 0 and again.skipped == 12
        store.engine.dispose()
    finally:
        raw.ENABLED = True
    return _tables(db)


def test_sqlite_fast_path_writes_the_rows_the_generic_path_writes(tmp_path):
    fast = _ingest_twice(tmp_path / "fast.db", True)
    generic = _ingest_twice(tmp_path / "generic.db", False)
    assert fast == generic and any(line.startswith("places ") for line in fast)


def test_a_batch_that_fails_on_the_fast_path_raises_a_store_error_and_keeps_nothing(tmp_path):
    from kizuna.errors import StoreError
    from kizuna.facts import Evidence, Fact, PlaceRef

    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    doc = FakeDoc(origin="a.txt", text="Sendai and Changchun became sister cities in 1980.")
    place = PlaceRef(None, "Sendai", "JP", "municipality")
    good = Fact(type="partnership", places=[place], evidence=Evidence(0, 10, "Sendai and"))
    store.add_documents([(doc, [good])])
    other = FakeDoc(origin="b.txt", text="Another text.")
    con = sqlite3.connect(tmp_path / "k.db")
    con.execute("CREATE TRIGGER no_more BEFORE INSERT ON sources BEGIN SELECT RAISE(ABORT, 'refused'); END")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="refused"):
        store.add_documents([(other, [Fact(type="visit", places=[place], evidence=Evidence(0, 7, "Another"))])])
    assert not store.has_document(other.doc_id) and store.counts()["documents"] == 1

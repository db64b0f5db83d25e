"""Ingest writes documents in batches; the facts must not depend on the batch size."""

from pathlib import Path

from kizuna.export import fact_to_json
from kizuna.pipeline import ingest
from kizuna.store import open_store

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "kizuna" / "sample_corpus"


def _facts(db: Path, batch_size: int) -> list[dict]:
    store = open_store(f"sqlite:///{db}")
    report = ingest([str(SAMPLE)], store, batch_size=batch_size)
    assert report.ok and report.documents == 12
    out = []
    for row in store.iter_facts():
        f = fact_to_json(row)
        f["sources"] = sorted((s["origin"], s["start"]) for s in f["sources"])
        out.append(f)
    return sorted(out, key=lambda f: f["id"])


def test_batch_size_does_not_change_the_facts(tmp_path):
    one = _facts(tmp_path / "one.db", 1)
    many = _facts(tmp_path / "many.db", 25)
    assert one == many and len(one) >= 20


def test_the_same_bytes_twice_in_one_batch_are_stored_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Published: 2024-01-10\n\nSendai and Changchun became sister cities in 1980.\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    report = ingest([str(folder)], store)
    assert (report.documents, report.skipped) == (1, 1)
    assert store.counts()["documents"] == 1

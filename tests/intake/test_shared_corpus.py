"""On the seeds and the dev set: gold evidence survives cleaning, job ads do not, dates agree."""

from __future__ import annotations

import json
import re

from kizuna.config import DEFAULT_MAX_BYTES
from kizuna.intake import discover, read_path


def _articles(shared):
    docs = {f"seed-{p.name[:3]}": p for p in sorted((shared / "seeds").glob("*.txt"))}
    docs.update({p.stem: p for p in sorted((shared / "dev" / "articles").glob("*.txt"))})
    return docs


def test_every_gold_evidence_survives_cleaning(shared):
    docs = _articles(shared)
    texts = {doc: read_path(str(path), max_bytes=DEFAULT_MAX_BYTES)[0].text for doc, path in docs.items()}
    gold = [json.loads(line) for name in ("gold/seeds.jsonl", "dev/gold.jsonl")
            for line in (shared / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(gold) > 200
    lost = [(g["doc"], g["evidence"]) for g in gold if g["evidence"] not in texts[g["doc"]]]
    assert lost == []


def test_noise_is_removed_from_every_article(shared):
    removed = {doc: read_path(str(p), max_bytes=DEFAULT_MAX_BYTES)[0].meta["removed_lines"]
               for doc, p in _articles(shared).items()}
    # every dev article carries 2-6 lines of furniture; seed 003 is a clean report
    assert all(n >= 1 for doc, n in removed.items() if doc.startswith("dev-"))
    assert sum(removed.values()) >= 140


def test_no_job_ad_kept_in_seeds(shared):
    job = re.compile(r"Job title:|Job description:|\d+ months ago|Recent Posts|Developer$", re.M)
    for path in sorted((shared / "seeds").glob("*.txt")):
        (doc,) = read_path(str(path), max_bytes=DEFAULT_MAX_BYTES)
        assert not job.search(doc.text), path.name


def test_seed_noise_lines_gone(shared):
    texts = {p.name[:3]: read_path(str(p), max_bytes=DEFAULT_MAX_BYTES)[0].text
             for p in sorted((shared / "seeds").glob("*.txt"))}
    assert "본문 바로가기" not in texts["001"] and "All rights reserved" not in texts["001"]
    assert "Share" not in texts["000"].splitlines()
    assert "(China Daily 03/20/2012 page11)" not in texts["002"]
    assert "Photo: Le Hong Nhung" not in texts["004"]


def test_seed_datelines(shared):
    dates = {p.name[:3]: read_path(str(p), max_bytes=DEFAULT_MAX_BYTES)[0]
             for p in sorted((shared / "seeds").glob("*.txt"))}
    assert (dates["002"].published, dates["002"].published_source) == ("2012-03-20", "dateline")
    assert (dates["004"].published, dates["004"].published_source) == ("2023-11-07", "dateline")
    assert dates["000"].published is None and dates["003"].published is None


def test_dev_sidecar_is_metadata_not_documents(shared):
    files, errors = discover([str(shared / "dev")])
    assert not errors
    assert not any(f.endswith(".jsonl") for f in files)
    meta = {json.loads(line)["doc"]: json.loads(line)
            for line in (shared / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line}
    for f in files:
        if not f.endswith(".txt"):
            continue
        (doc,) = read_path(f, max_bytes=DEFAULT_MAX_BYTES)
        rec = meta[doc.origin.rsplit("/", 1)[1][:-4]]
        assert (doc.published, doc.published_source, doc.url) == (rec["published"], "sidecar", rec["url"])

"""Where a whole ingest spends its time: CPU seconds of intake, extraction and store.

usage: python bench/stages_ingest.py [FOLDER ...] [--repeat N]

Runs the same whole ingest as bench_ingest.py (fresh SQLite database, default
corpus ../shared/dev/articles and ../shared/seeds) and prints, for the fastest
of N runs, the process CPU time of each stage and of spaCy's blank tokenizer
over the same texts.  CPU time rather than wall time because the figures stay
comparable when other programs share the machine; wall-clock figures are
bench_ingest.py's.
"""

from __future__ import annotations

import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import bench_args

ROOT = Path(__file__).resolve().parents[1]


def timed(owner: Any, name: str, label: str, acc: dict[str, float]) -> None:
    """Replace ``owner.name`` by a wrapper adding its CPU time to ``acc[label]``."""
    fn: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[label] += time.process_time() - t0

    setattr(owner, name, wrapper)


def main() -> None:
    args = bench_args(__doc__)
    folders = [str(f) for f in args.folders]
    if not folders:
        shared = ROOT.parent / "shared"
        folders = [str(p) for p in (shared / "dev" / "articles", shared / "seeds") if p.is_dir()]
        folders = folders or [str(ROOT / "src" / "kizuna" / "sample_corpus")]

    import spacy

    import kizuna.extract
    import kizuna.intake
    from kizuna.gazetteer import Gazetteer
    from kizuna.pipeline import ingest
    from kizuna.store import open_store
    from kizuna.store.store import Store

    files, _ = kizuna.intake.discover(folders)
    texts = [d.text for f in files for d in kizuna.intake.read_path(f, max_bytes=20_000_000)]
    nlp = spacy.blank("en")
    words = sum(len(nlp(t)) for t in texts)
    kizuna.extract.extract_facts(texts[0], gazetteer=Gazetteer.load())  # load models once, outside the timing
    t_tok = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        for t in texts:
            nlp(t)
        t_tok.append(time.process_time() - t0)

    acc: dict[str, float] = defaultdict(float)
    timed(kizuna.intake, "discover", "intake", acc)
    timed(kizuna.intake, "read_path", "intake", acc)
    timed(kizuna.extract, "extract_facts", "extraction", acc)
    timed(Store, "add_documents", "store", acc)
    timed(Store, "has_document", "store", acc)
    best: dict[str, float] | None = None
    for _ in range(args.repeat):
        acc.clear()
        t0 = time.process_time()
        with tempfile.TemporaryDirectory() as tmp:
            t1 = time.process_time()
            store = open_store(f"sqlite:///{tmp}/bench.db")
            acc["open database"] += time.process_time() - t1
            ingest(folders, store)
        acc["whole ingest"] = time.process_time() - t0
        if best is None or acc["whole ingest"] < best["whole ingest"]:
            best = dict(acc)
    assert best is not None
    tok = min(t_tok)
    print(f"corpus: {len(texts)} documents, {words} words; CPU seconds, fastest of {args.repeat} runs")
    print(f"{'spaCy blank tokenizer':22s} {tok:7.3f}s {words / tok:10,.0f} words/s")
    for label in ("open database", "intake", "extraction", "store", "whole ingest"):
        v = best.get(label, 0.0)
        print(f"{label:22s} {v:7.3f}s {words / v if v else 0:10,.0f} words/s   1/{v / tok:.1f} of the tokenizer")


if __name__ == "__main__":
    main()

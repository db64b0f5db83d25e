"""Whole-ingest speed against spaCy's blank English tokenizer on the same text.

usage: python bench/bench_ingest.py [FOLDER ...] [--repeat N]

Default corpus: ../shared/dev/articles and ../shared/seeds when present, else
the bundled sample corpus.  Prints words/s and documents/s of (a) spaCy's
blank-English tokenizer over the cleaned texts, (b) extraction alone, (c) the
whole ingest (intake + extraction + SQLite store) into a fresh database, and
the ratio of (c) to (a).  Runs on one core (the process is pinned when the OS
allows it).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import bench_args, corpus_folders, read_corpus

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    args = bench_args(__doc__)
    folders = corpus_folders(args.folders)

    import spacy

    from kizuna.extract import extract_facts
    from kizuna.gazetteer import Gazetteer
    from kizuna.pipeline import ingest
    from kizuna.store import open_store

    docs = read_corpus(folders)
    texts = [d.text for d in docs]
    nlp = spacy.blank("en")
    words = sum(len(nlp(t)) for t in texts)
    gaz = Gazetteer.load()
    extract_facts(texts[0], gazetteer=gaz)  # load models once, outside the timing

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_tok = best(lambda: [nlp(t) for t in texts])
    t_ext = best(lambda: [extract_facts(d.text, published=d.published, title=d.title, gazetteer=gaz) for d in docs])

    def whole() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(f"sqlite:///{tmp}/bench.db")
            ingest([str(f) for f in folders], store)

    t_all = best(whole)
    n = len(docs)
    print(f"corpus: {n} documents, {words} words ({', '.join(str(f) for f in folders)})")
    for label, t in (("spaCy blank tokenizer", t_tok), ("extraction only", t_ext), ("whole ingest", t_all)):
        print(f"{label:22s} {words / t:10,.0f} words/s {n / t:8.1f} docs/s")
    print(f"ratio whole ingest / tokenizer: 1/{t_all / t_tok:.1f}   extraction / tokenizer: 1/{t_ext / t_tok:.1f}")


if __name__ == "__main__":
    main()

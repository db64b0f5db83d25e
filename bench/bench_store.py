"""The store stage alone: CPU seconds of an ingest's store calls, facts extracted beforehand.

usage: python bench/bench_store.py [FOLDER ...] [--repeat N] [--profile]

Reads and extracts the corpus once (default ../shared/dev/articles and
../shared/seeds), then, N times into a fresh SQLite database, does what the
ingest does with the store: ``has_document`` per document, ``add_documents``
per batch of 25, and a second pass over the same documents (re-ingest: every
document known, nothing stored).  Prints the fastest run's CPU time of the first
pass, of the re-ingest pass, and the opening of the database.  ``--profile``
prints a cProfile of one extra first pass instead.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from typing import Any

from common import corpus_folders, pin_one_core, read_corpus

BATCH = 25
PROFILE_SORT = "tottime"


def one_pass(store: Any, items: list[tuple[Any, list[Any]]]) -> int:
    """The ingest's store calls over ``items``: existence check per document, one write per batch."""
    stored = 0
    pending: list[tuple[Any, list[Any]]] = []
    for doc, facts in items:
        if store.has_document(doc.doc_id):
            continue
        pending.append((doc, facts))
        if len(pending) >= BATCH:
            stored += sum(store.add_documents(pending))
            pending.clear()
    if pending:
        stored += sum(store.add_documents(pending))
    return stored


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    pin_one_core()

    from kizuna.extract import extract_facts
    from kizuna.gazetteer import Gazetteer
    from kizuna.store import open_store

    gaz = Gazetteer.load()
    docs = read_corpus(corpus_folders(args.folders))
    items = [(d, extract_facts(d.text, published=d.published, title=d.title, gazetteer=gaz)) for d in docs]
    nfacts = sum(len(f) for _d, f in items)
    best: dict[str, float] = {}
    for i in range(args.repeat + (1 if args.profile else 0)):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.process_time()
            store = open_store(f"sqlite:///{tmp}/bench.db")
            t1 = time.process_time()
            if args.profile and i == args.repeat:
                prof = cProfile.Profile()
                prof.enable()
                one_pass(store, items)
                prof.disable()
                pstats.Stats(prof, stream=sys.stdout).sort_stats(PROFILE_SORT).print_stats(60)
                continue
            one_pass(store, items)
            t2 = time.process_time()
            again = one_pass(store, items)
            t3 = time.process_time()
            assert again == 0, "re-ingest stored facts twice"
            store.engine.dispose()
        for label, v in (("open database", t1 - t0), ("store", t2 - t1), ("re-ingest", t3 - t2)):
            best[label] = min(best.get(label, v), v)
    print(f"corpus: {len(items)} documents, {nfacts} facts; CPU seconds, fastest of {args.repeat} runs")
    for label, v in best.items():
        print(f"{label:14s} {v:7.4f}s")


if __name__ == "__main__":
    main()

"""CPU time of the per-document analysis (sentences, places, people, dates) alone.

usage: python bench/bench_analyse.py [FOLDER ...] [--repeat N] [--profile]

Default corpus: ../shared/dev/articles and ../shared/seeds when present, else
the bundled sample corpus.  The gazetteer is loaded and the documents read
(kizuna.intake) outside the timing; then ``analyse`` runs over every document
N times and the fastest run's process CPU time is printed, with words/s
(words as spaCy's blank tokenizer would count them, approximated by a regex).
The first run is printed too: process-wide caches (folded names, capital
cities) are warm only from the second run on, and a real ingest sees most
documents once.  ``--profile`` prints a cProfile of one more run.
"""

from __future__ import annotations

import cProfile
import pstats
import re
import sys
import time
from pathlib import Path

from common import bench_args, corpus_folders, read_corpus

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    profile = "--profile" in sys.argv
    if profile:
        sys.argv.remove("--profile")
    args = bench_args(__doc__)
    folders = corpus_folders(args.folders)

    from kizuna.extract.context import analyse
    from kizuna.gazetteer import Gazetteer

    docs = read_corpus(folders)
    words = sum(len(re.findall(r"\w+|[^\w\s]", d.text)) for d in docs)
    gaz = Gazetteer.load()

    def run() -> None:
        for d in docs:
            analyse(d.text, d.published, d.title, gaz)

    times = []
    for _ in range(max(1, args.repeat)):
        t0 = time.process_time()
        run()
        times.append(time.process_time() - t0)
    best = min(times)
    print(f"corpus: {len(docs)} documents, ~{words} words ({', '.join(str(f) for f in folders)})")
    print(f"analyse: first run {times[0]:.3f} s CPU, best of {len(times)} {best:.3f} s CPU, "
          f"{words / best:,.0f} words/s")
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        run()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()

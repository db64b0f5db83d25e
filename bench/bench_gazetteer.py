"""Gazetteer speed: load time (cold build and cached index, each in a fresh process) and time per mention.

Per mention: ``find_mentions`` over a 1,000-word article made from the bundled
sample corpus (place names in news prose), total time divided by mentions found.
Targets (issue #3): load under 2 s, under 1 ms per mention.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOAD = "import time; t=time.perf_counter(); from kizuna.gazetteer import Gazetteer; Gazetteer.load(); " \
       "print(time.perf_counter()-t)"


def timed_load(env_cache: str) -> float:
    import os

    env = dict(os.environ, KIZUNA_CACHE=env_cache)
    out = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def article(words: int = 1000) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "src" / "kizuna" / "sample_corpus").glob("*.txt"))]
    body = " ".join(" ".join(t.split("\n")[2:]) for t in texts).split()
    while len(body) < words:
        body += body
    return " ".join(body[:words])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        cold = timed_load(tmp)
        cached = timed_load(tmp)
    from kizuna.gazetteer import Gazetteer

    gz = Gazetteer.load()
    text = article()
    gz.find_mentions(text)  # warm caches
    runs = 20
    t0 = time.perf_counter()
    for _ in range(runs):
        mentions = gz.find_mentions(text)
    per_doc = (time.perf_counter() - t0) / runs
    n = len(mentions)
    print(f"gazetteer: {len(gz.places)} places, {len(gz.index)} names")
    print(f"load: cold (build + write cache) {cold:.2f} s, cached {cached:.2f} s  (target < 2 s cached)")
    print(f"find_mentions on {len(text.split())} words: {per_doc * 1000:.1f} ms, {n} mentions, "
          f"{per_doc * 1000 / max(n, 1):.3f} ms per mention  (target < 1 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Intake throughput (documents/s and MB/s) for plain text and HTML, on one core.

usage: python bench/bench_intake.py [FOLDER ...] [--repeat N]

Text corpus: ../shared/dev/articles and ../shared/seeds when present, else the
bundled sample corpus.  HTML corpus: each of those texts wrapped in a realistic
page (head metadata, navigation, article paragraphs, footer), since no real
saved pages ship with the repository.  Times ``read_path`` only (decode,
extract, clean, dates, sidecar, language), after one warm-up pass so model
loading is not counted.
"""

from __future__ import annotations

import html
import os
import sys
import tempfile
import time
from pathlib import Path

from common import bench_args

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KIZUNA_SHARED", ROOT.parent / "shared"))

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} - Example Herald</title>
<meta property="article:published_time" content="2023-06-15T09:00:00+09:00">
<link rel="canonical" href="https://herald.example.org/news/{n}"></head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a></nav></header>
<div class="share"><a>Share</a> <a>Tweet</a> <a>Email</a></div>
<article><h1>{title}</h1>{paras}</article>
<aside><h3>Related news</h3><ul><li><a href="/a">Seoul shares rebound</a></li><li><a href="/b">Heat wave</a></li></ul></aside>
<footer>Copyright 2023 Example Herald. All rights reserved. <a>Privacy policy</a></footer></body></html>"""


def _text_files(folders: list[str]) -> list[Path]:
    if folders:
        dirs = [Path(f) for f in folders]
    elif SHARED.is_dir():
        dirs = [SHARED / "dev" / "articles", SHARED / "seeds"]
    else:
        dirs = [ROOT / "src" / "kizuna" / "sample_corpus"]
    return sorted(p for d in dirs for p in d.glob("*.txt"))


def _write_html(texts: list[Path], out: Path) -> list[Path]:
    pages = []
    for n, path in enumerate(texts):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        title = html.escape(lines[0] if lines else "Untitled")
        paras = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in lines[1:])
        page = out / f"page-{n:03d}.html"
        page.write_text(PAGE.format(title=title, paras=paras, n=n), encoding="utf-8")
        pages.append(page)
    return pages


def _measure(label: str, files: list[Path], repeat: int) -> None:
    from kizuna.intake import read_path

    size = sum(p.stat().st_size for p in files)
    for p in files:  # warm-up: language model, trafilatura imports
        read_path(str(p), max_bytes=50_000_000)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        docs = 0
        for p in files:
            docs += len(read_path(str(p), max_bytes=50_000_000))
        best = min(best, time.perf_counter() - t0)
    print(f"{label:5} {docs:4d} docs {size / 1e6:6.2f} MB  {docs / best:8.1f} documents/s  "
          f"{size / 1e6 / best:6.2f} MB/s  (best of {repeat})")


def main() -> int:
    args = bench_args(__doc__)
    texts = _text_files(args.folders)
    if not texts:
        print("no .txt files found", file=sys.stderr)
        return 1
    _measure("text", texts, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        _measure("html", _write_html(texts, Path(tmp)), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())

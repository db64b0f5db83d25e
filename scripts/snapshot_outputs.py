#!/usr/bin/env python3
"""Snapshot everything an ingest produces, so a speed change can be diffed byte for byte.

usage: snapshot_outputs.py OUT_DIR [--registry-rows N]

Writes into OUT_DIR:

- ``all.jsonl`` / ``all.csv``: ``kizuna export`` after one ``kizuna ingest`` of
  ../shared/seeds, ../shared/dev/articles and the bundled sample corpus into a
  fresh SQLite database (the CLI path, in its default batches);
- ``eval-*.json``: ``kizuna eval --json`` of that database on the dev, seed and
  sample gold sets;
- ``tables.txt``: every table of that database, row by row in primary-key
  order, without the wall-clock columns (created_at, updated_at, ingested_at, at);
- ``batches.jsonl``: the export after ingesting the same folders in another
  order through the Python API in batches of 3 documents, then once more
  (re-ingest must change nothing), and ``batches-tables.txt`` its tables;
- ``registry.jsonl``: the export after importing the first N rows of
  ../shared/data/twin_cities_wikipedia.csv (when present) on top of ``all``'s
  database: registry reports merging with extracted ones.

Timings are printed but not written, so two snapshots diff clean.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "seeds", SHARED / "dev" / "articles", ROOT / "src" / "kizuna" / "sample_corpus"]
GOLDS = {"dev": SHARED / "dev" / "gold.jsonl", "seeds": SHARED / "gold" / "seeds.jsonl",
         "sample": ROOT / "tests" / "sample" / "sample.gold.jsonl"}
CSV = SHARED / "data" / "twin_cities_wikipedia.csv"
CLOCK_COLUMNS = {"created_at", "updated_at", "ingested_at", "at"}


def kizuna(*args: str, db: str, out: Path | None = None) -> str:
    """Run the ``kizuna`` command line (the real entry point) and return its stdout."""
    cmd = [sys.executable, "-c", "from kizuna.cli import main; main()", *args, "--db", db]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONHASHSEED": "0"})
    if res.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr}")
    if out is not None:
        out.write_text(res.stdout, encoding="utf-8")
    return res.stdout


def dump_tables(db_path: str, out: Path) -> None:
    """Every row of every table in primary-key order (the order rows went in is invisible), without
    the wall-clock columns."""
    import sqlite3

    con = sqlite3.connect(db_path)
    lines: list[str] = []
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for t in tables:
        info = list(con.execute(f"PRAGMA table_info({t})"))
        keep = [r[1] for r in info if r[1] not in CLOCK_COLUMNS]
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or ["rowid"]
        lines.append(f"== {t} ({', '.join(keep)})")
        for row in con.execute(f"SELECT {', '.join(keep)} FROM {t} ORDER BY {', '.join(pk)}"):
            lines.append(json.dumps(row, ensure_ascii=False))
    con.close()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--registry-rows", type=int, default=3000)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    folders = [str(f) for f in FOLDERS if f.is_dir()]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = f"{tmp}/all.db"
        db = f"sqlite:///{db_path}"
        t0 = time.perf_counter()
        kizuna("ingest", *folders, db=db)
        print(f"ingest via CLI: {time.perf_counter() - t0:.2f}s")
        kizuna("export", "--format", "jsonl", db=db, out=out / "all.jsonl")
        kizuna("export", "--format", "csv", db=db, out=out / "all.csv")
        for name, gold in GOLDS.items():
            if gold.is_file():
                kizuna("eval", str(gold), "--json", db=db, out=out / f"eval-{name}.json")
        dump_tables(db_path, out / "tables.txt")

        from kizuna.pipeline import ingest
        from kizuna.store import open_store

        bdb = f"sqlite:///{tmp}/batches.db"
        store = open_store(bdb)
        t0 = time.perf_counter()
        ingest(list(reversed(folders)), store, batch_size=3)
        again = ingest(folders, store, batch_size=3)
        print(f"ingest in batches of 3 and again: {time.perf_counter() - t0:.2f}s "
              f"(re-ingest stored {again.documents} documents)")
        kizuna("export", "--format", "jsonl", db=bdb, out=out / "batches.jsonl")
        dump_tables(f"{tmp}/batches.db", out / "batches-tables.txt")

        if CSV.is_file() and args.registry_rows > 0:
            head = Path(tempfile.gettempdir()) / "kizuna-snapshot-registry.csv"  # fixed: origins name it
            with CSV.open(encoding="utf-8") as fh:
                head.write_text("".join(line for _, line in zip(range(args.registry_rows + 1), fh, strict=False)),
                                encoding="utf-8")
            t0 = time.perf_counter()
            kizuna("import", "csv", str(head), "--map", "a=city1", "--map", "a_country=country1",
                   "--map", "b=city2", "--map", "b_country=country2", db=db)
            print(f"registry import of {args.registry_rows} rows: {time.perf_counter() - t0:.2f}s")
            kizuna("export", "--format", "jsonl", db=db, out=out / "registry.jsonl")
            dump_tables(db_path, out / "registry-tables.txt")
    for p in sorted(out.iterdir()):
        print(f"{p.name:24s} {sum(1 for _ in p.open(encoding='utf-8')):7d} lines")


if __name__ == "__main__":
    main()

"""Merging speed: new facts merged per second into a knowledge base of 100,000 facts.

usage: python bench/bench_merge.py [--base N] [--new N] [--no-csv]

Builds a base of ``--base`` synthetic facts (partnerships, visits, statistics
between 20,000 places) in a temporary SQLite file, then ingests ``--new``
facts through ``Store.add_document`` (the ingest path: one transaction per
document of 10 facts), half of them new reports of facts already in the base
(they merge), half new facts.  Prints facts merged per second.  When
../shared/data/twin_cities_wikipedia.csv is present, also times
``import_csv`` of it into a fresh database.  Runs on one core.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import pin_one_core

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT.parent / "shared" / "data" / "twin_cities_wikipedia.csv"


@dataclass
class Doc:
    """The fields the Store reads from an intake document."""

    origin: str
    doc_id: str
    text: str
    sha256: str = ""
    title: str | None = None
    published: str | None = "2024-01-01"
    published_source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def place(i: int) -> Any:
    from kizuna.facts import PlaceRef

    return PlaceRef(f"geonames:{1_000_000 + i}", f"Town {i}", ("JP", "CN", "KR", "VN", "US")[i % 5],
                    "municipality")


def fact_json(kind: int, a: int, b: int, year: int) -> dict[str, Any]:
    """One synthetic fact in Fact.to_json shape; ``kind`` picks the type."""
    t = ("partnership", "visit", "statistic")[kind % 3]
    attrs: dict[str, Any] = {"partnership": {"kind": "sister"}, "visit": {},
                             "statistic": {"value": a % 500, "unit": "visits"}}[t]
    places = [place(a).to_json(), place(b).to_json()] if t != "statistic" else [place(a).to_json()]
    return {"type": t, "places": places, "date": str(year) if t != "visit" else f"{year}-0{1 + a % 9}-1{b % 9}",
            "date_end": None, "status": "happened", "people": [], "attributes": attrs, "confidence": 0.6}


def build_base(store: Any, n: int, rng: random.Random) -> list[tuple[int, int, int, int]]:
    from kizuna.store.reports import Report

    keys = []
    batch = []
    for i in range(n):
        a, b = rng.randrange(20_000), rng.randrange(20_000)
        if a == b:
            b = (b + 1) % 20_000
        k = (i % 3, a, b, 1950 + i % 70)
        keys.append(k)
        batch.append(Report(fact=fact_json(*k), origin="bench-base.csv", text=f"row {i}", provenance="registry"))
        if len(batch) == 5000:
            store.add_reports(batch)
            batch = []
    if batch:
        store.add_reports(batch)
    return keys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=int, default=100_000)
    ap.add_argument("--new", type=int, default=5_000)
    ap.add_argument("--no-csv", action="store_true")
    args = ap.parse_args()
    pin_one_core()
    sys.path.insert(0, str(ROOT / "src"))
    from kizuna.facts import Evidence, Fact, PlaceRef
    from kizuna.store import open_store

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'base.db'}")
        t0 = time.perf_counter()
        keys = build_base(store, args.base, rng)
        built = time.perf_counter() - t0
        counts = store.counts()
        print(f"base: {counts['facts']:,} facts ({counts['sources']:,} sources) built in {built:.1f}s")

        facts: list[Fact] = []
        for i in range(args.new):
            if i % 2 == 0:
                k = keys[rng.randrange(len(keys))]  # another report of a known fact
            else:
                a, b = rng.randrange(20_000, 40_000), rng.randrange(20_000, 40_000)
                k = (i % 3, a, b, 2000 + i % 20)
            j = fact_json(*k)
            facts.append(Fact(type=j["type"], places=[PlaceRef.from_json(p) for p in j["places"]],
                              evidence=Evidence(0, 0, ""), date=j["date"], attributes=j["attributes"],
                              confidence=0.6))
        docs = []
        for d in range(0, len(facts), 10):
            chunk = facts[d:d + 10]
            text = " ".join(f"Sentence {d + i}." for i in range(len(chunk)))
            for i, f in enumerate(chunk):
                start = text.index(f"Sentence {d + i}.")
                f.evidence = Evidence(start, start + len(f"Sentence {d + i}."), f"Sentence {d + i}.")
            docs.append((Doc(origin=f"bench/doc-{d}.txt", doc_id=f"d-bench{d:08d}", text=text), chunk))
        t0 = time.perf_counter()
        for doc, chunk in docs:
            store.add_document(doc, chunk)
        took = time.perf_counter() - t0
        after = store.counts()
        merged = args.new - (after["facts"] - counts["facts"])
        print(f"merge: {args.new:,} new facts into {counts['facts']:,} in {took:.2f}s: "
              f"{args.new / took:,.0f} facts/s ({merged:,} merged into existing facts, "
              f"{after['facts'] - counts['facts']:,} new; {len(docs):,} documents, one transaction each)")
        store.engine.dispose()

        if not args.no_csv and CSV.exists():
            from kizuna.registry import import_csv

            fresh = open_store(f"sqlite:///{Path(tmp) / 'csv.db'}")
            mapping = {"a": "city1", "b": "city2", "a_country": "country1", "b_country": "country2"}
            t0 = time.perf_counter()
            rep = import_csv(fresh, CSV, mapping)
            took = time.perf_counter() - t0
            print(f"import csv: {rep.rows:,} rows in {took:.1f}s ({rep.rows / took:,.0f} rows/s); "
                  f"{rep.facts_created:,} facts; places {rep.places_resolved:,} resolved, "
                  f"{rep.places_unresolved:,} kept as written; {len(rep.bad)} bad rows")
            fresh.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

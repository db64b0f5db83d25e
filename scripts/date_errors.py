#!/usr/bin/env python3
"""List matched facts whose date differs from gold (the scorer's matching), to find date rules.

usage: date_errors.py GOLD.jsonl ARTICLES_DIR [--doc DOC] [--all]

Runs the extractor as eval_extract.py does, pairs gold and predicted facts with
kizuna.evaluate's greedy matching, and prints for each matched fact whose
predicted date does not start with the gold one: doc, type, places, gold
date/date_end, ours, the gold evidence and ours.  ``--all`` also prints matched
facts whose gold date is null but ours is set (not scored, but a sign of a
date taken from the wrong place).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

from kizuna.evaluate import doc_keys, fact_match, load_gold
from kizuna.extract import extract_facts
from kizuna.gazetteer import Gazetteer
from kizuna.intake import discover, read_path


def _predict(articles: str, only: str | None) -> list[dict[str, Any]]:
    gz = Gazetteer.load()
    files, _ = discover([articles])
    preds = []
    for path in files:
        if only and only not in path:
            continue
        for doc in read_path(path, max_bytes=20_000_000):
            for f in extract_facts(doc.text, published=doc.published, title=doc.title, gazetteer=gz):
                j = f.to_json()
                j["sources"] = [{"origin": doc.origin, "doc": doc.doc_id}]
                j["_published"] = doc.published
                preds.append(j)
    return preds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("articles")
    ap.add_argument("--doc")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    if args.doc:
        gold = [g for g in gold if g["doc"] == args.doc]
    preds = _predict(args.articles, args.doc)
    gold_docs = {g["doc"] for g in gold}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in preds:
        for k in doc_keys(p["sources"][0]["origin"]):
            if k in gold_docs:
                by_doc[k].append(p)
                break
    right = total = 0
    for doc in sorted(gold_docs):
        ps = by_doc.get(doc, [])
        used: set[int] = set()
        for g in (x for x in gold if x["doc"] == doc):
            hit = next((i for i, p in enumerate(ps) if i not in used and fact_match(g, p)), None)
            if hit is None:
                continue
            used.add(hit)
            p = ps[hit]
            gd, pd = g.get("date"), p.get("date")
            ok = bool(gd) and (pd or "")[: len(gd)] == gd
            if gd:
                total += 1
                right += ok
            if (gd and not ok) or (args.all and not gd and pd):
                names = [x.get("name") for x in g.get("places") or []]
                print(f"{doc} {g['type']} {names} pub={p.get('_published')}")
                print(f"   gold {gd} .. {g.get('date_end')}   ours {pd} .. {p.get('date_end')}")
                print(f"   G: {(g.get('evidence') or '')[:300]}")
                print(f"   O: {(p.get('evidence') or '')[:300]}")
    print(f"dates right {right}/{total}")


if __name__ == "__main__":
    main()

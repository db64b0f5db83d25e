#!/usr/bin/env python3
"""Score the extractor alone (no database) on a gold set: fast loop for rule work.

usage: eval_extract.py GOLD.jsonl ARTICLES_DIR [--misses] [--doc DOC]

Reads each article through intake (so cleaning and sidecar dates are the real
ones), extracts, and scores with kizuna.evaluate (the port of score.py).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kizuna.evaluate import fact_match, format_report, load_gold, score
from kizuna.extract import extract_facts
from kizuna.gazetteer import Gazetteer
from kizuna.intake import discover, read_path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("articles")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--doc")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    gz = Gazetteer.load()
    files, _ = discover([args.articles])
    preds = []
    for path in files:
        if args.doc and args.doc not in path:
            continue
        for doc in read_path(path, max_bytes=20_000_000):
            for f in extract_facts(doc.text, published=doc.published, title=doc.title, gazetteer=gz):
                j = f.to_json()
                j["sources"] = [{"origin": doc.origin, "doc": doc.doc_id}]
                preds.append(j)
    if args.doc:
        gold = [g for g in gold if g["doc"] == args.doc]
    result = score(gold, preds)
    print(format_report(result))
    if args.misses:
        by_doc: dict[str, list] = {}
        for p in preds:
            by_doc.setdefault(Path(p["sources"][0]["origin"]).stem, []).append(p)
        for g in gold:
            stem = next((k for k in by_doc if k == g["doc"] or k.startswith(g["doc"].replace("seed-", "") + "_")), None)
            ps = by_doc.get(stem or "", [])
            if not any(fact_match(g, p) for p in ps):
                print("MISS", g["doc"], g["type"], [x["name"] for x in g["places"]],
                      (g.get("attributes") or {}).get("value", ""), "|", (g.get("evidence") or "")[:100])
        for stem, ps in sorted(by_doc.items()):
            doc_id = stem if not stem[:3].isdigit() else "seed-" + stem[:3]
            gs = [g for g in gold if g["doc"] == doc_id]
            for p in ps:
                if not any(fact_match(g, p) for g in gs):
                    print("EXTRA", doc_id, p["type"], [x["name"] for x in p["places"]],
                          (p.get("attributes") or {}).get("value", ""), "|", p["evidence"][:100])
    _ = json


if __name__ == "__main__":
    main()

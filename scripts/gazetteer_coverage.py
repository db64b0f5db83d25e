"""Share of real sister-city names the gazetteer resolves, per country.

Reads ../shared/data/twin_cities_wikipedia.csv (city1,country1,city2,country2;
Wikipedia's lists, CC BY-SA 4.0) and resolves every distinct (city, country)
name with ``Gazetteer.resolve_name(name, country=CC)``, qualifiers and all
("Setagaya (Tokyo)", "Bayside, New South Wales"). Prints the share per
country, the world figure and the most common failures.

    python scripts/gazetteer_coverage.py [CSV] [--country JP] [--failures 40] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from kizuna.gazetteer import Gazetteer

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "twin_cities_wikipedia.csv"
TARGETS = {"JP": 0.97, "CN": 0.90, "KR": 0.90, "VN": 0.90}


def country_code(gz: Gazetteer, written: str) -> tuple[str | None, str | None]:
    """'Japan' -> ('JP', None); 'Ohio, United States' -> ('US', 'Ohio'); 'Wales' -> ('GB', 'Wales')."""
    parts = [p.strip() for p in written.split(",")]
    region = parts[0] if len(parts) > 1 else None
    for level in ("country", "region"):
        place = gz.resolve_name(parts[-1], level=level)
        if place:
            return place.country, (region or (parts[-1] if level == "region" else None))
    return None, region


def coverage(gz: Gazetteer, path: Path) -> dict[str, Any]:
    names: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names.add((row["city1"].strip(), row["country1"].strip()))
            names.add((row["city2"].strip(), row["country2"].strip()))
    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    failures: dict[str, list[str]] = {}
    codes: dict[str, tuple[str | None, str | None]] = {}
    for city, country in sorted(names):
        if country not in codes:
            codes[country] = country_code(gz, country)
        cc, region = codes[country]
        key = cc or f"?{country}"
        total[key] += 1
        place = None
        if cc:
            place = gz.resolve_name(city, country=cc)
            if place is None and region and region != city:
                place = gz.resolve_name(f"{city}, {region}", country=cc)
        if place is not None:
            ok[key] += 1
        else:
            failures.setdefault(key, []).append(city)
    return {"total": total, "ok": ok, "failures": failures, "distinct": len(names)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--country", help="list this country's failures in full")
    ap.add_argument("--failures", type=int, default=30, help="how many countries' failures to sample")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.csv.exists():
        print(f"no such file: {args.csv}", file=sys.stderr)
        return 2
    gz = Gazetteer.load()
    res = coverage(gz, args.csv)
    total, ok, failures = res["total"], res["ok"], res["failures"]
    world = sum(ok.values()) / max(1, sum(total.values()))
    if args.json:
        print(json.dumps({"world": world, "distinct": res["distinct"],
                          "countries": {c: {"names": total[c], "resolved": ok[c]} for c in total}}))
        return 0
    print(f"{res['distinct']} distinct (city, country) names; world: {world:.1%} resolved")
    print(f"{'country':<10} {'names':>6} {'resolved':>8} {'share':>7}  target")
    shown = [c for c in TARGETS] + [c for c, _ in total.most_common(25) if c not in TARGETS]
    for c in shown:
        share = ok[c] / max(1, total[c])
        target = TARGETS.get(c)
        flag = "" if target is None else (f">= {target:.0%} ok" if share >= target else f">= {target:.0%} MISSED")
        print(f"{c:<10} {total[c]:>6} {ok[c]:>8} {share:>7.1%}  {flag}")
    unresolved_countries = [c for c in total if c.startswith("?")]
    if unresolved_countries:
        print("countries not recognised:", ", ".join(sorted(unresolved_countries)))
    print("\nmost common failures (countries with most unresolved names):")
    for c, fails in sorted(failures.items(), key=lambda kv: -len(kv[1]))[: args.failures]:
        print(f"  {c} ({len(fails)}): {', '.join(fails[:12])}")
    if args.country:
        print(f"\nall failures for {args.country}:")
        for name in failures.get(args.country.upper(), []):
            print("  ", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

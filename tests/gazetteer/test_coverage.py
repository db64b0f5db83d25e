"""Resolution rate on Wikipedia's sister-city lists (../shared/data), for the four target countries."""

import csv

TARGETS = {"Japan": ("JP", 0.97), "China": ("CN", 0.90), "South Korea": ("KR", 0.90), "Vietnam": ("VN", 0.90)}


def test_targets_met(shared, gz):
    names: dict[str, set[str]] = {k: set() for k in TARGETS}
    with (shared / "data" / "twin_cities_wikipedia.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for i in ("1", "2"):
                if row["country" + i] in names:
                    names[row["country" + i]].add(row["city" + i].strip())
    for country, (cc, target) in TARGETS.items():
        ok = sum(gz.resolve_name(n, country=cc) is not None for n in names[country])
        assert ok / len(names[country]) >= target, (country, ok, len(names[country]))

"""Conflicts are kept with their sources; merging does not depend on ingest order."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.helpers import GYEONGBUK, HYOGO, LIAONING, TOYAMA, FakeDoc, canonical, exported, fact

from kizuna.facts import PlaceRef
from kizuna.store import open_store
from kizuna.store.reports import Report


def test_different_founding_years_are_one_tie_with_a_conflict(store):
    for origin, year in (("x.txt", "1984"), ("y.txt", "1985"), ("z.txt", "1984")):
        doc = FakeDoc(origin, f"Toyama and Liaoning have been sister regions since {year}.")
        s = f"Toyama and Liaoning have been sister regions since {year}"
        store.add_document(doc, [fact(doc, s, "partnership", [TOYAMA, LIAONING], date=year,
                                      attributes={"kind": "sister"})])
    [f] = exported(store)
    assert f["date"] == "1984"  # two sources against one
    values = {c["value"]: c["source"] for c in f["conflict"]["date"]}
    assert set(values) == {"1984", "1985"}
    assert values["1985"] == FakeDoc("y.txt", "Toyama and Liaoning have been sister regions since 1985.").doc_id


def test_different_editions_of_one_forum_on_one_date_are_a_conflict(store):
    for origin, ed in (("p.txt", 7), ("q.txt", 8)):
        s = f"The {ed}th governors' meeting opened in Hyogo on November 2"
        doc = FakeDoc(origin, s + ".")
        store.add_document(doc, [fact(doc, s, "meeting", [HYOGO, GYEONGBUK], date="2023-11-02",
                                      attributes={"edition": ed, "name": "Governors' Meeting"})])
    [f] = exported(store)
    assert sorted(c["value"] for c in f["conflict"]["edition"]) == [7, 8]


def test_editions_on_different_dates_are_two_meetings(store):
    for origin, ed, date in (("p.txt", 7, "2023-11"), ("q.txt", 8, "2024-10")):
        s = f"The {ed}th governors' meeting opened in Hyogo"
        doc = FakeDoc(origin, s + ".")
        store.add_document(doc, [fact(doc, s, "meeting", [HYOGO, GYEONGBUK], date=date,
                                      attributes={"edition": ed})])
    assert len(exported(store)) == 2


# ---- order independence -------------------------------------------------------
NAGOYA = PlaceRef(None, "Nagoya", "JP", "municipality")
# (doc, type, places, date, attributes, people): reports that overlap in every way the merger must decide.
POOL = [
    ("d1", "partnership", [TOYAMA, LIAONING], "1984", {"kind": "sister"}, []),
    ("d2", "partnership", [LIAONING, TOYAMA], "1984-05", {"kind": "sister"}, []),
    ("d3", "partnership", [TOYAMA, LIAONING], None, {"kind": "sister"}, []),
    ("d2", "partnership", [TOYAMA, LIAONING], "1979", {"kind": "friendship"}, []),
    ("d4", "partnership", [TOYAMA, LIAONING], "1985", {"kind": "sister"}, []),
    ("d5", "partnership", [TOYAMA, LIAONING], "2012", {"kind": "sister", "event": "suspended"}, []),
    ("d6", "partnership", [TOYAMA, LIAONING], "1990", {"kind": "sister"}, []),
    ("d6", "partnership", [TOYAMA, LIAONING], "1984", {"kind": "sister"}, []),
    ("d1", "visit", [LIAONING, TOYAMA], "2023-07-26", {}, ["Hao Peng"]),
    ("d2", "visit", [LIAONING, TOYAMA], "2023-07", {"delegation_size": 20}, []),
    ("d3", "visit", [LIAONING, TOYAMA], "2023-07-28", {"delegation_size": 25}, ["Peng Hao"]),
    ("d4", "visit", [LIAONING, TOYAMA], "2023-08-15", {}, ["Hao Peng"]),
    ("d5", "visit", [LIAONING, TOYAMA], None, {}, []),
    ("d6", "visit", [LIAONING, TOYAMA], "2023-07-26", {}, ["Li Lecheng"]),
    ("d1", "meeting", [HYOGO, GYEONGBUK], "2023-11", {"edition": 7}, []),
    ("d2", "meeting", [GYEONGBUK, HYOGO], "2023-11-02", {"edition": 8}, []),
    ("d3", "meeting", [HYOGO, GYEONGBUK], None, {"edition": 7}, []),
    ("d4", "meeting", [HYOGO, GYEONGBUK], "2024", {}, []),
    ("d5", "agreement", [NAGOYA, LIAONING], "2019", {"fields": ["trade"]}, []),
    ("d6", "agreement", [LIAONING, PlaceRef(None, "nagoya", "JP")], "2019-05", {"fields": ["culture"]}, []),
    ("d1", "agreement", [NAGOYA, LIAONING], "2019-06", {}, []),
    ("d3", "statistic", [TOYAMA], "2023", {"value": 40, "unit": "delegations"}, []),
    ("d4", "statistic", [TOYAMA], None, {"value": 40}, []),
]


def _documents(indices: list[int]) -> list[tuple[FakeDoc, list]]:
    """Group the chosen reports into their documents; each report has its own sentence."""
    by_doc: dict[str, list[int]] = {}
    for i in indices:
        by_doc.setdefault(POOL[i][0], []).append(i)
    out = []
    for name, items in sorted(by_doc.items()):
        sentences = [f"Report {i} of {name}" for i in items]
        doc = FakeDoc(f"{name}.txt", ". ".join(sentences) + ".", published="2024-01-01")
        facts = []
        for i, s in zip(items, sentences, strict=True):
            _, type_, places, date, attrs, people = POOL[i]
            facts.append(fact(doc, s, type_, places, date=date, attributes=attrs, people=people))
        out.append((doc, facts))
    return out


def _ingest(order: list[tuple[FakeDoc, list]], registry: list[Report], registry_first: bool) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'k.db'}")
        if registry_first and registry:
            store.add_reports(registry)
        for doc, facts in order:
            store.add_document(doc, list(reversed(facts)))
        if not registry_first and registry:
            store.add_reports(registry)
        out = canonical(store)
        store.engine.dispose()
        return out


REGISTRY = [Report(fact={"type": "partnership", "places": [TOYAMA.to_json(), LIAONING.to_json()], "date": None,
                         "date_end": None, "status": "happened", "people": [], "attributes": {"kind": "sister"},
                         "confidence": 0.9},
                   origin="registry.csv", text="registry.csv:2: Toyama Prefecture (JP) - Liaoning (CN)",
                   provenance="registry")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chosen=st.sets(st.integers(0, len(POOL) - 1), min_size=2), data=st.data(), with_registry=st.booleans())
def test_ingest_order_does_not_change_the_facts(chosen, data, with_registry):
    docs = _documents(sorted(chosen))
    shuffled = data.draw(st.permutations(docs))
    registry = REGISTRY if with_registry else []
    first = _ingest(docs, registry, registry_first=True)
    second = _ingest(list(shuffled), registry, registry_first=data.draw(st.booleans()))
    assert first == second

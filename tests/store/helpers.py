"""Small fakes of intake documents and fact builders for store-level tests (no mocks of our code)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from kizuna.export import fact_to_json
from kizuna.facts import Evidence, Fact, Person, PlaceRef
from kizuna.store import Store

TOYAMA = PlaceRef("JP-16", "Toyama Prefecture", "JP", "region")
LIAONING = PlaceRef("CN-LN", "Liaoning", "CN", "region")
HYOGO = PlaceRef("JP-28", "Hyogo Prefecture", "JP", "region")
GYEONGBUK = PlaceRef("KR-47", "Gyeongsangbuk-do", "KR", "region")


@dataclass
class FakeDoc:
    """The fields the Store reads from an intake document."""

    origin: str
    text: str
    published: str | None = None
    title: str | None = None
    published_source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    @property
    def doc_id(self) -> str:
        return "d-" + self.sha256[:16]


def fact(doc: FakeDoc, sentence: str, type_: str, places: list[PlaceRef], *, date: str | None = None,
         attributes: dict[str, Any] | None = None, people: list[str] | None = None, occurrence: int = 0,
         confidence: float = 0.6, status: str = "happened") -> Fact:
    """A fact whose evidence is the ``occurrence``-th copy of ``sentence`` in ``doc.text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(sentence, start + 1)
    return Fact(type=type_, places=list(places), evidence=Evidence(start, start + len(sentence), sentence),
                date=date, status=status, people=[Person(n) for n in people or []],
                attributes=dict(attributes or {}), confidence=confidence)


def exported(store: Store, *, include_rejected: bool = False) -> list[dict[str, Any]]:
    return [fact_to_json(r) for r in store.iter_facts(include_rejected=include_rejected)]


def canonical(store: Store) -> list[str]:
    """The export without ids, as sorted JSON strings: what order independence must preserve."""
    out = []
    for f in exported(store, include_rejected=True):
        f.pop("id")
        out.append(json.dumps(f, sort_keys=True, ensure_ascii=False))
    return sorted(out)

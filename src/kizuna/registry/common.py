"""What every registry import shares: the report it prints, and writing rows in batches.

A registry row becomes a ``partnership`` report whose source is the registry
file itself (no document: ``doc`` is null, ``origin`` the file path, ``text``
a one-line description of the row).  Rows go in batches, one transaction
each, so a killed import leaves whole batches only; re-running an import
adds nothing, because a row already stored is recognised by its source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kizuna.facts import PARTNERSHIP_KINDS, PlaceRef
from kizuna.store import Store
from kizuna.store.reports import Report

BATCH = 2000
REGISTRY_CONFIDENCE = 0.9


@dataclass
class ImportReport:
    """The outcome of one import, for the summary line and the exit code."""

    path: str
    rows: int = 0
    imported: int = 0
    already_known: int = 0
    facts_created: int = 0
    facts_merged: int = 0
    places_resolved: int = 0
    places_unresolved: int = 0
    mentions_unresolved: int = 0
    unknown_countries: set[str] = field(default_factory=set)
    bad: list[tuple[int, str]] = field(default_factory=list)

    def bad_lines(self) -> list[str]:
        """One ``file:line: reason`` per malformed row."""
        return [f"{self.path}:{line}: {reason}" for line, reason in self.bad]

    def summary(self) -> str:
        unk = f", {len(self.unknown_countries)} country names not recognised" if self.unknown_countries else ""
        return (f"{self.rows} rows read, {self.imported} imported, {self.already_known} already known, "
                f"{len(self.bad)} bad; {self.facts_created} facts created, {self.facts_merged} merged into "
                f"existing facts; places: {self.places_resolved} resolved, {self.places_unresolved} kept as "
                f"written (unresolved, {self.mentions_unresolved} mentions){unk}")


def partnership(a: PlaceRef, b: PlaceRef, *, origin: str, text: str, date: str | None = None,
                kind: str = "sister", qids: tuple[str | None, str | None] = (None, None)) -> Report:
    """A registry row as a partnership report (QIDs ride along on the place references)."""
    if kind not in PARTNERSHIP_KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(PARTNERSHIP_KINDS)}")
    places: list[dict[str, Any]] = []
    for ref, qid in zip((a, b), qids, strict=True):
        p = ref.to_json()
        if qid:
            p["qid"] = qid
        places.append(p)
    fact = {"type": "partnership", "places": places, "date": date, "date_end": None, "status": "happened",
            "people": [], "attributes": {"kind": kind}, "confidence": REGISTRY_CONFIDENCE}
    return Report(fact=fact, origin=origin, text=text, provenance="registry")


def batched(items: Iterable[Report], size: int = BATCH) -> Iterator[list[Report]]:
    batch: list[Report] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write(store: Store, reports: Iterable[Report], report: ImportReport,
          progress: Callable[[int], None] | None = None) -> None:
    """Merge reports into the store batch by batch; ``progress(n)`` after each batch of n rows."""
    for batch in batched(reports):
        stats = store.add_reports(batch)
        report.imported += stats.sources_added
        report.already_known += stats.duplicates
        report.facts_created += len(stats.created)
        report.facts_merged += len(stats.merged)
        if progress:
            progress(len(batch))

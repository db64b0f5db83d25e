"""In-memory fact types shared by every stage (spec/FACTS.md, the export contract).

These are plain dataclasses so that intake, extraction, storage and export can
exchange facts without importing each other.  ``to_json`` produces exactly the
export shape of spec/FACTS.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FactType = Literal["partnership", "visit", "meeting", "agreement", "cooperation", "statistic"]
FACT_TYPES: tuple[str, ...] = ("partnership", "visit", "meeting", "agreement", "cooperation", "statistic")
STATUSES: tuple[str, ...] = ("happened", "planned", "unknown")
LEVELS: tuple[str, ...] = ("country", "region", "municipality")
PARTNERSHIP_KINDS: tuple[str, ...] = ("sister", "friendship", "partner", "twinning", "other")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at-least", "at-most")
FIELDS: tuple[str, ...] = (
    "economy", "trade", "investment", "tourism", "culture", "education", "environment",
    "agriculture", "disaster", "health", "urban-planning", "energy", "labor", "sports",
    "youth", "science", "technology", "people-to-people",
)


@dataclass
class PlaceRef:
    """A place as a fact names it: a gazetteer id (or None) plus the name kept as written."""

    id: str | None
    name: str
    country: str | None = None
    level: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country, "level": self.level}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PlaceRef:
        return cls(id=d.get("id"), name=d.get("name") or "", country=d.get("country"), level=d.get("level"))


@dataclass
class Person:
    """A named official acting in a fact; ``place_id`` is the government they speak for."""

    name: str
    title: str | None = None
    place_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "place": {"id": self.place_id}}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Person:
        place = d.get("place") or {}
        return cls(name=d.get("name") or "", title=d.get("title"), place_id=place.get("id"))


@dataclass
class Evidence:
    """Character span in the cleaned document text; ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Fact:
    """One extracted fact before it is stored (no id, one evidence)."""

    type: str
    places: list[PlaceRef]
    evidence: Evidence
    date: str | None = None
    date_end: str | None = None
    status: str = "happened"
    people: list[Person] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "places": [p.to_json() for p in self.places],
            "date": self.date,
            "date_end": self.date_end,
            "status": self.status,
            "people": [p.to_json() for p in self.people],
            "attributes": self.attributes,
            "evidence": self.evidence.text,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "confidence": round(self.confidence, 3),
        }

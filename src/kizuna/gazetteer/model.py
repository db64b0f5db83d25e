"""The gazetteer's value types: places, candidates, mentions and resolution context."""

from __future__ import annotations

from dataclasses import dataclass, field

from kizuna.facts import PlaceRef


@dataclass(frozen=True)
class Place:
    """One governed place: a country, a first-level division or a municipality.

    ``valid_from``/``valid_to`` bound places that exist only for a period
    (Vietnam's provinces before and after the 2025 merger); two generations
    of one province may share an id, each with its own dates.
    """

    id: str
    name: str
    country: str
    level: str
    parent: str | None = None
    population: int = 0
    valid_from: str | None = None
    valid_to: str | None = None
    capital_region: bool = False  # a city that is itself a first-level division (Busan, Tianjin)
    successor: str | None = None  # the id that took this place over when it ended (Vietnam 2025)
    kind: str | None = None  # what the source calls it: "ward", "designated city", "town", "province"...
    city: str | None = None  # for a ward of a designated city, the city's id

    def ref(self, name: str | None = None) -> PlaceRef:
        """The fact-side reference; ``name`` defaults to the canonical English name."""
        return PlaceRef(id=self.id, name=name or self.name, country=self.country, level=self.level)

    def valid_on(self, date: str | None) -> bool:
        """Whether the place existed on ``date`` (ISO prefix; None means 'any time')."""
        if not date:
            return self.valid_to is None
        if self.valid_from and date[: len(self.valid_from)] < self.valid_from[: len(date)]:
            return False
        if self.valid_to and date[: len(self.valid_to)] > self.valid_to[: len(date)]:
            return False
        return True


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to, with a score and why it matched."""

    place: Place
    score: float
    reason: str


@dataclass
class ResolveContext:
    """What the surrounding text says about a mention."""

    countries: tuple[str, ...] = ()  # countries the document is about, most salient first
    country: str | None = None  # a country the sentence ties the mention to ("China's Tianjin")
    level: str | None = None  # a level the wording implies ("Mayor of Toyama" -> municipality)
    date: str | None = None


@dataclass
class Mention:
    """A span of text that names a place, with its candidates and the chosen place."""

    start: int
    end: int
    text: str
    candidates: list[Candidate] = field(default_factory=list)
    level_hint: str | None = None
    place: Place | None = None
    key: str = ""  # the folded name the index matched, to score candidates again in other contexts

    def ref(self) -> PlaceRef | None:
        return self.place.ref() if self.place else None

"""Reports: one source's account of a fact, the unit the merger clusters.

A stored fact is *derived* from its reports (every ``Source`` row keeps the
fact as that source told it in ``extracted``).  Keeping the raw accounts is
what lets merging be order-independent, conflicts be shown with their sources,
and a fact be re-derived when a report is added or moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kizuna.facts import Fact
from kizuna.store.encode import dumps_canonical
from kizuna.store.keys import fold, group_key_of_keys, person_key, ref_key

PROVENANCES: tuple[str, ...] = ("extracted", "registry", "curated")
# Partnership events (spec: a partnership's status over time).  A report whose
# attributes carry ``event`` tells of a change to the tie, not of its founding.
PARTNERSHIP_EVENTS: tuple[str, ...] = ("established", "renewed", "upgraded", "suspended", "resumed", "ended")


@dataclass(frozen=True)
class Report:
    """One source's account: the fact JSON (Fact.to_json shape) plus where it came from."""

    fact: dict[str, Any]
    origin: str
    doc_id: str | None = None
    url: str | None = None
    published: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    provenance: str = "extracted"
    # derived, filled in __post_init__ (frozen dataclass: via object.__setattr__)
    key: str = field(default="", compare=False)
    ident: str = field(default="", compare=False)
    pkeys: tuple[str, ...] = field(default=(), compare=False, repr=False)  # place keys, in the fact's order

    def __post_init__(self) -> None:
        f = self.fact
        pkeys = [ref_key(p) for p in f.get("places") or []]
        object.__setattr__(self, "pkeys", tuple(pkeys))
        object.__setattr__(self, "key", group_key_of_keys(f["type"], pkeys, f.get("attributes") or {}))
        body = dumps_canonical({k: v for k, v in f.items() if k not in ("evidence", "start", "end", "provenance")})
        object.__setattr__(self, "ident", "\x1f".join(
            [self.doc_id or "", self.origin, str(self.start if self.start is not None else -1), self.text or "",
             body]))

    # ---- construction ----------------------------------------------------
    @classmethod
    def from_fact(cls, fact: Fact, doc: Any) -> Report:
        """A report of ``fact`` extracted from intake document ``doc`` (duck-typed)."""
        return cls(fact=fact.to_json(), origin=doc.origin, doc_id=doc.doc_id, url=getattr(doc, "url", None),
                   published=getattr(doc, "published", None), start=fact.evidence.start, end=fact.evidence.end,
                   text=fact.evidence.text, provenance="extracted")

    @classmethod
    def from_source(cls, src: Any) -> Report:
        """The report a stored ``Source`` row holds."""
        fact = dict(src.extracted or {})
        prov = fact.pop("provenance", None) or "extracted"
        return cls(fact=fact, origin=src.origin, doc_id=src.document_id, url=src.url, published=src.published,
                   start=src.start, end=src.end, text=src.text, provenance=prov)

    def extracted(self) -> dict[str, Any]:
        """What goes into ``Source.extracted``."""
        return {**self.fact, "provenance": self.provenance}

    # ---- views the merger needs --------------------------------------------
    @property
    def type(self) -> str:
        return str(self.fact["type"])

    @property
    def date(self) -> str | None:
        return self.fact.get("date")

    @property
    def attributes(self) -> dict[str, Any]:
        return self.fact.get("attributes") or {}

    @property
    def event(self) -> str | None:
        """The partnership event this report tells of, or None for a plain report."""
        ev = self.attributes.get("event") if self.type == "partnership" else None
        return str(ev) if ev else None

    @property
    def same_doc_key(self) -> str | None:
        """Reports from one news document must agree exactly to merge; registries and curators don't."""
        return self.doc_id

    @property
    def source_ref(self) -> str:
        """How a conflict or event names this report's source: document id, else origin."""
        return self.doc_id or self.origin

    def place_keys(self) -> list[str]:
        return list(self.pkeys)

    def person_keys(self) -> set[str]:
        return {person_key(p.get("name") or "") for p in self.fact.get("people") or [] if p.get("name")}

    def folded(self, attr: str) -> str | None:
        v = self.attributes.get(attr)
        return fold(str(v)) if v not in (None, "") else None

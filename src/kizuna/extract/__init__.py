"""Extraction: text in, sourced facts out (the six fact types of spec/FACTS.md).

Rules over an analysed document (sentences, resolved places, people, dates),
one module per fact type.  Rules rather than a trained model because the
pipeline must run fast on one core with nothing downloaded, and every fact
must point at the sentence that states it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kizuna.extract import (
    agreement,
    cooperation,
    dating,
    meeting,
    partnership,
    prefilter,
    statistic,
    tables,
    visit,
)
from kizuna.extract.common import local_parties
from kizuna.extract.context import DocInfo, PlaceHit, analyse, first_subject, ref_key
from kizuna.facts import Fact, PlaceRef
from kizuna.gazetteer import Gazetteer
from kizuna.gazetteer.names import fold

__all__ = ["extract_facts"]


def extract_facts(text: str, *, published: str | None = None, title: str | None = None,
                  gazetteer: Gazetteer | None = None) -> list[Fact]:
    """All facts stated in ``text``; ``published`` (YYYY-MM-DD) anchors relative dates."""
    gz = gazetteer or Gazetteer.load()
    doc = analyse(text, published, title, gz)
    facts: list[Fact] = []
    for s in doc.sentences:
        prefilter.focus(s.text)
        visits = visit.extract(doc, s)
        found = visits + meeting.extract(doc, s, visit_facts=len(visits))
        ties = partnership.extract(doc, s, visits=len(visits))
        found += ties
        pacts = agreement.extract(doc, s, ties=len(ties))
        found += pacts
        strong_ties = [t for t in ties if not t.attributes.get("weak_kind")]  # "friendship between": loose words
        found += cooperation.extract(doc, s, ties=len(strong_ties) + len(pacts), visits=len(visits))
        found += statistic.extract(doc, s)
        dating.settle(doc, s, found)
        facts += found
        _remember(doc, s, found)
    # a table of partners ("| Buffalo | United States | 1962 |") or a list of one line each ("Rennes, France (1967)")
    listed = tables.partnerships(doc) if "\n|" in text or text.startswith("|") else tables.listed_partnerships(doc)
    if listed:
        facts = sorted(facts + listed, key=lambda f: f.evidence.start)  # (stable: text order)
    return _talks_of_visits(_dedup(visit.finalize(doc, facts), _headline_end(doc)))


def _headline_end(doc: DocInfo) -> int:
    """Where the headline ends in the text (0 when the text does not begin with it)."""
    return next((s.sent.end for s in doc.sentences[:2] if s.headline), 0)


def _talks_of_visits(facts: list[Fact]) -> list[Fact]:
    """Talks held on a visit are part of the visit (the annotation convention): an unnamed meeting of
    the pair a visit of the same day joins is dropped ("X arrived in Y on Monday. X held talks with Y's
    governor" is one visit).  A named meeting, or talks on another day, stays a meeting."""
    def pair(f: Fact) -> frozenset[str]:
        return frozenset(ref_key(p) for p in f.places)

    trips = {(pair(f), f.date) for f in facts if f.type == "visit" and f.date}
    visited = {pair(f) for f in facts if f.type == "visit" and f.status == "happened"}

    def of_the_delegation(f: Fact) -> bool:  # "X, who led the delegation, met Y": the visit's talks
        return (pair(f) in visited
                and bool(re.search(r"\b(?:led|headed|leading|heading) the delegation\b|\bduring (?:the|his|her|their) "
                                   r"(?:visit|trip|stay)\b", f.evidence.text)))

    return [f for f in facts if not (
        f.type == "meeting" and not f.attributes.get("name") and not f.attributes.get("edition")
        and ((f.date and (pair(f), f.date) in trips) or of_the_delegation(f)))]


def _remember(doc: DocInfo, s, found: list[Fact]) -> None:  # type: ignore[no-untyped-def]
    """Keep the pair and subject the text last spoke of, for 'the two sides' and 'it'."""
    local = local_parties(s)
    cross = [h for h in local[1:] if local and h.country != local[0].country]
    if local and cross:
        doc.recent_pair = [local[0], cross[0]]
    for f in found:
        if f.type == "partnership":
            doc.tie_pairs.add(frozenset(ref_key(p) for p in f.places))
        elif f.type == "agreement":
            doc.pact_pairs.add(frozenset(ref_key(p) for p in f.places))
    for f in found:
        if len(f.places) == 2 and all(p.level != "country" for p in f.places) and f.places[0].country != f.places[1].country:
            key = frozenset(ref_key(p) for p in f.places)
            n = doc.told_pairs.get(key, (0, 0, []))[0]
            doc.told_pairs[key] = (n + 1, s.index, [PlaceHit(0, 0, p.name, p) for p in f.places])
    for f in found:  # the places a fact settled on (a capital read as its province) beat raw mentions
        if f.type != "statistic" and len(f.places) == 2 and all(p.level != "country" for p in f.places) \
                and f.places[0].country != f.places[1].country:
            doc.recent_pair = [PlaceHit(0, 0, p.name, p) for p in f.places]
            break
    placed = [p for p in s.person_refs if p.place_id]
    for person in placed:
        hit = next((h for h in s.places if h.ref.id == person.place_id), None)
        if hit is not None:
            doc.remember_person(person.name, hit)
    if placed:
        doc.last_person_place = next((h for h in s.places if h.ref.id == placed[0].place_id), None)
    subj = first_subject(s)
    if subj is not None and subj.level != "country":
        doc.last_subject = subj


def _places(f: Fact, name: Callable[[PlaceRef], str] = ref_key) -> tuple[str, ...]:
    """A fact's places as a key: in order for a visit (origin, destination), as a set otherwise."""
    got = tuple(name(p) for p in f.places)
    return got if f.type == "visit" else tuple(sorted(got))


def _folded_name(p: PlaceRef) -> str:
    return fold(p.name)


def _key(f: Fact) -> tuple:
    places = _places(f)
    a = f.attributes
    if f.type == "statistic":
        return (f.type, a.get("value"), a.get("unit"), f.evidence.start)
    if f.type == "meeting":
        return (f.type, places)
    return (f.type, places, a.get("kind"))


def _derived(f: Fact) -> bool:
    """Whether the tie's year was worked out from an anniversary rather than stated."""
    return "derived" in str(f.attributes.get("note", ""))


def _same_tie_date(a: Fact, b: Fact) -> bool:
    """Dates of one tie told twice: equal, one missing, or one derived from an anniversary and
    within a year of the other (anniversaries are counted loosely)."""
    if not a.date or not b.date or a.date == b.date:
        return True
    derived = _derived(a) or _derived(b)
    return derived and abs(int(a.date[:4]) - int(b.date[:4])) <= 1


def _same_pact(a: Fact, b: Fact) -> bool:
    """One document told twice: not two listed in one sentence, no conflicting signing dates,
    and no disjoint subjects ("documents on nursing" and "the labour agreement" are two)."""
    if a.evidence.start == b.evidence.start and a.attributes.get("_mention") != b.attributes.get("_mention"):
        return False
    if a.attributes.get("_new") and b.attributes.get("_new") and a.attributes["_new"] != b.attributes["_new"]:
        return False  # each introduced as a new document, in other words
    if a.evidence.start != b.evidence.start and any(
            re.search(r"\balso\s+(?:signed|inked|concluded|sealed)\s+(?:a|an)\b", f.evidence.text) for f in (a, b)):
        return False  # "The two mayors also signed a memorandum on ...": another document than the one told
    if a.date and b.date and a.date[:4] != b.date[:4]:
        return False  # years apart: two pacts (days apart: one pact whose date was read two ways)
    fa, fb = set(a.attributes.get("_subject") or ()), set(b.attributes.get("_subject") or ())
    return not (fa and fb and not fa & fb)


def _same_cooperation(a: Fact, b: Fact) -> bool:
    """One cooperation told twice, unless the two tell different matters: aid beside programmes,
    or fields neither of which covers the other ("business and academic ties" and "lacrosse,
    arts and clean energy projects")."""
    if bool(a.attributes.get("_aid")) != bool(b.attributes.get("_aid")):
        return False
    fa, fb = set(a.attributes.get("fields") or ()), set(b.attributes.get("fields") or ())
    return not (fa and fb and not (fa <= fb or fb <= fa))


def _same_meeting(a: Fact, b: Fact) -> bool:
    """One meeting told twice: no conflicting edition and no conflicting date."""
    if a.attributes.get("edition") != b.attributes.get("edition"):
        return False
    return not (a.date and b.date and a.date[: len(b.date)] != b.date[: len(a.date)])


def _headline_told_again(facts: list[Fact], headline: Callable[[Fact], bool]) -> list[Fact]:
    """A headline's fact whose places the body names the same way ("to Kumamoto, Japan" read as the
    prefecture, "San Antonio's sister city of Kumamoto" as the city): the body's fact, which says
    which place it is."""
    body = {(f.type, _places(f, _folded_name)): f for f in facts if not headline(f)}
    out = []
    for f in facts:
        same = body.get((f.type, _places(f, _folded_name))) if headline(f) and f.type != "statistic" else None
        if same is not None and _places(same) != _places(f):  # (the same places: the main pass merges them)
            if same.date is None and f.date:
                same.date, same.date_end = f.date, f.date_end
            for key, value in f.attributes.items():
                same.attributes.setdefault(key, value)
            continue
        out.append(f)
    return out


def _one_anniversary_tie(facts: list[Fact]) -> list[Fact]:
    """'65 years of friendship between A and B' beside 'A and B became sister cities in 1959': the
    anniversary counts the stated tie, so a tie whose year is only derived from it yields to a tie of
    the pair with a stated year within a year of it, whatever kind each is called."""
    stated = [f for f in facts if f.type == "partnership" and f.date and not _derived(f)]

    def told(f: Fact) -> bool:  # (by names: the anniversary's "Niigata" may be read as the prefecture)
        pair = {fold(p.name) for p in f.places}
        return any(g is not f and {fold(p.name) for p in g.places} == pair and _same_tie_date(f, g) for g in stated)

    return [f for f in facts if not (f.type == "partnership" and f.date
                                     and _derived(f) and told(f))]


def _dedup(facts: list[Fact], headline_end: int = 0) -> list[Fact]:
    """One fact per (type, places, kind) in a document: a story told twice is one fact.

    Two stages of one tie (friendship in 2002, twinning in 2005) stay two facts; a loose
    "years of friendship" in a headline yields to the kind the body states.  A headline's fact
    is the body's told short: the body's telling is kept (its status, evidence and date: "X to
    visit Y next week" above "X will visit Y on Monday"), and a headline's cooperation is the
    body's whatever fields each names.
    """
    def headline(f: Fact) -> bool:
        return f.evidence.start < headline_end

    facts = _headline_told_again(facts, headline)
    rank = {id(f): i for i, f in enumerate(facts)}
    out: list[Fact] = []
    index: dict[tuple, list[Fact]] = {}
    for f in sorted(facts, key=headline):  # (stable: the body's facts first, each in text order)
        k = _key(f)
        same = [g for g in index.get(k, []) if (f.type != "partnership" or _same_tie_date(f, g))
                and (f.type != "meeting" or _same_meeting(f, g)) and (f.type != "agreement" or _same_pact(f, g))
                and (f.type != "cooperation" or headline(f) or _same_cooperation(f, g))]
        if same:
            kept = same[0]
            if f.type == "partnership" and kept.date and f.date and _derived(kept) and not _derived(f):
                kept.date, kept.date_end = f.date, f.date_end  # a stated year beats a derived one
                kept.attributes.pop("note", None)
            if f.date and (kept.date is None or (len(f.date) > len(kept.date) and f.date.startswith(kept.date))):
                kept.date, kept.date_end = f.date, f.date_end  # "next week", then "on Sunday": the finer one
            for key, value in f.attributes.items():
                kept.attributes.setdefault(key, value)
            continue
        index.setdefault(k, []).append(f)
        out.append(f)
    out.sort(key=lambda f: rank[id(f)])
    out = _one_anniversary_tie(out)
    # by names: "50 years of friendship between Nantes and Niigata" may have read the prefecture
    # where "Nantes and Niigata became sister cities" reads the city
    strong = {(_places(f, _folded_name), f.date) for f in out
              if f.type == "partnership" and not f.attributes.get("weak_kind")}
    result = []
    for f in out:
        if f.type == "partnership" and f.attributes.get("weak_kind"):
            pair = _places(f, _folded_name)
            if any(pa == pair and (d == f.date or not d or not f.date) for pa, d in strong):
                continue
        f.attributes.pop("weak_kind", None)
        f.attributes.pop("_mention", None)
        f.attributes.pop("_new", None)
        f.attributes.pop("_subject", None)
        f.attributes.pop("_aid", None)
        result.append(f)
    return result

"""Meetings: forums, conferences, summits, dialogues and talks between governments."""

from __future__ import annotations

import re

from kizuna.extract.common import dedup, first_date, make_fact
from kizuna.extract.context import DocInfo, SentInfo
from kizuna.extract.dates import ordinal_value
from kizuna.facts import Fact, PlaceRef

NAMED = re.compile(
    r"(?P<name>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}?(?:[A-Z][\w'’-]*\s+)?(?:Governors['’]?|Mayors['’]?|Local Government|"
    r"Local Governments|Provincial|Leaders['’]?|Business|Cooperation|Friendship|Exchange|Regional)?\s*"
    r"(?:Meeting|Forum|Conference|Summit|Dialogue|Symposium|Roundtable|Round Table))\b"
)
# The words NAMED must end on (keep in step with it): most sentences name no event, and NAMED,
# trying runs of capitalised words at every capital, is the costliest pattern of the type rules.
NAMED_WORD = re.compile(r"Meeting|Forum|Conference|Summit|Dialogue|Symposium|Roundtable|Round Table")
GENERIC = re.compile(r"\b(?:forum|conference|summit|dialogue|symposium|governors['’]? meeting|mayors['’]? meeting|"
                     r"roundtable)\b", re.IGNORECASE)
TALKS = re.compile(r"\b(?:met with|met|meeting with|meetings with|held talks|talks with|held a meeting|"
                   r"sat down with|conversation with|(?:held|hold|holds) (?:a |an )?(?:video ?conference|online meeting|"
                   r"video call|phone call))\b", re.IGNORECASE)
EDITION = re.compile(r"\b(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"eleventh|twelfth|fifteenth|twentieth)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|forum|conference|summit|"
                     r"dialogue|session|edition|symposium)", re.IGNORECASE)
LOCATION = re.compile(r"\b(?:held|take place|took place|convened|hosted)\s+(?:\w+\s+){0,3}?in\s+$", re.IGNORECASE)


def extract(doc: DocInfo, s: SentInfo, *, visit_facts: int = 0) -> list[Fact]:
    """Meeting facts in one sentence (talks already covered by a visit are not repeated)."""
    text = s.text
    named = [m for m in NAMED.finditer(text) if _good_name(m.group("name"))] if NAMED_WORD.search(text) else []
    generic = GENERIC.search(text)
    edition_m = EDITION.search(text)
    series = doc.series
    if not named and not generic and edition_m and series:
        generic = edition_m
    if named or generic:
        name = named[0].group("name").strip() if named else None
        if name and name.lower().startswith("the "):
            name = name[4:]
        name_places: list[PlaceRef] = []
        if name:
            for h in s.places:
                if h.start >= s.sent.start + named[0].start() and h.end <= s.sent.start + named[0].end():
                    name_places.append(h.ref)
            if len(name_places) >= 2:
                doc.series = (name, name_places)
        elif series and (edition_m or re.search(r"\bthe (?:meeting|forum|conference|dialogue)\b", text, re.I)):
            name, name_places = series
            if not edition_m and not any(d.value for d in s.dates):
                return _talks(doc, s, visit_facts)  # "at the conference": the one already told
        location = None
        for h in s.places:
            if LOCATION.search(text[: h.start - s.sent.start]):
                location = h.ref
                break
        parties = name_places or [h.ref for h in dedup(s.parties) if location is None or h.ref.id != location.id]
        if location is None:  # "attended the forum in Hangzhou": noted as the place, still listed
            start = s.sent.start + (named[0].start() if named else generic.start() if generic else 0)
            loc = next((h for h in s.places if h.located and h.level != "country" and h.start > start), None)
            location = loc.ref if loc is not None else None
        local_kind = re.search(r"governor|mayor|local|provincial|prefectur|cit(?:y|ies)|municipal|region|state|"
                               r"friendship|sister", name or text, re.IGNORECASE)
        if not local_kind and all(p.level == "country" for p in parties):
            return []  # a national meeting: not an exchange between local governments
        if len(parties) < 2 and not (name and local_kind and location is not None and not parties):
            return []
        if not parties and location is not None:
            parties = [location]  # a named forum whose members the text does not list: where it meets
        attrs: dict = {}
        if name:
            attrs["name"] = name
        if edition_m:
            attrs["edition"] = ordinal_value(edition_m.group("ord"))
        if location:
            attrs["location"] = location.to_json()
        d = first_date(s, event=True)
        named_fact = make_fact("meeting", parties, s, date=d.value if d else None, attributes=attrs, confidence=0.6)
        if re.search(r"\bagreed to (?:hold|host|convene)|\bwill (?:hold|host)", text) and TALKS.search(text):
            named_fact.status = "planned"
            named_fact.date = None
            return [named_fact, *_talks(doc, s, visit_facts)]  # talks that agreed to hold the next one
        return [named_fact]
    return _talks(doc, s, visit_facts)


def _talks(doc: DocInfo, s: SentInfo, visit_facts: int) -> list[Fact]:
    """Talks between officials of two sides (not a courtesy call during a visit)."""
    text = s.text
    if re.search(r"\b(?:during|on) (?:the|his|her|their|this) (?:trip|visit|stay|tour)\b", text, re.IGNORECASE):
        return []  # talks held during a visit are part of the visit
    talks = TALKS.search(text)
    if talks and not visit_facts:
        parties = dedup(s.parties)
        speaker = next((h for h in doc.people_places(text[: talks.start()]) if all(h.key != p.key for p in parties)),
                       None)
        if speaker is not None:
            parties = [speaker, *parties]
        local = [p for p in parties if p.level != "country" and not p.located]
        if len(local) >= 2 and len({p.country for p in local}) >= 2:
            parties = local
        if all(p.level == "country" for p in parties):
            return []
        if len(parties) < 2 or len({p.country for p in parties}) < 2:
            return []
        d = first_date(s, event=True)
        return [make_fact("meeting", parties, s, date=d.value if d else None, confidence=0.5)]
    return []


def _good_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not re.match(r"^(?:the\s+)?(?:This|That|The|A|An|Its|Their)\s+\w+$", name)

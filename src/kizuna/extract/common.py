"""Helpers the per-type extractors share: building facts, choosing dates,
pairing parties, and the field vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick  # type: ignore[import-untyped]

from kizuna.extract import prefilter as rx
from kizuna.extract.context import PAIR_NOUNS, PRONOUN_ONE, PRONOUN_PAIR, DocInfo, PlaceHit, SentInfo
from kizuna.extract.dates import DateMention
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact, PlaceRef
from kizuna.gazetteer.clues import capital_of

FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "economy": ("econom", "business", "industr", "commerc"),
    "trade": ("trade", "export", "import"),
    "investment": ("invest",),
    "tourism": ("touris", "direct flights", "air routes"),
    "culture": ("cultur", " art ", " arts", "heritage", "music"),
    "education": ("educat", "school", "universit", "student", "academic"),
    "environment": ("environment", "pollution", "climate", "green", "ecolog", "forestry", "acid rain",
                    "waste", "recycl"),
    "agriculture": ("agricultur", "farm", " rice", "fisher", "food"),
    "disaster": ("disaster", "earthquake", "typhoon", "flood"),
    "health": ("health", "medic", "hospital", "nursing", "nurses", "elderly care", "pandemic", "masks", "vaccin"),
    "urban-planning": ("urban plan", "urban develop", "urban regenerat", "urban renew", "urban design", "urbani",
                       "city planning", "infrastructure", "transport"),
    "energy": ("energy", "hydrogen", "solar", "renewable"),
    "labor": ("labor", "labour", "worker", "trainee", "human resources", "manpower", "employment"),
    "sports": (" sport", "-sport", "esport", "athlet", "olympic", "football", "soccer", "baseball", "basketball", "marathon"),
    "youth": ("youth", "young people", "children"),
    "science": ("scien", "research"),
    "technology": ("technolog", "digital", "innovation", "semiconductor"),
    "people-to-people": ("people-to-people", "people to people", "exchanges between people", "friendship between"),
}


# words that contain a field's keyword without being about it: "importance" (import), "collaboration"
# (labor), "laboratory" (labor), "agriculture" (culture)
_NOT_FIELD = gated(r"importan\w*|collaborat\w*|laborator\w*|agricultur\w*|horticultur\w*|aquacultur\w*")


def _field_automaton() -> Any:
    """Every field keyword in one Aho-Corasick automaton (one pass instead of a test per keyword)."""
    a = ahocorasick.Automaton()
    for field_name, words in FIELD_WORDS.items():
        for w in words:
            a.add_word(w, field_name)
    a.make_automaton()
    return a


_FIELDS = _field_automaton()
_FIELD_ORDER = {f: i for i, f in enumerate(FIELD_WORDS)}


def fields_in(text: str) -> list[str]:
    """Spec field names whose keywords occur in ``text``, in vocabulary order."""
    low = " " + text.lower()  # a leading blank lets " sport" match at the start (and not in "transport")
    masked = _NOT_FIELD.sub(" ", low)
    found = {f for _, f in _FIELDS.iter(masked) if f != "agriculture"}
    if any(f == "agriculture" for _, f in _FIELDS.iter(low)):  # "agriculture" itself is masked
        found.add("agriculture")
    return sorted(found, key=_FIELD_ORDER.__getitem__)


def make_fact(ftype: str, places: Iterable[PlaceHit | PlaceRef], s: SentInfo, *, date: str | None = None,
              date_end: str | None = None, status: str | None = None, attributes: dict | None = None,
              confidence: float = 0.6, people: bool = True) -> Fact:
    refs = [p.ref if isinstance(p, PlaceHit) else p for p in places]
    return Fact(
        type=ftype, places=refs, evidence=s.evidence(), date=date or None, date_end=date_end,
        status=status or ("planned" if s.planned else "happened"),
        people=list(s.person_refs) if people else [], attributes=dict(attributes or {}), confidence=confidence,
    )


def first_date(s: SentInfo, after: int | None = None, *, event: bool = False) -> DateMention | None:
    """The sentence's first resolvable date (or the nearest after ``after``, a document offset).

    ``event``: the date of something that happens (a visit, a meeting), so a tie's "since 1972"
    or "established in 1981" in the same sentence is not it.
    """
    cands = [d for d in s.dates if d.value and d.kind != "dateline"]
    if event:
        cands = [d for d in cands if not background_date(s, d)]
    if after is not None:
        later = [d for d in cands if d.start >= after]
        if later:
            return later[0]
    return cands[0] if cands else None


# Words before a date that make it something other than the event's own time: a tie's age
# ("twin city since 2005"), a person's past ("who in 2007 was"), or when it was reported ("said Friday").
_NOT_EVENT_BEFORE = gated(
    r"(?:\b(?:since|established in|founded in|dating back to|dates back to|date back to)"
    r"|\b(?:who|which),?\s+(?:in|on)|\b(?:said|says|announced|told reporters|reported|confirmed)(?:\s+on)?)\s+$",
    re.IGNORECASE)


def background_date(s: SentInfo, d: DateMention) -> bool:
    """Whether date ``d`` in ``s`` is not the time of the event the sentence tells (see _NOT_EVENT_BEFORE)."""
    rel = d.start - s.sent.start
    return bool(_NOT_EVENT_BEFORE.search(s.text[max(0, rel - 30): rel]))


EVENT_REF = gated(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:forum|festival|visit|trip|ceremony|meeting|talks|event|"
                       r"conference|summit|tour|reception|celebrations?)\b|\bon the sidelines\b", re.IGNORECASE)


def story_date(doc: DocInfo, s: SentInfo, back: int = 4) -> DateMention | None:
    """The date of the occasion the story has just told (a forum "held on Tuesday", a festival
    in August), for a pact or pledge made there whose own sentence gives no date.  "At the meeting, ...":
    the nearest dated sentence that names a meeting, before any other dated one."""
    named = rx.search(r"\b(?:at|during|on the sidelines of)\s+the\s+(?P<noun>meeting|forum|conference|summit|ceremony|talks|"
                      r"session|festival)\b", s.text, re.IGNORECASE)
    if named is not None:
        noun = named.group("noun").lower()
        for prev in reversed(doc.sentences[max(0, s.index - back): s.index]):
            told = re.search(r"\b" + noun + r"\b", prev.text, re.IGNORECASE)
            dated = [d for d in prev.dates if d.value and len(d.value) >= 7 and d.kind != "dateline"]
            if dated and told is not None:  # the date told after the meeting's name ("held on Tuesday")
                return next((d for d in dated if d.start - prev.sent.start > told.start()), dated[-1])
    for prev in reversed(doc.sentences[max(0, s.index - back): s.index]):
        dated = [d for d in prev.dates if d.value and len(d.value) >= 7]
        if dated:
            return dated[-1]
    return None


def since_then_date(doc: DocInfo, s: SentInfo) -> DateMention | None:
    """'Since then, the program has ...', '... have continued ever since': the year the sentence
    before gave (the tie's founding, usually)."""
    if s.index == 0 or not rx.search(r"\b(?:since then|ever since|since that time)\b", s.text, re.IGNORECASE):
        return None
    dated = [d for d in doc.sentences[s.index - 1].dates if d.value]
    return dated[-1] if dated else None


def dedup(hits: Iterable[PlaceHit]) -> list[PlaceHit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        if h.key not in seen:
            seen.add(h.key)
            out.append(h)
    return out


# "a year after Seoul and Beijing established diplomatic relations": capitals standing for their countries
_DIPLOMATIC_CLAUSE = gated(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+and\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
                           r"\s+(?:first\s+)?(?:established|set up|normali[sz]ed|opened|forged|restored)\s+(?:full\s+|formal\s+)?"
                           r"diplomatic\s+(?:relations|ties)\b|\bdiplomatic\s+(?:relations|ties)\s+between\s+[^,;.]{0,60}",
                           re.IGNORECASE)


def _in_diplomatic_clause(s: SentInfo, h: PlaceHit) -> bool:
    rel = h.start - s.sent.start
    return any(m.start() <= rel < m.end() for m in _DIPLOMATIC_CLAUSE.finditer(s.text))


def local_parties(s: SentInfo) -> list[PlaceHit]:
    """Sub-national parties of a sentence, in order, without repeats; places named only as
    where something happened ("signed in Hangzhou") are dropped when enough others remain, and
    capitals in a clause of national ties ("Seoul and Beijing established diplomatic relations")."""
    hits = dedup(h for h in s.parties if h.level != "country")
    if "iplomatic" in s.text:
        hits = [h for h in hits if not _in_diplomatic_clause(s, h)]
    unlocated = [h for h in hits if not h.located]
    return unlocated if len(unlocated) >= 2 else hits


_NAMED_KIND = re.compile(r"\b[Tt]he (province|prefecture|state|city|town|county)\b(?!['’])")


def _of_named_kind(s: SentInfo, doc: DocInfo, hit: PlaceHit) -> PlaceHit | None:
    """'the province and Jeju would sign': of the places the story follows, the one of the kind named
    (a province or prefecture is a region, a city or county a municipality), not the dateline's city."""
    m = _NAMED_KIND.search(s.text)
    if m is None:
        return None
    level = "region" if m.group(1) in ("province", "prefecture", "state") else "municipality"
    for h in (doc.last_subject, doc.focus, *doc.recent_pair):
        if h is not None and h.level == level and _cross(h, hit):
            return h
    return None


def pairs_for(s: SentInfo, doc: DocInfo, *, allow_country: bool = False) -> list[list[PlaceHit]]:
    """Pairs of partners a sentence speaks of: two named ones, a hub and its list, or a pronoun's referents."""
    hits = local_parties(s)
    between = _between(s, hits)
    if between:
        return [between]
    if allow_country and len(hits) < 2:
        hits = dedup(list(hits) + [h for h in s.parties if h.level == "country"
                                   and all(h.country != x.country for x in hits)])
    lead = rx.search(r"(?:^|,\s+)(?:[Ii]t|[Tt]he (?:city|province|prefecture|state|county|town|region|municipality))"
                     r"\s+(?:already\s+|also\s+|has\s+|had\s+|then\s+)*(?:has|had|set|established|signed|concluded|"
                     r"formed|added|became|entered|forged|maintains|twinned)", s.text)
    if lead and hits and all(h.start - s.sent.start > lead.start() for h in hits) and (doc.last_subject or doc.focus):
        hub = doc.last_subject or doc.focus
        if hub is not None and all(h.key != hub.key for h in hits):
            others = [h for h in hits if _cross(hub, h)]
            if others:
                return [[hub, o] for o in others]
    if len(hits) >= 2:
        hub = hits[0]
        others = [h for h in hits[1:] if _cross(hub, h) and not _range_ends(s, hub, h)]
        if others:
            return [[hub, o] for o in others]
        if len({h.country for h in hits}) == 1:
            hits = [h for h in hits if not h.located][:1] or hits[:1]  # one side named: the other is referred to
    if len(hits) == 1:
        other = None
        if PRONOUN_PAIR.search(s.text) and len(doc.recent_pair) == 2:
            a, b = doc.recent_pair
            if hits[0].key in (a.key, b.key):
                return [[a, b]]
        if PRONOUN_ONE.search(s.text) or PRONOUN_PAIR.search(s.text):
            other = doc.last_subject if doc.last_subject and _cross(doc.last_subject, hits[0]) else None
            if other is None and doc.focus and _cross(doc.focus, hits[0]):
                other = doc.focus
            other = _of_named_kind(s, doc, hits[0]) or other
        if other is not None:
            return [[other, hits[0]]]
        return []
    if re.search(PAIR_NOUNS, s.text) and doc.told_pairs:  # the pair the story has told most about
        return [max(doc.told_pairs.values(), key=lambda v: (v[0], v[1]))[2]]
    if PRONOUN_PAIR.search(s.text) and len(doc.recent_pair) == 2:
        return [list(doc.recent_pair)]
    return []


_RANGE_GAP = gated(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?,?\s+to\s+(?:the\s+)?")


def _range_ends(s: SentInfo, a: PlaceHit, b: PlaceHit) -> bool:
    """'eleven twin towns, from Besancon in France to Isfahan in Iran': the two ends of a range of
    partners are partners of the hub, not of each other."""
    before = s.text[max(0, a.start - s.sent.start - 6): a.start - s.sent.start]
    return bool(rx.search(r"\bfrom\s+$", before)) and bool(_RANGE_GAP.fullmatch(s.text[a.end - s.sent.start: b.start - s.sent.start]))


def _between(s: SentInfo, hits: list[PlaceHit]) -> list[PlaceHit] | None:
    """'... between Jilin Province and Miyagi-ken': the text names the pair itself."""
    for a in hits:
        before = s.text[max(0, a.start - s.sent.start - 9): a.start - s.sent.start]
        if not rx.search(r"\b[Bb]etween\s+(?:the\s+)?$", before):
            continue
        for b in hits:
            gap = s.text[a.end - s.sent.start: b.start - s.sent.start]
            if b.start > a.end and rx.fullmatch(r"\s+and\s+(?:the\s+)?|\s*-\s*", gap) and _cross(a, b):
                return [a, b]
    return None


def _cross(a: PlaceHit, b: PlaceHit) -> bool:
    return a.key != b.key and (a.country is None or b.country is None or a.country != b.country)


_INSTITUTION = (r"(?i:schools?|university|universities|college|academy|institute|hospital|museum|chambers?|association|"
                r"society|company|companies|corporation|firms?|bank|club|foundation|orchestra|choir|airport|zoo|"
                r"shipbuilders?|carmakers?|automakers?|manufacturers?|conglomerates?)")
_INSTITUTION_AFTER = gated(r"^(?:['’]s)?\s+(?:[A-Z][\w'’.-]*\s+){0,3}" + _INSTITUTION + r"\b")
_INSTITUTION_BEFORE = gated(r"\b" + _INSTITUTION + r"\s+(?:of|in|at)\s+(?:the\s+)?$")


# "Shanghai-based COSCO", "a Busan-headquartered shipbuilder", "headquartered in Busan": a firm's home
_COMPANY_HOME = gated(r"^-(?:based|headquartered|registered|listed)\b")
_HEADQUARTERED = gated(r"\b(?:headquartered|based|registered|listed)\s+in\s+(?:the\s+)?$")


def institutional(s: SentInfo, h: PlaceHit) -> bool:
    """A place named only as the home of an institution ("Aachen's Victoria School", "the
    University of Washington", "Crossley Heath School in Halifax"): the institution acts, not
    the government (spec: schools, universities and companies are not local governments)."""
    rel0, rel1 = h.start - s.sent.start, h.end - s.sent.start
    return bool(_INSTITUTION_AFTER.match(s.text[rel1: rel1 + 50])
                or _INSTITUTION_BEFORE.search(s.text[max(0, rel0 - 30): rel0])
                or _COMPANY_HOME.match(s.text[rel1: rel1 + 12])
                or _HEADQUARTERED.search(s.text[max(0, rel0 - 30): rel0]))


def preceded_by_number(text: str, pos: int) -> bool:
    """'300 pairs of sister cities', 'over 110 cooperative agreements': a count, not one tie."""
    m = rx.search(r"(\d[\d,.]*\d|\d)\s+(?:[a-z-]+\s+|[A-Z][A-Za-z]*-[a-z]+\s+){0,2}(?:pairs?\s+of\s+)?(?:[a-z-]+\s+){0,1}$",
                  text[max(0, pos - 45): pos])
    if not m:
        return False
    if rx.search(r"\b(?:years?|anniversary|th|st|nd|rd)\b", m.group(0)):
        return False  # "25 years of friendship": an age, not a count of ties
    window = text[max(0, pos - 45): pos]
    if rx.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", window[: m.start(1)]):
        return False  # "meet Abbott on Oct. 10 and sign a sister-state agreement": a day, not a count
    num = m.group(1).replace(",", "")
    return not (len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100)


_OUR = gated(r"\b[Oo]ur (?:own )?(?:[A-Z][\w-]+ )?(?:town|city|borough|county|district|council|prefecture|province|"
                  r"state|municipality|village|region|twin\w*|sister|partner|friendship|mayor)\b")
_HEAD_OF = gated(r"\b(?:Mayor|Lord Mayor|Governor|Council|Leader|Provost|people) of (?:the )?$")
_OWN_COUNCIL = gated(r"^\s*(?:(?:Borough|City|Town|County|District|Municipal|Prefectural|Provincial)\s+)?"
                          r"(?:Council|City Hall|Town Hall|Mayor)\b")


def home_place(doc: DocInfo) -> PlaceHit | None:
    """The writer's own government in a first-person release ("our town", "our twin city"): the
    first place the text names as a council's or a head's ("the Mayor of Cheltenham", "Reading
    Borough Council"); None when the text never speaks in the first person or names none."""
    if not _OUR.search(doc.text):
        return None
    for s in doc.sentences:
        for h in s.parties:
            a, b = h.start - s.sent.start, h.end - s.sent.start
            if h.level != "country" and (_HEAD_OF.search(s.text[max(0, a - 20): a]) or _OWN_COUNCIL.match(s.text[b: b + 30])):
                return h
    return None


# not "Premier": Canada's and Australia's provinces and states have premiers of their own
_NATIONAL_LEADER = gated(r"\b(?:Prime Minister|President|Chancellor|Foreign Minister|King|Queen|Emperor|"
                              r"Crown Prince|PM)\s+(?:[A-Z][\w'’-]*\s*){1,3}")
_LOCAL_WORDS = gated(r"\b(?:Governor|Gov\.|Mayor|Vice Governor|Party Secretary|Chairman|Chairwoman|Magistrate|"
                          r"Councillor|Cllr|local|provincial|municipal|prefectural|governors?|mayors?|city|cities|"
                          r"province|prefecture|county|state(?![\s-]+(?:visits?|banquet|dinner|media|councilor)\b))\b", re.IGNORECASE)


def national_only(text: str) -> bool:
    """'President Yoon visited Tokyo for a summit with Prime Minister Kishida': a sentence whose
    actors are national leaders, with no local official or government word, tells national
    diplomacy (the conventions leave national leaders' own trips and summits out)."""
    return bool(_NATIONAL_LEADER.search(text)) and not _LOCAL_WORDS.search(text)


_NATIONAL_TIES = gated(r"\b(?:free trade|FTA|economic partnership agreement|strategic (?:cooperative )?partnership|"
                       r"diplomatic (?:relations|ties)|bilateral (?:relations|ties))\b", re.IGNORECASE)


def national_relations(doc: DocInfo, s: SentInfo) -> bool:
    """'The Philippines and South Korea signed a free trade agreement in Seoul', 'Korea and Canada
    upgraded their relations to a comprehensive strategic partnership': two countries' own ties, told
    as background in local news (every party a country but a place it happened in). Also 'relations
    between Tokyo and Beijing have been strained': capitals standing for their countries."""
    parties = [h for h in s.parties if not h.located]
    if len({h.country for h in parties}) < 2:
        return False
    if all(h.level == "country" for h in parties) and _NATIONAL_TIES.search(s.text):
        return True
    return (any(h.level != "country" for h in parties) and bool(_CAPITAL_TIES.search(s.text))
            and all(h.level == "country" or _capital_for_country(doc, s, h) for h in parties))


# "relations between Tokyo and Beijing", "Seoul-Tokyo ties", "Beijing's ties with Tokyo"
_CAPITAL_TIES = gated(r"\b(?:relations|ties|tensions?|dispute|rift|feud|rapprochement)\b", re.IGNORECASE)
_TIES_BEFORE = re.compile(r"(?:relations|ties|tensions?|dispute|rift|feud|rapprochement)\s+(?:between|with)\s+"
                          r"(?:the\s+)?(?:[\w'’-]+\s+and\s+)?$", re.IGNORECASE)
_TIES_AFTER = re.compile(r"^(?:\s*(?:-|–|and)\s*(?-i:[A-Z])[\w'’-]*)?(?:['’]s)?\s+(?:relations|ties|tensions?|dispute|rift|feud)\b"
                         r"|^\s+and\s+(?-i:[A-Z])[\w'’-]*\s+(?:have|has)\s+(?:been\s+)?(?:at odds|feuding|locked)", re.IGNORECASE)


def _capital_for_country(doc: DocInfo, s: SentInfo, h: PlaceHit) -> bool:
    """Whether ``h`` is its country's capital named for the national government, in a phrase of
    national ties ("relations between Tokyo and Beijing", "Seoul-Tokyo ties")."""
    if h.country is None or h.ref.id is None:
        return False
    capital = capital_of(doc.gazetteer, h.country)
    if capital is None or capital.id != h.ref.id:
        return False
    a, b = h.start - s.sent.start, h.end - s.sent.start
    return bool(_TIES_BEFORE.search(s.text[max(0, a - 60): a]) or _TIES_AFTER.search(s.text[b: b + 60]))


# "The governors adopted a joint statement ...": the members of the forum just told act together
_FORUM_SUBJECT = gated(r"\s*(?:The|All(?: the)?|Participating)\s+(?:\w+\s+)?(?:governors|mayors|leaders|participants|"
                       r"delegates|members|heads)\b")


def forum_members(doc: DocInfo, s: SentInfo) -> list[PlaceHit]:
    """The governments of the forum the story just told, when a sentence naming no place opens with
    them as its subject ("The governors adopted a joint statement"); else none."""
    if doc.series is None or s.parties or len(doc.series[1]) < 3 or not _FORUM_SUBJECT.match(s.text):
        return []
    return [PlaceHit(s.sent.start, s.sent.start, ref.name, ref) for ref in doc.series[1]]


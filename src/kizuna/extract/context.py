"""Document and sentence analysis shared by the per-type extractors.

For each sentence: the places named (resolved by the gazetteer, minus
people's names), which of them are parties and which only locate another
place ("Japan's Kobe"), the people and their titles, the dates, and whether
the sentence speaks of plans.  For the document: its publication date, the
countries it is about, its focus (the locality it is mostly about) and the
pair of partners the text last spoke of, for "the two sides" and "it".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kizuna.extract.dates import DateMention, find_dates
from kizuna.extract.people import PersonMention, people_by_sentence
from kizuna.extract.sentences import Sentence, split_sentences
from kizuna.facts import Evidence, Fact, Person, PlaceRef
from kizuna.gazetteer import Gazetteer, Mention, ResolveContext
from kizuna.gazetteer.clues import DEMONYM_COUNTRIES, capital_of
from kizuna.gazetteer.fastre import finditer_from, fold, spans_with, word_branch

DEMONYMS = DEMONYM_COUNTRIES  # one table of country adjectives, shared with the resolver's clues
# = \b(South Korean|...)\b, longest first, as one branch per first letter (the scan skips to those)
_DEMONYM_RX = re.compile("(" + word_branch(sorted((d.title() for d in DEMONYMS), key=len, reverse=True)) + r")\b")
_COLLECTIVE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:governors?['’]?|delegations?|localities|local governments?|side|government|officials"
    r"|leaders|provinces|prefectures|cities|municipalities|partners?|counterparts?|mayors|regions|states)\b(?!\s+of\b)",
)
_EVENT_WORDS = ("Forum", "Conference", "Summit", "Dialogue", "Symposium", "Meeting", "Expo", "Festival", "Fair", "Games",
                "Year")
EVENT_NAME = re.compile(r"\b(?:[A-Z][\w'’.-]*\s+){1,6}(?:" + "|".join(_EVENT_WORDS) + r")\b")
NEWS_AGENCIES = {"Xinhua", "Yonhap", "CNA", "VNA", "Kyodo", "Reuters", "AFP", "AP", "Bernama", "Antara", "KBS",
                 "NHK", "Arirang", "Nikkei", "Jiji"}
# Capitalised words that name regions somewhere ("East" is a region of Cameroon) but in news
# are directions or parts of names ("East China's Zhejiang").
GENERIC_WORDS = {"east", "west", "north", "south", "central", "centre", "center", "western", "eastern", "northern",
                 "southern", "capital", "coast", "islands", "lakes", "mountains", "northeast", "southeast",
                 "northwest", "southwest", "midwest", "far east", "middle east", "north east", "south east",
                 "interior", "highlands", "plains", "delta", "border", "littoral", "maritime", "upper", "lower",
                 "since", "ever"}  # "Since then, ...", "Ever since, ...": not San Luis de Sincé or Evere
DATELINE = re.compile(r"^(?:,\s*[A-Z][\w. ]{0,20})?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
                      r"|^(?:,\s*[A-Z][\w. ]{0,20})?\s*\((?:Xinhua|Yonhap|CNA|VNA|Kyodo|AP|AFP|Reuters|ANTARA|Antara|PNA|"
                      r"Bernama|BERNAMA|KPL|Jiji|MONTSAME|Montsame|TNA|AKP|dpa|EFE)\)|^\s*/[A-Z]{3,}/|^\s*(?:--|—)\s")
_PLAN_WORDS = ["will", "shall", "would", "plans? to", "planned to", "planning to", "is to", "are to", "to be (?:held|signed)",
               "scheduled", "intends? to", "aims? to", "is expected to", "are expected to", "next year", "next month",
               "to sign", "upcoming", "expects? to", "hopes? to", "later this year", "set to", "is willing to", "are willing to"]
PLANNED = re.compile(r"\b(?:" + "|".join(_PLAN_WORDS) + r")\b", re.IGNORECASE)
PAST_OVERRIDE = re.compile(r"\b(?:was|were) (?:held|signed)\b|\bhad\b", re.IGNORECASE)
# The same two, case-sensitive, for the sentence as fastre.fold writes it: the same matches at the
# same offsets, and the plan words as one branch per first letter, so the scan skips ahead.
_PLANNED_LOW = re.compile(word_branch(_PLAN_WORDS) + r"\b")
_PLAN_STARTS = ("will", "shall", "would", "plan", "is to", "are to", "to be ", "scheduled", "intend", "aim",
                "is expected to", "are expected to", "next year", "next month", "to sign", "upcoming", "expect",
                "hope", "later this year", "set to", "is willing", "are willing")  # what each of _PLAN_WORDS begins with
_PAST_OVERRIDE_LOW = re.compile(r"\b(?:was|were) (?:held|signed)\b|\bhad\b")
# "the province and the state plan to ...": the two sides the story is about, each by its kind
_KINDS = r"(?:city|province|prefecture|state|county|region|town|municipality)"
PAIR_NOUNS = rf"\b[Tt]he {_KINDS} and the {_KINDS}\b"
PRONOUN_PAIR = re.compile(
    r"\b(?:the two|both) (?:(?!sister|twin|friend|partner)(?-i:[a-z]+)(?<!est) (?=(?:cities|provinces|prefectures|regions|states|towns|counties|"
    r"municipalities|localities|capitals)\b))?(?:sides|cities|provinces|prefectures|regions|states|governments|localities|parties|"
    r"partners|communities|municipalities|towns|counties|governors|mayors|leaders|capitals)\b|\bboth sides\b|"
    r"\beach other\b|\bbilateral\b|" + PAIR_NOUNS + "|"
    # "the provinces will hold ...": the pair, when they act (not "the cities of the province")
    r"\b[Tt]he (?:cities|provinces|prefectures|regions|localities|municipalities|partners)(?= (?:will|would|shall|have|"
    r"had|agreed|signed|plan|pledged|vowed|decided|also|are to|intend|aim)\b)",
    re.IGNORECASE,
)
PRONOUN_ONE = re.compile(r"\b(?:it|the city|the province|the prefecture|the state|the county|the town|its)\b",
                         re.IGNORECASE)


@dataclass
class PlaceHit:
    """A place named in a sentence (offsets in the document)."""

    start: int
    end: int
    text: str
    ref: PlaceRef
    locator: bool = False
    demonym: bool = False
    located: bool = False  # preceded by "in"/"at": where something happened, not who took part
    in_name: bool = False  # inside a named event ("Korea-Japan Governors' Meeting")

    @property
    def key(self) -> str:
        return ref_key(self.ref)

    @property
    def level(self) -> str | None:
        return self.ref.level

    @property
    def country(self) -> str | None:
        return self.ref.country


@dataclass
class SentInfo:
    """One analysed sentence."""

    index: int
    sent: Sentence
    places: list[PlaceHit]
    people: list[PersonMention]
    person_refs: list[Person]
    dates: list[DateMention]
    planned: bool
    headline: bool = False  # the document's title, as its first or second sentence

    @property
    def text(self) -> str:
        return self.sent.text

    @property
    def parties(self) -> list[PlaceHit]:
        """Places that take part: not locators, not words inside an event's name."""
        return [p for p in self.places if not p.locator and not p.in_name]

    def evidence(self) -> Evidence:
        return Evidence(self.sent.start, self.sent.end, self.sent.text)


@dataclass
class DocInfo:
    """One analysed document."""

    text: str
    published: str | None
    title: str | None
    gazetteer: Gazetteer
    sentences: list[SentInfo] = field(default_factory=list)
    countries: tuple[str, ...] = ()
    focus: PlaceHit | None = None
    recent_pair: list[PlaceHit] = field(default_factory=list)
    last_subject: PlaceHit | None = None
    region_ids: set[str] = field(default_factory=set)  # first-level divisions the story names as parties
    latest_year: int | None = None  # the latest year the text states, for "35 years ago" with no publication date
    last_stat_sentence: int = -2  # the last sentence that gave figures, for a ranking that goes on
    last_as_of: str | None = None  # "As of April 1, 1998": the date later figures in the passage are counted at
    # what the extractors learn as they read, for the sentences after
    person_places: dict[str, PlaceHit] = field(default_factory=dict)  # a person's name word -> their government
    last_person_place: PlaceHit | None = None  # the government of the last official named with one
    last_visitor: PlaceHit | None = None
    last_trip_country: str | None = None  # a trip's country, whose stops a later sentence may name
    last_visit: tuple[PlaceHit, PlaceHit] | None = None  # the last visit told, for "returned a visit"
    event_venue: tuple[int, PlaceHit, str | None] | None = None  # (sentence, place, date) of a ceremony "held in X"
    series: tuple[str, list[PlaceRef]] | None = None  # the meeting series last named, for "the 7th meeting"
    tie_pairs: set[frozenset[str]] = field(default_factory=set)  # pairs the story has given a partnership
    pending_forum: Fact | None = None  # a named forum of one side so far, waiting for its other members
    # a named forum known so far only by its countries ("the Japan-Korea Strait Governors' Meeting") and the
    # sentence that told it: the next sentence may list its local members ("Attending were the governors of ...")
    countries_forum: tuple[Fact, int] | None = None
    story_date: DateMention | None = None  # the time of the events the story last dated, for sentences that go on
    first_story_date: DateMention | None = None  # the lead's date, for the headline's facts
    headline_facts: list[Fact] = field(default_factory=list)  # the headline's undated facts, waiting for it
    last_dates: list[DateMention] = field(default_factory=list)  # the previous sentence's dates
    pact_pairs: set[frozenset[str]] = field(default_factory=set)  # pairs the story has given an agreement
    # how many facts the story has told of each pair of local governments, for "the province and the state"
    told_pairs: dict[frozenset[str], tuple[int, int, list[PlaceHit]]] = field(default_factory=dict)
    publisher: PlaceRef | None = None  # the government whose page this is: its first line names it alone

    def remember_person(self, name: str, place: PlaceHit, *, overwrite: bool = True) -> None:
        """Tie each word of a person's name to their government, for later sentences that name
        them short ("Oh is on a trip", "Li said")."""
        for tok in name_words(name):
            if overwrite:
                self.person_places[tok] = place
            else:
                self.person_places.setdefault(tok, place)

    def people_places(self, text: str) -> Iterator[PlaceHit]:
        """Governments of people met earlier whose names appear in ``text``, in text order."""
        for w in re.finditer(r"\b[A-Z][a-z]+\b", text):
            word = w.group()
            if len(word) == 2 and re.match(r"\s+[A-Z]", text[w.end():]):
                continue  # a short surname alone ("Yu arrived"), not the head of a longer name ("Ho Chi Minh")
            hit = self.person_places.get(word)
            if hit is not None:
                yield hit


# two-letter words that are English before they are surnames ("He said", "An agreement")
_NOT_SURNAMES = frozenset("An As At Be By Do Go He If In Is It Me My No Of On Or So To Up Us We Am".split())


def name_words(name: str) -> list[str]:
    """The words of a person's name that may stand for them alone: longer than two letters, or a
    two-letter surname such as Oh, Ko, Li or Wu that is no common English word."""
    return [tok for tok in name.replace("-", " ").split()
            if len(tok) > 2 or (len(tok) == 2 and tok[0].isupper() and tok[1].islower() and tok not in _NOT_SURNAMES)]


def ref_key(ref: PlaceRef) -> str:
    """One key per place: its gazetteer id, else country and name as written."""
    return ref.id or f"{ref.country}:{ref.name.lower()}"


def analyse(text: str, published: str | None, title: str | None, gazetteer: Gazetteer) -> DocInfo:
    """Split, find places, people and dates, and mark locators and parties."""
    doc = DocInfo(text=text, published=published, title=title, gazetteer=gazetteer)
    mentions = gazetteer.find_mentions(text, ResolveContext(date=published))
    doc.countries = tuple(
        c for c, _ in Counter(m.place.country for m in mentions if m.place is not None).most_common()
    )
    sentences = split_sentences(text)
    found_people = people_by_sentence(text, sentences)
    # "Kotaro Nagasaki" named once makes a later bare "Nagasaki" the governor, not the city
    surnames = {tok for found in found_people for p in found if len(p.name.split()) >= 2
                for tok in (p.name.split()[0], p.name.split()[-1]) if len(tok) > 2}
    # ("Joo Nak-young", then "Nakagawa and Joo signed": the mayor, not a town the gazetteer lacks)
    paired_names = _paired_unknown_names(text, mentions, gazetteer) - surnames
    of_country = _of_country_unknowns(text, gazetteer) if " of " in text else {}
    # Word lists found in the whole text at once, then dealt out to the sentences: none of these
    # matches can run past a sentence's end (each holds at most single spaces, and sentences end at a
    # stop or a line break), so each sentence gets what a search of it alone would find.
    low = fold(text)
    plan_cues = _by_sentence(finditer_from(_PLANNED_LOW, low, _PLAN_STARTS), sentences)
    past_cues = _by_sentence(finditer_from(_PAST_OVERRIDE_LOW, low, ("was ", "were ", "had")), sentences)
    demonyms = _by_sentence(_DEMONYM_RX.finditer(text), sentences)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    with_suffix = spans_with(text, starts, ends, _SUFFIX_WORDS)  # each test: a word every match holds
    with_event = spans_with(text, starts, ends, _EVENT_WORDS)
    with_capital = spans_with(text, starts, ends, ("capital",))
    doc.publisher = _publisher(text, mentions)
    mi = 0
    anchor = published
    year_anchor: str | None = None
    for idx, sent in enumerate(sentences):
        people = found_people[idx]
        spans = [(sent.start + p.start, sent.start + p.end) for p in people]
        hits: list[PlaceHit] = []
        while mi < len(mentions) and mentions[mi].start < sent.start:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < sent.end:
            m = mentions[j]
            j += 1
            if m.place is None:
                continue
            if spans and any(a <= m.start < b for a, b in spans):
                continue
            if m.place.level == "municipality" and len(m.text) <= 3 and " " not in m.text:
                continue  # "Han", "Ito": surnames far more often than towns
            if m.text in NEWS_AGENCIES or m.text.lower() in GENERIC_WORDS:
                continue
            if m.place.level == "country" and _CURRENCY_AFTER.match(text, m.end):
                continue  # "4.1 billion U.S. dollars": a currency, not a party
            if m.text in surnames and m.level_hint is None and text[m.end: m.end + 2] not in ("'s", "’s"):
                continue  # (a possessive: "Nagasaki's" is the place)
            if m.place.level == "region" and len(m.text) <= 4 and m.place.country not in doc.countries[:3] \
                    and not _country_follows(gazetteer, text, m.end, m.place.country):
                continue  # "Van" (TR-65) in "Vo Van Minh": a short word, far from the story's countries
            if m.place.level == "municipality" and m.place.population < 30_000 and not _small_town_cue(text, m):
                continue  # "Yoko Kamikawa", "Williams": small towns are written with a cue, names are not
            if m.place.level == "municipality" and _ends_spaced(_ARTICLE_BEFORE, text[max(0, m.start - 5): m.start]) \
                    and not _GROUP_AFTER.match(text, m.end):
                continue  # "the University of ...": a common noun, not a town
            if (m.place.level == "municipality" and " " not in m.text and m.start > sent.start
                    and _ends_spaced(_CAPITALISED_BEFORE, text[max(sent.start, m.start - 25): m.start])
                    and not any(h.end >= m.start - 2 for h in hits)):
                prev = text[max(sent.start, m.start - 25): m.start].split()[-1]
                weak = m.place.population < 100_000 or "alternate" in (m.candidates[0].reason if m.candidates else "")
                if weak and prev not in ("In", "At", "To", "From", "And", "With", "Of", "Mayor", "Governor", "A", "An", "The") \
                        and not prev.endswith((",", "'s", "’s")):
                    continue  # "Coronation Hall", "Town Hall": the tail of a longer proper name
            hits.append(PlaceHit(m.start, m.end, m.text, m.place.ref()))
        if with_suffix[idx]:
            hits += _suffixed_unknowns(gazetteer, text, sent, hits, spans, doc.countries, published)
        hits += _unlisted_places(text, sent, hits, spans, paired_names, suffixed=with_suffix[idx], of_country=of_country)
        hits = _capital_hits(gazetteer, text, sent, hits) if with_capital[idx] else sorted(hits, key=lambda h: h.start)
        for dm in demonyms[idx]:  # "Chinese", "the Japanese side"
            cc = DEMONYMS[dm.group(1).lower()]
            s = dm.start()
            if any(h.start <= s < h.end for h in hits):
                continue
            place = gazetteer.get(cc)
            if place is None:
                continue
            party = bool(_COLLECTIVE.match(sent.text[dm.end() - sent.start:]))
            hits.append(PlaceHit(s, dm.end(), dm.group(1), place.ref(), locator=not party, demonym=True))
        hits.sort(key=lambda h: h.start)
        _mark_locators(text, hits)
        events = hits and with_event[idx]  # each event name ends in one of the words
        for ev in EVENT_NAME.finditer(sent.text) if events else ():  # "the Vietnam-Japan Local Cooperation Forum"
            for h in hits:
                if sent.start + ev.start() <= h.start and h.end <= sent.start + ev.end():
                    h.in_name = True
        for h in hits:
            if _ends_spaced(_IN_AT_BEFORE, text[max(sent.start, h.start - 16): h.start]):
                h.located = True
        for h in hits:  # a dateline ("MUAN, South Korea, Oct. 31") locates the story, nothing more
            if h.start - sent.start < 40 and h.text.isupper() and len(h.text) > 3 and _DATELINE_MARK.match(
                    text[h.end: h.end + 4]):
                h.locator = True
            elif h.start - sent.start < 25 and DATELINE.match(text[h.end: h.end + 40]):
                h.locator = True
        cues = plan_cues[idx]
        planned = bool(cues) and not past_cues[idx]
        headline = idx <= 1 and bool(title) and sent.text.strip() == (title or "").strip()
        if not planned and headline and _headline_plan(sent.text):
            planned = True  # a headline's "Gyeonggi governor to visit Binh Duong": the infinitive is its future
        future_from = cues[0].start() - sent.start if cues and (
            all(m.group(0) == "would" for m in cues)
            or _PAST_ACT.search(sent.text, 0, max(0, cues[0].start() - sent.start))) else 0
        # ("received a delegation on Tuesday, and the two sides agreed to ... from next year": a past act
        # told before the plan keeps its own day)
        dates = find_dates(sent.text, published, future=planned, future_from=future_from,
                           anchor=anchor, year_anchor=year_anchor)
        for d in dates:
            d.start += sent.start
            d.end += sent.start
            if d.value and len(d.value) == 10:
                anchor = d.value
            if d.value and d.kind in ("absolute", "year") or (d.value and d.kind == "relative" and len(d.value) >= 7):
                year_anchor = d.value
                if d.kind in ("absolute", "year", "span"):
                    doc.latest_year = max(doc.latest_year or 0, int(d.value[:4]))
        refs = [Person(p.name, _title_case(p.title), _person_place(p, sent, hits) or _level_title_place(p, sent, hits, doc)
                       or _publisher_head(p, doc))
                for p in people]
        _other_side_heads(refs, hits, sent.start + min((p.start for p in people), default=0))
        doc.sentences.append(SentInfo(idx, sent, hits, people, refs, dates, planned, headline))
    parties = [h for s in doc.sentences for h in s.parties]  # every sentence's, in text order
    doc.region_ids = {h.ref.id for h in parties if h.level == "region" and h.ref.id}
    counts = Counter(h.key for h in parties if h.level != "country")
    if title:
        for h in (h for s in doc.sentences[:3] for h in s.parties if h.level != "country"):
            counts[h.key] += 1
    if counts:
        top = counts.most_common(1)[0][0]
        doc.focus = next(h for h in parties if h.key == top)
    return doc


def _by_sentence(matches: Iterator[re.Match[str]], sentences: list[Sentence]) -> list[list[re.Match[str]]]:
    """Matches in the document, in order, dealt out to the sentences they begin in."""
    out: list[list[re.Match[str]]] = [[] for _ in sentences]
    k = 0
    for m in matches:
        while k < len(sentences) and sentences[k].end <= m.start():
            k += 1
        if k < len(sentences) and sentences[k].start <= m.start():
            out[k].append(m)
    return out


def _future_from(text: str) -> int:
    """Where a sentence's plans begin: its start, unless its only future word is a reported
    "would" ("agreed that their cities would ..."), which looks ahead from there on only.
    (analyse does the same with the plan words it found in the whole text.)"""
    cues = list(PLANNED.finditer(text))
    if cues and all(m.group(0).lower() == "would" for m in cues):
        return cues[0].start()
    return 0


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
# "a Kunming agricultural delegation", "the Gimhae delegation": the article is the group's, the town a town
_GROUP_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:delegation|mission|team|group|official)s?\b")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_IN_AT_BEFORE = re.compile(r"\b(?:[Ii]n|at)\s+(?:the\s+)?(?:city\s+of\s+)?$")
_DATELINE_MARK = re.compile(r"^\s*(?:,|\(|--|-|—)")
_CUE_BEFORE = re.compile(r"(?:\b(?:in|to|from|of|at|and|with|visit(?:ed)?|Mayor|mayor)|['’]s|,)\s+$")
_CUE_AFTER = re.compile(r"^(?:,\s+|\s+in\s+)[A-Z][\w-]+(?:\s+(?:Prefecture|Province|prefecture|province|State))?"
                        r"|^\s+and\s+[A-Z][\w-]+\s+(?:first\s+|have\s+|had\s+)?(?:signed|established|became|set up|"
                        r"concluded|formed|agreed)\b")


def _ends_spaced(rx: re.Pattern[str], window: str) -> bool:
    """``rx.search(window)`` for a pattern that ends in white space at the window's end: skipped when
    the window does not end in white space (most windows: the word before a name ends in a letter)."""
    return window[-1:].isspace() and rx.search(window) is not None


def _small_town_cue(text: str, m: Mention) -> bool:
    """Whether the text marks a small municipality as a place: a level word ("Takachiho Town"),
    a preposition or title before it, a country's possessive, or its region right after it."""
    if m.level_hint is not None:
        return True
    if _ends_spaced(_CUE_BEFORE, text[max(0, m.start - 30): m.start]):
        return True
    return bool(_CUE_AFTER.match(text[m.end: m.end + 60]) or _GROUP_AFTER.match(text, m.end))


_SUFFIX_WORDS = ("City", "Prefecture", "Province", "County", "Town", "Ward", "Village")
_SUFFIXED = re.compile(r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)[- ](" + "|".join(_SUFFIX_WORDS) + r")\b")


def _suffixed_unknowns(gz: Gazetteer, text: str, sent: Sentence, hits: list[PlaceHit],
                       spans: list[tuple[int, int]], countries: tuple[str, ...],
                       published: str | None) -> list[PlaceHit]:
    """'Shimoneseki City': a name the text marks as a place but spells its own way (fuzzy lookup)."""
    out: list[PlaceHit] = []
    if not any(w in sent.text for w in _SUFFIX_WORDS):  # each match ends in one
        return out
    for m in _SUFFIXED.finditer(sent.text):
        s, e = sent.start + m.start(), sent.start + m.end()
        if any(not (e <= h.start or s >= h.end) for h in hits) or any(a <= s < b for a, b in spans):
            continue
        level = "municipality" if m.group(2) in ("City", "County", "Town", "Ward", "Village") else "region"
        place = None
        for cc in countries[:3]:
            place = gz.resolve_name(m.group(1), country=cc, level=level, date=published)
            if place is not None:
                break
        if place is None:
            continue
        out.append(PlaceHit(s, e, m.group(0), place.ref()))
    return out


_UNLISTED_AFTER_COUNTRY = re.compile(r"^['’]s\s+(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})"
                                     r"(?:\s+(?P<suffix>City|Town|Village|County|Prefecture|Province|District))?\b")
_ORGANISATION_AFTER = re.compile(
    r"^\s*(?:NPO|NGO|Inc|Co|Corporation|Group|University|Foundation|Association|Bank|Airlines?|"
    r"Motors?|Institute|Society|Council|Committee|Embassy|Ministry|Agency|Company|Museum)\b")
_UNLISTED_OF_PLACE = re.compile(r"^['’]s\s+(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?P<suffix>District|Ward|Township|Town|"
                                r"Village|County|Borough)\b")
_UNLISTED_SUFFIXED = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?P<suffix>Town|Village|County|City)\b")
_PAST_ACT = re.compile(r"\b(?:received|visited|met|signed|held|arrived|welcomed|hosted|toured|attended|inked)\b")
_CURRENCY_AFTER = re.compile(r"\.?\s+dollars?\b")
_NOT_NAME_WORDS = {"The", "Its", "Their", "His", "Her", "First", "Foreign", "Ministry", "National", "New", "Prime",
                   "Vice", "Deputy", "Governor", "Mayor", "President", "Minister", "Embassy", "Consulate", "Government",
                   "Council", "Office", "Party", "People", "State", "Provincial", "Municipal", "City", "Hall", "Small",
                   "Big", "Great", "Old", "Former", "Sister", "Friendship", "Friendly", "Cooperative", "Partner",
                   "Twin", "Host", "Model", "Capital", "Smart", "Global", "International", "Exchange", "Culture",
                   "Trade", "Mayoral", "Civic", "Anniversary", "Agreement", "Year", "Day", "Festival", "Our", "Your"}


_PAIRED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:The\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+and\s+$")
_PAIRED_AFTER = re.compile(r"^\s+and\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:have|has|had|signed|"
                           r"established|became|first|will|agreed|are|were|set up|concluded|formed)\b")
_NOT_PLACE_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday", "Officials", "Both", "Mr", "Mrs", "Ms", "Dr", "He", "She", "They", "Governor", "Mayor"}


# found from the kind word (rare) back to the name, not from every capital
_KIND_OF = re.compile(r"\s(?P<kind>[Pp]rovince|[Pp]refecture|[Ss]tate|[Cc]ounty|[Cc]ity|[Dd]istrict)\s+of\s+(?:the\s+)?"
                      r"(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})$")


def _of_country_unknowns(text: str, gazetteer: Gazetteer) -> dict[str, PlaceRef]:
    """Names the gazetteer lacks that the text places in a country: "a delegation of Xieng Khouang
    province of Laos" (a romanisation the gazetteer spells otherwise).  Remembered for the whole
    document, so "students from Xieng Khouang" later is that place too."""
    out: dict[str, PlaceRef] = {}
    for m in _KIND_OF.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        name = before.group("name")
        if name.split()[0] in _NOT_NAME_WORDS or name in out:
            continue
        country = gazetteer.resolve_name(m.group("country"))
        if country is None or country.level != "country" or gazetteer.lookup(name, fuzzy=False, limit=1):
            continue
        level = "municipality" if m.group("kind").lower() in ("city", "county", "district") else "region"
        out[name] = PlaceRef(None, name, country.country, level)
    return out


def _paired_unknown_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """Names paired with a known place as partners ("Central Highlands and Ichinoseki first signed
    ...") that the gazetteer lacks: remembered so that every later mention of them counts too."""
    names: set[str] = set()
    for m in mentions:
        if m.place is None:
            continue
        for rx, window in ((_PAIRED_BEFORE, text[max(0, m.start - 60): m.start]), (_PAIRED_AFTER, text[m.end: m.end + 80])):
            # "<name> and " right before, " and <name> ..." right after
            if not (window.rstrip().endswith("and") if rx is _PAIRED_BEFORE else window.lstrip().startswith("and")):
                continue
            hit = rx.search(window)
            if not hit:
                continue
            name = hit.group("name")
            words = name.split()
            if words[0] in _NOT_NAME_WORDS or words[0] in _NOT_PLACE_WORDS or name.lower() in DEMONYMS:
                continue
            if any(w.lower() in GENERIC_WORDS for w in words) and len(words) == 1:
                continue
            if gazetteer.lookup(name, fuzzy=False, limit=1):
                continue  # a place the gazetteer knows is found as one
            names.add(name)
    return names


def _unlisted_places(text: str, sent: Sentence, hits: list[PlaceHit], spans: list[tuple[int, int]],
                     paired: set[str] | None = None, *, suffixed: bool = True,
                     of_country: dict[str, PlaceRef] | None = None) -> list[PlaceHit]:
    """Places the gazetteer lacks but the text marks as places: "Serbia's Zvezdara", "Takachiho Town".

    They are kept with a null id and the name as written (spec: places not in the gazetteer).
    """
    out: list[PlaceHit] = []

    def free(s: int, e: int) -> bool:
        return all(e <= h.start or s >= h.end for h in hits + out) and not any(a <= s < b for a, b in spans)

    for h in hits:
        if h.level != "country" or h.demonym:
            continue
        if text[h.end: h.end + 2] not in ("'s", "’s"):
            continue  # what _UNLISTED_AFTER_COUNTRY begins with
        m = _UNLISTED_AFTER_COUNTRY.match(text[h.end: h.end + 60])
        if not m or m.group("name").split()[0] in _NOT_NAME_WORDS:
            continue
        if _ORGANISATION_AFTER.match(text[h.end + m.end(): h.end + m.end() + 20]):
            continue
        s, e = h.end + m.start("name"), h.end + m.end()
        if not free(s, e):
            continue
        level = "region" if m.group("suffix") in ("Prefecture", "Province") else "municipality"
        out.append(PlaceHit(s, e, text[s:e], PlaceRef(None, m.group("name"), h.country, level)))
        h.locator = True
    for h in hits:  # "Kaohsiung's Meinong District": a district of a city or region, named with its level word
        if h.level == "country" or h.demonym or text[h.end: h.end + 2] not in ("'s", "’s"):
            continue
        m = _UNLISTED_OF_PLACE.match(text[h.end: h.end + 60])
        if not m or m.group("name").split()[0] in _NOT_NAME_WORDS:
            continue
        s, e = h.end + m.start("name"), h.end + m.end()
        if free(s, e):
            out.append(PlaceHit(s, e, text[s:e], PlaceRef(None, m.group("name"), h.country, "municipality")))
            h.locator = True
    for name, ref in (of_country or {}).items():  # "Xieng Khouang province of Laos", then "from Xieng Khouang"
        if name not in sent.text:
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            if free(s, e):
                out.append(PlaceHit(s, e, name, ref))
    for name in paired or ():
        if name not in sent.text:
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            if free(s, e):
                out.append(PlaceHit(s, e, name, PlaceRef(None, name, None, "municipality")))
    # ``suffixed``: False when the sentence holds none of _SUFFIX_WORDS, one of which ends each match
    for m in _UNLISTED_SUFFIXED.finditer(sent.text) if suffixed else ():
        s, e = sent.start + m.start(), sent.start + m.end()
        if m.group("name").split()[0] in _NOT_NAME_WORDS or not free(s, e):
            continue
        out.append(PlaceHit(s, e, m.group(0), PlaceRef(None, m.group("name"), None, "municipality")))
    return out


_COUNTRY_WORDS = {**DEMONYMS, "us": "US", "u.s.": "US", "uk": "GB", "u.k.": "GB"}
_COUNTRY_WORD = "|".join(sorted((re.escape(d.title()) if "." not in d and len(d) > 2 else re.escape(d.upper())
                                 for d in _COUNTRY_WORDS), key=len, reverse=True))
# "the Chinese capital", "the Chinese and US capitals": the capital cities, unless money is meant
_CAPITAL_PHRASE = re.compile(
    rf"\b[Tt]he\s+(?P<a>{_COUNTRY_WORD})(?:\s+and\s+(?P<b>{_COUNTRY_WORD}))?\s+capital(?P<plural>s)?\b"
    r"(?!\s+(?:markets?|investments?|flows?|inflows?|outflows?|goods|spending|expenditures?|gains?|controls?|"
    r"injections?|requirements?|adequacy|ratios?|accounts?|stocks?|base|formation|outlays?|expenditure|"
    r"goods|intensive|punishment|letters?)\b)")


def _capital_hits(gz: Gazetteer, text: str, sent: Sentence, hits: list[PlaceHit]) -> list[PlaceHit]:
    """'The Chinese and US capitals established ties': Beijing and Washington, D.C., not the countries.

    Skipped when the capital is named right after ("the Chinese capital, Beijing"): that name is the hit.
    """
    out = list(hits)
    if "capital" not in sent.text:  # in every match
        return sorted(out, key=lambda h: h.start)
    for m in _CAPITAL_PHRASE.finditer(sent.text):
        words = [g for g in ("a", "b") if m.group(g)]
        if len(words) != (2 if m.group("plural") else 1):
            continue
        caps = [capital_of(gz, _COUNTRY_WORDS[m.group(g).lower()]) for g in words]
        if any(c is None for c in caps):
            continue
        end = sent.start + m.end()
        if any(h.ref.id in {c.id for c in caps if c} and 0 <= h.start - end <= 12 for h in out):
            continue
        for g, cap in zip(words, caps, strict=True):
            s, e = sent.start + m.start(g), sent.start + m.end(g)
            out = [h for h in out if h.end <= s or h.start >= e]
            if cap is not None:
                out.append(PlaceHit(s, e, m.group(g), cap.ref()))
    return sorted(out, key=lambda h: h.start)


def _title_case(title: str | None) -> str | None:
    if not title:
        return None
    return title if any(c.isupper() for c in title) else title[:1].upper() + title[1:]


_SUBJECT_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b[Tt]he (?:city|province|prefecture|state|county|town|region)['’]s|\b[Ii]ts)\s+$")
_OF_AFTER = re.compile(r"^\s*(?:of|for|from)\b")
_MISSION_AFTER = re.compile(r"\s*(?:of|for|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Consulate|Embassy|Consulate-General)\b")


_PORTFOLIO_TITLE = re.compile(r"(?:Vice |Deputy )?(?:Minister|Secretary|Commissioner|Director)\b")
_PORTFOLIO_GAP = re.compile(r"\s+(?:(?!(?:and|of|the|for|with)\b)[A-Z][a-z]+\s+){1,2}")


def _person_place(p: PersonMention, sent: Sentence, hits: list[PlaceHit]) -> str | None:
    """The government a person speaks for: a place right before the title ("Busan Mayor") or
    in 'of <place>' after it ("governor of East China's Zhejiang province")."""
    t0, t1 = sent.start + p.title_start, sent.start + p.title_end
    for h in hits:
        if h.ref.id is not None and not h.locator and 0 <= t0 - h.end <= 3:
            return h.ref.id
    if p.title and _PORTFOLIO_TITLE.match(p.title):  # "Tamil Nadu Industries Minister X": the portfolio between
        for h in hits:
            if h.ref.id is not None and not h.locator and h.level != "country" and 0 < t0 - h.end <= 30 \
                    and _PORTFOLIO_GAP.fullmatch(sent.text[h.end - sent.start: p.title_start]):
                return h.ref.id
    # "Washington DC wants ..., the city's mayor, X, said": the subject's
    if _SUBJECT_POSSESSIVE_BEFORE.search(sent.text[: p.title_start]):
        subject = next((h for h in hits if not h.locator and h.ref.id is not None and h.start < t0), None)
        return subject.ref.id if subject is not None else None
    led = _delegation_head_place(p, sent, hits)
    if led is not None:
        return led
    tail = sent.text[t1 - sent.start: t1 - sent.start + 4]
    if not _OF_AFTER.match(tail):
        return None
    if _MISSION_AFTER.match(sent.text[t1 - sent.start: t1 - sent.start + 60]):
        return None  # "Consul of the Chinese Consulate in Laoag": a diplomat speaks for his country, not the city
    for h in hits:
        if h.start >= t1 and h.start - t1 <= 45 and not h.locator and h.ref.id is not None:
            if "," in sent.text[t1 - sent.start: h.start - sent.start]:
                return None  # "secretary of the province, is to arrive in Seoul": not his place
            return h.ref.id
    return None


# What a page's first line may hold beside its government's name: "Shizuoka Prefecture",
# "City of Portland, Oregon", "Kunming Municipal People's Government".
_MASTHEAD_WORDS = frozenset({"city", "of", "the", "prefecture", "province", "county", "state", "metropolitan",
                             "prefectural", "provincial", "municipal", "people's", "government", "official",
                             "website", "office", "town", "village", "council", "district", "borough"})
_HEAD_LEVEL = {"governor": "region", "mayor": "municipality"}


def _publisher(text: str, mentions: list[Mention]) -> PlaceRef | None:
    """The government a page belongs to, when its first line is that government's name and nothing else.

    A prefecture's or a city's own news page calls its head just "Governor X" or "Mayor X":
    the government is the page's (:func:`_publisher_head`)."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    line_end = text.find("\n", lead)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - lead > 60:
        return None
    inside = [m for m in mentions if m.start < line_end]
    if not inside or inside[0].place is None or inside[0].place.level == "country" or inside[0].text in NEWS_AGENCIES:
        return None  # ("Xinhua" heads a wire story: the agency, not Xinhua County)
    rest = text[lead:line_end]
    for m in reversed(inside):
        rest = rest[: m.start - lead] + " " + rest[m.end - lead:]
    words = rest.replace(",", " ").lower().split()
    if not all(w in _MASTHEAD_WORDS for w in words):
        return None
    return inside[0].place.ref()


def _publisher_head(p: PersonMention, doc: DocInfo) -> str | None:
    """'Governor Heita Kawakatsu visited ...' at a sentence's start on a prefecture's own page: its governor.

    Only the head who is the sentence's subject: a guest on the same page ("a delegation headed by
    Mayor X") is the page's guest, not its mayor."""
    pub = doc.publisher
    if pub is None or not p.title or p.title_start > 1:
        return None
    level = _HEAD_LEVEL.get(p.title.split()[-1].lower())
    return pub.id if level == pub.level else None


_LED_BY_BEFORE = re.compile(r"\b(?:led|headed)\s+by\s+(?:the\s+)?$")
_DELEGATION_WORD = re.compile(r"\b(?:delegation|mission|group|team)s?\b")


def _delegation_head_place(p: PersonMention, sent: Sentence, hits: list[PlaceHit]) -> str | None:
    """'a delegation from Nara, led by Mayor Gen Nakagawa', 'the Sakai delegation headed by Mayor X':
    the head of a delegation from a place is that place's official."""
    window_start = max(0, p.title_start - 100)
    window = sent.text[window_start: p.title_start]
    if "by" not in window or not _LED_BY_BEFORE.search(window):
        return None
    words = list(_DELEGATION_WORD.finditer(window))
    if not words:
        return None
    at = sent.start + window_start + words[-1].start()
    t0 = sent.start + p.title_start
    placed = [h for h in hits if h.ref.id is not None and h.level != "country" and at - 40 <= h.start < t0]
    after = [h for h in placed if h.start > at and not h.locator]  # "a delegation from Sakai city in ... Osaka"
    if after:
        return after[0].ref.id
    before = [h for h in placed if h.end <= at and at - h.end <= 2]  # "the Sakai delegation"
    return before[-1].ref.id if before else None


_LEVEL_TITLE = re.compile(r"\b(Prefectur|Provinc|State)(?:e|al|ial)?\s+$")


_HEAD_TITLE = re.compile(r"(?:Vice[- ]|Deputy )?(Governor|Mayor)$")


def _other_side_heads(refs: list[Person], hits: list[PlaceHit], first_person: int) -> None:
    """'A and B forged ties, as Governor X and B's Industries Minister Y signed': of two officials, one
    tied to B, the untied governor (mayor) is the head of the one region (municipality) of the other country."""
    tied = [r for r in refs if r.place_id]
    if len(refs) != 2 or len(tied) != 1:
        return
    other = refs[0] if refs[1] is tied[0] else refs[1]
    m = _HEAD_TITLE.match(other.title or "")
    home = next((h for h in hits if h.ref.id == tied[0].place_id), None)
    if m is None or home is None:
        return
    level = "region" if m.group(1) == "Governor" else "municipality"
    cands = {h.ref.id for h in hits if h.ref.id and not h.locator and h.level == level and h.country != home.country
             and h.end <= first_person}  # (the pair named before its officials, not a place visited after them)
    if len(cands) == 1:
        other.place_id = cands.pop()


def _level_title_place(p: PersonMention, sent: Sentence, hits: list[PlaceHit], doc: DocInfo) -> str | None:
    """'Prefecture Governor Yuji Kuroiwa', 'Provincial Governor X': the title names only the level, so
    the government is the last place the story named with that level word ("Kanagawa Prefecture")."""
    if not p.title:
        return None
    m = _LEVEL_TITLE.search(sent.text[: p.title_start]) or _LEVEL_TITLE.match(p.title.split()[0] + " ")
    if not m:
        return None
    stem = m.group(1).lower()
    earlier = [h for h in hits if h.start < sent.start + p.title_start]
    for s in reversed(doc.sentences[-10:]):
        earlier = [*s.places, *earlier]
    for h in reversed(earlier):
        if h.level == "region" and h.ref.id and not h.locator and stem in h.text.lower():
            return h.ref.id
    return None


# A region named with its official's title takes part; it does not locate the city before it.
_TITLE_AFTER = re.compile(r"\s+(?:Province\s+|Prefecture\s+|State\s+|Provincial\s+)?(?:Governor|Gov\.|Mayor|Premier|"
                          r"Chairman|Chairwoman|Party Secretary)\s+[A-Z]")


_BARE_APOSTROPHE = re.compile(r"['’]\s")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?|\s*-\s*|['’]s\s+(?:[a-z]+\s+){0,3}(?:of\s+)?")
_DIVISIONS_OF_GAP = re.compile(r"\.?\s+(?:states?|provinces?|prefectures?|cities|city)\s+of\s+")
_IN_GAP = re.compile(r"^(?:,|\s+(?:in|of|on)\b|\s*\()")
_LINK_IN_GAP = re.compile(r"\b(?:and|with|to|visited|signed|between|from)\b|;|--|—|\s[-–]\s")  # (a dateline's dash)


def _mark_locators(text: str, hits: list[PlaceHit]) -> None:
    """A country (or region) that only locates a nearby place of its own is not a party."""
    for h in hits:
        if h.demonym:
            continue
        if h.level not in ("country", "region"):
            continue
        for o in hits:
            if o is h or (o.country != h.country and not (o.country is None and o.ref.id is None)):
                continue
            if h.level == "country" and o.level == "country":
                continue
            if h.level == "region" and o.level != "municipality":
                continue
            if o.start > h.end:
                gap = text[h.end: o.start]
                if h.text.endswith("s") and _BARE_APOSTROPHE.match(gap):
                    gap = gap[0] + "s" + gap[1:]  # "Laos' Luang Prabang": the possessive of a name in -s
                if _POSSESSIVE_GAP.fullmatch(gap) or (h.level == "country" and _DIVISIONS_OF_GAP.fullmatch(gap)):
                    h.locator = True
                    break
            else:
                gap = text[o.end: h.start]
                # a dateline's dash ends the link: "SUWON, May 9 -- Gyeonggi Governor ..." names a party
                if len(gap) <= 45 and _IN_GAP.match(gap) and not _LINK_IN_GAP.search(
                    gap) and not _TITLE_AFTER.match(text[h.end: h.end + 40]):  # "CHUNCHEON, June 12 -- Gangwon Governor"
                    h.locator = True
                    if o.country is None:
                        o.ref.country = h.country
                    break


_COUNTRY_AFTER = re.compile(r"(?:,\s*|\s+in\s+(?:the\s+)?|\s+of\s+)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


def _country_follows(gazetteer: Gazetteer, text: str, end: int, country: str | None) -> bool:
    """Whether the name at ``end`` is followed by its own country ("Hue in Vietnam", "Van, Turkey")."""
    m = _COUNTRY_AFTER.match(text, end)
    if m is None or country is None:
        return False
    place = gazetteer.resolve_name(m.group(1), level="country")
    return place is not None and place.id == country


_HEADLINE_PLAN = re.compile(r"\bto (?:visit|travel to|tour|lead|host|attend|sign|hold|meet|send|open|launch)\b")
_PLURAL_ACTORS = frozenset("officials leaders governors mayors students delegates delegations cities provinces "
                           "prefectures sides localities towns regions states lawmakers councillors envoys teams".split())


def _headline_plan(text: str) -> bool:
    """Whether a headline tells a plan by its infinitive ("Daegu mayor to visit Quang Nam"), not a
    purpose after its own verb ("Busan mayor visits Fukuoka to sign pact")."""
    m = _HEADLINE_PLAN.search(text)
    if m is None:
        return False
    return not any(w.islower() and w.endswith(("s", "ed")) and w not in _PLURAL_ACTORS
                   for w in text[: m.start()].replace(",", " ").split())


def first_subject(s: SentInfo) -> PlaceHit | None:
    """The first party named in a sentence (the grammatical subject, usually)."""
    for h in s.parties:
        if h.level != "country":
            return h
    return s.parties[0] if s.parties else None

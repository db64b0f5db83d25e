"""Named officials in a sentence: "Governor Hachiro Nitta", "Hao Peng, party
secretary of Liaoning Province", "Busan Mayor Park Heong-joon".

People matter twice: they are part of the fact (visitor, signatory, host) and
their titles tie them to a government ("Governor of Toyama" → JP-16), which
is how a visit gets its origin.  Their names must also not be read as places
("Lee", "Nam", "Ha").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kizuna.extract.sentences import Sentence
from kizuna.gazetteer.fastre import spans_with, word_branch

_TITLE_PREFIXES = ["Vice[- ]", "Deputy ", "Lieutenant ", "Acting ", "Former ", "Executive Vice[- ]", "First Vice[- ]",
                   "Lord ", "Regional ", "Provincial ", "Prefectural ", "Municipal ", "Party ", "CPC ",
                   "Communist Party ", "State "]
_TITLE_CORES = ["Governor", r"Gov\.", "Mayor", "Party Secretary", "Secretary", "Chairman", "Chairwoman", "Chairperson",
                "Chair", "President", "Premier", "Prime Minister", "Minister President", "Minister", "Ambassador",
                "Consul[- ]General", "Magistrate", "Speaker", "Councilor", "Councillor", "Commissioner",
                "Director(?:-General)?", "Oberb[uü]rgermeister", "Principal Officer", "Head", "Senator",
                "Representative", r"Rep\.", r"Sen\.", "PM", "Chief Executive", "Executive", "Leader", "Envoy", "Consul",
                "Assemblyman", "Assemblywoman", r"Mr\.", r"Mrs\.", r"Ms\.", r"Dr\."]
TITLE_WORDS = "(?:" + "|".join(_TITLE_PREFIXES) + ")?(?:" + "|".join(_TITLE_CORES) + ")"
# The same titles after a word start, as one branch per first letter (each prefix with every core word,
# then the bare core words: the order the optional prefix is tried in), so the scan skips to them.
_TITLE_AT_WORD = word_branch([p + "(?:" + "|".join(_TITLE_CORES) + ")" for p in _TITLE_PREFIXES] + _TITLE_CORES)
_NAME_TOKEN = r"(?:[A-Z][a-zA-Z'’]+(?:-[a-zA-Z]+)?|(?:[A-Z]\.){1,3})"  # (initials: "T.R.B.")
NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}"
# "Governor Hachiro Nitta", "Gov. Lee Nak-yon", "Mayor Park Heong-joon"
TITLE_NAME = re.compile(rf"(?P<title>{_TITLE_AT_WORD})\s+(?P<name>{NAME})")  # = \b(?P<title>TITLE_WORDS)...
# "Hao Peng, communist party secretary of Liaoning Province," / "Heita Kawakatsu, governor of Japan's ..."
_AFTER_NAME = (r",\s+(?i:the\s+|an?\s+)?(?P<title>(?i:(?:[A-Za-z-]+\s+){0,4}?"
               r"(?:governor|mayor|secretary|chairman|chairwoman|chair|president|premier|minister|ambassador|"
               r"consul-general|magistrate|speaker|head|director|councilor|councillor|commissioner|leader|executive)"
               r"(?:\s+and\s+[A-Za-z]+)?))\b")
NAME_TITLE = re.compile(rf"(?P<name>{NAME})" + _AFTER_NAME)
# What NAME_TITLE holds from its comma on: a sentence without it has no such person (the scan for a
# comma is quick; a name is tried at every capital letter).
_COMMA_TITLE = re.compile(_AFTER_NAME)
_COMMA_TITLE_AHEAD = re.compile(",(?=" + _AFTER_NAME[1:] + ")")  # every such comma, overlapping or not
# "the city's mayor, Anthony Williams, said": the title first, the name after a comma
POSSESSIVE_TITLE = re.compile(
    rf"\b(?:[Tt]he (?:city|province|prefecture|state|county|town|region)['’]s|[Ii]ts)\s+(?P<title>(?:vice |deputy )?"
    rf"(?:mayor|governor|party secretary|chairman|chairwoman|premier))\s*,\s+(?P<name>{NAME})(?=\s*,|\s+(?:said|told)\b)"
)
# "was welcomed by the Mayor of Florence, Sara Funaro": the title and its place first, the name after a comma
TITLE_OF_COMMA = re.compile(
    rf"\b[Tt]he (?P<title>(?:Vice |Deputy |Lord )?(?:Mayor|Governor|Premier|Party Secretary))\s+of\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}?[A-Z][\w'’.-]*,\s+(?P<name>{NAME})(?=\s*(?:,|\.|$|\s+(?:said|told|who|and)\b))"
)
_POSSESSIVE_WORDS = ("mayor", "governor", "party secretary", "chairman", "chairwoman", "premier")  # one is in each match
# Three-part names (Vietnamese, Chinese) right before what officials do, with no title beside them.
_OFFICIAL_VERBS = ("received", "met", "hosted", "welcomed", "visited", "said", "told", "signed", "led", "headed",
                   "thanked", "affirmed", "stressed", "noted", "proposed", "highlighted", "held", "attended", "chaired")
# = (?<![A-Z][a-z]\s)(?<!['’]s\s)(?<!\bof\s)(?<!\bin\s)\b(?P<name>[A-Z]...), the look-behinds moved after the
# first capital (one character wider) so the scan skips to capitals
NAME_BEFORE_VERB = re.compile(
    r"(?P<name>[A-Z](?<![A-Z][a-z]\s.)(?<!['’]s\s.)(?<!\bof\s.)(?<!\bin\s.)(?<!\w.)[a-z]+ [A-Z][a-z]+ [A-Z][a-z]+)"
    # (a time may stand between: "... Committee Nguyen Van Phuong on June 9 hosted ...")
    r"(?= (?:(?:on|last|this) (?:[A-Z][a-z]+(?: \d{1,2})?|\d{1,2} [A-Z][a-z]+),? )?(?:" + "|".join(_OFFICIAL_VERBS) + r")\b)"
)
_VERB_AFTER_SPACE = tuple(" " + v for v in _OFFICIAL_VERBS)  # one is in each NAME_BEFORE_VERB match
_NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "His", "Her", "On", "In", "At", "During", "After", "This",
              "That", "Both", "Since", "When", "While", "According", "Under", "And", "Japan", "China", "Korea",
              "Vietnam", "Taiwan", "Prefecture", "Province", "City", "Office", "Government", "Meanwhile", "Later",
              "Earlier", "Also", "However", "Then", "There", "Last", "Next"}


# Words that end or fill the name of a body, not of a person: "Jeju National University signed ...",
# "the Youth Ambassador Program" (a title word before it is no official).
_ORG_WORDS = {"University", "College", "Academy", "Institute", "School", "Bank", "Company", "Corporation", "Group",
              "Program", "Programme", "Project", "Initiative", "Forum", "Festival", "Award", "Committee",
              "Association", "Foundation", "Center", "Centre", "Museum", "Hospital", "Airport", "Office"}
_DIRECTIONS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}


# A name that is a place's: a possessive ("Japan's Nagano") or a level word at its end.
_PLACE_NAME = re.compile(r"['’]s\b|\b(?:Prefecture|Province|City|County|State|Region|Town|District|Ward)$")


@dataclass
class PersonMention:
    """A person's name span, the title the text gives, and where it is in the sentence."""

    start: int
    end: int
    name: str
    title: str | None
    title_start: int
    title_end: int


# words no person's name holds: "Guangxi Zhuang Autonomous Region", "Manchester City Council held ..."
_LEVEL_NAME_WORDS = frozenset({"Province", "Prefecture", "City", "County", "State", "Oblast", "Region", "District",
                               "Council", "Government", "Committee", "Assembly", "Office", "University", "Ministry"})


def _without_level_words(p: PersonMention) -> PersonMention | None:
    """A "name" holding a government's words: what follows the last of them, if a name of two words or
    more is left ("Assembly Jiro Kato" -> "Jiro Kato"), else no person ("Manchester City Council")."""
    words = p.name.split()
    last = max((i for i, w in enumerate(words) if w in _LEVEL_NAME_WORDS), default=-1)
    if last < 0:
        return p
    rest = words[last + 1:]
    if len(rest) < 2:
        return None
    name = " ".join(rest)
    start = p.start + p.name.rindex(name)
    return replace(p, start=start, name=name)


# a "name" followed by a level word is a place in a title-cased line ("Governor Visits Zhejiang Province")
_LEVEL_AFTER = re.compile(r"[ -](?:Province|Prefecture|City|County|State|Oblast|Region)\b")


def _clean_name(name: str) -> str | None:
    toks = name.split()
    while toks and toks[0] in _NOT_NAMES:
        toks = toks[1:]
    while toks and toks[-1] in _NOT_NAMES:
        toks = toks[:-1]
    if not toks or any(t in _ORG_WORDS for t in toks):
        return None
    return " ".join(toks)


def people_by_sentence(text: str, sentences: Sequence[Sentence]) -> list[list[PersonMention]]:
    """``[find_people(s.text) for s in sentences]``, with the quick tests that skip most patterns in
    most sentences made once over the whole text: a comma before a title (each hit of the whole
    text's scan lies in one sentence; one found in a sentence alone is found in the whole text), a
    possessive's title word, an official's verb."""
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    commas = [False] * len(sentences)
    for m in _COMMA_TITLE_AHEAD.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < ends[k]:
            commas[k] = True
    has_comma = spans_with(text, starts, ends, (",",))
    possessive = spans_with(text, starts, ends, _POSSESSIVE_WORDS)
    verbs = spans_with(text, starts, ends, _VERB_AFTER_SPACE)
    return [find_people(s.text, gates=(commas[k], has_comma[k] and possessive[k], verbs[k]))
            for k, s in enumerate(sentences)]


def find_people(text: str, *, gates: tuple[bool, bool, bool] | None = None) -> list[PersonMention]:
    """Titled people in ``text``; spans are relative to ``text``.

    ``gates``: whether a name-comma-title, a possessive title and an official's verb may be in the
    text (False only when surely not), when the caller has tested the whole document at once."""
    if gates is None:
        gates = ("," in text and _COMMA_TITLE.search(text) is not None,
                 "," in text and any(w in text for w in _POSSESSIVE_WORDS),
                 any(v in text for v in _VERB_AFTER_SPACE))
    comma, possessive, verbs = gates
    out: list[PersonMention] = []
    for m in TITLE_NAME.finditer(text):
        raw = m.group("name")
        name = _clean_name(raw)
        if not name:
            continue
        start = m.start("name") + raw.index(name.split()[0])
        title = m.group("title").rstrip(".")
        title = {"Gov": "Governor", "Rep": "Representative", "Sen": "Senator"}.get(title, title)
        if title in ("Mr", "Mrs", "Ms", "Dr"):
            title = None
        out.append(PersonMention(start, start + len(name), name, title, m.start("title"), m.end("title")))
    for m in NAME_TITLE.finditer(text) if comma else ():
        raw = m.group("name")
        name = _clean_name(raw)
        if not name or len(name.split()) < 2:
            continue
        if _PLACE_NAME.search(raw) or re.match(r"(?i)(?:led|headed|accompanied|joined)\b", m.group("title")):
            continue  # "Japan's Nagano Prefecture, led by Governor ...": a place or delegation, not a person
        start = m.start("name") + raw.index(name.split()[0])
        if any(p.start <= start < p.end or start <= p.start < start + len(name) for p in out):
            continue
        out.append(PersonMention(start, start + len(name), name, m.group("title").strip(),
                                 m.start("title"), m.end("title")))
    for m in POSSESSIVE_TITLE.finditer(text) if possessive else ():
        name = _clean_name(m.group("name"))
        if not name or len(name.split()) < 2 or any(p.start <= m.start("name") < p.end for p in out):
            continue
        start = m.start("name") + m.group("name").index(name.split()[0])
        out.append(PersonMention(start, start + len(name), name, m.group("title"), m.start("title"), m.end("title")))
    for m in TITLE_OF_COMMA.finditer(text) if "," in text and " of " in text else ():
        name = _clean_name(m.group("name"))
        if not name or len(name.split()) < 2 or any(p.start <= m.start("name") < p.end for p in out):
            continue
        start = m.start("name") + m.group("name").index(name.split()[0])
        out.append(PersonMention(start, start + len(name), name, m.group("title"), m.start("title"), m.end("title")))
    for m in NAME_BEFORE_VERB.finditer(text) if verbs else ():  # "... People's Committee Vo Van Minh received ..."
        name = m.group("name")
        toks = name.split()
        if toks[0] in _NOT_NAMES or toks[0] in _DIRECTIONS or _PLACE_NAME.search(name) \
                or any(t in _ORG_WORDS for t in toks):
            continue  # "North Chungcheong Province received", "Jeju National University signed": not people
        if any(not (m.end("name") <= p.start or m.start("name") >= p.end) for p in out):
            continue
        if re.match(TITLE_WORDS, name):
            continue
        out.append(PersonMention(m.start("name"), m.end("name"), name, None, m.start("name"), m.start("name")))
    out.sort(key=lambda p: p.start)
    return [q for q in (_without_level_words(p) for p in out if not _LEVEL_AFTER.match(text, p.end)) if q is not None]

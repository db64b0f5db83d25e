"""Partnerships a page lists in a table: a city's "Sister Cities" page with rows of partner, country
and year, or with one line per partner ("Riverside, California, USA (March 1957)").

Intake writes an HTML table as rows of cells ("| Buffalo | United States | 1962 |"). A row names no
tie word, so the sentence rules pass it by; the table's heading or the sentence before it ("Kanazawa
has seven sister cities ...") says what the rows are and whose they are.  Each row with a partner the
gazetteer knows, in a country other than the hub's, is one partnership, dated by its year cell.
"""

from __future__ import annotations

import re

from kizuna.extract.common import make_fact
from kizuna.extract.context import DocInfo, PlaceHit, SentInfo
from kizuna.facts import Fact

_ROW = re.compile(r"^\|(.+)\|\s*$")
_RULE = re.compile(r"^\|(?:\s*:?-{2,}:?\s*\|)+\s*$")
_TIE_WORDS = re.compile(r"\b(?:(?P<sister>sister)|(?P<friendship>friendship|friendly)|(?P<twinning>twin\w*)|"
                        r"(?P<partner>partner))\b", re.IGNORECASE)
_PARTNER_HEAD = re.compile(r"\b(?:city|cities|town|partner|sister|twin|municipality|province|prefecture|state|region|"
                           r"name|locality)\b", re.IGNORECASE)
_COUNTRY_HEAD = re.compile(r"\bcountry\b|\bnation\b", re.IGNORECASE)
_YEAR_HEAD = re.compile(r"\b(?:since|year|established|date|signed|concluded|affiliated|twinned)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _cells(text: str) -> list[str] | None:
    m = _ROW.match(text.strip())
    return [c.strip() for c in m.group(1).split("|")] if m else None


def _tables(doc: DocInfo) -> list[tuple[int, list[str], list[SentInfo]]]:
    """(index of the header's sentence, header cells, row sentences) for every table in the text."""
    out: list[tuple[int, list[str], list[SentInfo]]] = []
    i, sents = 0, doc.sentences
    while i < len(sents):
        head = _cells(sents[i].text)
        if head is None:
            i += 1
            continue
        rows: list[SentInfo] = []
        j = i + 1
        while j < len(sents) and _cells(sents[j].text) is not None:
            if not _RULE.match(sents[j].text.strip()):
                rows.append(sents[j])
            j += 1
        if rows:
            out.append((i, head, rows))
        i = j
    return out


def _hub_and_kind(doc: DocInfo, head_index: int) -> tuple[PlaceHit, str] | None:
    """Whose ties the table lists, and of what kind: the nearest sentence before it that names a tie
    word and one local government (or the page's title)."""
    for s in reversed(doc.sentences[max(0, head_index - 3): head_index]):
        tie = _TIE_WORDS.search(s.text)
        local = [h for h in s.parties if h.level != "country"]
        if tie and len({h.key for h in local}) == 1:
            return local[0], next(k for k, v in tie.groupdict().items() if v)
        if tie and not local and _OUR_TIES.search(s.text) and doc.focus is not None and doc.sentences[0].parties \
                and doc.focus.key in {h.key for h in doc.sentences[0].parties}:
            # "3-1 Our partner cities" on a city's own page: the government the page's first line names
            return doc.focus, next(k for k, v in tie.groupdict().items() if v)
    return None


_OUR_TIES = re.compile(r"\b[Oo]ur\s+(?:sister|friendship|partner|twin)\w*\s+(?:cities|city|towns?|states?|provinces?|"
                       r"prefectures?|regions?)\b")


# "Riverside, California, USA (March 1957)", "- Rennes, France: 1967", "Minsk (Belarus), since 1973":
# names and commas, then a date in brackets or after a dash, colon or comma; no verb, no sentence
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|la|le|sur|am|an|der|upon|on|of))*"
_LIST_LINE = re.compile(rf"^\s*(?:[-•*·–]\s*)?{_NAME}(?:\s*,\s*{_NAME}|\s*\({_NAME}\)){{0,3}}\s*"
                        r"(?:\((?:[Ss]ince\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}\s+)?(?:1[89]\d\d|20\d\d)\)"
                        r"|[-–:,]\s*(?:[Ss]ince\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:1[89]\d\d|20\d\d)"
                        # "San Jose, California, United States ........ Sister city since 1957": a dot leader, the tie
                        r"|\s*\.{3,}\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+)?(?:[Ss]ince\s+|in\s+|[-–:,]\s*)?"
                        r"(?:[A-Z][a-z]+\.?\s+)?(?:1[89]\d\d|20\d\d))\s*$")


def _list_runs(doc: DocInfo) -> list[tuple[int, list[SentInfo]]]:
    """(index of the first line, lines) for every run of two or more partner-list lines."""
    out: list[tuple[int, list[SentInfo]]] = []
    run: list[SentInfo] = []
    for s in [*doc.sentences, None]:
        if s is not None and _LIST_LINE.match(s.text) and any(h.level != "country" for h in s.places):
            run.append(s)
            continue
        if len(run) >= 2:
            out.append((run[0].index, run))
        run = []
    return out


def listed_partnerships(doc: DocInfo) -> list[Fact]:
    """Partnership facts of every partner list of one line each, under a sentence or heading that
    names the tie and its hub ("Sendai has formed sister city relationships with ...")."""
    facts: list[Fact] = []
    for first, lines in _list_runs(doc):
        found = _hub_and_kind(doc, first)
        if found is None:
            continue
        hub, kind = found
        for s in lines:
            partner = next((h for h in s.places if h.level != "country"), None)
            if partner is None or partner.country == hub.country or partner.key == hub.key:
                continue
            d = next((d for d in s.dates if d.value), None)
            own = _TIE_WORDS.search(s.text[partner.end - s.sent.start:])  # "........ Friendship city since 1981"
            line_kind = next(k for k, v in own.groupdict().items() if v) if own else kind
            facts.append(make_fact("partnership", [hub, partner], s, date=d.value if d else None,
                                   status="happened", attributes={"kind": line_kind}, people=False, confidence=0.6))
    return facts


def partnerships(doc: DocInfo) -> list[Fact]:
    """Partnership facts of every sister-city table and one-line-per-partner list in the document."""
    facts: list[Fact] = listed_partnerships(doc)
    for head_index, head, rows in _tables(doc):
        found = _hub_and_kind(doc, head_index)
        if found is None:
            continue
        hub, kind = found
        partner_col = next((k for k, c in enumerate(head) if _PARTNER_HEAD.search(c)), 0)
        country_col = next((k for k, c in enumerate(head) if _COUNTRY_HEAD.search(c)), None)
        year_col = next((k for k, c in enumerate(head) if _YEAR_HEAD.search(c)), None)
        for s in rows:
            cells = _cells(s.text) or []
            if len(cells) != len(head) or not cells[partner_col]:
                continue
            country = None
            if country_col is not None:
                place = doc.gazetteer.resolve_name(cells[country_col], level="country")
                country = place.id if place is not None else None
            name = re.sub(r"\s*\(.*?\)\s*$", "", cells[partner_col])
            partner = doc.gazetteer.resolve_name(name, country=country) if (country or country_col is None) else None
            if partner is None or partner.level == "country" or partner.country == hub.country:
                continue
            at = s.text.find(name)
            start = s.sent.start + max(at, 0)
            hit = PlaceHit(start, start + len(name), name, partner.ref())
            year = _YEAR.search(cells[year_col]) if year_col is not None else None
            facts.append(make_fact("partnership", [hub, hit], s, date=year.group(1) if year else None,
                                   status="happened", attributes={"kind": kind}, people=False, confidence=0.6))
    return facts

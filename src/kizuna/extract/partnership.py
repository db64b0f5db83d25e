"""Partnerships: sister, friendship, partner and twin ties between two governments."""

from __future__ import annotations

import re
from typing import Any

from kizuna.extract.common import first_date, make_fact, pairs_for, preceded_by_number
from kizuna.extract.context import DocInfo, SentInfo
from kizuna.extract.dates import anniversary_years
from kizuna.facts import Fact

TRIGGER = re.compile(
    r"\b(?P<sister>sister(?:hood)?(?:[- ](?:cit(?:y|ies)|states?|provinces?|prefectures?|regions?|relationships?|"
    r"relations|ties?|affiliations?|agreement|towns?|count(?:y|ies)|ports?|partners?|municipalit(?:y|ies)|"
    r"communit(?:y|ies)|-?city))|sister(?=\s+(?:and|or)\s+friendship))"
    r"|(?P<friend>friend(?:ship)?[- ](?:cit(?:y|ies)|ties?|relationships?|relations|agreement|provinces?|states?|"
    r"pact|exchange agreement|region|prefectures?|partners?)|friendly(?: and cooperative)? (?:cit(?:y|ies)|"
    r"relations(?:hip)?|ties|provinces?|exchange relations)|(?:anniversary|years) of (?:their |the )?friendship"
    r"|friendship (?:that|which|since|between)\b)"
    r"|(?P<twin>twin(?:ned|ning)?(?:[- ](?:cit(?:y|ies)|towns?|charter))?|twinned)"
    r"|(?P<partner>partner(?:ship)? (?:cit(?:y|ies)|regions?|provinces?|states?|relationship)|partnership\b)",
    re.IGNORECASE,
)
FOUNDING = re.compile(r"\b(?:established|set up|concluded|signed|formed|forged|became|entered|launched|"
                      r"began|started|since|in|from|back to)\b", re.IGNORECASE)


def extract(doc: DocInfo, s: SentInfo, *, visits: int = 0) -> list[Fact]:
    """Partnership facts stated in one sentence."""
    triggers = [m for m in TRIGGER.finditer(s.text)
                if m.group().lower().startswith(("years", "anniversary")) or not preceded_by_number(s.text, m.start())]
    if not triggers:
        return []
    low = s.text.lower()
    if re.search(r"\b(?:suggest|propos|hope|wish|could become|consider)\w*", low) and not re.search(
            r"\b(?:established|concluded|signed|became|since)\b", low):
        return []
    pairs = pairs_for(s, doc)
    if not pairs:
        return []
    kinds: list[tuple[str, int]] = []
    weak = True
    for m in triggers:
        kind = next(k for k in ("sister", "friend", "twin", "partner") if m.group(k))
        kind = {"friend": "friendship", "twin": "twinning"}.get(kind, kind)
        if kind == "partner" and any(0 <= m.start() - o.end() <= 15 for o in triggers if o is not m):
            continue  # "sister state partnership": one tie, named by its first word
        if not re.match(r"(?:anniversary|years) of|friendship (?:that|which|since|between)", m.group(), re.I):
            weak = False
        if kind not in [k for k, _ in kinds]:
            kinds.append((kind, m.end()))
    if {"sister", "friendship"} <= {k for k, _ in kinds} and re.search(r"sister(?:hood)? and friendship", low):
        kinds = [("other", kinds[0][1])]
    facts = []
    per_kind_dates = len(kinds) > 1
    event = _event(s.text)
    status = "planned" if FUTURE_TIE.search(s.text) else "happened"
    upgraded_from = None
    if event == "upgraded" and len(kinds) >= 2:
        upgraded_from = kinds[0][0]
        kinds = kinds[-1:]  # "upgraded its friendship ties to sister-province status": the new kind
    for kind, pos in kinds:
        trip_between = any(re.search(r"\b(?:visit|travel|trip|met|arriv|tour)\w*",
                                     s.text[d.end - s.sent.start: pos]) for d in s.dates if d.value)
        date, date_end, derived = _founding_date(doc, s, s.sent.start + pos if per_kind_dates or visits or trip_between
                                                 else None, strict_after=bool(visits) or trip_between)
        attrs: dict = {"kind": kind}
        if event:
            attrs["event"] = event
            if upgraded_from:
                attrs["from"] = upgraded_from
            derived = None
            d = first_date(s)
            date, date_end = (d.value, d.end_value) if d else (None, None)
        if derived:
            attrs["note"] = derived
        if weak:
            attrs["weak_kind"] = True  # "40 years of friendship": the kind may be loose wording
        for pair in pairs:
            d_pair, e_pair = date, date_end
            if date and not derived and len(pairs) > 1 and not _same_clause_as_date(s, pair[1], date):
                d_pair, e_pair = None, None  # "..., and Kawasaki also has ties with Bucheon": not that year
            facts.append(make_fact("partnership", pair, s, date=d_pair, date_end=e_pair, status=status,
                                   attributes=dict(attrs), people=False, confidence=0.6 if weak else 0.7))
    return facts


# The tie itself lies ahead ("will sign a sister-city agreement", "to become sister cities"); a
# sentence that only plans to celebrate an old tie leaves it established.
FUTURE_TIE = re.compile(r"\b(?:will|to|plans? to|is to|are to|set to|expected to)\s+(?:\w+\s+){0,2}?"
                        r"(?:sign|establish|become|conclude|form|forge|set up|launch|upgrade)\b", re.IGNORECASE)

EVENTS = [
    ("suspended", re.compile(r"\b(?:suspend(?:ed|s|ing)?|froze|frozen|halt(?:ed|s)?|put on hold)\b", re.I)),
    ("ended", re.compile(r"\b(?:end(?:ed|s)|terminat(?:ed|es)|sever(?:ed|s)|cut (?:off )?(?:its|their)|dissolv(?:ed|es)|"
                         r"scrapp(?:ed)|cancell?(?:ed|s))\b", re.I)),
    ("resumed", re.compile(r"\b(?:resum(?:ed|es|ing)|restor(?:ed|es)|revived?)\b", re.I)),
    ("upgraded", re.compile(r"\b(?:upgrad(?:ed|es|ing)|elevat(?:ed|es)|raised)\b", re.I)),
    ("renewed", re.compile(r"\b(?:renew(?:ed|s|al)?|re-signed|reaffirmed)\b", re.I)),
]


_CLAUSE = re.compile(r";|,\s+(?:and|while|but|whereas)\s+")


def _same_clause_as_date(s: SentInfo, partner: Any, date: str) -> bool:
    """Whether a list partner sits in the clause that states the year."""
    def clause(offset: int) -> int:
        return len(_CLAUSE.findall(s.text[: offset - s.sent.start]))

    spots = [d for d in s.dates if d.value == date]
    if any(re.fullmatch(r"\s*(?:[A-Z]\w*\s+)?(?:the\s+)?", s.text[: d.start - s.sent.start])
           and re.match(r"\s*,", s.text[d.end - s.sent.start:]) for d in spots):
        return True  # "Between 1981 and 1985, X formed ties with A, B, and C": a fronted date covers the list
    return not spots or any(clause(d.start) == clause(partner.start) for d in spots)


def _event(text: str) -> str | None:
    """A change in a tie's standing the sentence reports (suspended, ended, resumed, upgraded, renewed)."""
    for name, rx in EVENTS:
        if rx.search(text):
            return name
    return None


def _founding_date(doc: DocInfo, s: SentInfo, after: int | None,
                   strict_after: bool = False) -> tuple[str | None, str | None, str | None]:
    """The tie's founding date: stated, or derived from an anniversary (with a note saying so)."""
    anniv = anniversary_years(s.text)
    if anniv:
        a0, a1, n_years = anniv[0]
        phrase = s.text[a0:a1].lower()
        base = None
        years = sorted({int(d.value[:4]) for d in s.dates if d.value})
        if "ago" in phrase or "before" in phrase or phrase.startswith("for"):
            base = int(doc.published[:4]) if doc.published else doc.latest_year
        elif years:
            base = years[-1]  # the celebration's year: the latest the sentence gives
            for y in years:
                if y + n_years == base:
                    return str(y), None, None  # the founding year is stated as well
        elif doc.published:
            base = int(doc.published[:4])
        elif doc.latest_year and re.search(r"\b(?:in honou?r of|to mark|marking|marked|celebrat\w*|commemorat\w*)\b",
                                           s.text, re.IGNORECASE):
            base = doc.latest_year  # unpublished: a celebration is held in the latest year the story gives
        if base:
            return str(base - n_years), None, f"founding year derived: {n_years} years before {base}"
    d = first_date(s, after)
    if d is None or (strict_after and after is not None and d.start < after):
        return None, None, None  # "In 2019 the governor visited Anhui, Kochi's friendship province": the trip's year
    return d.value, d.end_value, None

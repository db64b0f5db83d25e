"""Partnerships: sister, friendship, partner and twin ties between two governments."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kizuna.extract import prefilter as rx
from kizuna.extract.common import (
    first_date,
    home_place,
    institutional,
    make_fact,
    national_relations,
    pairs_for,
    preceded_by_number,
)
from kizuna.extract.context import DocInfo, PlaceHit, SentInfo
from kizuna.extract.dates import anniversary_years
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact
from kizuna.gazetteer.names import fold

TRIGGER = gated(
    r"\b(?P<sister>sister(?:hood)?(?:[- ](?:cit(?:y|ies)|states?|provinces?|prefectures?|regions?|relationships?|"
    r"relations|ties?|affiliations?|agreement|towns?|count(?:y|ies)|ports?|partners?|municipalit(?:y|ies)|"
    r"communit(?:y|ies)|-?city))|sister(?=\s+(?:and|or)\s+friendship))"
    r"|(?P<friend>friend(?:ship)?[- ](?:cit(?:y|ies)|ties?|relationships?|relations|agreement|provinces?|states?|"
    r"pact|exchange agreement|region|prefectures?|partners?)|friendly(?: and cooperative)? (?:(?:provincial|prefectural|city|municipal|state|sister|"
    r"exchange) )?(?:cit(?:y|ies)|relations(?:hip)?|ties|provinces?|exchange relations|exchange agreement|exchange ties)|(?:anniversary|years) of (?:their |the |"
    r"the two (?:cities|provinces|prefectures|states|regions|towns|sides)['’] )?friendship"
    r"|friendship (?:that|which|since|between)\b|friendship (?:and|&) (?:exchange|co-?operation|co-?operative) (?:agreement|pact))"
    r"|(?P<twin>twin(?:ned|ning)?(?:[- ](?:cit(?:y|ies)|towns?|charter))?|twinned)"
    # "the 46th anniversary of their relationship": a tie of unstated kind between the pair named
    r"|(?P<other>(?:anniversary|years) of (?:their|the) (?:relationship|ties|exchange relationship)(?! (?:of|with) )"
    r"(?=(?:\s+between\b|[^.;]{0,3}$|[,.;)]|\s+(?:and|in|this|next|last)\b)))"
    r"|(?P<partner>partner(?:ship)? (?:cit(?:y|ies)|regions?|provinces?|states?|relationship)|partnership\b"
    r"|(?:city|town|municipal) partnerships\b)",
    re.IGNORECASE,
)
FOUNDING = gated(r"\b(?:established|set up|concluded|signed|formed|forged|became|entered|launched|"
                      r"began|started|since|in|from|back to)\b", re.IGNORECASE)


_NOT_AMONG = gated(r"^\s+(?:is|was|are)\s+not\s+(?:yet\s+|currently\s+)?(?:among|one of|part of|a (?:sister|partner|twin))\b"
                   r"|^\s+(?:is|are)\s+(?:not yet|still not)\b", re.IGNORECASE)


# "Kawasaki and Ulsan are not sister cities": the tie the words name is denied
_NOT_BEFORE = gated(r"\b(?:are|is|were|was|have|has)\s+(?:not|never)\s+(?:yet\s+|been\s+|become\s+)*(?:an?\s+)?$", re.IGNORECASE)


def _denied(s: SentInfo, h: PlaceHit) -> bool:
    """'12 sister cities ... Gimhae is not yet one of them': a place the sentence says is no partner."""
    return bool(_NOT_AMONG.match(s.text[h.end - s.sent.start: h.end - s.sent.start + 40]))


def extract(doc: DocInfo, s: SentInfo, *, visits: int = 0) -> list[Fact]:
    """Partnership facts stated in one sentence."""
    if national_relations(doc, s):
        return []  # two countries' own ties, not a local exchange
    found = list(TRIGGER.finditer(s.text))
    denied = [m.end() for m in found if _NOT_BEFORE.search(s.text, 0, m.start())]  # "X and Y are not sister cities"
    triggers = [m for m in found if not _NOT_BEFORE.search(s.text, 0, m.start())]
    triggers = [m for m in triggers
                if m.group().lower().startswith(("years", "anniversary")) or not preceded_by_number(s.text, m.start())
                or _LISTED_AFTER.match(s.text[m.end(): m.end() + 25])]  # "13 sister cities, among them X and Y"
    if not triggers:
        return []
    low = s.text.lower()
    if rx.search(r"\b(?:suggest|propos|hope|wish|could become|consider|possibility of|possible|explor(?:e|ing)|"
                 r"discussing|look(?:ing)? into)\w*", low) and not re.search(
            r"\b(?:established|concluded|signed|became|since)\b", low):
        return []
    pairs = [p for p in pairs_for(s, doc) or _compound_pair(s, triggers) or _our_partner(doc, s)
             if not any(institutional(s, h) or _denied(s, h) for h in p)
             and not any(all(h.start - s.sent.start < e for h in p) for e in denied)]  # "X and Y are not sister cities, but"
    if pairs and all(_compared(s, p[0]) for p in pairs) and _PAIR_SUBJECT.match(s.text) and len(doc.recent_pair) == 2:
        # "The two cities became friendship cities in 1979, the first such pairing ... after Tianjin and Kobe"
        pairs = [list(doc.recent_pair)]
    if not pairs:  # "the Shizuoka chamber of commerce signed a partnership agreement": not the governments
        return []
    kinds: list[tuple[str, int, int]] = []
    weak = True
    for m in triggers:
        kind = next(k for k in ("sister", "friend", "twin", "partner", "other") if m.group(k))
        kind = {"friend": "friendship", "twin": "twinning"}.get(kind, kind)
        if kind == "partner" and any(0 <= m.start() - o.end() <= 15 for o in triggers if o is not m):
            continue  # "sister state partnership": one tie, named by its first word
        if kind == "partner" and _loose_partnership(s.text, m, triggers):
            continue
        if _count_of_ties(s.text, m):
            continue  # "friendly relations with seven cities": a count, its partners not named here
        if rx.search(r"\b(?:number|list|network|circle) of (?:its|their|the|our)\s+(?:[\w-]+\s+){0,2}$",
                     s.text[max(0, m.start() - 50): m.start()]) and rx.search(r"(?:ies|s)$", m.group()):
            continue  # "no plans to expand the number of its Chinese partner regions": partners in general
        if kinds and rx.match(r"(?:\s+(?:ties?|relationships?|links?|relations))?\s+(?:between|among)\s+(?:a|an|two)\s",
                               s.text[m.end(): m.end() + 30]):
            continue  # "twinned with Tianjin, the first sister-city tie between a Chinese and a Japanese city": the same tie described
        if not rx.match(r"(?:anniversary|years) of|friendship (?:that|which|since|between)", m.group(), re.I):
            weak = False
        if kind not in [k for k, _, _ in kinds]:
            kinds.append((kind, m.end(), m.start()))
    if not kinds:
        return []
    if len(kinds) > 1:
        kinds = [k for k in kinds if k[0] != "other"]  # "sister state since 1960 ... 65 years of the relationship": one tie
    if {"sister", "friendship"} <= {k for k, _, _ in kinds} and rx.search(r"sister(?:hood)? and friendship", low):
        kinds = [("other", kinds[0][1], kinds[0][2])]
    pairs = _possessive_pair(s, kinds[0][2]) or pairs
    if kinds == [k for k in kinds if k[0] == "partner"] and re.search(
            r"\b(?:the|this|that|their|its|our)\s+partnership\b(?!\s+(?:agreement|cit|state|province|region))", s.text,
            re.IGNORECASE) and all(frozenset(h.key for h in p) in doc.tie_pairs for p in pairs):
        return []  # "since the partnership began": the tie the story has already named
    facts = []
    per_kind_dates = len(kinds) > 1
    event = _event(s.text)
    if event == "renewed":
        renewed = [k for k in kinds if _renewed_object(s.text, k[2])]
        kept = [k for k in kinds if k not in renewed]
        if kept:
            kinds, event = kept, None  # "which became sister states in 1977, renewed their friendship agreement"
        elif renewed and all(frozenset(h.key for h in p) in doc.tie_pairs for p in pairs) and _tie_since(s) is None:
            return []  # "the two cities renewed their friendship pact in 2018": the renewal is an agreement
        elif not renewed:
            event = None  # "signed a friendship agreement in 1982 and renewed it in 2012": the founding is told
    ahead = FUTURE_TIE.search(s.text) or (s.planned and rx.search(r"\band\s+(?:to\s+)?(?:sign|establish|conclude|form)\b",
                                                                   s.text))  # "is scheduled to meet X ... and sign"
    status = "planned" if ahead and not _decided_in_past(doc, s) else "happened"
    upgraded_from = None
    stage_dates: dict[str, Any] = {}
    if event == "upgraded" and len(kinds) >= 2:
        upgraded_from = kinds[0][0]
        kinds = [kinds[0], kinds[-1]]  # "upgraded its friendship ties to sister-province status": both stages
        stage_dates = _stage_dates(s, kinds[0][2])
    for kind, pos, start in kinds:
        trip_between = any(rx.search(r"\b(?:visit|travel|trip|met|arriv|tour)\w*",
                                     s.text[d.end - s.sent.start: pos]) for d in s.dates if d.value)
        date, date_end, derived = _founding_date(doc, s, s.sent.start + pos if per_kind_dates or visits or trip_between
                                                 else None, strict_after=bool(visits) or trip_between, trigger=start)
        attrs: dict = {"kind": kind}
        if stage_dates:
            d = stage_dates.get("old" if kind == upgraded_from else "new")
            date, date_end, derived = (d.value, d.end_value, None) if d else (None, None, None)
            if kind != upgraded_from:
                attrs.update({"event": event, "from": upgraded_from})
        elif event == "renewed":
            attrs["event"] = event
            date, date_end, derived = None, None, None  # the renewal's date is the agreement's, not the tie's
            since = _tie_since(s)
            if since is not None:
                date = since.value  # "renewed the agreement that has linked them since 1991": the tie's year
        elif event:
            attrs["event"] = event
            derived = None
            d = first_date(s)
            date, date_end = (d.value, d.end_value) if d else (None, None)
        else:
            own = _own_date(s, pos)
            if own is not None and not derived:
                date, date_end = own.value, own.end_value
        if derived:
            attrs["note"] = derived
        if weak:
            attrs["weak_kind"] = True  # "40 years of friendship": the kind may be loose wording
        for pair in pairs:
            if len(kinds) > 1 and len(pairs) > 1 and not stage_dates and not _kind_of_clause(s, pair[1], start, kinds):
                continue  # "friendship ties with Bucheon ...; Kawasaki also has sister city ties with Shenyang"
            d_pair, e_pair = date, date_end
            derived_pair = bool(derived) and len(pairs) > 1 and not any(
                _same_clause(s, pair[1].start, s.sent.start + a[0]) for a in anniversary_years(s.text))
            if derived_pair:
                d_pair, e_pair = None, None  # the anniversary is another partner's
            own_pair = _date_after_partner(s, pairs, pair) if len(pairs) > 1 and not stage_dates and not event else None
            if own_pair is not None and not derived_pair:
                d_pair, e_pair = own_pair.value, own_pair.end_value  # "Niigata, Japan (1979), Asahikawa, Japan (1995)"
            elif date and not derived and len(pairs) > 1 and not _same_clause_as_date(s, pair[1], date):
                d_pair, e_pair = None, None  # "..., and Kawasaki also has ties with Bucheon": not that year
            pair_attrs = {k: v for k, v in attrs.items() if not (derived_pair and k == "note")}
            if kind == "sister" and _SISTER_CITIES.match(s.text, start):
                pair = _as_cities(doc, pair)
            facts.append(make_fact("partnership", pair, s, date=d_pair, date_end=e_pair,
                                   status="happened" if derived else status,  # "will sign an MoU marking 40 years of"
                                   attributes=pair_attrs, people=False, confidence=0.6 if weak else 0.7))
    if facts and all(_in_quoted_title(s.text, m.start()) for m in triggers):
        for f in facts:  # 'the photo exhibition "Okayama and San Jose: Sister Cities in Pictures" (March 2024)':
            f.date = f.date_end = None  # the tie is only named in a title; the date is the event's
    return facts


_QUOTED = re.compile(r"[\"“]([^\"”]{6,120})[\"”]")


def _in_quoted_title(text: str, pos: int) -> bool:
    return any(q.start() < pos < q.end() for q in _QUOTED.finditer(text))


_PAIR_SUBJECT = re.compile(r"\s*(?:The two|Both) (?:cities|sides|provinces|prefectures|states|regions|towns|localities)\b")
_COMPARED_BEFORE = re.compile(r"\b(?:after|following|like|than|besides|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _compared(s: SentInfo, h: PlaceHit) -> bool:
    """Whether a place is named only to compare with ("the first such pairing after Tianjin and Kobe")."""
    a = h.start - s.sent.start
    return bool(_COMPARED_BEFORE.search(s.text[max(0, a - 20): a]))


_SISTER_CITIES = re.compile(r"sister[\s-]+cit(?:y|ies)\b", re.IGNORECASE)


def _as_cities(doc: DocInfo, pair: list[PlaceHit]) -> list[PlaceHit]:
    """'San Antonio and Kumamoto have been sister cities': a bare name that is both a prefecture and
    its capital city is the city when the tie is one of cities and the partner is a city (or a
    city-level region, as Busan is)."""
    out = list(pair)
    for i, h in enumerate(pair):
        other = pair[1 - i] if len(pair) == 2 else None
        if other is None or h.level != "region" or not h.country or fold(h.text) != fold(h.ref.name):
            continue
        partner = doc.gazetteer.get(other.ref.id) if other.ref.id else None
        if not (other.level == "municipality" or (partner is not None and partner.capital_region)):
            continue
        region = doc.gazetteer.get(h.ref.id) if h.ref.id else None
        city = doc.gazetteer.resolve_name(h.text, country=h.country, level="municipality")
        if (region is not None and not region.capital_region and city is not None and city.level == "municipality"
                and city.parent == region.id and fold(city.name) == fold(h.text)):
            out[i] = replace(h, ref=city.ref())
    return out


# The tie itself lies ahead ("will sign a sister-city agreement", "to become sister cities"); a
# sentence that only plans to celebrate an old tie leaves it established.
FUTURE_TIE = gated(r"\b(?:will|would|shall|to|plans? to|is to|are to|set to|expected to)\s+(?:\w+\s+){0,2}?"
                        r"(?:sign|establish|become|conclude|form|forge|set up|launch|upgrade)\b", re.IGNORECASE)

EVENTS = [
    ("suspended", gated(r"\b(?:suspend(?:ed|s|ing)?|froze|frozen|halt(?:ed|s)?|put on hold)\b", re.I)),
    ("ended", gated(r"\b(?:end(?:ed|s)|terminat(?:ed|es)|sever(?:ed|s)|cut (?:off )?(?:its|their)|dissolv(?:ed|es)|"
                         r"scrapp(?:ed)|cancell?(?:ed|s))\b", re.I)),
    ("resumed", gated(r"\b(?:resum(?:ed|es|ing)|restor(?:ed|es)|revived?)\b", re.I)),
    ("upgraded", gated(r"\b(?:upgrad(?:ed|es|ing)|elevat(?:ed|es)|raised)\b", re.I)),
    ("renewed", gated(r"\b(?:renew(?:ed|s|al)?|re-signed|reaffirmed)\b", re.I)),
]


_NEAR_ANNIVERSARY = 90  # characters: "marked the 40th anniversary ... on May 3, 2019" stays within it
_CLAUSE = gated(r";|,\s+(?:and|while|but|whereas)\s+")


def _clause_of(s: SentInfo, offset: int) -> int:
    """Which clause of the sentence a document offset falls in (a list's ', and' is no new clause)."""
    head = s.text[: offset - s.sent.start]
    cuts = list(_CLAUSE.finditer(head))
    if cuts and cuts[-1].end() == len(head) and cuts[-1].group().startswith(","):
        cuts.pop()
    return len(cuts)


def _same_clause(s: SentInfo, a: int, b: int) -> bool:
    return _clause_of(s, a) == _clause_of(s, b)


def _kind_of_clause(s: SentInfo, partner: Any, start: int, kinds: list[tuple[str, int, int]]) -> bool:
    """Whether the kind whose words start at ``start`` is the one named in the partner's clause
    (or, with none there, the nearest before the partner)."""
    here = [k for k in kinds if _same_clause(s, partner.start, s.sent.start + k[2])]
    if here:
        return any(k[2] == start for k in here)
    before = [k for k in kinds if s.sent.start + k[2] < partner.start]
    return bool(before) and max(before, key=lambda k: k[2])[2] == start


def _same_clause_as_date(s: SentInfo, partner: Any, date: str) -> bool:
    """Whether a list partner sits in the clause that states the year."""
    def clause(offset: int) -> int:
        return _clause_of(s, offset)  # "..., Bellevue, and Oudtshoorn": the list's last item, not a new clause

    spots = [d for d in s.dates if d.value == date]
    if any(rx.fullmatch(r"\s*(?:[A-Z]\w*\s+)?(?:the\s+)?", s.text[: d.start - s.sent.start])
           and rx.match(r"\s*,", s.text[d.end - s.sent.start:]) for d in spots):
        return True  # "Between 1981 and 1985, X formed ties with A, B, and C": a fronted date covers the list
    return not spots or any(clause(d.start) == clause(partner.start) for d in spots)


def _tie_since(s: SentInfo) -> Any:
    """In a renewal: the year the tie itself began ("linked them since 1991", "first inked in 1995")."""
    return next((d for d in s.dates if d.value and d.kind == "year" and re.search(
        r"\b(?:since|established in|dating back to|(?:first|originally)\s+(?:inked|signed|established|concluded|"
        r"formed|set up|sealed)\s+in)\s+$", s.text[max(0, d.start - s.sent.start - 30): d.start - s.sent.start])), None)


def _renewed_object(text: str, start: int) -> bool:
    """Whether the tie's words at ``start`` are what a renewal verb acts on ("renewed their
    friendship agreement", "the charter was renewed"), not a tie told beside it."""
    before = text[max(0, start - 40): start]
    after = text[start: start + 70]
    return bool(rx.search(r"\b(?:renew(?:ed|s|ing|al of)?|re-signed|reaffirmed)\s+(?:\w+\s+){0,3}$", before, re.I)
                or rx.match(r"^[\w\s-]{0,30}?\b(?:was|were|has been|had been|is|are)\s+(?:\w+\s+)?(?:renewed|re-signed)\b",
                            after, re.I))


def _event(text: str) -> str | None:
    """A change in a tie's standing the sentence reports (suspended, ended, resumed, upgraded, renewed);
    not one of an activity ("agreed to resume student exchanges suspended during the pandemic",
    "flights halted in 2020"): the tie itself stood throughout."""
    for name, pattern in EVENTS:
        for m in pattern.finditer(text):
            if not (_ACTS_ON_ACTIVITY.match(text, m.end()) or _ACTIVITY_BEFORE.search(text[max(0, m.start() - 40): m.start()])):
                return name
    return None


_ACTIVITY = (r"(?:exchanges?|visits?|flights?|programm?es?|trips?|tours?|events?|activities|talks|projects?|"
             r"services?|routes?|operations?|trade|festivals?|shipments?|dispatch\w*|training)")
_ACTS_ON_ACTIVITY = re.compile(r"\s+(?:the\s+|their\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?" + _ACTIVITY + r"\b",
                               re.IGNORECASE)
_ACTIVITY_BEFORE = re.compile(r"\b" + _ACTIVITY + r"\s+(?:(?:that|which)\s+)?(?:(?:were|was|had been|have been|has been)\s+)?$",
                              re.IGNORECASE)


def _founding_date(doc: DocInfo, s: SentInfo, after: int | None, strict_after: bool = False,
                   trigger: int | None = None) -> tuple[str | None, str | None, str | None]:
    """The tie's founding date: stated, or derived from an anniversary (with a note saying so).

    The anniversary is the last one named before the tie's own words ("the 45th anniversary of
    diplomatic ties ... and the 30th anniversary of friendly relations": the 30th), and the year
    it is counted from is one stated near it, not one in an aside about a person.
    """
    anniv = [a for a in anniversary_years(s.text)
             if not (s.planned and rx.search(r"\syears?\s+as$", s.text[a[0]:a[1]]))]  # "will celebrate 50 years as": ahead
    if anniv:
        before = [a for a in anniv if trigger is not None and a[0] < trigger]
        a0, a1, n_years = before[-1] if before else anniv[0]
        phrase = s.text[a0:a1].lower()
        base = None
        years = sorted({int(d.value[:4]) for d in s.dates if d.value
                        and min(abs(d.start - s.sent.start - a0), abs(d.end - s.sent.start - a1)) <= _NEAR_ANNIVERSARY})
        made = next((d for d in s.dates if d.value and d.start - s.sent.start > a1 and _MADE_IN.search(
            s.text[max(0, d.start - s.sent.start - 30): d.start - s.sent.start])), None)
        if made is not None and "ago" not in phrase:
            return made.value[:4], None, None  # "the 50th anniversary of the twinning, signed in 1973": stated
        since = next((d for d in s.dates if d.value and d.kind == "year" and rx.search(
            r"\bsince\s+$", s.text[max(0, d.start - s.sent.start - 8): d.start - s.sent.start])), None)
        if since is not None and "ago" not in phrase:
            return since.value[:4], None, None  # "sister state since 1960 ... to celebrate 65 years": stated
        if "ago" in phrase or "before" in phrase or phrase.startswith("for"):
            base = int(doc.published[:4]) if doc.published else doc.latest_year
        elif years:
            base = years[-1]  # the celebration's year: the latest the sentence gives
            for y in years:
                if y + n_years == base:
                    return str(y), None, None  # the founding year is stated as well
        elif doc.published:
            base = int(doc.published[:4])
        elif doc.latest_year and rx.search(r"\b(?:in honou?r of|to mark|marking|marked|celebrat\w*|commemorat\w*)\b",
                                           s.text, re.IGNORECASE):
            base = doc.latest_year  # unpublished: a celebration is held in the latest year the story gives
        if base:
            return str(base - n_years), None, f"founding year derived: {n_years} years before {base}"
    d = first_date(s, after)
    if d is None or (strict_after and after is not None and d.start < after):
        return None, None, None  # "In 2019 the governor visited Anhui, Kochi's friendship province": the trip's year
    if d.kind == "relative" and not MADE.search(s.text):
        return None, None, None  # "X, which has a sister city tie with Y, sent masks last year": the act's date
    if doc.published and d.value and d.value[:4] > doc.published[:4] and not FUTURE_TIE.search(s.text):
        return None, None, None  # "will celebrate ten years as friendship cities next year": not the founding
    return d.value, d.end_value, None


# the tie's own year after its anniversary: "the 50th anniversary of the twinning ..., signed in 1973"
_MADE_IN = gated(r"\b(?:signed|established|concluded|formed|founded|forged|inked|sealed|set up)\s+(?:back\s+)?in\s+$",
                 re.IGNORECASE)


# words that make a tie (a relative date beside them may be its founding date)
MADE = gated(r"\b(?:establish\w*|set up|conclud\w*|sign\w*|formed|forged|became|become|entered|launched|"
                  r"inked|struck|twinned|agreed|upgrad\w*|elevat\w*|renew\w*|suspend\w*|end\w*|resum\w*)\b",
                  re.IGNORECASE)


def _own_date(s: SentInfo, pos: int) -> Any:
    """A date the tie's words themselves carry ("their friendship ties were forged in 1980",
    "sister cities since 2007"), which beats an earlier date of another act in the sentence."""
    for d in s.dates:
        rel = d.start - s.sent.start
        if d.value and 0 <= rel - pos <= 40 and re.fullmatch(
                r"(?:\s+(?:were|was|have been|has been|had been))?(?:\s+\w+){0,2}?\s+(?:in|since|from)\s+", s.text[pos:rel]):
            return d
    return None


def _stage_dates(s: SentInfo, old_trigger: int) -> dict[str, Any]:
    """Dates of the two stages of an upgraded tie: the one nearest the upgrading verb is the
    upgrade's ("and in 2004 upgraded it to sister cities"); one left before it, the first stage's
    ("first established ties in 1992 as friendship cities")."""
    verb = _UPGRADE.search(s.text)
    dated = [d for d in s.dates if d.value]
    if verb is None or not dated:
        return {}
    new = min(dated, key=lambda d: abs(d.start - s.sent.start - verb.start()))
    out: dict[str, Any] = {"new": new}
    older = [d for d in dated if d is not new and d.start - s.sent.start < verb.start()]
    if older:
        out["old"] = min(older, key=lambda d: abs(d.start - s.sent.start - old_trigger))
    return out


_UPGRADE = gated(r"\b(?:upgrad(?:ed|es|ing)|elevat(?:ed|es)|raised)\b", re.IGNORECASE)


def _date_after_partner(s: SentInfo, pairs: list[list[Any]], pair: list[Any]) -> Any:
    """The year a list gives each partner right after its name, before the next partner: "Niigata,
    Japan (1979), Asahikawa, Japan (1995)", "with Tainan, Taiwan, in 2006, and ... with Changchun,
    China, in 1980"."""
    partner = pair[1]
    starts = sorted(p[1].start for p in pairs if p[1].start > partner.start)
    limit = starts[0] if starts else s.sent.end
    for d in s.dates:
        if d.value and d.kind in ("year", "absolute") and partner.end <= d.start < limit and rx.fullmatch(
                r"(?:,?\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})?,?\s*(?:\(\s*(?:since\s+)?|in\s+|since\s+)",
                s.text[partner.end - s.sent.start: d.start - s.sent.start]):
            return d
    return None


def _loose_partnership(text: str, m: re.Match[str], triggers: list[re.Match[str]]) -> bool:
    """A bare 'partnership' that names no new tie: the tie another word in the sentence names
    ("its sister state relationship ... the 40th anniversary of the partnership"), or a loose
    word for close relations ("is developing into a global partnership")."""
    if not rx.fullmatch(r"partnership", m.group(), re.IGNORECASE):
        return False
    if any(o is not m and not o.group("partner") for o in triggers):
        return True
    return bool(rx.search(r"\b(?:global|strategic|comprehensive|economic|new|future|closer|deeper|"
                          r"mutually beneficial|win-win|into an?|towards? an?)\s+$", text[max(0, m.start() - 30): m.start()],
                          re.IGNORECASE))


# a count of ties that goes on to name some of them: each named one is a tie of its own
_LISTED_AFTER = gated(r"^\s*,?\s*(?:including|among them|among which|such as|notably|namely)\s+(?:the\s+)?[A-Z]")
_COUNT_WORDS = (r"(?:(?:more than |over |some |about |around )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|a dozen|dozens of))")
_COUNT_AFTER = gated(r"^\s*with\s+" + _COUNT_WORDS +
                          r"\s+(?:[A-Z][\w.]*\s+){0,2}(?:foreign\s+|overseas\s+)?(?:cities|provinces|prefectures|states|"
                          r"regions|municipalities|localities|towns|counties|partners)\b"
                          # "... with 10 cities in six countries, including X": the count's own scope
                          r"(?:\s+(?:in|across|from)\s+" + _COUNT_WORDS + r"\s+(?:countries|nations|regions)\b)?", re.IGNORECASE)


def _count_of_ties(text: str, m: re.Match[str]) -> bool:
    """'has friendly and cooperative relations with seven RoK cities': a count of ties whose
    partners the sentence does not name (a later clause's places are other matters)."""
    c = _COUNT_AFTER.match(text[m.end(): m.end() + 70])
    return c is not None and not rx.match(r"^\s*,?\s*(?:including|such as|among them|notably|namely)\b",
                                    text[m.end() + c.end(): m.end() + c.end() + 20], re.IGNORECASE)


def _possessive_pair(s: SentInfo, trigger: int) -> list[list[Any]] | None:
    """"Tokyo's sister state agreement with New South Wales": the owner of the tie and the place
    after 'with' are the partners, whatever else the sentence names (a trip to a third place)."""
    owner = next((h for h in s.parties if h.level != "country" and 0 <= trigger - (h.end - s.sent.start) <= 40
                  and rx.match(r"['’]s\s+(?:[\w-]+\s+){0,3}$", s.text[h.end - s.sent.start: trigger])), None)
    if owner is None:
        return None
    tail = s.text[trigger: trigger + 80]
    w = rx.search(r"\bwith\s+(?:the\s+)?", tail)
    if not w:
        return None
    spot = s.sent.start + trigger + w.end()
    other = next((h for h in s.parties if h.start == spot and h.key != owner.key), None)
    if other is None or (other.country and owner.country and other.country == owner.country):
        return None
    return [[owner, other]]


def _decided_in_past(doc: DocInfo, s: SentInfo) -> bool:
    """'they decided to conclude a sister city agreement in 1999': a decision the story tells as
    past, in a year before the one it is written in, so the tie was made; 'signed an agreement
    to establish sister ties' made it."""
    if rx.search(r"\b(?:signed|concluded|inked)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|pact|accord|"
                 r"memorandum|MoU|MOU|document)s?\s+to\s+(?:establish|become|form|forge|set up)\b", s.text, re.IGNORECASE):
        return True
    if not rx.search(r"\b(?:decided|agreed|resolved|voted)\s+to\b", s.text, re.IGNORECASE):
        return False
    now = int(doc.published[:4]) if doc.published else doc.latest_year
    years = [int(d.value[:4]) for d in s.dates if d.value and d.kind in ("year", "absolute")]
    return bool(now and years and max(years) < now)


def _compound_pair(s: SentInfo, triggers: list[re.Match[str]]) -> list[list[Any]]:
    """'the Taiwan-Idaho sister-state relationship': a hyphened pair naming the tie, where one
    side may be a country (Taiwan's partners are often states and cities)."""
    for m in triggers:
        for a in s.parties:
            for b in s.parties:
                gap = s.text[a.end - s.sent.start: b.start - s.sent.start]
                tail = s.text[b.end - s.sent.start: m.start()]
                if (b.start > a.end and rx.fullmatch(r"\s*[-–]\s*", gap) and rx.fullmatch(r"\s*", tail)
                        and {a.level == "country", b.level == "country"} == {True, False} and a.country != b.country):
                    return [[a, b]]
    return []


_OUR_TIE = gated(r"\b[Oo]ur (?:[A-Z][\w-]+ )?(?:twin|sister|partner|friendship) (?:city|cities|town|towns|province|"
                      r"prefecture|state|county|region|municipality)\b")


def _our_partner(doc: DocInfo, s: SentInfo) -> list[list[Any]]:
    """'a delegation from Weihai, our twin city in China', 'our French twin town, Bry': in a council's
    own release the partner named beside 'our twin city' is a tie of the council that writes."""
    home = None
    out: list[list[Any]] = []
    for m in _OUR_TIE.finditer(s.text):
        for h in s.parties:
            a, b = h.start - s.sent.start, h.end - s.sent.start
            if h.level == "country" or not (rx.fullmatch(r",\s*", s.text[b: m.start()])
                                             or rx.fullmatch(r",?\s*(?:of\s+)?", s.text[m.end(): a])):
                continue
            home = home or home_place(doc)
            if home is not None and home.country != h.country and all(p[1].key != h.key for p in out):
                out.append([home, h])
    return out

"""Visits: a person or delegation of one government travelling to another.

The trigger word splits the sentence: for "visited", "travelled to", "trip
to" the visitor stands before it and the places visited after; for hosts
("received", "welcomed", "played host to") it is the other way round.
One fact per destination; origin and destination are in different countries.
"""

from __future__ import annotations

import re

from kizuna.extract import prefilter as rx
from kizuna.extract.common import dedup, first_date, home_place, institutional, make_fact, national_only
from kizuna.extract.context import PLANNED, DocInfo, PlaceHit, SentInfo
from kizuna.extract.prefilter import gated
from kizuna.extract.visit_story import (
    as_region,
    attended,
    attended_by,
    both_ways,
    envoy_met_in,
    finalize,
    joined_delegation,
    most_named,
    note_venue,
    returned,
    signed_in,
    tie_untitled_people,
    untied_official_home,
    visiting,
)
from kizuna.facts import Fact

__all__ = ["extract", "finalize"]

ACTIVE = gated(
    r"\b(?:visit(?:ed|ing|s)?(?! from)|paid (?:a |an )?(?:\w+ )?(?:visits?|calls?)(?: to)?|(?:official |working |study )?trips? to|journeys? to|"
    r"tour(?:ed|ing)?\b(?! of duty)|trave(?:l)?l(?:ed|ing)? to|went to|came to|come to|arrived (?:in|at)|arrive in|"
    r"travel(?:s|led|ed|ling|ing)?(?: on)? to|(?:move|moved|head|headed|continue|continued) on to|"
    r"sen(?:d|ds|t|ding) (?:a |an )?(?:group of )?(?:\d+ )?(?:[\w-]+ ){0,4}?(?:students|pupils|young people|youths|"
    r"athletes|officials|delegates|trainees|teachers) to|"
    r"sen(?:d|ds|t|ding) (?:[\w-]+ ){0,3}?(?:agriculturists|farmers|experts|engineers|nurses|doctors|workers|staff|"
    r"employees|technicians|researchers|volunteers|artists|performers|musicians|dancers|firefighters) to(?= (?:the )?(?-i:[A-Z]))|"
    r"(?:is|are|was|were|be|been) (?:also )?in|will (?:also )?go to|to go to|stops? in|flew to|(?:left|departed|set off|headed|leaves|leave|leaving) for|(?:delegation|mission) of (?:about |some |around |nearly |more than |over )?\d+ \w+, (?:including|among them|made up of) [^.;]{0,70}?, to|(?:delegations?|missions?)\b(?:(?!\bvisit)[^.;]){0,60}?\bto|headed to|(?:delegation|mission) to|stay(?:ed)? in|called on|went on to|"
    r"spent \w+ in|in \w+ (?:for|to attend)|attended .{0,60}? (?:in|at)|(?:will|would) (?:also )?attend .{0,80}? (?:in|at))\b",
    re.IGNORECASE,
)
# the writer's own government, in a council's or a city's own release: "our town", "our city"
OUR_PLACE = gated(r"\b[Oo]ur (?:own )?(?:town|city|borough|county|district|council|prefecture|province|state|"
                       r"municipality|village|region)\b")
# "..., who is leading a 25-member delegation to X": the visitor is the one named before 'who'
_WHO_LEADS = gated(r",\s+who\s+(?:is\s+|was\s+|will be\s+)?(?:leading|led|leads|heads|headed|heading)\s+"
                        r"(?:a|an|the|his|her)\b[^,;]{0,40}$", re.IGNORECASE)
# "The visitors, led by ..., were received by X": the guests the sentence before brought in
_THE_GUESTS = gated(r"^\s*(?:The|These)\s+(?:visitors|guests|delegation|delegates|visiting officials)\b")
_SAID_TAIL = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}?(?:said|says|told|announced|reported|added)\b.*$",
                       re.IGNORECASE)
# a trip whose stated purpose is companies only (the spec: a call on a company is not a visit to a government)
_BUSINESS_ONLY = gated(r"\b(?:to (?:meet|visit|see|tour)|where (?:he|she|they|the \w+) (?:met|visited|toured))\s+(?:with\s+)?(?:[\w-]+\s+){0,3}?(?:executives|business leaders|"
                            r"businesspeople|business people|investors|entrepreneurs|companies|firms|start-ups|startups|"
                            r"corporations)\b", re.IGNORECASE)
_GOVERNMENT = gated(r"\b(?:Mayor|Governor|Gov\.|officials|counterparts?|government|council|city hall|assembly|"
                         r"lawmakers|Chairman|Secretary|Premier)\b", re.IGNORECASE)
WELCOMED_GUEST = gated(r"\b(?:received|got|enjoyed) (?:a |an )?(?:warm |cordial |hearty )?(?:\w+ )?(?:welcome|reception)\b",
                            re.IGNORECASE)
HOST = gated(
    r"\b(?:met (?:with )?(?:a |the )?(?:\w+ )?delegation|(?:held|had) talks (?:[\w-]+ ){0,4}?with (?:a |the )?(?:[\w-]+ ){0,2}?delegation|received|welcomed|welcome|welcomes|(?<!co-)hosted|(?:to|will) host\b(?=\s+(?:a |an |the )?(?:[\w-]+\s+){0,4}?(?:delegations?|visitors|guests|counterparts|officials|mayors?|governors?|group|students|leaders)\b)|played host(?:\s+\w+){0,4}?\s+to|greeted|(?:was|were) host to)\b", re.IGNORECASE
)
PASSIVE = gated(r"\b(?:(?:was|were|is|are|being|been) )?(?:received|welcomed|hosted) (?:in|at|by)\b", re.IGNORECASE)
DELEGATION_FROM = gated(r"\b(?:delegation|mission|group|visitors?|officials?) (?:from|of)\b", re.IGNORECASE)
SIZE = gated(r"\b(\d+)[- ]member\b|\bdelegation of (\d+)\b|\b(\d+)[- ]strong\b", re.IGNORECASE)
NOT_VISIT = gated(r"\b(?:visitors?|tourists?) (?:to|from)\b|\bvisit(?:ed|s)? (?:the|a) (?:company|factory|plant|school|"
                       r"university|museum|exhibition|booth)\b", re.IGNORECASE)


_LOCALITIES = gated(r"\s+(?:provinces|prefectures|cities|states|localities|regions|municipalities|counties|towns)\b")


# Words right before the trigger that make the trip a wish or an invitation, not a trip made or planned.
WISH = gated(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|would (?:like|love)|wants?|wanted|looks? forward|"
                  r"looked forward|invit(?:ed|es|ing)|urged|dream(?:s|ed)? of)"
                  r"\b[^.;]{0,25}?\bto\s+(?:\w+\s+)?$", re.IGNORECASE)

def extract(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """Visit facts in one sentence: by the trigger verb, else implied ("In Tochigi, she met ...")."""
    note_venue(doc, s)
    found = (returned(doc, s) or visiting(doc, s) or both_ways(doc, s) or _visit_by(doc, s) or _by_trigger(doc, s) or _implied(doc, s) or attended(doc, s) or attended_by(doc, s)
             or signed_in(doc, s) or envoy_met_in(doc, s))
    if found and doc.last_visitor is None:  # a visit read without a travel verb: its guest travels on ("X's delegation will also visit")
        guest, host = (PlaceHit(0, 0, p.name, p) for p in found[0].places[:2])
        doc.last_visitor = guest
        doc.last_visit = doc.last_visit or (guest, host)
    return found + joined_delegation(doc, s)  # provinces travelling with a national delegation: visits too


# "during a working visit by a 15-member Ha Tinh delegation to the prefecture": the visitor after 'by'
_VISIT_BY = gated(r"\b(?:working |official |study |goodwill )?(?:visit|trip|tour)\s+by\s+", re.IGNORECASE)
_TO_AFTER = gated(r"^[^,;]{0,40}?\bto\s+", re.IGNORECASE)


_STOPS_TOLD = gated(r"^[^.;]{0,60}?\b(?:takes? in|taking in|with stops? in|stopping in|will take (?:him|her|them) to)\b",
                   re.IGNORECASE)


def _visit_by(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """A visit told as a noun with its visitor after 'by' and its destination after 'to' (or the
    other side of the story, named by its kind: "to the prefecture")."""
    m = _VISIT_BY.search(s.text)
    if not m or national_only(s.text) or WISH.search(s.text[max(0, m.start() - 40): m.start()]):
        return []
    start = s.sent.start + m.end()
    origin = next((h for h in s.parties if h.start >= start), None)
    if origin is None or origin.start - start > 30 or origin.level == "country" and not origin.demonym:
        return []
    rest = s.text[origin.end - s.sent.start:]
    to = _TO_AFTER.match(rest)
    if not to:
        return []
    at = origin.end + to.end()
    dest = next((h for h in s.parties if h.start >= at), None)
    if dest is not None and dest.start - at <= 4:
        dests = [dest]
    else:
        dests = _anaphoric_dest(doc, rest[to.end():], origin)
    dests = [as_region(doc, h) for h in dests if h.country != origin.country]
    if not dests:
        return []
    attrs = _size_attrs(s.text)
    d = first_date(s, after=start, event=True)
    doc.last_visitor, doc.last_visit = origin, (origin, dests[0])
    return [make_fact("visit", [origin, dests[0]], s, date=d.value if d else None, attributes=attrs, confidence=0.55)]


def _size_attrs(text: str) -> dict:
    """The visit's attributes its sentence gives by number: the delegation's size ("a 12-member delegation")."""
    size = SIZE.search(text)
    return {"delegation_size": int(next(g for g in size.groups() if g))} if size else {}


def _by_trigger(doc: DocInfo, s: SentInfo) -> list[Fact]:
    text = s.text
    passive, hosting, active = PASSIVE.search(text), HOST.search(text), _active(text)
    m = passive or hosting or active
    if not m:
        return []
    if rx.match(r"called on", m.group(), re.I) and (
            not rx.match(r"\s+(?:the\s+)?[A-Z]", text[m.end():])
            or rx.match(r"\s+(?:the\s+)?(?!(?:Vice\s+|Deputy\s+)?(?:Governor|Mayor|Chairman|Chairwoman|Secretary|President|"
                        r"Premier|Lord Mayor|Chief)\b)(?:[A-Z][\w'’-]*\s+){1,4}(?:\w+\s+)?to\s+(?!the\b|a\b|an\b|its\b|their\b|[A-Z])[a-z]+\b",
                        text[m.end():])):
        return []  # "called on local enterprises to ...", "called on Kanazawa to help ...": urged, not visited
    if rx.search(r"\bexchang\w*\s+(?:\w+\s+)?visits\b|\bmutual visits\b", text, re.I):
        return []  # visits exchanged in general: cooperation, not one trip
    if national_only(text):
        return []  # "President Yoon Suk Yeol visited Tokyo": a national leader's trip, not a local exchange
    if WISH.search(text[max(0, m.start() - 40): m.start()]):
        return []  # "hoped to visit", "invited him to visit": a wish or an invitation, not a trip
    if active and hosting and not passive:
        m = active if active.start() < hosting.start() else hosting  # the verb that comes first decides
    t0, t1 = s.sent.start + m.start(), s.sent.start + m.end()
    counted = rx.search(r"\b\d[\d,]*\s+(?:\w+\s+){0,2}(?:governors|mayors|officials|delegations|leaders|people)\b",
                        text[: m.start()])
    if counted and not rx.search(r"\b(?:group|delegation|team|mission) of (?:about |some |around |nearly |more than |over "
                                 r"|up to |roughly )?$", text[max(0, counted.start() - 30): counted.start()]):
        return []  # "60 governors and mayors have visited China": a count, kept as a statistic
    if rx.match(r"\s*(?:\w+\s+){0,2}?\d[\d,.]*\s+(?:(?:million|thousand)\s+)?(?:\w+\s+)?"
                r"(?:delegations|visits|groups|missions|visitors|tourists|travell?ers)\b", text[m.end():]):
        return []  # "hosted 15 delegations", "received 1.1 million visitors": a count, not one trip
    host = (m is hosting or bool(HOST.match(m.group()))) and not PASSIVE.match(m.group())
    anaphoric = False
    if host and WELCOMED_GUEST.search(text):
        host = False  # "the delegation received a warm welcome from X": the guest is the subject
    parties = [h for h in s.parties]
    before = dedup(h for h in parties if h.end <= t0)
    after = dedup(h for h in parties if h.start >= t1)
    if host:
        dest_side, origin_side = before, after
    else:
        origin_side, dest_side = [h for h in before if not _paired(s, h)], after
        if any(h.level != "country" for h in after):  # (not "In Tochigi, Indiana's sister state, she met ...")
            origin_side = [h for h in origin_side if not _leading_where(s, h)]
    origin = _origin(doc, s, origin_side, m.start() if not host else len(text))
    if host and not origin_side and doc.last_visitor is not None and origin is not None \
            and any(h.key == origin.key for h in dest_side):
        # "Yunnan Party Secretary Wang Ning met the delegation": the host's official; the guest is the one told
        # before, and a welcome of the trip just told is that trip, not a new fact
        if doc.last_visit is not None and doc.last_visit[0].key == doc.last_visitor.key \
                and any(h.key == doc.last_visit[1].key for h in dest_side):
            return []
        origin = doc.last_visitor
    if origin is None:
        return []
    dests = [h for h in dest_side if h.key != origin.key and (h.country != origin.country or h.country is None)]
    if host:
        dests = dests[-1:]  # the host named just before the verb
        if not dests and OUR_PLACE.search(text[: m.start()]):
            dests = [h for h in [home_place(doc)] if h is not None and h.key != origin.key]  # "Our town was glad to host"
        if not dests and rx.match(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,5}(?:(?:today|yesterday|on \w+day|also)\s+)?$",
                                  _DATELINE_LEAD.sub("", text[: m.start()], count=1)) \
                and rx.search(r"\b(?:Governor|Gov\.|Mayor|Chairman|Chairwoman|Secretary|Premier|President)\b",
                              text[: m.start()]) \
                and rx.match(r"\s+(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:delegation|[A-Z])", text[m.end():]):
            # "Governor Kim welcomed ...": the host is the other side of the story
            lead = _DATELINE_LEAD.match(text)  # "LOS ANGELES, June 5 - Mayor Bass welcomed ...": the writer's city hosts
            dateline = [h for h in s.places if lead and h.end - s.sent.start <= lead.end()][:1]
            dests = [h for h in [*dateline, *doc.recent_pair, doc.focus] if h is not None and h.country != origin.country
                     and h.level != "country"][:1]
    else:
        dests = [h for h in _same_clause(s, dests, t1) if not _at_company(s, h) and not institutional(s, h)]
        anaphoric = not dests and m.group().lower().endswith(" to")
        if anaphoric:
            dests = _anaphoric_dest(doc, text[m.end():], origin)
    if not host and _BUSINESS_ONLY.search(text[m.end():]) and not _GOVERNMENT.search(text[m.end():]):
        return []  # "will travel to San Francisco to meet executives of start-ups": companies, not a government
    if dests and m.group().lower().endswith(" in") and dests[0].start - t1 > 3:
        return []  # "is in third place": 'in' must be followed by the place itself
    localities = [h for h in dests if h.demonym and _LOCALITIES.match(text[h.end - s.sent.start:])]
    if localities and not host:
        # "travelled to three Chinese provinces": the stops are the facts, named later
        dests = [h for h in dests if h not in localities]
        if not dests:
            doc.last_visitor, doc.last_trip_country = origin, localities[0].country
            return []
    if not dests:
        return []
    if host and origin.country == dests[0].country:
        return []
    if not host and len(dests) == 1 and dests[0].level == "country":
        dests = [_partner_there(s, dests[0]) or dests[0]]
    named = {h.key for h in dests}
    arrival = bool(rx.match(r"arriv", m.group(), re.IGNORECASE))  # arriving starts a trip: no further stop
    dests = dedup(h if (not arrival and not _the_capital(s, h) and _further_stop(doc, origin, h)) or (as_region(doc, h).key in named and _own_mayor(s, h))
                  or (host and _hosting_subject(s, h, m.start()))
                  else as_region(doc, h) for h in dests)  # "received by Kanazawa Mayor X and by the Ishikawa governor"
    attrs = _size_attrs(text)
    purpose = rx.search(r"\bto (explore|promote|discuss|strengthen|celebrate|attend|mark|sign|attract|deepen|"
                        r"seek|boost|expand|look)\b([^.;]{0,80})", text)
    if purpose:
        # not the attribution after it ("..., his office said Wednesday")
        told = _SAID_TAIL.sub("", purpose.group(1) + purpose.group(2))
        attrs["purpose"] = told.strip(" ,")
    d = first_date(s, event=True)
    # "arrived in Japan on Monday for a visit that takes in Yamanashi and Hiroshima": the day is the arrival
    # in the country; the stops' own days are told later, if at all
    in_country = {h.country for h in dests if h.level == "country"
                  and _STOPS_TOLD.search(text[h.end - s.sent.start:])} if not host and len(dests) > 1 else set()
    facts = []
    for who in _co_travellers(s, origin, origin_side):
        for dest in dests:
            if who.country == dest.country:
                continue
            undated = dest.level != "country" and dest.country in in_country and d is not None and len(d.value) == 10
            facts.append(make_fact("visit", [who, dest], s, date=d.value if d and not undated else None,
                                   attributes=attrs, confidence=0.65))
    if host and facts:
        trip = _guest_trip_country(s, origin)
        if trip is not None and trip.key not in {f.places[1].id for f in facts}:
            facts.append(make_fact("visit", [origin, trip], s, date=d.value if d else None, confidence=0.55))
            doc.last_trip_country = trip.country
    if facts and s.planned and _PAST_TRIGGER.fullmatch(m.group()):
        plan = PLANNED.search(text)
        if plan is not None and plan.start() > m.end():
            for f in facts:
                f.status = "happened"  # "received a delegation on Tuesday, and the two sides agreed to ... next year"
    if host and facts:
        facts += _said_return_trip(doc, s, dests[0], origin, m.end())
    if facts:
        tie_untitled_people(doc, s, dests[0] if host else origin, m.start())
    if not host and anaphoric:
        return facts  # a trip the other side will make, told aside: the story still follows its visitor
    doc.last_visitor = origin
    doc.last_trip_country = next((d.country for d in dests if d.level == "country"), doc.last_trip_country
                                 if host and facts else None)
    if facts:
        doc.last_visit = (origin, dests[0])
    return facts


_THE_PARTNER = gated(r"\s*(?:the|its|their|our)\s+(?:sister\s+|partner\s+|friendship\s+)?"
                     r"(?:prefecture|province|city|state|county|town|region)\b(?!\s+of\b|['’])")


def _anaphoric_dest(doc: DocInfo, after: str, origin: PlaceHit) -> list[PlaceHit]:
    """'the city would send a delegation of students to the prefecture': the other side of the pair
    the story is about, named by its kind only."""
    if not _THE_PARTNER.match(after):
        return []
    return [h for h in [*doc.recent_pair, doc.focus] if h is not None and h.level != "country"
            and h.country != origin.country][:1]


_PAST_TRIGGER = gated(r"(?:received|visited|welcomed|hosted|arrived (?:in|at)|travell?ed to|paid (?:a |an )?(?:\w+ )?"
                      r"(?:visits?|calls?)(?: to)?|toured|(?:left|departed|headed) for|went to|came to)", re.IGNORECASE)


# "welcomed the students ... and said the prefecture would send a delegation of its own students to Tov":
# the host's own trip to come, told in the same sentence
_SAID_TRIP = gated(r"\b(?:and|,)\s+(?:said|added|announced)\s+(?:that\s+)?(?:the\s+(?:prefecture|province|city|state|county|"
                   r"town)|it|he|she)\s+(?:would|will|plans?\s+to|is\s+to)\s+(?:also\s+)?(?:send\s+(?:[\w'’-]+\s+){0,6}?to|"
                   r"visit|travel\s+to)\s+$", re.IGNORECASE)


def _said_return_trip(doc: DocInfo, s: SentInfo, host: PlaceHit, guest: PlaceHit, after: int) -> list[Fact]:
    """The host's planned trip to the guest's side, said after the welcome: a visit of its own."""
    for h in s.parties:
        rel = h.start - s.sent.start
        if rel < after or h.country == host.country or h.level == "country":
            continue
        if not _SAID_TRIP.search(s.text[max(after, rel - 120): rel]):
            return []
        d = next((x for x in s.dates if x.value and x.start > h.start), None)
        return [make_fact("visit", [host, h], s, date=d.value if d else None, status="planned", confidence=0.5)]
    return []


def _own_mayor(s: SentInfo, h: PlaceHit) -> bool:
    """'Kanazawa Mayor Kazuhiko Murayama': the city's own government is named, a host of its own."""
    rel = h.end - s.sent.start
    return bool(rx.match(r"\s+(?:City\s+)?(?:Mayor|City Hall)\b", s.text[rel:]))


_SUBJECT_TO_VERB = gated(r"\s*(?:City\s+)?(?:(?:will|would|also|plans?(?:\s+to)?|is(?:\s+to)?|is\s+(?:set|expected|scheduled|due)(?:\s+to)?|"
                        r"has|have|had|then|again|recently|last\s+\w+)\s+)*$")


# "LOS ANGELES, June 5, 2025 - ", "SEOUL, Nov. 29 (Yonhap) -- ": a dateline before the sentence proper
_DATELINE_LEAD = re.compile(r"^\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*(?:\([^)]{2,30}\)\s*)?[-–—]{1,2}\s*")
_LEADING_WHERE = gated(r"\s*(?:In|At|While in|Once in|From)\s+(?:the\s+)?$")


def _leading_where(s: SentInfo, h: PlaceHit) -> bool:
    """'In Japan, the governor will visit Yamanashi': the opening phrase says where the stop is, not
    who travels."""
    a, b = h.start - s.sent.start, h.end - s.sent.start
    return bool(_LEADING_WHERE.fullmatch(s.text, 0, a)) and s.text[b: b + 1] == ","


def _hosting_subject(s: SentInfo, h: PlaceHit, verb: int) -> bool:
    """'Kitakyushu plans to host a delegation from Dalian': the city itself hosts (a government of its
    own), not a place of the province the story is about."""
    return h.level == "municipality" and bool(_SUBJECT_TO_VERB.fullmatch(s.text, h.end - s.sent.start, verb))


_THE_CAPITAL = gated(r",\s+(?:the|its)\s+(?:state|provincial|prefectural|regional)\s+capital\b")


def _the_capital(s: SentInfo, h: PlaceHit) -> bool:
    """'travel to Lansing, the state capital, for talks with the governor': the capital is where the
    region's government is visited, not a stop of its own."""
    return bool(_THE_CAPITAL.match(s.text, h.end - s.sent.start))


def _further_stop(doc: DocInfo, origin: PlaceHit, h: PlaceHit) -> bool:
    """'The delegation will also visit Daqing': a city of the province the visitor has already been
    told to visit is a stop of its own, not the province again (talks in the capital were the province's)."""
    if doc.last_visit is None or doc.last_visit[0].key != origin.key or h.level != "municipality":
        return False
    region = as_region(doc, h)
    return region.key != h.key and region.key == doc.last_visit[1].key


_GUEST_TRIP = gated(r"\b(?:on|during|as part of)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:trip|visit|tour|mission|journey)\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _guest_trip_country(s: SentInfo, origin: PlaceHit) -> PlaceHit | None:
    """'X received Mayor Y of Z, who is leading a delegation on a working trip to Vietnam': the guest's
    whole trip to the host's country is a fact of its own beside the call on the host."""
    for h in s.parties:
        if h.start > origin.end and h.level == "country" and h.country != origin.country \
                and _GUEST_TRIP.search(s.text[max(0, h.start - s.sent.start - 60): h.start - s.sent.start]):
            return h
    return None


_NOUN_VISIT = gated(r"\b(?:the|his|her|their|its|this|that|own|a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _active(text: str) -> re.Match[str] | None:
    """The first travel trigger, skipping the noun 'the visit' when no 'to' names where it went:
    "the high point of the visit, in a ceremony in X" looks back at a trip, X is only a venue."""
    for m in ACTIVE.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        if m.group().lower() == "visiting" and rx.search(r"\b(?:the|a|an)\s+$", before, re.IGNORECASE):
            continue  # "the visiting team", "the visiting mayor": an adjective (the guest is read by visiting())
        if rx.fullmatch(r"visits?", m.group(), re.IGNORECASE) and _NOUN_VISIT.search(before) \
                and not rx.search(r"\b(?:will|would|to|shall|may|might|can|could|must|should|not|also|and|or|did|"
                                  r"then|later|first)\s+$", before, re.IGNORECASE) \
                and not rx.match(r"\s+(?:to|of)\b", text[m.end():]):
            continue
        return m
    return None


def _implied(doc: DocInfo, s: SentInfo) -> list[Fact]:
    there = rx.match(r"^\s*(?:While |During (?:her|his|the) (?:stay|visit) )?in\s+", s.text, re.IGNORECASE)
    if there and rx.search(r"\b(?:met|toured|visited|attended|held|signed|inspected|called on|spoke)\b", s.text):
        first = next((h for h in s.places if h.start - s.sent.start <= there.end() + 1), None)
        origin = doc.last_visitor
        if first is not None and origin is not None and first.country != origin.country:
            d = first_date(s)
            return [make_fact("visit", [origin, as_region(doc, first)], s, date=d.value if d else None, confidence=0.5)]
    return _stops(doc, s) or _delegation_of(doc, s)


def _stops(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'...travelled to three Chinese provinces. Meeting counterparts in Shanxi and Ningxia, the
    delegation ...': the stops of a trip to a country, named in the next sentence."""
    country = doc.last_trip_country
    origin = doc.last_visitor
    if not country or origin is None:
        return []
    if not rx.search(r"\b(?:the delegation|counterparts|the group|he|she|they|the team|the governor|the mayor)\b",
                     s.text, re.IGNORECASE):
        return []
    if rx.search(r"\bthe group['’]s\b", s.text):
        return []  # "the group's chairman": a company group, not the delegation
    stops = [h for h in dedup(s.parties) if h.country == country and h.level != "country" and h.located
             and not _at_company(s, h)]
    if not stops:
        return []
    follow = [h for h in dedup(s.parties) if h.country == country and h.level != "country"
              and h.start >= stops[0].start and h.start - stops[-1].end < 40]
    d = first_date(s)
    named = {h.key for h in s.parties}
    # "Shi met Yamanashi Governor X in Kofu": talks in the capital of a region named beside it are the region's
    stops = dedup(r if (r := as_region(doc, h)).key != h.key and r.key in named else h for h in dedup(stops + follow))
    return [make_fact("visit", [origin, h], s, date=d.value if d else None, confidence=0.5) for h in stops]


_SITES = (r"(?:headquarters|head office|offices?|factory|factories|plants?|campus|branch|subsidiary|showroom|store|"
          r"laboratory|lab|university|college|institute|research station)")
_COMPANY_SITE = gated(rf"\b{_SITES}\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+)?$", re.IGNORECASE)


_TIE_WITH = gated(r"\b(?:partnership|ties|relationship|relations|friendship|twinning|agreement)\s+with\s+$", re.IGNORECASE)


def _partner_there(s: SentInfo, country: PlaceHit) -> PlaceHit | None:
    """'spent Friday in Japan celebrating the state's sister-state partnership with Kanagawa': the
    government visited is the partner the sentence names in that country, not the country."""
    later = [h for h in s.parties if h.start > country.end and h.country == country.country and h.level != "country"]
    if len(dedup(later)) != 1:
        return None
    h = later[0]
    return h if _TIE_WITH.search(s.text[max(0, h.start - s.sent.start - 40): h.start - s.sent.start]) else None


def _at_company(s: SentInfo, h: PlaceHit) -> bool:
    """'SoftBank's headquarters in Tokyo': the place is where a company sits, not a government visited."""
    if re.match(rf"['’]s\s+(?:\w+\s+)?{_SITES}\b", s.text[h.end - s.sent.start:], re.IGNORECASE):
        return True  # "Toyota's headquarters": a company's name, though a city's too
    return bool(_COMPANY_SITE.search(s.text[max(0, h.start - s.sent.start - 40): h.start - s.sent.start]))


def _delegation_of(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'The delegation of Japan's Shiga prefecture said Ha Nam ...': a delegation from one side
    speaking about a place on the other side is there."""
    m = rx.search(r"\b(?:delegation|delegates|mission) (?:of|from)\b", s.text, re.IGNORECASE)
    if not m:
        return []
    start = s.sent.start + m.end()
    after = [h for h in s.parties if h.start >= start]
    if not after or after[0].start - start > 30:
        return []
    origin = after[0]
    dests = [h for h in dedup(s.parties) if h is not origin and h.level != "country" and h.country != origin.country
             and h.key != origin.key]
    if not dests and doc.focus is not None and doc.focus.country != origin.country and re.search(
            r"\b(?:reception|banquet|dinner|welcome|meeting|talks) (?:for|with) (?:a |the )?(?:visiting )?"
            r"(?:delegation|delegates|mission)", s.text, re.IGNORECASE):
        dests = [doc.focus]  # "at a reception for a delegation from Incheon": hosted where the story is
    if len(dests) != 1:
        return []
    d = first_date(s)
    return [make_fact("visit", [origin, dests[0]], s, date=d.value if d else None, confidence=0.4)]


def _co_travellers(s: SentInfo, origin: PlaceHit, side: list[PlaceHit]) -> list[PlaceHit]:
    """'The governors of Kanagawa, Saitama and Chiba travelled to Hanoi': one visit per government."""
    if origin not in side or not rx.search(r"\b(?:governors|mayors|leaders|delegations|officials|heads)\s+of\b",
                                            s.text, re.IGNORECASE):
        return [origin]
    out = [origin]
    i = side.index(origin)
    for prev, nxt in zip(side[i:], side[i + 1:], strict=False):
        gap = s.text[prev.end - s.sent.start: nxt.start - s.sent.start]
        if nxt.country != origin.country or nxt.level == "country" or not rx.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", gap):
            break
        out.append(nxt)
    return out


def _origin(doc: DocInfo, s: SentInfo, side: list[PlaceHit], trigger: int) -> PlaceHit | None:
    """The visitor's government; ``trigger`` (in the sentence) bounds where a titled visitor may stand:
    "she travelled to Seoul, where Seoul Mayor Oh welcomed her" names the host after it, not the guest."""
    text = s.text
    earlier = doc.last_visitor or doc.last_person_place
    own = rx.search(r"\b(?:his|her)\s+own\s+(?:\w+\s+)?(?:trip|visit|tour)\b", text)
    if own and s.index > 0 and not [h for h in side if h.level != "country"]:
        # "Recalling his own visit to Hubei, he ...": the official the sentence before was about
        prev = doc.sentences[s.index - 1]
        named = next(doc.people_places(prev.text), None)
        if named is not None:
            return named
    if earlier is not None and rx.search(r"\b(?:the (?:governor|mayor|premier|secretary|delegation|chairman)['’]s|his|her|"
                                         r"their)\s+(?:\w+\s+){0,2}?(?:trip|visit|tour)\b", text):
        return earlier  # "the governor's trip to Taipei": whoever the story is following
    for h in side:  # "the seventh Chinese governors' delegation": a national delegation
        if h.demonym and rx.match(r"^\s+(?:\w+['’]?\s+){0,2}?delegation", text[h.end - s.sent.start:]):
            one = bool(rx.match(r"^\s+(?:delegation|delegates|mission)\b", text[h.end - s.sent.start:]))
            own_side = [x for x in s.parties if x.country == h.country and x.level != "country" and not x.located]
            if one and own_side:
                return own_side[0]  # "The Japanese delegation ... was led by the Mayor of Kyoto"
            if earlier is not None and earlier.country == h.country and earlier.level != "country":
                return earlier  # "the Japanese delegation" of a story about Ichinoseki's mayor
            # (not "the Chinese governors' delegation": many governments, the country's)
            return (most_named(doc, h.country, s.index) if one else None) or h
    if not side and rx.search(r"\b[Oo]ur\b", text[:trigger]):
        home = home_place(doc)
        if home is not None:
            return home  # "a group from our youth exchange programme will travel to X"
    frm = DELEGATION_FROM.search(text)
    if frm and frm.start() > trigger and not rx.search(r"\b(?:with|by)\s+(?:a|an|the)\s+(?:\w+\s+)?$", text[: frm.start()]):
        frm = None  # "was in Nagasaki and met officials of Japan's ministry": the hosts, after the verb
    if frm:
        after = [h for h in s.places if h.start >= s.sent.start + frm.end()]
        limit = 40 if frm.group().lower().endswith("from") else 12
        if after and after[0].start - (s.sent.start + frm.end()) < limit:
            party = next((h for h in after if not h.locator), None)
            if party is not None and party.start - (s.sent.start + frm.end()) < limit + 20:
                return party
    who = _WHO_LEADS.search(text[:trigger])
    if who:
        before_who = [h for h in side if h.level != "country" and h.end - s.sent.start <= who.start()]
        if before_who:
            return before_who[-1]  # "signed with Governor X of Kumamoto, who is leading a delegation to Taiwan"
    if not [h for h in side if h.level != "country"] and _THE_GUESTS.match(text):
        guests = _guests_before(doc, s)
        if guests is not None:
            return guests
    if side and all(h.level == "country" for h in side):
        countries = {h.country for h in side}
        person = next((h for h in doc.people_places(text) if h.country in countries), None)
        if person is not None:
            return person
    if side:
        local = [h for h in side if h.level != "country"]
        return (local or side)[0]
    for pm, p in zip(s.people, s.person_refs, strict=True):
        if p.place_id and (pm.start < trigger or rx.search(r"\b(?:together with|accompanied by|along with|joined by|headed by|led by)\s+"
                                                            r"(?:\S+\s+){0,3}$", text[:pm.start])):
            for h in s.places:
                if h.ref.id == p.place_id:
                    return h
    person = next(doc.people_places(text[:trigger]), None) or _named_before(doc, s, trigger)
    if person is not None:
        return person
    home = untied_official_home(doc, s, trigger) or _publisher_hit(doc, s, trigger) or _own_organ(doc, s, trigger)
    if home is not None:
        return home
    if (rx.match(r"^\s*(?:He|She)\b", text) or re.search(
            r"\b(?:his|her)\s+(?:own\s+|first\s+|recent\s+|official\s+|earlier\s+)*(?:visit|trip|tour)\b", text)) \
            and doc.last_person_place is not None:
        return doc.last_person_place
    return doc.last_visitor


def _publisher_hit(doc: DocInfo, s: SentInfo, trigger: int) -> PlaceHit | None:
    """'Governor X visited ...' tied by analysis to the page's own government (its first line), which
    this sentence does not name: that government's first mention."""
    pub = doc.publisher
    if pub is None or not any(p.place_id == pub.id and pm.start < trigger
                              for pm, p in zip(s.people, s.person_refs, strict=True)):
        return None
    return _first_mention(doc, pub.id)


def _first_mention(doc: DocInfo, place_id: str | None) -> PlaceHit | None:
    """The story's first mention of a place, for a sentence that speaks of it without naming it."""
    return next((h for sent in doc.sentences for h in sent.places if h.ref.id == place_id), None)


# the page's own government by its organs: "That Council approves a civic delegation, led by the Mayor, to travel to"
_OWN_ORGAN = gated(r"\b(?:(?-i:Council)|civic delegation|(?-i:the Mayor)|(?-i:Her Worship|His Worship))\b", re.IGNORECASE)


def _own_organ(doc: DocInfo, s: SentInfo, trigger: int) -> PlaceHit | None:
    """On a council's own page (its first line names it), a delegation of 'Council' or led by 'the Mayor'
    with no place before the verb is the council's: that government's first mention."""
    pub = doc.publisher
    if pub is None or not _OWN_ORGAN.search(s.text[:trigger]):
        return None
    return _first_mention(doc, pub.id)


def _named_before(doc: DocInfo, s: SentInfo, trigger: int) -> PlaceHit | None:
    """'Governor Kuroiwa travelled to ...' where an earlier sentence tied 'Prefecture Governor Yuji
    Kuroiwa' to Kanagawa: the government of the same official met before."""
    names = [pm.name.split()[-1] for pm in s.people if pm.start < trigger]
    for word in names:
        for prev in reversed(doc.sentences[max(0, s.index - 12): s.index]):
            ref = next((p for p in prev.person_refs if p.place_id and word in p.name.split()), None)
            if ref is None:
                continue
            for near in reversed(doc.sentences[max(0, prev.index - 12): prev.index + 1]):
                hit = next((h for h in near.places if h.ref.id == ref.place_id), None)
                if hit is not None:
                    return hit
    return None


def _paired(s: SentInfo, h: PlaceHit) -> bool:
    """'marking 20 years of the arrangement between Goulburn and Shibetsu, I travelled to ...': the
    two partners named after 'between' are what is celebrated, not who travels."""
    a = h.start - s.sent.start
    return bool(rx.search(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?$",
                          s.text[max(0, a - 60): a]))


def _same_clause(s: SentInfo, dests: list[PlaceHit], t1: int) -> list[PlaceHit]:
    """Destinations listed right after the verb ("visited Toyama and Hokkaido"), not later asides."""
    out: list[PlaceHit] = []
    prev = t1
    for h in dests:
        gap = s.text[prev - s.sent.start: h.start - s.sent.start]
        if out and rx.search(r"\b(?:to discuss|where|which|who|when|with|met|meets|meeting)\b|[;]", gap):
            break
        if not out and len(gap) > 80:
            break
        out.append(h)
        prev = h.end
    return out


def _guests_before(doc: DocInfo, s: SentInfo) -> PlaceHit | None:
    """The government of 'a delegation from X' told in the two sentences before: "The visitors ...
    were received by the Mayor of Y" then goes from X to Y."""
    for prev in reversed(doc.sentences[max(0, s.index - 2): s.index]):
        frm = DELEGATION_FROM.search(prev.text)
        if not frm:
            continue
        start = prev.sent.start + frm.end()
        after = [h for h in prev.parties if h.start >= start and h.level != "country"]
        if after and after[0].start - start < 40:
            return after[0]
    return None

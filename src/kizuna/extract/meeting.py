"""Meetings: forums, conferences, summits, dialogues and talks between governments."""

from __future__ import annotations

import re

from kizuna.extract import prefilter as rx
from kizuna.extract.common import dedup, first_date, make_fact, national_only, national_relations
from kizuna.extract.context import PRONOUN_PAIR, DocInfo, PlaceHit, SentInfo
from kizuna.extract.dates import ordinal_value
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact, PlaceRef

NAMED = gated(
    r"(?P<name>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}?(?:[A-Z][\w'’-]*\s+)?(?:Governors['’]?|Mayors['’]?|Local Government|"
    r"Local Governments|Provincial|Leaders['’]?|Business|Cooperation|Friendship|Exchange|Regional)?\s*"
    r"(?:Meeting|Forum|Conference|Summit|Dialogue|Symposium|Roundtable|Round Table)"
    # "the Forum on China-Africa Local Government Cooperation": the name goes on after "on"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w'’-]*)*)?)\b"
)
# A national leader who receives or meets local officials of another country: one meeting per government.
LEADER = gated(r"\b(?:Prime Minister|(?<!Vice )President|Vice President|Premier|Vice Premier|Deputy Prime Minister|"
                    r"Chancellor|State Councilor|PM)\b")
RECEIVES = gated(r"\b(?:received|receives|met|meets|met with|held (?:separate )?(?:talks|meetings?) with|"
                      r"had (?:separate )?(?:talks|meetings?) with|hosted|welcomed)\b")
LOCAL_TITLE = gated(r"\b(?:Governor|Mayor|Chairman|Chairwoman|Chair|Party Secretary|Secretary|Lieutenant Governor)\b")
SIDELINES = gated(r"\b(?:on|at) the (?:sidelines|margins?|fringes?) of\s+(?:the\s+|this\s+|that\s+)?$", re.IGNORECASE)
JOINS = gated(r"\b(?:told|addressed|spoke (?:at|to)|attended|took part in|participated in|joined)\s+the\s+"
                   r"(?:(?:opening|closing|plenary|main)\s+)?(?:forum|conference|summit|meeting|dialogue|symposium|session)\b",
              re.IGNORECASE)
# The words NAMED must end on (keep in step with it): most sentences name no event, and NAMED,
# trying runs of capitalised words at every capital, is the costliest pattern of the type rules.
NAMED_WORD = gated(r"Meeting|Forum|Conference|Summit|Dialogue|Symposium|Roundtable|Round Table")
GENERIC = gated(r"\b(?:forum|conference|summit|dialogue|symposium|governors['’]? meeting|mayors['’]? meeting|"
                     r"roundtable|(?:annual|regular|joint) (?:meeting|session)s? between)\b", re.IGNORECASE)
TALKS = gated(r"\b(?:met with|met|meeting with|meetings with|held (?:video |online |virtual |telephone |phone )?talks|"
                   r"(?:during|in|at) (?:an? )?(?:online|virtual|video) (?:meeting|conference|talks)|"
                   r"talks with|held a meeting|held (?:an? )?(?:online|virtual|video) meeting|"
                   r"held (?:a |an )?(?:joint )?(?:online |virtual )?(?:seminar|symposium|workshop)|"
                   r"(?:held|hold|holds) (?:their|its|the) (?:annual |regular |first |second |third |\w+th )?(?:meeting|talks)|"
                   r"sat down with|conversation with|(?:held|hold|holds) (?:a |an )?(?:video ?conference|online meeting|"
                   r"video call|phone call))\b", re.IGNORECASE)
EDITION = gated(r"\b(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"eleventh|twelfth|fifteenth|twentieth)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|forum|conference|summit|"
                     r"dialogue|session|edition|symposium)", re.IGNORECASE)
# a numbered meeting of a standing joint body: "the 15th meeting of the joint working committee between ..."
# ("the fourth meeting of their joint cooperation committee": a body the two sides own, told by its possessive)
COMMITTEE = gated(r"\b(?:meeting|session|plenary session)\s+of\s+(?:the\s+(?P<body>(?:[\w-]+\s+){0,4}?(?:committee|"
                  r"commission|council|working group|task force))\b(?=\s+(?:between|of|among)\b)|(?:their|the two sides['’])\s+"
                  r"(?P<own>(?:[\w-]+\s+){0,3}?(?:joint|cooperation|exchange)\s+(?:[\w-]+\s+){0,2}?(?:committee|commission|"
                  r"council|working group|task force))\b)", re.IGNORECASE)
_OTHER_BODY = gated(r"\s+of\s+the\s+(?P<body>(?:[\w-]+\s+){0,4}?(?:committee|commission|council|assembly|congress))\b",
                    re.IGNORECASE)
LOCATION = gated(r"\b(?:held|take place|took place|convened|hosted)\s+(?:\w+\s+){0,3}?in\s+$", re.IGNORECASE)


def extract(doc: DocInfo, s: SentInfo, *, visit_facts: int = 0) -> list[Fact]:
    """Meeting facts in one sentence (talks already covered by a visit are not repeated)."""
    if national_relations(doc, s):
        return []  # two countries' own ties, not a local exchange
    text = s.text
    receptions = [] if visit_facts else _leader_receptions(doc, s)
    if receptions:
        return receptions
    joined = _joined_forum(doc, s)
    if joined is not None:
        return joined
    _members_told_next(doc, s)
    if national_only(text):
        return []  # "Seoul and Tokyo ... since President Yoon visited Tokyo for a summit": national
    named = [m for m in NAMED.finditer(text) if _good_name(m.group("name"))] if NAMED_WORD.search(text) else []
    generic = GENERIC.search(text)
    if generic and not named and SIDELINES.search(text[: generic.start()]):
        return []  # "on the sidelines of the forum, X and Y signed ...": another act at the forum, not its members
    edition_m = EDITION.search(text)
    series = doc.series
    other = _OTHER_BODY.match(text, edition_m.end()) if edition_m and series else None
    if other is not None and series is not None and other.group("body").lower() not in series[0].lower():
        series = None  # "the 4th session of the city council": another body than the series told
    if not named and not generic and edition_m and series:
        generic = edition_m
    body = COMMITTEE.search(text) if not named and not generic and edition_m else None
    if body is not None:
        generic = body  # "the 15th meeting of the joint working committee between Yunnan and ...": a series
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
        elif series and (edition_m or rx.search(r"\b(?:the|next year['’]s|this year['’]s) (?:meeting|forum|conference|dialogue)\b",
                                                text, re.I)):
            name, name_places = series
            if not edition_m and not (any(d.value for d in s.dates) and _HELD.search(text)):
                return _talks(doc, s, visit_facts)  # "at the conference", "Oh told the forum": the one already told
        location = None
        for h in s.places:
            if LOCATION.search(text[: h.start - s.sent.start]):
                location = h.ref
                break
        parties = name_places or [h.ref for h in dedup(s.parties) if location is None or h.ref.id != location.id]
        if not parties and len(doc.recent_pair) == 2 and PRONOUN_PAIR.search(text):
            parties = [h.ref for h in doc.recent_pair]  # "It was the 15th annual meeting between the two provinces"
        members = _listed_members(s) if name_places and all(p.level == "country" for p in name_places) else []
        if members:
            parties = members  # "the Japan-China-Korea ... Conference, bringing together officials from A, B and C"
        if body is not None:
            name = body.group("body") or body.group("own")
            unplaced = [h.ref for h in dedup(s.parties) if not h.located and h.level != "country"]
            if len(unplaced) >= 2 and len({p.country for p in unplaced}) >= 2:
                parties = unplaced  # "... held the 4th meeting of their committee in Vinh": Vinh is where, not who
            if len({p.country for p in parties}) < 2:
                return _talks(doc, s, visit_facts)  # "the 3rd session of the city council of X": at home
            if len(parties) >= 2:
                doc.series = (name, parties)  # "The 16th meeting of the committee" later is this series
        if location is None:  # "attended the forum in Hangzhou": noted as the place, still listed
            start = s.sent.start + (named[0].start() if named else generic.start() if generic else 0)
            loc = next((h for h in s.places if h.located and h.level != "country" and h.start > start), None)
            location = loc.ref if loc is not None else None
        local_kind = rx.search(r"governor|mayor|local|provincial|prefectur|cit(?:y|ies)|municipal|region|state|"
                               r"friendship|sister", name or text, re.IGNORECASE)
        if not local_kind and all(p.level == "country" for p in parties):
            return []  # a national meeting: not an exchange between local governments
        if len(parties) == 1 and name and local_kind and not s.planned and (
                parties[0].level == "country" or (name_places and not _listed_members(s))):
            # ("The fifth Qingdao International Friendship City Conference opened": the host alone, guests told next)
            # a named forum of local governments with one side named: members who speak to it later join it
            d = first_date(s, event=True)
            forum_attrs = {"name": name, **({"edition": ordinal_value(edition_m.group("ord"))} if edition_m else {}),
                     **({"location": location.to_json()} if location else {})}
            doc.pending_forum = make_fact("meeting", parties, s, date=d.value if d else None, attributes=forum_attrs,
                                          confidence=0.5)
            return []
        if len(parties) < 2 and not (name and local_kind and location is not None and not parties):
            return []
        if not name_places and len(parties) >= 2 and len({p.country for p in parties}) == 1:
            return []  # "attended a shipping conference in Seoul": a domestic event, no exchange between countries
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
        if all(p.level == "country" for p in parties) and name:
            doc.countries_forum = (named_fact, s.index)
        earlier = _earlier_edition(doc, s, named_fact, edition_m) if (body is not None or series) else None
        if earlier is not None:
            return [named_fact, earlier]
        if rx.search(r"\bagreed to (?:hold|host|convene)|\bwill (?:hold|host)", text) and TALKS.search(text):
            named_fact.status = "planned"
            named_fact.date = None
            return [named_fact, *_talks(doc, s, visit_facts)]  # talks that agreed to hold the next one
        return [named_fact]
    return _talks(doc, s, visit_facts)


# "reviewing projects since the third session in Suwon in 2024": the series' earlier meeting, told in passing
_EARLIER = gated(r"\b(?:since|after|following|at|from)\s+the\s+(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|"
                 r"fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:session|meeting)\s+(?:held\s+)?in\s+(?P<where>[A-Z][\w-]+)"
                 r"(?:\s+[A-Z][\w-]+)?\s+in\s+(?P<year>(?:19|20)\d\d)\b")


def _earlier_edition(doc: DocInfo, s: SentInfo, fact: Fact, edition_m: re.Match[str] | None) -> Fact | None:
    """The earlier meeting of a numbered series that the sentence telling a later one names with its
    place and year; None when there is none (or its number is not below the one told)."""
    m = _EARLIER.search(s.text, edition_m.end() if edition_m else 0)
    if m is None or fact.attributes.get("edition") is None:
        return None
    n = ordinal_value(m.group("ord"))
    if not n or n >= fact.attributes["edition"]:
        return None
    attrs = {k: v for k, v in fact.attributes.items() if k != "location"}
    attrs["edition"] = n
    where = next((h for h in s.places if h.start - s.sent.start == m.start("where")), None)
    if where is not None:
        attrs["location"] = where.ref.to_json()
    return make_fact("meeting", list(fact.places), s, date=m.group("year"), status="happened", attributes=attrs,
                     confidence=0.5, people=False)


# a meeting of the series being held (a new one), not the one just told being spoken of
_MEMBERS = gated(r"\b(?:bringing together|brought together|brings together|attended by|gathering|gathered|"
                 r"(?:officials|delegates|delegations|representatives|leaders|participants) from)\b", re.IGNORECASE)


_MEMBERS_NEXT = gated(r"^\s*(?:Attending (?:were|was|it were)|Participants (?:included|were)|Among (?:the )?(?:participants|"
                      r"attendees|those attending) were|(?:It|The (?:meeting|forum|conference)) (?:brought together|gathered|"
                      r"was attended by))\b"
                      # "Hunan Governor X and Shiga Governor Y co-hosted the two-day event": its hosts are its members
                      r"|^\s*[^.;]{3,80}?\band\s+[^.;]{3,80}?\s(?:co-hosted|co-chaired|jointly hosted|jointly organi[sz]ed)\s+"
                      r"(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:event|forum|meeting|conference|gathering)\b")


def _members_told_next(doc: DocInfo, s: SentInfo) -> None:
    """'The 32nd Japan-Korea Strait Governors' Meeting was held in Jeju. Attending were the governors of
    Busan, ... from Korea, and of Fukuoka, ... from Japan': the forum's parties are the governments listed
    next, not its countries."""
    told = doc.countries_forum
    if told is None or told[1] != s.index - 1:
        return
    doc.countries_forum = None
    if not _MEMBERS_NEXT.match(s.text):
        return
    members = [h.ref for h in dedup(h for h in s.places if not h.locator) if h.level != "country"]
    if len(members) >= 2 and len({r.country for r in members}) >= 2:
        fact = told[0]
        fact.places = members
        if doc.series is not None and doc.series[0] == fact.attributes.get("name"):
            doc.series = (doc.series[0], members)


def _listed_members(s: SentInfo) -> list[PlaceRef]:
    """Local governments a sentence lists as a forum's members, after "bringing together officials
    from" (two countries at least), or none."""
    m = _MEMBERS.search(s.text)
    if m is None:
        return []
    after = [h.ref for h in dedup(h for h in s.places if h.start - s.sent.start >= m.end() and not h.locator)
             if h.level != "country"]
    return after if len(after) >= 2 and len({r.country for r in after}) >= 2 else []


_HELD = gated(r"\b(?:held|hold|holds|holding|convened?|took place|take place|takes place|opened|opens|will be|is to be|"
              r"was|were|next|following|upcoming)\b", re.IGNORECASE)
# whom the talks were with, when not a government's officials
_NOT_OFFICIALS = gated(r"^\s*(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:executives|business leaders|businesspeople|"
                       r"business people|entrepreneurs|investors|members|students|residents)\b", re.IGNORECASE)


_HERE = gated(r"\b(?:city|provincial|prefectural|county|municipal|state) government here\b", re.IGNORECASE)


def _talks(doc: DocInfo, s: SentInfo, visit_facts: int) -> list[Fact]:
    """Talks between officials of two sides (not a courtesy call during a visit)."""
    text = s.text
    if rx.search(r"\b(?:during|on) (?:the|his|her|their|this) (?:trip|visit|stay|tour)\b", text, re.IGNORECASE):
        return []  # talks held during a visit are part of the visit
    talks = TALKS.search(text)
    if talks and _NOT_OFFICIALS.match(text[talks.end():]):
        return []  # "where she met executives of Japanese automakers", "met members of the association"
    if talks and not visit_facts:
        parties = dedup(s.parties)
        speaker = next((h for h in doc.people_places(text[: talks.start()]) if all(h.key != p.key for p in parties)),
                       None)
        if speaker is not None:
            parties = [speaker, *parties]
        if doc.focus is not None and _HERE.search(text) and all(p.key != doc.focus.key for p in parties):
            parties = [doc.focus, *parties]  # "The city government here and Gimhae City agreed ...": the dateline's city
        local = [p for p in parties if p.level != "country" and not p.located]
        if len(local) >= 2 and len({p.country for p in local}) >= 2:
            parties = local
        if all(p.level == "country" for p in parties):
            return []
        if not local and all(p.level == "country" or p.located for p in parties):
            return []  # "Japan's top envoy in Taipei met the foreign minister": the city is only where they met
        if len(parties) < 2 or len({p.country for p in parties}) < 2:
            return []
        d = first_date(s, event=True)
        return [make_fact("meeting", parties, s, date=d.value if d else None, confidence=0.5)]
    return []


def _good_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not rx.match(r"^(?:the\s+)?(?:This|That|The|A|An|Its|Their)\s+\w+$", name)


def _leader_receptions(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'Prime Minister X received the Governor of A, the Governor of B and the Mayor of C': one meeting
    per local government, with the leader's country (the conventions: national leaders with governors).

    The leader's country is the one their title is tied to, else the story's other country; the
    local officials must be of another country, named after the verb with a local title.
    """
    text = s.text
    lead = LEADER.search(text)
    verb = RECEIVES.search(text, lead.end()) if lead else None
    if lead is None or verb is None or not LOCAL_TITLE.search(text, verb.end()):
        return []
    if rx.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[lead.end(): lead.end() + 20]):
        after = next((h for h in s.places if h.start - s.sent.start > lead.end()), None)
        if after is None or after.level != "country" or after.start - s.sent.start > lead.end() + 12:
            return []  # "Premier of Victoria", "President of the Provincial Assembly": not a national leader
    if rx.search(r"\b(?:was|were|is|are|been|being)\s+$", text[: verb.start()]):
        return []  # "the Premier was received by ...": the leader is the guest, a visit's business
    start = s.sent.start + verb.end()
    officials = [h for h in dedup(h for h in s.parties if h.start >= start and h.level != "country" and not h.located)]
    if not officials:
        return []
    if any(h.located and _within(doc, h, officials) for h in s.places):
        return []  # "met the Governor of Shizuoka in Shizuoka": the leader came to them, a visit
    local_cc = {h.country for h in officials}
    if len(local_cc) != 1:
        return []
    cc_local = next(iter(local_cc))
    leader_cc = _leader_country(doc, s, lead.start(), cc_local)
    if leader_cc is None:
        return []
    country = doc.gazetteer.get(leader_cc)
    if country is None:
        return []
    if any(h.located and h.country == leader_cc for h in s.places):
        return []  # "received the governor in Hanoi": the officials came to the leader, a visit
    d = first_date(s, event=True)
    facts = []
    groups = _governments(s, officials)
    for group in groups:
        facts.append(make_fact("meeting", [country.ref(), *(h.ref for h in group)], s, date=d.value if d else None,
                               confidence=0.55))
    return facts if len(groups) >= 1 else []


def _within(doc: DocInfo, where: PlaceHit, officials: list[PlaceHit]) -> bool:
    """Whether a meeting's location is one of the officials' governments or lies in one of them."""
    keys = {o.key for o in officials}
    if where.key in keys:
        return True
    place = doc.gazetteer.get(where.ref.id) if where.ref.id else None
    return bool(place is not None and place.parent and place.parent in {o.ref.id for o in officials})


def _leader_country(doc: DocInfo, s: SentInfo, lead_pos: int, local_cc: str | None) -> str | None:
    """The country a national leader speaks for: a country named just before or after the title
    ("Vietnamese Prime Minister", "Prime Minister of Vietnam"), here or where the story names the
    leader elsewhere; else, when the sentence tells the leader's trip, the story's one other country.
    A leader the story ties to the officials' own country gives None."""
    rel = s.sent.start
    near = [h for h in s.places if h.level == "country" and (
        rx.fullmatch(r"(?:['’]s)?\s+", doc.text[h.end: rel + lead_pos])  # "Thai Prime Minister", "Japan's PM"
        or rx.fullmatch(r"\s*(?:Prime Minister|President|Vice President|Premier|Vice Premier|Deputy Prime Minister|"
                        r"Chancellor|State Councilor|PM)\s+of\s+(?:the\s+)?", doc.text[rel + lead_pos: h.start]))]
    if near:
        return near[0].country if near[0].country != local_cc else None
    leader = next((p for p in s.person_refs if LEADER.search(p.title or "")), None)
    tokens = {t for t in (leader.name.split() if leader else []) if len(t) > 2}
    for x in doc.sentences:
        for tok in tokens:
            for m in re.finditer(r"\b" + re.escape(tok) + r"\b", x.text):
                pos = x.sent.start + m.start()
                tied = [h for h in x.places if h.level == "country" and 0 <= pos - h.end <= 40 and re.fullmatch(
                    r"(?:['’]s)?\s+(?:[A-Z][\w.]*\s+){0,5}", doc.text[h.end: pos])]  # "Vietnamese PM Pham Minh"
                if tied:
                    return tied[-1].country if tied[-1].country != local_cc else None
    abroad = any(h.located and h.country == local_cc for h in s.places)  # "in Tokyo he received ..."
    if not abroad and not rx.search(r"\b(?:trip|visit|tour|stay)\b", s.text, re.IGNORECASE):
        return None
    named = {h.country for x in doc.sentences for h in x.places if h.level == "country"}  # as countries, not towns
    others = [c for c in doc.countries[:2] if c != local_cc]
    return others[0] if len(others) == 1 and len(doc.countries) >= 2 and others[0] in named else None


def _governments(s: SentInfo, officials: list[PlaceHit]) -> list[list[PlaceHit]]:
    """One group per official's government: a city with the region it is said to be in
    ("Mayor of Nasu city of Tochigi prefecture") is one government named with its region."""
    groups: list[list[PlaceHit]] = []
    keys = {o.key for o in officials}
    for h in officials:
        region = next((r for r in s.places if r.level == "region" and r.start >= h.end and r.key not in keys
                       and rx.fullmatch(r"\s*(?:city|town)?\s*(?:,|of|in)\s*(?:the\s+)?",
                                        s.text[h.end - s.sent.start: r.start - s.sent.start])), None)
        groups.append([region, h] if h.level == "municipality" and region is not None else [h])
    return groups


def _joined_forum(doc: DocInfo, s: SentInfo) -> list[Fact] | None:
    """'X, Prime Minister of Madagascar, told the forum ...': the speaker's side joins the forum named
    before with one side only, and the forum becomes a fact.  None when the sentence does not join one."""
    forum = doc.pending_forum
    if forum is None or not JOINS.search(s.text):
        return None
    have = {p.country for p in forum.places}
    if all(p.level != "country" for p in forum.places):
        # a local host's forum: every local government of another country whose head speaks joins it
        guests = [h for h in dedup(s.parties) if h.country not in have and h.level != "country" and not h.located]
        if not guests:
            return None
        forum.places.extend(h.ref for h in guests)
        doc.pending_forum = None
        return [forum]
    joiner = next((h for h in s.parties if h.country not in have), None)
    if joiner is None:
        joiner_id = next((p.place_id for p in s.person_refs if p.place_id), None)
        place = doc.gazetteer.get(joiner_id) if joiner_id else None
        if place is None or place.country in have:
            return None
        forum.places.append(place.ref())
    else:
        forum.places.append(joiner.ref)
    doc.pending_forum = None
    return [forum]

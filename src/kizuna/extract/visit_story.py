"""Visits the story tells without a plain travel verb, and the whole-story check.

Officials who attend a ceremony placed in a foreign city, sign a pact where the
other side is, join a national delegation, or are "the visiting" guests; a trip
that "returned a visit"; and, once the story is read, trips retold as a trip to
the country or to its capital (``finalize``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kizuna.extract import prefilter as rx
from kizuna.extract.common import dedup, first_date, institutional, make_fact
from kizuna.extract.context import DocInfo, PlaceHit, SentInfo
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact, PlaceRef

NATIONAL_CAPITALS = {"KR": {"seoul"}, "JP": {"tokyo"}, "CN": {"beijing"}, "VN": {"hanoi", "ha noi"},
                     "US": {"washington", "washington, d.c.", "washington dc"}, "TW": {"taipei"}, "PH": {"manila"},
                     "TH": {"bangkok"}, "ID": {"jakarta"}, "MY": {"kuala lumpur"}, "AU": {"canberra"},
                     "DE": {"berlin"}, "FR": {"paris"}, "GB": {"london"}, "IT": {"rome"}, "RU": {"moscow"},
                     "LA": {"vientiane"}, "KH": {"phnom penh"}, "MN": {"ulaanbaatar", "ulan bator"},
                     "IN": {"new delhi"}, "RS": {"belgrade"}, "MG": {"antananarivo"}, "CA": {"ottawa"}}


def finalize(doc: DocInfo, facts: list[Fact]) -> list[Fact]:
    """Visits weighed against the whole story once it is read.

    - A trip told stop by stop and then retold as a trip to the country ("... to Tokyo, Fukuoka
      and Oita. The delegation came to Japan at a time when ...") is the stops, not one more fact.
    - A national capital that is only where a trip to the country took place ("to visit Seoul" of a
      story whose visitor comes to South Korea to see ministers) is that trip, unless the story names
      the capital's own government (its mayor or governor).
    """
    def pair(f: Fact) -> tuple[str, str | None] | None:
        if f.type != "visit" or len(f.places) != 2:
            return None
        return (f.places[0].id or f.places[0].name, f.places[1].country)

    capital: dict[str, bool] = {}

    def only_capital(dest: PlaceRef) -> bool:  # one look at the text per place, however many facts
        if dest.name not in capital:
            capital[dest.name] = _only_capital(doc, dest)
        return capital[dest.name]

    kept: list[Fact] = []
    seen_stops: set[tuple[str, str | None]] = set()
    for f in facts:
        key = pair(f)
        if key is not None and f.places[1].level == "country" and key in seen_stops and not _whole_trip(f):
            continue  # the country of stops already told
        if key is not None and f.places[1].level != "country" and not only_capital(f.places[1]):
            seen_stops.add(key)
        kept.append(f)
    trips = {pair(f) for f in kept if pair(f) is not None and f.places[1].level == "country"}
    kept = [f for f in kept if not (pair(f) in trips and f.places[1].level != "country" and only_capital(f.places[1]))]
    # "Japanese delegation visits X" (a headline), then "a delegation from Shibetsu visited X": one trip,
    # the locality's; a country stays the origin only where no government of it is named for that trip
    by_locality = {(f.places[1].id or f.places[1].name, f.places[0].country) for f in kept if f.type == "visit"
                   and len(f.places) == 2 and f.places[0].level != "country" and f.places[1].level != "country"}
    return [f for f in kept if not (f.type == "visit" and len(f.places) == 2 and f.places[0].level == "country"
                                    and f.places[1].level != "country"
                                    and (f.places[1].id or f.places[1].name, f.places[0].country) in by_locality)]


def _whole_trip(f: Fact) -> bool:
    """'Kim is on a week-long trip to the United States that also takes him to Texas', 'received Mayor Y,
    who is on a working trip to Vietnam': the trip to the country named as a trip of its own (the
    noun), or its dated arrival or departure, is a fact beside its stops, not a retelling of them
    ("the delegation came to Japan")."""
    name = re.escape(f.places[1].name)
    text = f.evidence.text if f.evidence else ""
    if re.search(rf"\b(?:trip|tour|visit|journey|mission)\s+to\s+(?:the\s+)?{name}\b", text):
        return True
    # "who arrived in Taiwan on Thursday at the head of a delegation", "will leave for Japan on 14 October":
    # the day the trip to the country began, a fact of its own
    return bool(f.date and len(f.date) == 10 and re.search(
        rf"\b(?:arrived|arrives|arriving)\s+in\s+(?:the\s+)?{name}\b|\b(?:left|leave|leaves|leaving|departed|"
        rf"departs)\s+for\s+(?:the\s+)?{name}\b", text))


def _only_capital(doc: DocInfo, dest: PlaceRef) -> bool:
    """Whether ``dest`` is its country's capital and the story names no government of the city itself."""
    name = dest.name.lower()
    if name not in NATIONAL_CAPITALS.get(dest.country or "", ()):
        return False
    # "Hanoi Party Secretary", "the Hanoi People's Committee": a Vietnamese or Chinese capital's own leaders
    own = rf"\b{re.escape(dest.name)}(?:['’]s)?\s+(?:Metropolitan |City |Municipal )?(?:Mayor|Governor|Gov\.|" \
          rf"[Gg]overnment|City Hall|[Aa]ssembly|[Cc]ouncil|Party (?:[Ss]ecretary|[Cc]hief|[Cc]ommittee)|" \
          rf"People['’]s (?:Committee|Council|Government))\b|\b(?:[Mm]ayor|[Gg]overnor) of (?:the )?" \
          rf"(?:\w+ )?{re.escape(dest.name)}\b"
    return not re.search(own, doc.text)




_REPS = r"(?:representatives|leaders|officials|delegates|governors|mayors|chairmen|heads)"
_JOINED = r"(?:had\s+|have\s+|also\s+)?(?:joined|accompanied|travell?ed with|went with|were part of)\s+(?:the|a|his|her)\s+" \
          r"(?:[\w'’-]+\s+){0,3}?(?:delegation|trip|mission|visit)\b"
_WHOSE_JOINED = gated(rf"^,?\s+(?:whose|their)\s+{_REPS}\s+{_JOINED}", re.IGNORECASE)
_REPS_OF = gated(rf"\b{_REPS}\s+(?:of|from)\s+$", re.IGNORECASE)
_JOINED_WORD = gated(r"\b(?:joined|accompanied|travell?ed with|went with|were part of)\s", re.IGNORECASE)


def joined_delegation(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'... Thai Binh, Khanh Hoa and Can Tho, whose representatives joined the Vietnamese delegation
    for this trip': provinces travelling with a national delegation each made the trip (to the
    country of the trip, the story's other country)."""
    if not _JOINED_WORD.search(s.text):
        return []  # both forms below need the joining verb
    parties = dedup(h for h in s.parties if h.level != "country")
    listed: list[PlaceHit] = []
    def chained(a: PlaceHit, b: PlaceHit) -> bool:
        gap = s.text[a.end - s.sent.start: b.start - s.sent.start]
        return a.country == b.country and bool(rx.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", gap))

    for i, h in enumerate(parties):
        if _REPS_OF.search(s.text[: h.start - s.sent.start]):  # "Representatives of A and B joined ..."
            run = [h]
            for nxt in parties[i + 1:]:
                if not chained(run[-1], nxt):
                    break
                run.append(nxt)
            if re.match(rf"\s+{_JOINED}", s.text[run[-1].end - s.sent.start:], re.IGNORECASE):
                listed = run
                break
        if _WHOSE_JOINED.match(s.text[h.end - s.sent.start:]):  # "A, B and C, whose leaders joined ..."
            listed = [h]
            for prev in reversed(parties[:i]):
                if not chained(prev, listed[0]):
                    break
                listed.insert(0, prev)
            break
    if not listed:
        return []
    country = doc.last_trip_country or next((c for c in doc.countries if c != listed[0].country), None)
    dest = doc.gazetteer.get(country) if country else None
    if dest is None:
        return []
    hit = PlaceHit(listed[-1].end, listed[-1].end, dest.name, dest.ref())
    d = first_date(s, event=True)
    return [make_fact("visit", [h, hit], s, date=d.value if d else None, confidence=0.45) for h in listed]


_SIGNED_IN = gated(r"\b(?:signed|inked|put (?:their|his|her) (?:names|signatures) to|held (?:talks|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:talks|meeting|dialogue|consultations?)))\b[^.;]{0,160}?\bin\s+"
                        r"(?:the\s+)?(?:city of\s+)?$", re.IGNORECASE)


_SIGNED_IN_WORD = gated(r"\b(?:signed|inked|put (?:their|his|her) (?:names|signatures) to|held)\b", re.IGNORECASE)


def signed_in(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'The mayors of Hualien and Morioka signed the agreement in Taiwan', 'A's governor and B's governor
    held talks in <B's city>': the signatory from the other country came to where it was signed or the
    talks were held (the host's own place, or its country)."""
    if not _SIGNED_IN_WORD.search(s.text):
        return []
    venue = next((h for h in s.places if h.located and not h.locator
                  and _SIGNED_IN.search(s.text[: h.start - s.sent.start])), None)
    if venue is None or rx.search(r"\bvia\b|\bvideo|\bonline\b|\bremote", s.text, re.IGNORECASE):
        return []
    cut = _SIGNED_IN.search(s.text[: venue.start - s.sent.start])
    assert cut is not None
    # the signatories stand before the verb ("The mayors of A and B signed") or one after it, as its
    # partner ("A Governor X signed an MoU with B Governor Y in <B's city>")
    signers = dedup(h for h in s.parties if h.end <= venue.start and not h.located and h.level != "country"
                    and (h.end - s.sent.start <= cut.start()
                         or rx.search(r"\bwith\s+(?:the\s+)?(?:(?:Province|State|Prefecture|City|County|Region) of\s+)?$",
                                      s.text[max(0, h.start - s.sent.start - 30): h.start - s.sent.start])))
    if len(signers) != 2 or signers[0].country == signers[1].country:
        return []
    host = next((h for h in signers if h.country == venue.country), None)
    guest = next((h for h in signers if h.country != venue.country), None)
    if host is None or guest is None:
        return []
    if venue.level != "country" and venue.key != host.key and as_region(doc, venue).key != host.key:
        return []  # signed in a third city: where the guest went is not said plainly
    d = first_date(s, event=True)
    return [make_fact("visit", [guest, venue if venue.level == "country" else host], s,
                      date=d.value if d else None, confidence=0.45)]


_EVENT = r"(?:celebrations?|ceremony|commemoration|reception|festival|gala|anniversary events?|event)"
_HELD_IN = gated(rf"\b{_EVENT}\b[^.;]{{0,80}}?\bheld (?:in|at)\s+(?:the\s+)?(?:city of\s+)?$", re.IGNORECASE)
_HOSTS_EVENT = gated(rf"^\s+(?:City\s+)?(?:hosts|hosted|played host to|held|holds)\s+(?:a\s+|an\s+|the\s+)?"
                          rf"(?:[\w-]+\s+){{0,2}}?{_EVENT}\b", re.IGNORECASE)
_EVENT_WORD = gated(rf"\b{_EVENT}\b", re.IGNORECASE)
_ATTENDED = gated(r"\b(?:attended|took part in|taking part in|participated in|joined|(?:was|were) present at)\b"
                       r"(?!\s+(?:forces|hands))", re.IGNORECASE)


def note_venue(doc: DocInfo, s: SentInfo) -> None:
    """Remember where a ceremony took place ("the celebration, held in Fukuoka", "Changchun City
    hosts celebration of ..."), for the officials a next sentence says attended it."""
    if not _EVENT_WORD.search(s.text):
        return  # both forms name the event
    for h in s.parties:
        if h.level == "country":
            continue
        a, b = h.start - s.sent.start, h.end - s.sent.start
        if _HELD_IN.search(s.text[max(0, a - 120): a]) or _HOSTS_EVENT.match(s.text[b:]):
            d = first_date(s, after=h.end, event=True)
            doc.event_venue = (s.index, h, d.value if d else None)
            return


def attended(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'Busan Mayor Hur and Fukuoka Mayor Yoshida attended': an official of another country who
    attended the ceremony a sentence just before placed in a city was there (a visit to the city,
    or to its province when the story is about the province)."""
    attended = _ATTENDED.search(s.text)
    if doc.event_venue is None or attended is None:
        return []
    index, venue, when = doc.event_venue
    if s.index - index > 2 or any(h.located and h.key != venue.key for h in s.parties):
        return []
    dest = as_region(doc, venue)
    origins = dedup(h for pm, p in zip(s.people, s.person_refs, strict=True) if p.place_id
                    for h in s.places if h.ref.id == p.place_id and pm.start < attended.start())
    origins = [h for h in origins if h.country != dest.country and h.level != "country"]
    d = first_date(s, event=True)
    for between in doc.sentences[index + 1: s.index]:  # "... marked the anniversary on July 18 with a ceremony"
        if when is None:
            found = first_date(between, event=True)
            when = found.value if found else None
    return [make_fact("visit", [h, dest], s, date=d.value if d else when, confidence=0.45) for h in origins[:2]]


_RETURNED = gated(r"\b(?:trip|visit|tour|journey)\s+(?:\w+\s+)?(?:returned|reciprocated|repaid)\s+(?:a|the|an)\s+"
                       r"(?:\w+\s+){0,2}?(?:visit|trip)\b|\bin return for (?:a|the|an) (?:\w+\s+){0,2}?(?:visit|trip)\b",
                       re.IGNORECASE)


def returned(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'Williams's trip returned a visit that his counterpart paid last May': the earlier trip went
    the other way, from the last visit's destination to its origin."""
    if doc.last_visit is None or not _RETURNED.search(s.text):
        return []
    origin, dest = doc.last_visit
    d = first_date(s)
    return [make_fact("visit", [dest, origin], s, date=d.value if d else None, confidence=0.5)]


_GUEST = (r"(?:governor|mayor|chairman|chairwoman|chair|chairperson|secretary|president|premier|minister|speaker|head|"
          r"delegation|officials|leaders|delegates|mission|lawmakers|councillors|councilors|assembly members)")
_VISITING = gated(r"\b(?:the|a|an)\s+visiting\s+", re.IGNORECASE)


def visiting(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'at a reception for the visiting Chairman of the Incheon council', 'met the visiting Osaka
    delegation': the government after 'visiting' is the guest; the host is the other side named in
    the sentence, else the place the story is about."""
    m = _VISITING.search(s.text)
    if not m:
        return []
    start = s.sent.start + m.end()
    after = [h for h in s.parties if h.start >= start and h.level != "country"]
    if not after or after[0].start - start > 50 or rx.search(r"[,;]", s.text[m.end(): after[0].start - s.sent.start]):
        return []
    origin = after[0]
    between = s.text[m.end(): origin.start - s.sent.start]
    tail = s.text[origin.end - s.sent.start:]
    if not (re.fullmatch(rf"(?:[A-Z][\w-]*\s+){{0,3}}?{_GUEST}\s+(?:of|from)\s+(?:the\s+)?", between, re.IGNORECASE)
            or (not between and re.match(rf"(?:\s+[A-Z][\w-]*){{0,2}}\s+{_GUEST}\b", tail, re.IGNORECASE))):
        return []  # "the visiting team from Osaka", "visiting hours": not an official guest
    hosts = dedup(h for h in s.parties if h.key != origin.key and h.level != "country" and h.country != origin.country)
    if not hosts:  # the other side of the pair the story is about
        hosts = [h for h in [*doc.recent_pair, doc.focus] if h is not None and h.country != origin.country
                 and h.level != "country"][:1]
    if len(hosts) != 1:
        return []
    d = first_date(s, event=True)
    doc.last_visitor = origin
    return [make_fact("visit", [origin, as_region(doc, hosts[0])], s, date=d.value if d else None, confidence=0.55)]




_BOTH_WAYS = gated(r"\b(?:delegations|visitors|groups|missions)\b[^.;]{0,100}?\b(?:have|had)\s+(?:\w+\s+)?"
                        r"(?:paid visits|visited|travell?ed)\s+(?:to\s+|in\s+)?$", re.IGNORECASE)


def both_ways(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'Since then, many delegations have paid visits in Baden-Wuerttemberg and in Kanagawa': the two
    partners visited each other, one fact each way (no date: the visits are many)."""
    if not _BOTH_WAYS_WORD.search(s.text):
        return []
    parties = dedup(h for h in s.parties if h.level != "country")
    if len(parties) != 2 or parties[0].country == parties[1].country:
        return []
    a, b = parties
    if any(h.end <= a.start for h in s.places):
        return []  # "Chinese delegations have visited Osaka and Busan": from a third side
    gap = s.text[a.end - s.sent.start: b.start - s.sent.start]
    if not rx.fullmatch(r"\s+and\s+(?:in\s+|to\s+)?", gap) or not _BOTH_WAYS.search(s.text[: a.start - s.sent.start]):
        return []
    return [make_fact("visit", [b, a], s, confidence=0.35, attributes={"note": "generic"}),
            make_fact("visit", [a, b], s, confidence=0.35, attributes={"note": "generic"})]


_BOTH_WAYS_WORD = gated(r"\b(?:delegations|visitors|groups|missions)\b", re.IGNORECASE)
_MET = gated(r"\bmet(?:\s+with)?\b")
_ENVOY = gated(r"\b(?:Foreign Minister|State Councilor|State Councillor|Ambassador|Consul[- ]General)\b")


def envoy_met_in(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'Foreign Minister Wang Yi met Heita Kawakatsu, Governor of Shizuoka, in Shizuoka': a foreign
    envoy meeting a local head in the head's own place came there, from the story's other country."""
    m = _MET.search(s.text)
    if not m or not _ENVOY.search(s.text[: m.start()]):
        return []
    start = s.sent.start + m.end()
    hosts = [p.place_id for pm, p in zip(s.people, s.person_refs, strict=True) if pm.start >= m.end() and p.place_id]
    venue = next((h for h in s.parties if h.located and h.start >= start and h.level != "country"
                  and (h.ref.id in hosts or as_region(doc, h).ref.id in hosts)), None)
    if venue is None or any(h.country == venue.country for h in s.places if h.end <= s.sent.start + m.start()):
        return []  # the envoy's own country's official, or a place of the envoy's side named first
    others = [c for c in doc.countries[:2] if c != venue.country]
    country = doc.gazetteer.get(others[0]) if len(others) == 1 else None
    if country is None:
        return []
    d = first_date(s, event=True)
    origin = PlaceHit(s.sent.start, s.sent.start, country.name, country.ref())
    return [make_fact("visit", [origin, as_region(doc, venue)], s, date=d.value if d else None, confidence=0.4)]


def as_region(doc: DocInfo, hit: PlaceHit) -> PlaceHit:
    """A visit to a province's capital is a visit to the province when the story is about the
    province ("received in Chengdu" in a story about Sichuan)."""
    if hit.level != "municipality" or not hit.ref.id:
        return hit
    place = doc.gazetteer.get(hit.ref.id)
    parent = place.parent if place is not None else None
    if not parent or parent not in doc.region_ids or not _region_told_by(doc, parent, hit.end):
        return hit
    region = doc.gazetteer.get(parent)
    if region is None:
        return hit
    return PlaceHit(hit.start, hit.end, hit.text, region.ref())


def _region_told_by(doc: DocInfo, region_id: str, pos: int) -> bool:
    """Whether the story has named the region as a party by the end of the sentence at ``pos``: a
    state named only in a later background line ("Washington state's export markets") does not
    make an earlier trip to one of its cities a trip to the state."""
    for s in doc.sentences:
        if s.sent.start > pos:
            return False
        if any(h.ref.id == region_id and not institutional(s, h) for h in s.parties):
            return True  # (not "Yunnan Agricultural University": a body named after the province)
    return False


_ATTENDED_BY = gated(r"\b(?:ceremony|celebration|reception|gala|banquet|event|festival)\s+(?:held\s+)?in\s+"
                          r"(?P<venue>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+attended\s+by\b")


def attended_by(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """'marked the anniversary with a ceremony in Kobe attended by Guangdong Vice-Governor Zhang Xin':
    an official of another country who attended a ceremony held in a city was there (a visit to the
    city, or to its province when the story is about the province)."""
    m = _ATTENDED_BY.search(s.text)
    if not m:
        return []
    venue = next((h for h in s.places if h.start - s.sent.start == m.start("venue")), None)
    if venue is None or venue.level == "country":
        return []
    dest = as_region(doc, venue)
    after = s.sent.start + m.end()
    guests = dedup(h for h in s.parties if h.start >= after and h.level != "country" and h.country != dest.country
                   and rx.match(r"\s+(?:[A-Z][\w.-]*\s+)?(?:Vice[- ])?(?:Governor|Mayor|Party Secretary|Chairman|Chairwoman)\b",
                                s.text[h.end - s.sent.start:]))
    d = first_date(s, event=True)
    return [make_fact("visit", [h, dest], s, date=d.value if d else None, confidence=0.45) for h in guests[:2]]


def most_named(doc: DocInfo, country: str | None, upto: int) -> PlaceHit | None:
    """The local government of ``country`` the story has named most often before sentence ``upto``
    ("The Mongolian delegation will attend ..." after a story about Ulaanbaatar's visitors)."""
    ranked = _ranked_parties(doc.sentences[:upto], lambda h: h.country == country and h.level != "country"
                             and h.ref.id is not None)
    if not ranked:
        return None
    return ranked[0][1] if len(ranked) == 1 or ranked[0][0] > ranked[1][0] else None


def _ranked_parties(sentences: list[SentInfo], keep: Callable[[PlaceHit], bool]) -> list[tuple[int, PlaceHit]]:
    """The parties ``keep`` admits, each with how often the sentences name it (first mention kept),
    most named first (ties in order of first mention)."""
    counts: dict[str, tuple[int, PlaceHit]] = {}
    for sent in sentences:
        for h in sent.parties:
            if keep(h):
                n, first = counts.get(h.key, (0, h))
                counts[h.key] = (n + 1, first)
    return sorted(counts.values(), key=lambda v: -v[0])


_LOCAL_TITLE = gated(r"^(?:Vice[- ]|Deputy |Acting |Lieutenant )?(?:Governor|Mayor)$")


def untied_official_home(doc: DocInfo, s: SentInfo, trigger: int) -> PlaceHit | None:
    """'Governor Motohiko Saito visited Brazil' on a prefecture's own page, the governor never named
    with his prefecture: the government the story names most often on the other side of the trip
    (a governor's among the regions, a mayor's among the local governments)."""
    titles = [p.title for pm, p in zip(s.people, s.person_refs, strict=True)
              if pm.start < trigger and p.place_id is None and p.title and _LOCAL_TITLE.match(p.title)]
    if not titles:
        return None
    away = {h.country for h in s.parties if h.start - s.sent.start >= trigger}
    if not away:
        return None
    governor = titles[0].endswith("Governor")
    ranked = _ranked_parties(doc.sentences, lambda h: h.level != "country" and h.country not in away
                             and h.ref.id is not None and (not governor or h.level == "region"))
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0] and ranked[1][1].country != ranked[0][1].country:
        return None  # two sides as often named: no telling whose official it is
    return ranked[0][1]


def tie_untitled_people(doc: DocInfo, s: SentInfo, place: PlaceHit, before: int) -> None:
    """A titled official before the trigger whom no place names ("Governor Kim hosted ...", "Governor
    Saito visited ..."): the government the visit settled on is theirs, for the sentences after ("Kim
    is expected to travel to ...")."""
    for pm, p in zip(s.people, s.person_refs, strict=True):
        if pm.start < before and p.place_id is None and p.title and _LOCAL_TITLE.match(p.title) and place.ref.id:
            p.place_id = place.ref.id
            doc.remember_person(p.name, place, overwrite=False)

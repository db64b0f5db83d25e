"""Agreements: signed documents (MoU, cooperation agreement, letter of intent, renewed charters)."""

from __future__ import annotations

import re

from kizuna.extract import prefilter as rx
from kizuna.extract.common import (
    EVENT_REF,
    background_date,
    fields_in,
    first_date,
    forum_members,
    institutional,
    make_fact,
    national_relations,
    pairs_for,
    preceded_by_number,
    story_date,
)
from kizuna.extract.context import DocInfo, PlaceHit, SentInfo
from kizuna.extract.dates import DateMention
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact

DOC = gated(
    r"\b(?:MoUs?|MOUs?|memorand(?:um|a|ums)(?: of understanding)?|letters? of intent|(?:co-?operati(?:on|ve) |framework |"
    r"economic |trade |friendship |exchange |sister(?:-city)? )?agreements?|accords?|pacts?|(?:cooperation|co-operation|labou?r|trade|investment|tourism|exchange) deals?|protocols?|charters?|"
    r"joint (?:statement|declaration|memorandum)|declarations?|minutes of (?:co-?operation|talks|the meeting)|(?:joint )?communiqu[eé]s?|documents?(?= on (?!behalf)))\b",
    re.IGNORECASE,
)
SIGN = gated(r"\b(?:adopt(?:ed|s)?(?=\s+(?:a|the)\s+(?:joint\s+)?(?:statement|declaration|communiqu))|sign(?:ed|ing|s)?|ink(?:ed)?|seal(?:ed|s|ing)?|conclud(?:ed|e)|reach(?:ed)?|renew(?:ed|al)?|re-signed|"
                  r"exchang(?:ed|e)\s+(?:the\s+)?(?:signed\s+)?(?:memorand|agreements?|MoUs?|MOUs?|documents)|entered into|put their names|struck)\b", re.IGNORECASE)
FOUNDING_NEAR = gated(r"\b(?:sister(?:hood)?|friendship|friendly|friend|twin(?:ning)?|partnership)\b[\w\s-]{0,28}$",
                           re.IGNORECASE)
# "a formal agreement establishing a sister province relationship": the tie named after the document
FOUNDING_AFTER = gated(r"^\s+(?:\w+\s+){0,2}?(?:establishing|to establish|on establishing|forming|to form|creating|"
                            r"on (?:the )?(?:establishment|formation) of|to become|making them)\b", re.IGNORECASE)
# the document with no word of its own: "the agreement", "a formal agreement", "the documents"
GENERIC_BEFORE = gated(r"(?:^|\b(?:a|an|the|their|its|this)\s+(?:(?:formal|official|signed|written)\s+)?)$",
                            re.IGNORECASE)
GENERIC_DOC = gated(r"(?:agreements?|documents?|pacts?|accords?|charters?)", re.IGNORECASE)
FOUNDED = gated(r"\b(?:establish\w*|became|becoming|set up|formed|forged|formali[sz]ed|concluded|twinned)\b",
                re.IGNORECASE)
# "Under the renewed pact, the two provinces will ...": the pact just told, named again
TOLD_RENEWED = gated(r"\b(?:the|its|their)\s+renewed\s+(?:pact|agreement|accord|charter|MoU|MOU|memorandum)\b",
                     re.IGNORECASE)
RENEWAL = gated(r"renew|re-sign|co-?operative agreement", re.IGNORECASE)


def _founding(text: str, m: re.Match[str]) -> bool:
    """'a sister city agreement', 'Friendly and Cooperative City Agreement': the founding pact of a tie."""
    if rx.match(r"(?:sister|friendship|friend)", m.group(), re.IGNORECASE):
        return True
    if FOUNDING_AFTER.match(text[m.end(): m.end() + 40]):
        return True
    return bool(FOUNDING_NEAR.search(text[max(0, m.start() - 40): m.start()]))


def _generic(text: str, m: re.Match[str]) -> bool:
    """The document is named with no subject of its own ("signed the documents", "through an
    agreement"), so in a sentence founding a tie it is that tie's pact."""
    if not GENERIC_DOC.fullmatch(m.group()):
        return False
    if not GENERIC_BEFORE.search(text[max(0, m.start() - 16): m.start()]):
        return False
    # "an agreement on trade" has a subject of its own; "an agreement in 1972" does not
    return not rx.match(r"^\s+(?:on|in|for|covering|concerning)\s+(?!behalf\b)[a-z]", text[m.end(): m.end() + 20])


def _a_count(text: str, m: re.Match[str]) -> bool:
    """'agreements on 11 cooperation projects worth ...': deals counted, a figure rather than a pact;
    'It is the 12th such agreement the city has signed': the pact just told, ranked."""
    return bool(rx.match(r"^\s+(?:on|for|covering|involving)\s+\d", text[m.end(): m.end() + 16])
                # "has signed exchange agreements with 11 Japanese local governments": a count of pacts
                or (m.group(0).lower().endswith("s") and rx.match(
                    r"^\s+with\s+(?:more than\s+|over\s+|some\s+|about\s+)?\d+\s", text[m.end(): m.end() + 24]))
                or rx.search(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"latest|last|only)\s+such\s+(?:[\w-]+\s+)?$", text[max(0, m.start() - 30): m.start()],
                             re.IGNORECASE))


def signs_document(text: str) -> bool:
    """Whether the sentence tells of signing a document other than a tie's founding pact (its
    'agreeing to cooperate on ...' is then that document's content, not a cooperation of its own)."""
    if not SIGN.search(text):
        return False
    return any(not _founding(text, m) and not _a_count(text, m) for m in DOC.finditer(text))


def extract(doc: DocInfo, s: SentInfo, *, ties: int = 0) -> list[Fact]:
    """Agreement facts in one sentence; ``ties``: partnerships this sentence founds."""
    if national_relations(doc, s):
        return []  # two countries' own ties, not a local exchange
    text = s.text
    if not SIGN.search(text):
        return []
    docs = [m for m in DOC.finditer(text) if not preceded_by_number(text, m.start()) and not _a_count(text, m)
            and not _UNDER_OPENING.fullmatch(text, 0, m.start())]  # "Under the renewed agreement, X will ...": its terms
    renewal = RENEWAL.search(text)
    docs = [m for m in docs if renewal or not _founding(text, m)]
    if ties and not renewal and FOUNDED.search(text):
        docs = [m for m in docs if not _generic(text, m)]  # "became sister cities through an agreement"
    if not docs:
        return []
    if rx.search(r"\b(?:propos|suggest|hope)\w*", text, re.I) and not rx.search(r"\bsigned\b", text, re.I):
        return []
    pairs = _pairs(doc, s, renewal is not None and all(_generic(text, m) or re.search(
        r"\b(?:the|their|its)\s+(?:[\w-]+\s+){0,2}$", text[max(0, m.start() - 30): m.start()], re.IGNORECASE)
                                                       for m in docs))
    if all(rx.fullmatch(r"the (?:agreement|pact|accord)", m.group(0), re.IGNORECASE)
           or rx.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 4): m.start()]) and m.group(0).lower() in
           ("agreement", "pact", "accord") for m in docs):
        pairs = [p for p in pairs if frozenset(h.key for h in p) not in doc.tie_pairs]  # "signed the agreement": the tie's
    told = [t.start() for t in TOLD_RENEWED.finditer(text)]
    if told and all(any(0 < m.start() - t <= 6 for t in told) for m in SIGN.finditer(text)):
        pairs = [p for p in pairs if frozenset(h.key for h in p) not in doc.pact_pairs | doc.tie_pairs]
    if not pairs:
        return []
    status = "planned" if rx.search(r"\b(?:will|to) sign|\bto be signed\b", text, re.I) or (
        s.planned and rx.search(r"\b(?:will|to)\s+(?:[\w,'’-]+\s+){1,20}?and\s+sign\b", text, re.I)
        and not rx.search(r"\b(?:signed|inked)\b", text, re.I)) else "happened"  # "will visit X ... and sign"
    new_docs = _listed_documents(text, docs)
    facts = []
    for i, m in enumerate(new_docs):
        end = new_docs[i + 1].start() if i + 1 < len(new_docs) else len(text)
        d = _date(s, m.start() if len(new_docs) > 1 else None, end)
        if d is None and len(new_docs) == 1 and status == "happened" and (EVENT_REF.search(text) or _PAIR_SIGNED.search(text)):
            d = story_date(doc, s)  # "on the sidelines of the forum, ... witnessed the signing"
        piece = text if len(new_docs) == 1 else text[m.start() - 40 if i else 0: end]
        fields = fields_in(piece)
        attrs: dict = {"fields": fields} if fields else {}
        if len(new_docs) > 1:
            attrs["_mention"] = i  # two documents listed in one sentence stay two facts
        subject = _subject_fields(text, m)
        if subject:
            attrs["_subject"] = subject  # "documents on nursing" and "the labour agreement": two documents
        intro = _introduced(text, m)
        if intro:
            attrs["_new"] = intro  # "an agreement ... in January", then "a tourism pact in 2003": two documents
        facts += [make_fact("agreement", pair, s, date=d.value if d else None, status=status,
                            attributes=dict(attrs), confidence=0.6) for pair in pairs]
    return facts


def _subject_fields(text: str, m: re.Match[str]) -> list[str]:
    """Fields named in the document's own words: its modifiers ("labour cooperation agreement")
    and an 'on/in ...' phrase after it ("documents on nursing cooperation")."""
    before = rx.search(r"(?:[\w-]+\s+){0,3}$", text[max(0, m.start() - 40): m.start()])
    after = rx.match(r"^\s+(?:on|in|for|covering)\s+[^,.;]{0,50}", text[m.end(): m.end() + 60])
    return fields_in((before.group() if before else "") + m.group() + (after.group() if after else ""))


def _introduced(text: str, m: re.Match[str]) -> str | None:
    """The words a document is introduced with by 'a'/'an' ("a tourism and culture pact"), or None
    when the text names it as known ("the MoU") or bare (a headline)."""
    intro = rx.search(r"\b(?:an?)\s+((?:[\w-]+\s+){0,4})$", text[max(0, m.start() - 45): m.start()])
    if not intro or rx.search(r"\b(?:the|its|their|this)\b", intro.group(1), re.IGNORECASE):
        return None
    return (intro.group(1) + m.group()).lower()


def _listed_documents(text: str, docs: list[re.Match[str]]) -> list[re.Match[str]]:
    """Each document a list introduces with 'a'/'an' ("a tourism pact in 2003 and an industrial
    exchange pact in 2009") is its own agreement; otherwise the sentence speaks of one."""
    fresh = [m for m in docs if rx.search(r"\b(?:an?)\s+(?:[\w-]+\s+){0,4}$", text[max(0, m.start() - 45): m.start()])
             and not rx.search(r"\b(?:the|its|their|this)\s+(?:[\w-]+\s+){0,4}$", text[max(0, m.start() - 45): m.start()])]
    distinct = [m for i, m in enumerate(fresh) if i == 0 or m.start() - fresh[i - 1].end() > 12]
    return distinct or docs[:1]  # "The pact ... followed an agreement reached in January": the new one


_CLAUSE_CUT = gated(r";|,\s+(?:and|while|but|whereas)\s+|\b(?:which|who)\b")


_SAID_DATE = gated(r"\b(?:said|says|announced)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                   r"(?:that\s+)?(?:it|they|the\s+\w+)\s+(?:has|have|had)\s+(?:signed|inked|sealed|concluded)\b")


def _date(s: SentInfo, start: int | None, end: int) -> DateMention | None:
    """The signing date: the first after the signing verb (or after this document, when a list
    names several), not the tie's year told before it."""
    text = s.text
    if start is not None:
        own = [d for d in s.dates if d.value and start <= d.start - s.sent.start < end]
        return own[0] if own else None
    sign = SIGN.search(text)
    renew = rx.search(r"\b(?:renew(?:ed|al)?|re-signed)\b", text, re.IGNORECASE)
    if renew:
        sign = renew  # "signed a friendship agreement in 1982 and renewed it in 2012": the renewal's date
    d = first_date(s, after=s.sent.start + sign.start()) if sign else first_date(s)
    if d is not None and background_date(s, d):
        # "on Monday renewed the agreement that has linked them since 1991": Monday; "the county said Wednesday
        # it has signed ...": when it was said, not signed (a later sentence may tell the day)
        d = first_date(s, event=True) or (None if _SAID_DATE.search(text) else d)
    if sign and d is not None and d.start < s.sent.start + sign.start():
        own = [x for x in s.dates if x.value and x.start < s.sent.start + sign.start()
               and not _CLAUSE_CUT.search(text[x.end - s.sent.start: sign.start()])]
        if own:
            d = own[-1]  # "since 1994, and in 2010 they signed an agreement": the date of the signing clause
            cuts = list(_CLAUSE_CUT.finditer(text[: d.start - s.sent.start]))
            if cuts and not rx.search(r"\b(?:sister|friendship|twin\w*)\b", text[cuts[-1].end(): d.start - s.sent.start]):
                return d
    if d is not None and d.start < s.sent.start + (sign.start() if sign else 0) and re.search(
            r"\b(?:sister|friendship|twin\w*)\b[^.]{0,40}$", text[: d.start - s.sent.start]):
        d = None  # "which became sister cities in 1995, signed a memorandum": the tie's year, not the pact's
    return d


def _pairs(doc: DocInfo, s: SentInfo, renewed_tie_document: bool) -> list[list[PlaceHit]]:
    """The signing parties: named in the sentence (institutions' home towns are not parties), the
    or, for 'the charter was renewed', the tie just told."""
    pairs = [p for p in pairs_for(s, doc, allow_country=True) if any(h.level != "country" for h in p)]
    pairs = [p for p in pairs if not any(institutional(s, h) for h in p)]
    if pairs:
        return pairs
    named = {h.key for h in s.parties if h.level != "country" and not institutional(s, h)}
    recent = {h.key for h in doc.recent_pair}
    sign = SIGN.search(s.text)
    if not named and (any(institutional(s, h) for h in s.parties)
                      or (sign is not None and _INSTITUTIONS.search(s.text, 0, sign.start()))):
        return []  # "Shizuoka University and Zhejiang University will renew their agreement": institutions sign
    if renewed_tie_document and len(recent) == 2 and frozenset(recent) in doc.tie_pairs and named <= recent:
        return [list(doc.recent_pair)]
    if len(recent) == 2 and named <= recent and not any(institutional(s, h) for h in s.parties) \
            and (_PAIR_SIGNED.search(s.text) or _UNDER_SIGNED.match(s.text)):
        return [list(doc.recent_pair)]  # "the provinces signed a cooperation agreement", "Under a labor agreement signed in 2022"
    signers = _signers(doc, s) or _signer_with_party(doc, s) or forum_members(doc, s)
    return [signers] if signers else []


_UNDER_OPENING = gated(r"\s*(?:Under|Through|Based on|With)\s+(?:the|this|that|their)\s+(?:new\s+|renewed\s+|revised\s+|"
                       r"updated\s+)?(?:[\w-]+\s+){0,2}?")
_INSTITUTIONS = gated(r"\b(?:University|College|School|Institute|Academy|Hospital|Museum|Chamber|Association|Foundation|"
                      r"Corporation|Company|Bank)\b")
# the pair just spoken of, as the signers: "On the occasion, the provinces signed ...", "a labor agreement
# that the county signed with Samarkand", "They also inked ..."
_PAIR_SIGNED = gated(r"\b(?:[Tt]he two(?: (?:sides|provinces|cities|prefectures|regions|states|counties|governments|partners|"
                     r"leaders|governors|mayors))?|"
                     r"[Bb]oth sides|[Tt]hey|[Tt]he (?:provinces|cities|prefectures|counties|sides|county|city|province|"
                     r"prefecture|state|town))\s+(?:have\s+|had\s+|also\s+|then\s+|jointly\s+)?(?:signed|inked|concluded|"
                     r"renewed|(?:will|would|are to|(?:are|were)\s+(?:expected|scheduled|set|due)\s+to)\s+(?:also\s+)?sign)\b")
_UNDER_SIGNED = gated(r"\s*(?:Under|Through|Based on)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|pact|"
                      r"memorandum|MoU|MOU|letter of intent|accord)\s+(?:that\s+was\s+)?signed\b")
_PEOPLE_SIGNED = gated(r"^\s*(?:[A-Z][\w.-]*\s+){1,3}and\s+(?:[A-Z][\w.-]*\s+){1,3}(?:on\s+\w+\s+)?"
                       r"(?:(?:also|then|jointly|later)\s+)?(?:signed|inked|sealed|concluded)\b")


_WITH_PARTY = gated(r"\b(?:sign|signed|signs|signing|ink|inked|conclude|concluded)\b[^.;]{0,80}?\bwith\s+(?:the\s+)?$")


def _signer_with_party(doc: DocInfo, s: SentInfo) -> list[PlaceHit]:
    """'Kim will ... sign an agreement on industrial cooperation with the Bac Ninh provincial
    government': an official met earlier signs, for his government, with the one government the
    sentence names after 'with' (of another country)."""
    sign = SIGN.search(s.text)
    if sign is None:
        return []
    named = [h for h in s.parties if h.level != "country" and not institutional(s, h)
             and h.start - s.sent.start > sign.start()]
    if len({h.key for h in named}) != 1:
        return []
    party = named[0]
    if not _WITH_PARTY.search(s.text[max(0, sign.start() - 5): party.start - s.sent.start]):
        return []
    hits = list(doc.people_places(s.text[: sign.start()]))
    if len(hits) != 1 or hits[0].country is None or hits[0].country == party.country or hits[0].key == party.key:
        return []
    return [hits[0], party]


def _signers(doc: DocInfo, s: SentInfo) -> list[PlaceHit]:
    """'Kim and Hirai signed the agreement': two officials met earlier, each tied to a government of
    another country, sign for those governments (as a visitor's government is found from his name)."""
    m = _PEOPLE_SIGNED.match(s.text)
    if not m or any(h.level != "country" for h in s.parties):
        return []
    hits = list(doc.people_places(m.group()))
    if len(hits) != 2 or hits[0].country == hits[1].country or hits[0].country is None:
        return []
    return hits

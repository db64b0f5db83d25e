"""Cooperation: joint projects, programmes and standing cooperation in a field."""

from __future__ import annotations

import re

from kizuna.extract import prefilter as rx
from kizuna.extract.agreement import signs_document
from kizuna.extract.common import (
    EVENT_REF,
    dedup,
    fields_in,
    first_date,
    forum_members,
    institutional,
    local_parties,
    make_fact,
    national_only,
    national_relations,
    pairs_for,
    preceded_by_number,
    since_then_date,
    story_date,
)
from kizuna.extract.context import PRONOUN_PAIR, DocInfo, PlaceHit, SentInfo
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact

TRIGGER = gated(
    r"\b(?:launch(?:ed|es|ing)? (?:a |an |the )?(?:new |joint )?[\"“](?=[^\"”]{0,80}(?:program|programme|project|initiative|"
    r"scheme)\b)|(?:programs?|programmes?|schemes?|initiatives?) (?:titled|named|called|dubbed) [\"“]|co-?operat(?:ion|e|ing|ed)(?! agreement| accord| memorand| pact| document)|collaborat\w+|exchanges? (?:in|of|programs?|programmes?|activities|and "
    r"cooperation)|exchange programs?|exchange programmes?|joint (?:projects?|research|programs?|programmes?|"
    r"ventures?|efforts?)|joint (?:[\w-]+ ){0,2}(?:campaigns?|projects?|programs?|programmes?|research|stud(?:y|ies)|"
    r"initiatives?|training|marketing|promotion|drills?|exhibitions?)|jointly (?:develop|promote|build|run|operate|market|launch|manage|"
    r"conduct|carry out|train|research|hold|host|organi[sz]e|stage)\w*|projects?|work(?:ed|ing)? (?:more )?(?:closely )?(?:together|side by side|hand in hand)|"
    r"programs? (?:in|for|on)|ties in(?! \d)|links in(?! \d)|engagement activities|activities with|exchanges|ties through|"
    r"(?:practical|cooperation|cooperative|exchange) activities(?:,? (?:especially|particularly|notably|mainly))? in|"
    r"exchanges? between|the (?:program|programme|project)s? (?:has|have|had|aims?|seeks?|sought|continues?|continued)|(?:deepen|strengthen|expand|promote|boost|enhance)\w*"
    r" (?:\w+ ){0,3}?(?:friendship|ties|exchanges|relations|understanding)"
    # a programme agreed to be set up, or a goal agreed to be worked toward: "agreed to launch an online
    # music education program", "agreed to work toward resuming direct flights"
    r"|(?:agreed|pledged|decided) (?:\w+ ){0,3}?to (?:jointly )?(?:launch|start|set up|create|establish|run|organi[sz]e) "
    r"(?:a |an |the )?(?:[\w-]+ ){0,4}?(?:programs?|programmes?|projects?|initiatives?|camps?|courses?|networks?|"
    r"flights?|air routes?|ferry (?:services?|routes?))"
    r"|(?:agreed|pledged|decided) (?:\w+ ){0,3}?to work (?:toward|towards|on) [a-z]+ing"
    # what the two sides agreed to do together: "the two sides agreed to bring in more seasonal workers"
    r"|(?:the two sides|both sides|the two (?:cities|provinces|prefectures|regions|states|governments)) (?:also )?"
    r"agreed to (?!sign|hold|meet|visit|host|convene|continue talks|discuss)[a-z]+)\b",
    re.IGNORECASE,
)
# aid one government gives another: "donated 5,000 masks to", "will provide office equipment to"
AID = gated(r"\b(?:donat(?:e|ed|es|ing)|provid(?:e|ed|es|ing)|hand(?:ed|s)? over|sen[dt]|deliver(?:ed|s)?|"
                 r"present(?:ed|s)?)\s+(?:[\w,-]+\s+){0,6}?(?:masks|equipment|supplies|aid|relief|ambulances?|"
                 r"vehicles|computers|funds|donations?|medical \w+|trucks|buses|boats|fire engines|books|school supplies)\b[^.]{0,80}?\bto\b", re.IGNORECASE)
TRIP = gated(r"\b(?:will|to|is to|plans to)\s+(?:also\s+)?(?:go|travel|visit|head|fly|stop)\b", re.IGNORECASE)
# a programme the pair runs, beside the tie's own words: "sister states since 1973, launched a joint
# nursing training program", "have carried out exchanges in agriculture since becoming sister provinces"
RUN = gated(r"\bunder (?:a|the|their|its) (?:joint |exchange |training |cooperation )?(?:program|programme|project|scheme)\b|"
                 r"\b(?:launched|started|set up|began|run|runs|ran|carried out|conducted|held|hold|have held|"
                 r"implemented|operated|organi[sz]ed)\s+(?:\w+\s+){0,4}?(?:programs?|programmes?|projects?|exchanges?|activities|"
                 r"research|training|network|cooperation|collaboration)\b|\b(?:have|has|had)\s+(?:\w+\s+)?(?:cooperated|collaborated|worked together)\b",
                 re.IGNORECASE)
# cooperation the text states as standing, by the pair's possessive: "the two sister cities' collaboration on ..."
STANDING = gated(r"\b(?:the two|both)\s+(?:\w+\s+)?(?:cities|provinces|prefectures|states|regions|sides|partners)['’]"
                      r"\s+(?:\w+\s+)?(?:cooperation|collaboration|exchanges)\s+(?:on|in)\b", re.IGNORECASE)
# a trip made as part of a standing programme: "the delegation's trip belonged to an exchange program"
PART_OF = gated(r"\b(?:part of|under|belong(?:ed|s)? to|through|as part of)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:exchange\s+)?(?:programs?|programmes?)\b", re.IGNORECASE)
# a standing swap of teams or groups: "send youth football teams to each other's tournaments every summer",
# "have exchanged student orchestras every year"
RECIPROCAL = gated(r"\b(?:send|sends|sent|exchang(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?(?:teams?|students|"
                        r"athletes|artists|orchestras?|choirs?|troupes?|trainees|officials|staff|interns|workers|farmers|"
                        r"trainers|caregivers)\b[^.;]{0,80}?"
                        r"\b(?:each other|one another|every (?:year|summer|spring|autumn|fall|winter)|annually|each year|"
                        r"(?:a|per) year|every season)\b",
                        re.IGNORECASE)
# experts sent to help another government: "has sent engineers to help Zhejiang build a dike since 2015"
HELP = gated(r"\b(?:sen[dt]|sends|dispatch(?:ed|es)?|second(?:ed|s)?)\s+(?:[\w-]+\s+){0,3}?(?:experts?|engineers?|"
                  r"technicians?|specialists?|advisers?|advisors?|doctors|nurses|teachers|staff)\s+to\s+(?:help|assist|"
                  r"support|train|advise)\s+(?:the\s+)?[A-Z]"
                  r"|\b(?:has|have|had)\s+(?:long\s+)?(?:been\s+)?(?:help(?:ed|ing)|assist(?:ed|ing))\s+[A-Z][\w-]+\s+"
                  r"(?:with|to|in|build|develop|improve|train)\b")  # "has been helping Heilongjiang with farming"
# the terms of the document just told, as what the pair will do: "Under the pact, the two sides will promote ..."
UNDER_PACT = gated(r"^\s*(?:Under|Through|With|Based on)\s+(?:the|this|that|their)\s+(?:new\s+|renewed\s+)?"
                        r"(?:pact|agreement|accord|memorandum|MoU|MOU|deal|partnership|tie|ties|relationship)\s*,\s*"
                        r"(?:the two (?:sides|cities|provinces|prefectures|states|regions|governments)|both sides|they|"
                        r"the (?:cities|provinces|prefectures|states|regions|partners)|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+"
                        r"(?:will|plan to|are to|agreed to)\s+(?:also\s+|jointly\s+)?(?:promote|expand|develop|boost|"
                        r"strengthen|carry out|launch|hold|run|organi[sz]e|cooperate|work|share|exchange|step up|"
                        r"encourage|increase|train|send|host|receive|provide|support|build|invite|dispatch|set up|"
                        r"recruit|select|screen|employ|hire|accept|fund|finance|offer|open|establish)\b")
# the terms of a document signed in the same sentence: "inked a memorandum on X, under which they will ..."
WHEREBY = gated(r"\b(?:under which|whereby|under the terms of which)\b", re.IGNORECASE)
PLEDGE = gated(r"\b(?:agreed|agreeing|pledged|pledging|promised|promising|vowed|vowing|committed)\b", re.IGNORECASE)
COMMIT = gated(r"\b(?:agreed|will|pledged|promised|vowed|committed)\b", re.IGNORECASE)
# "the memorandum provides for wider collaboration", "the renewed agreement stressed ...": the terms
# of a signed document, which is its own fact ("Under the accord, they will cooperate" is not this)
_TERMS_VERB = (r"(?:\s+(?:also|further|in particular))?\s+(?:provides?|provided|covers?|covered|includes?|included|"
               r"stipulates?|stipulated|calls? for|called for|envisages?|sets? out|lays? out|laid out|outlines?|"
               r"stress(?:es|ed)|focus(?:es|ed) on|aims?|aimed|seeks?|sought)\b")
TERMS = gated(r"\b(?:the|this|that)\s+(?:memorand(?:um|a)|MoU|MOU|accord|protocol|letter of intent)" + _TERMS_VERB,
                   re.IGNORECASE)
TERMS_OF_PACT = gated(r"\b(?:the|this|that)\s+(?:renewed\s+|revised\s+|updated\s+|new\s+|expanded\s+)?"
                           r"(?:agreement|pact|deal)" + _TERMS_VERB, re.IGNORECASE)
# words that point back to the pair just spoken of: "They agreed to ...", "mutual visits", "the program"
ANAPHOR = gated(r"\b(?:they|their|both|mutual|jointly|each other|the (?:partnership|relationship|twinning)|the (?:program|programme|project|exchanges?)s?|"
                     r"the two (?:sister|friendship|partner|twin) (?:cities|provinces|states|prefectures|regions|towns))\b",
                     re.IGNORECASE)
TITLE = gated(r"[\"“]([^\"”]{6,80})(?<![,.!?])[\"”]")  # (not speech: '"..., " said X' ends in its comma)
# a commentator's view, quoted: '"Provincial exchanges are the ballast ...," said a researcher'
COMMENTATOR = gated(r"[,.!?][\"”]\s+(?:said|says|according to)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:researcher|"
                    r"analyst|professor|expert|scholar|academic|economist|observer|commentator)s?\b", re.IGNORECASE)
WEAK = gated(r"\b(?:look(?:ed|ing)? (?:at|for) ways|hope[sd]?|wish(?:es|ed)?|propos\w*|suggest\w*|"
                  r"could|might|called for|calling for|urged|urging|should|looks? forward|"
                  r"looking forward|the importance of|"
                  r"talked about|discussed|explored)\b", re.IGNORECASE)


def _pairs(doc: DocInfo, s: SentInfo) -> list[list[PlaceHit]]:
    """Who cooperates: two named sides, several localities of one country with one foreign
    country, or the pair 'the two sides' refers to.  A long mixed list is a comparison, not a project."""
    locals_ = [h for h in local_parties(s) if not institutional(s, h) and not _venue(s, h)]
    countries = dedup(h for h in s.parties if h.level == "country")
    home = {h.country for h in locals_}
    if len(locals_) >= 2 and len(home) == 1:
        foreign = [c for c in countries if c.country not in home]
        if len(foreign) == 1:
            return [[h, foreign[0]] for h in locals_]
    joint = _joint_list(s, locals_) or forum_members(doc, s)
    if joint:
        return [joint]
    if len(locals_) > 3:
        return []
    if not locals_ and not countries and len(doc.recent_pair) == 2:
        opens = rx.match(r"\s*(?:(?:The two|Both) (?:cities|sides|provinces|prefectures|states|regions|towns|partners)|They)\b",
                         s.text)  # "The two cities agreed to link a Matsumoto school with a university in X": they act
        if (any(h.level != "country" for h in s.parties) and not opens) \
                or not (ANAPHOR.search(s.text) or PRONOUN_PAIR.search(s.text)):
            return []  # only institutions named ("Aachen's Victoria School ..."), or nothing points back
        return [list(doc.recent_pair)]  # "They agreed to hold annual exchanges": the pair just spoken of
    pairs = [p for p in pairs_for(s, doc, allow_country=True) if any(h.level != "country" for h in p)
             and not any(institutional(s, h) or _venue(s, h) for h in p)]
    return [_capital_as_partner(doc, _partner_for_country(doc, p)) for p in pairs]


def _capital_as_partner(doc: DocInfo, pair: list[PlaceHit]) -> list[PlaceHit]:
    """'The two sides agreed to resume flights between Jeju and Haikou' in a story about Jeju and
    Hainan: a city whose province is one of the pair the story speaks of stands for that province."""
    if len(doc.recent_pair) != 2:
        return pair
    regions = {h.ref.id: h for h in doc.recent_pair if h.level == "region" and h.ref.id}
    out = []
    for h in pair:
        place = doc.gazetteer.get(h.ref.id) if h.level == "municipality" and h.ref.id else None
        parent = place.parent if place is not None else None
        out.append(regions[parent] if parent in regions and all(o.key != parent for o in pair) else h)
    return out


def _venue(s: SentInfo, h: PlaceHit) -> bool:
    """'held the Jeju-Okinawa summit in Naha': a place after 'in' where another place of its own
    country is named is where the pair met, not a third party (a lone 'in Da Nang' may be the partner)."""
    return h.located and h.level != "country" and any(
        o.key != h.key and o.country == h.country and o.level != "country" and not o.located for o in s.places)


_LIST_GAP = gated(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_JOINT_LEAD = gated(r"\b(?:by|between|among|involving|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _aid(s: SentInfo) -> re.Match[str] | None:
    """Aid given to another government: the 'to' of "donated masks to" names someone ("to its
    sister city", "to the people of Wuhan", "to Zvezdara"), not "to local restaurants"."""
    for m in AID.finditer(s.text):
        if rx.match(r"\s+(?:its|their)\s+(?:sister|partner|friendship|twin)|\s+the\s+(?:city|town|province|prefecture)\b",
                    s.text[m.end():], re.IGNORECASE):
            return m  # "sent masks to its partner", "for donating garbage trucks to the city"
        if rx.match(r"\s+(?:(?:its|their|the|our)\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?[A-Z]", s.text[m.end():]):
            return m  # "to Zvezdara", "to the people of Okayama", "to the People's Councils of Sekong"
    return None


def _joint_list(s: SentInfo, hits: list[PlaceHit]) -> list[PlaceHit] | None:
    """'a project ... conducted by Hokkaido, Heilongjiang Province and Alberta': one joint
    project of every locality in the list (of two countries or more), not pairs of them."""
    if len(hits) < 3 or len({h.country for h in hits}) < 2:
        return None
    rel = [(h.start - s.sent.start, h.end - s.sent.start) for h in hits]
    if not _JOINT_LEAD.search(s.text[max(0, rel[0][0] - 12): rel[0][0]]):
        return None
    if not all(_LIST_GAP.fullmatch(s.text[a[1]: b[0]]) for a, b in zip(rel, rel[1:], strict=False)):
        return None
    return hits


def _only_in_title(doc: DocInfo, s: SentInfo, h: PlaceHit, title: re.Match[str]) -> bool:
    """Whether a place stands inside the quoted title and nowhere else in the story as a party."""
    rel = h.start - s.sent.start
    if not title.start(1) <= rel < title.end(1):
        return False
    return not any(x.key == h.key and (x.start < s.sent.start + title.start(1) or x.start >= s.sent.start + title.end(1))
                   for sent in doc.sentences for x in sent.parties)


def _partner_for_country(doc: DocInfo, pair: list[PlaceHit]) -> list[PlaceHit]:
    """'extends the city's network to Italy and opens cooperation': with a country whose locality
    is the partner the story is about, the cooperation is with that locality."""
    country = next((h for h in pair if h.level == "country"), None)
    local = next((h for h in pair if h.level != "country"), None)
    if country is None or local is None or len(doc.recent_pair) != 2:
        return pair
    keys = {h.key for h in doc.recent_pair}
    other = next((h for h in doc.recent_pair if h.key != local.key), None)
    if local.key in keys and other is not None and other.level != "country" and other.country == country.country:
        return [local, other]
    return pair


# "exchanges that began in 2019, when Baguio sent two agriculturists to ...": the exchange is told, the trip its start
_EXCHANGES_BEGAN = gated(r"\bexchanges?\s+(?:that|which)\s+(?:began|started)\b", re.IGNORECASE)


# "the two have held an annual youth exchange since 1995": a standing exchange the pair runs
_ANNUAL_EXCHANGE = gated(r"\b(?:held|hold|holds|run|runs|ran|organi[sz]ed?)\s+(?:an?\s+)?(?:annual|regular|yearly|biennial)\s+"
                         r"(?:[\w-]+\s+){0,2}?exchanges?\b", re.IGNORECASE)
# a verb the pair did, never a counted noun ("have exchanged 200 delegations and cooperated in ...")
_ACTED = re.compile(r"(?:co-?operated|collaborated|worked)\b", re.IGNORECASE)
# projects the pair has carried out, counted, in named fields: standing cooperation (the count is a statistic too)
_CARRIED_OUT_COUNTED = gated(r"\b(?:have|has|had)\s+(?:so far\s+|since\s+then\s+|jointly\s+)?(?:carried out|implemented|"
                             r"conducted|completed|run)\s+(?:more than\s+|over\s+|about\s+|some\s+|nearly\s+)?\d[\d,]*\s+"
                             r"(?:joint\s+|cooperation\s+|exchange\s+)?(?:projects|programs|programmes|activities)\s+in\b",
                             re.IGNORECASE)


# a trigger word inside the name of a forum or body: "the 5th China-ROK Local Government Cooperation
# Forum" is a meeting (its own fact), no cooperation of whoever hosts it
_IN_EVENT_NAME = re.compile(r"\s+(?:(?:and\s+)?[A-Z][\w-]*\s+){0,3}"
                            r"(?:Forum|Conference|Meeting|Summit|Council|Committee|Dialogue|Assembly|Association|"
                            r"Organi[sz]ation|Symposium|Expo|Fair|Festival|Week)\b")


def extract(doc: DocInfo, s: SentInfo, *, ties: int = 0, visits: int = 0) -> list[Fact]:
    """Cooperation facts in one sentence (not the 'cooperation' inside a partnership's name)."""
    if national_relations(doc, s):
        return []  # two countries' own ties, not a local exchange
    text = s.text
    if national_only(text):
        return []  # "Prime Minister X met Prime Minister Y, and the two leaders agreed to deepen ties": national
    if COMMENTATOR.search(text):
        return []  # an analyst's opinion, not a programme of the governments
    aid = _aid(s) or HELP.search(text)
    swap = RECIPROCAL.search(text) or UNDER_PACT.search(text)
    m = swap or next((t for t in TRIGGER.finditer(text) if (not preceded_by_number(text, t.start())
                                                            or _ACTED.match(t.group()))
                      and not (text[t.start()].isupper() and _IN_EVENT_NAME.match(text, t.end()))), None) or aid \
        or rx.search(r"[\"”]\s+between\s", text)  # 'the "Green Port Initiative" between Kobe and Tianjin'

    if not m:
        m = _CARRIED_OUT_COUNTED.search(text) or _ANNUAL_EXCHANGE.search(text)  # "the two sides have carried out 200 cooperation projects in trade"
    if not m:
        return []  # "agreements on 11 cooperation projects": a count of deals, a statistic
    fields = fields_in(text)
    standing = STANDING.search(text) if fields else None
    if WEAK.search(text) and not rx.search(r"\bagreed\b|\bwill\b", text, re.I) and not (
            standing and not rx.search(r"\b(?:could|might|should|hope[sd]?|propos\w*|suggest\w*|urged|urging|"
                                               r"called for|calling for)\b", text, re.IGNORECASE)):
        return []  # talk of cooperation; but "talked about the two cities' collaboration on trade" states it
    if TERMS.search(text) and not aid:
        return []
    if not aid and signs_document(text) and WHEREBY.search(text):
        return []  # "signed a memorandum, under which they will ...": the document's terms, its own fact
    if signs_document(text):
        ties += 1  # "signed a memorandum, agreeing to cooperate on ...": the document's content
    title = TITLE.search(text)
    if ties and not title and not aid and not swap and not (fields and (COMMIT.search(text) or RUN.search(text))):
        return []
    if (visits or TRIP.search(text)) and not title and not aid and not swap and not (fields and PLEDGE.search(text)) \
            and not PART_OF.search(text) and not _EXCHANGES_BEGAN.search(text):
        return []  # "will go to Busan, where events are planned to deepen cooperation": the trip's purpose
    if not fields and not title and not aid and not swap and not re.search(
            r"project|program|\bagreed\b|\bwill\b|pledged|promised|vowed|\bsince\b|continued|activities|achiev|"
            r"date[sd]? back|"
            r"\bin cooperation with\b", text, re.I):
        return []
    pairs = _pairs(doc, s)
    if title:  # 'the "Chungnam-Jateng Green Village" project': a word of the name is no partner
        pairs = [p for p in pairs if not any(_only_in_title(doc, s, h, title) for h in p)]
    if TERMS_OF_PACT.search(text) and not aid:
        pairs = [p for p in pairs if frozenset(h.key for h in p) not in doc.pact_pairs]  # "the renewed agreement stressed"
    if not pairs:
        return []
    attrs: dict = {"fields": fields}
    if title:
        attrs["title"] = title.group(1).strip().removeprefix("the ").strip()
    if aid:
        attrs["_aid"] = True  # aid given is its own fact beside the programmes of the same pair
    run = RUN.search(text)
    d = first_date(s, after=s.sent.start + run.start()) if run else first_date(s)  # "since 1973, launched ... in 2019"
    d = d or since_then_date(doc, s)
    if d is None and rx.search(r"\bagreed\b", text) and (EVENT_REF.search(text) or PRONOUN_PAIR.search(text)
                                                        or rx.match(r"\s*They\b", text)):
        d = story_date(doc, s)  # "the two sides agreed to cooperate more": the date of the talks
    since = next((x for x in s.dates if x.value and x.kind == "year" and rx.search(
        r"\b(?:has|have|had)\s+(?:run|existed|continued|operated|been (?:held|running))\s+since\s+$",
        text[max(0, x.start - s.sent.start - 40): x.start - s.sent.start])), None)
    if since is not None:
        d = since  # "under the youth exchange program that has run since 1996": the programme's start
    planned = s.planned or bool(rx.search(r"\bagreed (?:at the time |then |also |further )?to|\bpledged\b|\bpromised\b|\bvowed\b|\bwill\b|"
                                          r"\b(?:is|are) (?:meant|intended|designed) to\b|\bagreeing to\b", text, re.I))
    return [make_fact("cooperation", pair, s, date=d.value if d else None,
                      status="planned" if planned else "happened", attributes=attrs, confidence=0.5)
            for pair in pairs]

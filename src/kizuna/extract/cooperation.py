"""Cooperation: joint projects, programmes and standing cooperation in a field."""

from __future__ import annotations

import re

from kizuna.extract.common import dedup, fields_in, first_date, local_parties, make_fact, pairs_for
from kizuna.extract.context import DocInfo, PlaceHit, SentInfo
from kizuna.facts import Fact

TRIGGER = re.compile(
    r"\b(?:co-?operat(?:ion|e|ing|ed)(?! agreement| accord| memorand| pact| document)|collaborat\w+|exchanges? (?:in|of|programs?|programmes?|activities|and "
    r"cooperation)|exchange programs?|exchange programmes?|joint (?:projects?|research|programs?|programmes?|"
    r"ventures?|efforts?)|projects?|work(?:ed|ing)? (?:more )?(?:closely )?(?:together|side by side|hand in hand)|"
    r"programs? (?:in|for|on)|ties in|links in|engagement activities|activities with|exchanges|ties through|"
    r"exchanges? between|the (?:program|programme|project)s? (?:has|have|had|aims?|seeks?|sought|continues?|continued)|(?:deepen|strengthen|expand|promote|boost|enhance)\w*"
    r" (?:\w+ ){0,3}?(?:friendship|ties|exchanges|relations|understanding))\b",
    re.IGNORECASE,
)
TITLE = re.compile(r"[\"“]([^\"”]{6,80})[\"”]")
WEAK = re.compile(r"\b(?:look(?:ed|ing)? (?:at|for) ways|hope[sd]?|wish(?:es|ed)?|propos\w*|suggest\w*|"
                  r"could|might|called for|urged|should|looks? forward|looking forward|the importance of|"
                  r"talked about|discussed|explored)\b", re.IGNORECASE)


def _pairs(doc: DocInfo, s: SentInfo) -> list[list[PlaceHit]]:
    """Who cooperates: two named sides, several localities of one country with one foreign
    country, or the pair 'the two sides' refers to.  A long mixed list is a comparison, not a project."""
    locals_ = local_parties(s)
    countries = dedup(h for h in s.parties if h.level == "country")
    home = {h.country for h in locals_}
    if len(locals_) >= 2 and len(home) == 1:
        foreign = [c for c in countries if c.country not in home]
        if len(foreign) == 1:
            return [[h, foreign[0]] for h in locals_]
    if len(locals_) > 3:
        return []
    if not locals_ and not countries and len(doc.recent_pair) == 2:
        return [list(doc.recent_pair)]  # "They agreed to hold annual exchanges": the pair just spoken of
    return [p for p in pairs_for(s, doc, allow_country=True) if any(h.level != "country" for h in p)]


def extract(doc: DocInfo, s: SentInfo, *, ties: int = 0, visits: int = 0) -> list[Fact]:
    """Cooperation facts in one sentence (not the 'cooperation' inside a partnership's name)."""
    text = s.text
    m = TRIGGER.search(text)
    if not m:
        return []
    if WEAK.search(text) and not re.search(r"\bagreed\b|\bwill\b", text, re.I):
        return []
    fields = fields_in(text)
    title = TITLE.search(text)
    if (ties or visits) and not title and not (fields and re.search(r"\b(?:agreed|will|pledged)\b", text)):
        return []
    if not fields and not title and not re.search(r"project|program|agreed|will|pledged|since|continued|activities|achiev|"
                                                r"\bin cooperation with\b", text, re.I):
        return []
    pairs = _pairs(doc, s)
    if not pairs:
        return []
    attrs: dict = {"fields": fields}
    if title:
        attrs["title"] = title.group(1).strip().removeprefix("the ").strip()
    d = first_date(s)
    planned = s.planned or bool(re.search(r"\bagreed to|\bpledged\b|\bwill\b", text, re.I))
    return [make_fact("cooperation", pair, s, date=d.value if d else None,
                      status="planned" if planned else "happened", attributes=attrs, confidence=0.5)
            for pair in pairs]

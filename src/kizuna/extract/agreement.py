"""Agreements: signed documents (MoU, cooperation agreement, letter of intent, renewed charters)."""

from __future__ import annotations

import re

from kizuna.extract.common import fields_in, first_date, make_fact, pairs_for, preceded_by_number
from kizuna.extract.context import DocInfo, SentInfo
from kizuna.facts import Fact

DOC = re.compile(
    r"\b(?:MoUs?|MOUs?|memorand(?:um|a)(?: of understanding)?|letters? of intent|(?:co-?operati(?:on|ve) |framework |"
    r"economic |trade |friendship |exchange |sister(?:-city)? )?agreements?|accords?|pacts?|protocols?|charters?|"
    r"joint (?:statement|declaration|memorandum)|documents? on)\b",
    re.IGNORECASE,
)
SIGN = re.compile(r"\b(?:sign(?:ed|ing|s)?|ink(?:ed)?|conclud(?:ed|e)|reach(?:ed)?|renew(?:ed|al)?|re-signed|"
                  r"exchang(?:ed|e)\s+(?:the\s+)?(?:signed\s+)?(?:memorand|agreements?|MoUs?|MOUs?|documents)|entered into|put their names|struck)\b", re.IGNORECASE)
FOUNDING_NEAR = re.compile(r"\b(?:sister(?:hood)?|friendship|friendly|friend|twin(?:ning)?|partnership)\b[\w\s-]{0,28}$",
                           re.IGNORECASE)


def _founding(text: str, m: re.Match[str]) -> bool:
    """'a sister city agreement', 'Friendly and Cooperative City Agreement': the founding pact of a tie."""
    if re.match(r"(?:sister|friendship|friend)", m.group(), re.IGNORECASE):
        return True
    return bool(FOUNDING_NEAR.search(text[max(0, m.start() - 40): m.start()]))


def extract(doc: DocInfo, s: SentInfo) -> list[Fact]:
    """Agreement facts in one sentence."""
    text = s.text
    if not SIGN.search(text):
        return []
    docs = [m for m in DOC.finditer(text) if not preceded_by_number(text, m.start())]
    renewal = re.search(r"renew|re-sign|co-?operative agreement", text, re.I)
    docs = [m for m in docs if renewal or not _founding(text, m)]
    if not docs:
        return []
    if re.search(r"\b(?:propos|suggest|hope)\w*", text, re.I) and not re.search(r"\bsigned\b", text, re.I):
        return []
    pairs = [p for p in pairs_for(s, doc, allow_country=True) if any(h.level != "country" for h in p)]
    if all(re.fullmatch(r"the (?:agreement|pact|accord)", m.group(0), re.IGNORECASE)
           or re.search(r"\bthe\s+$", text[max(0, m.start() - 4): m.start()]) and m.group(0).lower() in
           ("agreement", "pact", "accord") for m in docs):
        pairs = [p for p in pairs if frozenset(h.key for h in p) not in doc.tie_pairs]  # "signed the agreement": the tie's
    if not pairs:
        return []
    sign = SIGN.search(text)
    d = first_date(s, after=s.sent.start + sign.start()) if sign else first_date(s)
    if d is not None and d.start < s.sent.start + (sign.start() if sign else 0) and re.search(
            r"\b(?:sister|friendship|twin\w*)\b[^.]{0,40}$", text[: d.start - s.sent.start]):
        d = None  # "which became sister cities in 1995, signed a memorandum": the tie's year, not the pact's
    fields = fields_in(text)
    status = "planned" if re.search(r"\b(?:will|to) sign|\bto be signed\b", text, re.I) else ("happened")
    return [make_fact("agreement", pair, s, date=d.value if d else None, status=status,
                      attributes={"fields": fields} if fields else {}, confidence=0.6) for pair in pairs]

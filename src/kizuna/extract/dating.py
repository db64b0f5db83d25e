"""The date of each fact once its sentence is read: its own sentence's, else the story's.

News tells one event over several sentences and dates it once ("On July 1 he met ...;
in his meeting with the mayor, ..."), so a fact of an event type whose sentence has no
date takes the date of the event the story last dated.  Only dates of the story's own
time qualify (month or finer, near the publication date); a founding year, a person's
past or a dateline does not.  Background sentences ("had visited", "over the years")
and standing cooperation keep no date, as the conventions ask.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kizuna.extract.common import background_date
from kizuna.extract.context import DocInfo, SentInfo
from kizuna.extract.dates import DateMention
from kizuna.extract.prefilter import gated
from kizuna.facts import Fact

# A sentence about the past before the story, or about something lasting: no event date to carry.
BACKGROUND = gated(
    r"\b(?:had(?!\s+(?:talks|a (?:meeting|talk|chat|dinner|lunch)|meetings|discussions))|previously|formerly|in the past|over the (?:past|last)|over the years|for (?:years|decades)|"
    r"long-?standing|has been|have been|so far|to date|in recent years|every year|annually|each year|"
    # the present perfect tells what stands, undated: "has signed agreements with both councils"
    r"(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:signed|concluded|established|held|visited|built|formed|"
    r"set up|made|forged|developed|maintained))\b",
    re.IGNORECASE)
SINCE_THEN = gated(r"\b(?:ever since|since then)\b", re.IGNORECASE)
# What makes a cooperation, statistic or partnership sentence tell an act of the story, not a standing state.
ACT = {
    "cooperation": gated(r"\b(?:agreed|pledged|vowed|decided|promised|committed)\b", re.IGNORECASE),
    # figures of the act itself: deals signed at a forum, or the count the new tie brings ("makes it the fourth")
    "statistic": gated(r"\b(?:were|was) (?:signed|concluded|inked|agreed)\b|\bat the [\w\s'’-]{0,60}"
                            r"\b(?:forum|conference|fair|expo|meeting|summit|ceremony)\b|\bmak(?:es|ing) (?:it|this|them) "
                            r"the\b|\bbring(?:s|ing)? (?:the|its|their) (?:total|number|tally)\b", re.IGNORECASE),
}
ALWAYS_ACTS = ("visit", "meeting", "agreement")  # events by nature: they carry the story's date
EVENT_TYPES = ("visit", "meeting")


def _day(value: str) -> date | None:
    try:
        parts = [int(p) for p in value[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _story_time(doc: DocInfo, d: DateMention) -> bool:
    """Whether ``d`` can be the time of the story's events: month or finer, and near publication."""
    if not d.value or len(d.value) < 7 or d.kind == "dateline":
        return False
    pub = _day(doc.published or "")
    when = _day(d.value)
    if pub is None or when is None:
        return when is not None
    return pub - timedelta(days=75) <= when <= pub + timedelta(days=400)


def settle(doc: DocInfo, s: SentInfo, facts: list[Fact]) -> None:
    """Fix the dates of the facts one sentence gave, then note the sentence's date for the next ones."""
    own = [d for d in s.dates if d.value and d.kind != "dateline"]
    for f in facts:
        if f.type in EVENT_TYPES and f.date:
            spots = [d for d in own if d.value == f.date]
            if spots and all(background_date(s, d) for d in spots):
                event = next((d for d in own if not background_date(s, d)), None)
                f.date, f.date_end = (event.value, event.end_value) if event else (None, None)
        if f.date and f.date_end is None:  # "from June 6 to June 17": the span's end, which types do not pass on
            f.date_end = next((d.end_value for d in own if d.value == f.date and d.end_value), None)
        if f.date or any(not background_date(s, d) for d in own):
            continue
        carried = _carried(doc, s, f)
        if carried is not None:
            f.date, f.date_end = carried.value, carried.end_value
    pub = _day(doc.published or "")
    for f in facts:  # "a civic delegation to travel to Kumagaya in July 2026", published in 2025: still to come
        start = _day(f.date or "")
        if pub is not None and start is not None and f.type in EVENT_TYPES and f.status == "happened" and start > pub:
            f.status = "planned"
    if s.headline:
        # a headline's tie may be dated the day before its lead ("had formally established"): not guessed
        doc.headline_facts = [f for f in facts if f.date is None and f.type in ("visit", "meeting", "agreement")]
    dated = next((d for d in s.dates if _story_time(doc, d) and not background_date(s, d)), None)
    if dated is None and doc.published is None and doc.story_date is not None:
        # with no publication date to tell the story's own time, a later year the text moves to
        # ("the policies for 1998") ends the time told before, unless it is that time's own year
        year = next((d for d in s.dates if d.kind == "year" and not background_date(s, d)), None)
        if year is not None and year.value != doc.story_date.value[:4]:
            dated = year
    if dated is not None:
        doc.story_date = dated
        if doc.first_story_date is None:
            doc.first_story_date = dated
            for f in doc.headline_facts:  # a headline tells the lead's event
                if f.date is None:
                    f.date, f.date_end = dated.value, dated.end_value
            doc.headline_facts = []
    doc.last_dates = s.dates


def _carried(doc: DocInfo, s: SentInfo, f: Fact) -> DateMention | None:
    """The date a fact with none of its own takes from the sentences before, if any."""
    if SINCE_THEN.search(s.text) and f.type in ("cooperation", "partnership"):
        prev = [d for d in doc.last_dates if d.value and d.kind != "dateline"]
        return prev[-1] if prev else None  # "exchanges have continued ever since": since the year just told
    if doc.story_date is None:
        return None
    if f.type not in ALWAYS_ACTS and not (f.type in ACT and ACT[f.type].search(s.text)):
        return None
    if BACKGROUND.search(s.text):
        return None
    return doc.story_date

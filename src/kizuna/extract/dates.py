"""Date expressions in a sentence, resolved against the publication date.

Covers what exchange news writes: "on July 18", "Aug 26 to 30", "in November
2014", "12 November", "in 1982", "between 1981 and 1985", "on Sunday",
"last May", "earlier this month", "next year", "the day before", "35 years
ago", "the 27th", and anniversaries ("the 30th anniversary" in 2017 → a
founding year of 1987).  Regular expressions keep this fast; precision is
at the level the text supports ("1973", "2023-07", "2012-04-18").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kizuna.gazetteer.fastre import word_branch

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fifteenth": 15,
    "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
}

_MONTH_ALTS = ["Jan(?:uary)?", "Feb(?:ruary)?", "Mar(?:ch)?", "Apr(?:il)?", "May", "June?", "July?", "Aug(?:ust)?",
               "Sept?(?:ember)?", "Oct(?:ober)?", "Nov(?:ember)?", "Dec(?:ember)?"]
_M = r"(?P<mon>" + "|".join(_MONTH_ALTS) + r")\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
# The same at a word start, written to begin with a literal character or set, which the engine scans
# for quickly, with the word-start test after it (kizuna.gazetteer.fastre): the same matches.
_M_AT_WORD = r"(?P<mon>" + word_branch(_MONTH_ALTS) + r")\.?"  # = \b + _M
_DAY_AT_WORD = r"(?P<day>\d(?<!\w.)(?:(?<=[0-3])\d)?)"  # = \b(?P<day>[0-3]?\d)
_Y_AT_WORD = r"(?P<year>(?:1(?<!\w.)9|2(?<!\w.)0)\d\d)"  # = \b + _Y
_NUM = r"(?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:[- ](?P<n2>one|two|three|four|five|six|seven|eight|nine))?"
_ORD = r"(?P<ord>\d+(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(_Y_AT_WORD + r"-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)\b")),
    ("between", re.compile(word_branch(["Between", "between", "From", "from"])
                           + r"\s+(?P<y1>(?:19|20)\d\d)\s+(?:and|to|until|-|–)\s+(?P<y2>(?:19|20)\d\d)\b")),
    ("mdrange", re.compile(_M_AT_WORD + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|through|until)\s*"
                           r"(?:" + _M.replace("?P<mon>", "?P<mon2>") + r"\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b"
                           r"(?:,?\s*" + _Y + r")?")),
    ("mdy", re.compile(_M_AT_WORD + r"\s+" + _D + r"\b(?:,?\s*" + _Y + r")?")),
    ("dmrange", re.compile(_DAY_AT_WORD + r"(?:st|nd|rd|th)?\s*(?:-|–|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
                           r"(?:of\s+)?" + _M + r"(?:,?\s*" + _Y + r")?")),
    ("dmy", re.compile(_DAY_AT_WORD + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s*" + _Y + r")?")),
    ("my", re.compile(_M_AT_WORD + r",?\s+(?:of\s+)?" + _Y + r"\b")),
    ("endof", re.compile(r"\b(?:the\s+)?end of " + _Y + r"\b")),
    ("firstmonths", re.compile(r"\b(?:the\s+)?first (?P<nm>two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) "
                               r"months of (?:this year|(?:the year\s+)?" + _Y + r")\b")),
    ("thatmonth", re.compile(word_branch(["That", "that", "The same", "the same"]) + r"\s+" + _M + r"\b(?!\s+\d)")),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|this|next|on|coming)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")),
    ("lastmonth", re.compile(r"(?P<rel>" + word_branch(["last", "this", "next", "earlier this", "later this", "early", "late", "in"])
                             + r")\s+" + _M + r"\b(?!\s+\d)")),
    ("relunit", re.compile(r"\b(?P<rel>last|this|next|earlier this|later this|early this|the previous|the following|the same|"
                           r"the past)\s+(?:anniversary\s+|calendar\s+)?(?P<unit>year|month|week|fiscal year|summer|winter|spring|autumn)\b",
                           re.IGNORECASE)),
    ("ago", re.compile(r"\b" + _NUM + r"\s+years?\s+ago\b", re.IGNORECASE)),
    ("yesterday", re.compile(r"\b(?P<rel>yesterday|tomorrow|(?<!\buntil )(?<!\bto )today(?!['’]s|,? (?:and|is|are)\b))\b", re.IGNORECASE)),  # Taipei Times, Korea Herald style
    ("daybefore", re.compile(r"\b(?:the\s+)?(?P<rel>day before|previous day|day after|next day|following day)\b"
                             # "Later in the day", "later that day", "the same day": the day just told
                             r"|\b(?P<same>later\s+(?:in\s+the|that)\s+day|(?:on\s+)?the\s+same\s+day)\b",
                             re.IGNORECASE)),
    # "on the 27th", not "the 5th Forum" or "the 3rd round": an ordinal before a name or noun is no day
    ("theday", re.compile(word_branch([r"on\s+the", "the"]) + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:[A-Z]|(?:[a-z-]+\s+)?"
                          r"(?:anniversary|edition|meeting|session|century|forum|conference|summit|round|time|"
                          r"annual|congress|expo|festival|exhibition|floor|place|largest|biggest|consecutive|straight|"
                          r"term|generation|member|phase|batch|delegation|year|day|week|month|of the)\b))")),
    # (?<![\d,.$-])\b + _Y, the look-behind after the first digit
    ("year", re.compile(r"(?P<year>(?:1(?<![\w,.$-].)9|2(?<![\w,.$-].)0)\d\d)\b(?![\d%]|[,.-]\d)")),
]
ANNIVERSARY = re.compile(
    r"\b" + _ORD + r"\s+anniversary|\b" + _NUM + r"(?:th)?\s+years?\s+(?:of|since|before|ago|as(?=\s+(?:sister|friendship|friendly|twin|partner)))\b"
    r"|\bfor (?:the (?:past|last) )?" + _NUM.replace("?P<n>", "?P<n3>").replace("?P<n2>", "?P<n4>") + r"\s+years\b",
    re.IGNORECASE,
)


# A page's own date at the head of a sentence: "date 2024-04-16 On Monday ...", "Posted: May 3, 2021",
# or a wire dateline "SEOUL, Nov. 29 (Yonhap) --".  It tells when the story ran, not when its events were.
_LABEL_BEFORE = re.compile(r"^\s*(?:date|posted|published|updated|released)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"^\s*(?:(?:date|posted|published|updated)\s*:?\s*[\d-]+\s+)?[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]*){0,2},\s*$")
# A release's "SAN ANTONIO (May 12, 2026) —", "HONOLULU (June 3) -"
_PAREN_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]*){0,2}\s*\(\s*$")
_PAREN_DATELINE_AFTER = re.compile(r"^\s*\)\s*(?:--|—|–|-\s|:)")
# "Taipei, Aug. 25 (CNA)": a dateline in title case, told by the agency's name after the date
_TITLE_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s*$")
_AGENCY_AFTER = re.compile(r"^,?\s*(?:\d{4}\s*)?\((?:CNA|Xinhua|Yonhap|VNA|Kyodo|AFP|AP|Reuters|Bernama|PNA|Antara|KPL|"
                           r"Montsame|Jiji|NHK|KBS|Kyodo News|Focus Taiwan)\)")
_DATELINE_AFTER = re.compile(r"^,?\s*(?:\d{4}\s*)?(?:\(|--|—|–|-\s|/)")
# What a pattern cannot match without, checked once per sentence: most sentences hold one date
# or none, and running every pattern over every sentence was a fifth of extraction.  A kind
# missing here is always tried (tests/extract/test_speed_gates.py checks gated = ungated).
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # as _M writes them
_DIGIT = re.compile(r"\d")
_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)\b")  # "the 27th": what "theday" cannot match without


def _gates(text: str) -> dict[str, bool]:
    """Which patterns may match ``text`` (False only when one surely cannot)."""
    low = text.lower()
    digit = _DIGIT.search(text) is not None
    month = _MONTH_WORD.search(text) is not None
    return {
        "iso": digit and "-" in text, "between": digit and ("etween" in text or "rom" in text),
        "mdrange": digit and month, "mdy": digit and month, "dmy": digit and month, "my": digit and month,
        "dmrange": digit and month,
        "endof": digit and "end of " in text, "firstmonths": "months of " in text, "thatmonth": month,
        "weekday": "day" in text, "lastmonth": month, "relunit": "year" in low or "month" in low or "week" in low
        or any(w in low for w in ("summer", "winter", "spring", "autumn")),
        "ago": "ago" in low, "yesterday": "yesterday" in low or "tomorrow" in low or "today" in low, "daybefore": "day" in low,
        "theday": digit and "the" in text and _ORDINAL_DAY.search(text) is not None,
        "year": "19" in text or "20" in text,
    }


GATES: Callable[[str], dict[str, bool]] | None = _gates  # None: try every pattern (the reference)


@dataclass
class DateMention:
    """A date found in text: ``value``/``end_value`` are ISO strings at the text's precision."""

    start: int
    end: int
    value: str
    end_value: str | None = None
    kind: str = "absolute"  # absolute | relative | year | span | dateline
    future: bool = False


def _pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        parts = [int(p) for p in published[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def number_value(n: str, n2: str | None = None) -> int | None:
    """'35' -> 35, 'thirty-five' -> 35."""
    n = n.lower()
    v = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    if v is None:
        return None
    if n2:
        v += NUMBER_WORDS.get(n2.lower(), 0)
    return v


def ordinal_value(word: str) -> int | None:
    """'30th' -> 30, 'fortieth' -> 40."""
    w = word.lower()
    if w[:-2].isdigit():
        return int(w[:-2])
    return ORDINAL_WORDS.get(w)


def _year_for_month(month: int, pub: date | None, day: int | None = None, future: bool = False) -> int | None:
    """The year of a month-day with no year: the publication's, or the one before if that would be in the future."""
    if pub is None:
        return None
    y = pub.year
    if future:
        if (month, day or 1) < (pub.month, pub.day if day else 1):
            return y + 1
        return y
    if month > pub.month + 1 or (month == pub.month + 1 and pub.day < 25):
        return y - 1
    return y


def _year_from_anchor(month: int, year_anchor: str | None) -> int | None:
    """With no publication date, a month-day takes the year of the month the text last named in full
    ("June 2014 ... from June 6th"), when the month is that one or a few after it: a year-only
    mention ("founded in 1982") is background, not the story's time, so it anchors nothing."""
    if not year_anchor or len(year_anchor) < 7:
        return None
    am = int(year_anchor[5:7])
    return int(year_anchor[:4]) if am - 1 <= month <= am + 3 else None


def find_dates(text: str, published: str | None, *, future: bool = False, future_from: int = 0,
               anchor: str | None = None, year_anchor: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``; overlapping weaker matches are dropped.

    ``future`` says the sentence speaks of plans (so "Sunday" is the next one), from
    character ``future_from`` on: in "Meeting on Wednesday, they agreed their cities would ..."
    only what follows "would" lies ahead.  ``anchor`` is the last full date mentioned before,
    for "the day before"; ``year_anchor`` the last month named in full, for a month-day with
    no year when there is no publication date.
    """
    pub = _pub(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    gates = GATES(text) if GATES is not None else {}
    for kind, rx in PATTERNS:
        if not gates.get(kind, True):
            continue
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            dm = _convert(kind, m, pub, future and m.start() >= future_from, anchor, year_anchor)
            if dm is None:
                continue
            found.append(dm)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    for d in found:
        before, after = text[: d.start], text[d.end: d.end + 12]
        if _LABEL_BEFORE.match(before) or (_DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after)) \
                or (_PAREN_DATELINE_BEFORE.match(before) and _PAREN_DATELINE_AFTER.match(after)) \
                or (_TITLE_DATELINE_BEFORE.match(before) and _AGENCY_AFTER.match(after)):
            d.kind = "dateline"
    return found


_NOUN_AFTER_ORDINAL = re.compile(r"\s+(?!(?:in|at|and|or|when|to|of|as|with|for|from|until|till|this|last|next)\b)[a-z]")


def _convert(kind: str, m: re.Match[str], pub: date | None, future: bool, anchor: str | None,
             year_anchor: str | None = None) -> DateMention | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    if kind == "endof":
        return DateMention(s, e, f"{g['year']}-12-31")
    if kind == "firstmonths":
        n = number_value(g["nm"])
        y = int(g["year"]) if g.get("year") else (pub.year if pub else None)
        if not n or not y or n > 12:
            return None
        return DateMention(s, e, _iso(y, 1), _iso(y, n), kind="span")
    if kind == "thatmonth":
        base = year_anchor or (pub.isoformat() if pub else None)
        if not base:
            return DateMention(s, e, "", kind="relative")
        return DateMention(s, e, _iso(int(base[:4]), MONTHS[g["mon"].lower().rstrip(".")]), kind="relative")
    if kind == "iso":
        y, mo, d = int(g["year"]), int(g["m2"]), int(g["d2"])
        return DateMention(s, e, _iso(y, mo, d)) if _valid(y, mo, d) else None
    if kind == "between":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return DateMention(s, e, str(y1), str(y2) if y2 > y1 else None, kind="span") if y2 >= y1 else None
    if kind in ("mdy", "mdrange", "dmy", "dmrange"):
        mo = MONTHS[g["mon"].lower().rstrip(".")]
        d = int(g["day"])
        if not 1 <= d <= 31:
            return None
        y = int(g["year"]) if g.get("year") else _year_for_month(mo, pub, d, future)
        if y is None:
            y = _year_from_anchor(mo, year_anchor)
        if y is None:
            return DateMention(s, e, "", kind="relative")  # a month-day with no year to anchor it
        if not _valid(y, mo, d):
            return None
        end = None
        if kind in ("mdrange", "dmrange") and g.get("day2"):
            mo2 = MONTHS[g["mon2"].lower().rstrip(".")] if g.get("mon2") else mo
            y2 = y + 1 if mo2 < mo else y
            if _valid(y2, mo2, int(g["day2"])) and (y2, mo2, int(g["day2"])) > (y, mo, d):
                end = _iso(y2, mo2, int(g["day2"]))
        return DateMention(s, e, _iso(y, mo, d), end, kind="absolute" if g.get("year") else "relative")
    if kind == "my":
        return DateMention(s, e, _iso(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")]))
    if kind == "weekday":
        if pub is None:
            return DateMention(s, e, "", kind="relative")
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        if re.search(r"\b(?:said|announced|told reporters|reported|confirmed)\s+(?:on\s+)?$", m.string[max(0, s - 30): s]):
            future = False  # "said Friday that ... will come": the day it was said
        if rel in ("next", "coming") or (future and rel != "last"):
            # the publication's own weekday, unless "next": wires write "Sunday" for the day they file
            delta = (wd - pub.weekday()) % 7 or (7 if rel in ("next", "coming") else 0)
            return DateMention(s, e, (pub + timedelta(days=delta)).isoformat(), kind="relative", future=True)
        delta = (pub.weekday() - wd) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return DateMention(s, e, (pub - timedelta(days=delta)).isoformat(), kind="relative")
    if kind == "lastmonth":
        mo = MONTHS[g["mon"].lower().rstrip(".")]
        rel = g["rel"].lower()
        if rel == "in" or rel in ("early", "late"):
            y = _year_for_month(mo, pub, None, future)
        elif pub is None:
            return DateMention(s, e, "", kind="relative")
        elif rel == "last":
            y = pub.year if mo < pub.month else pub.year - 1
        elif rel == "next":
            y = pub.year if mo > pub.month else pub.year + 1
        else:
            y = pub.year
        if y is None:
            return DateMention(s, e, "", kind="relative")
        return DateMention(s, e, _iso(y, mo), kind="relative", future=rel == "next")
    if kind == "relunit":
        if pub is None:
            return DateMention(s, e, "", kind="relative")
        rel, unit = g["rel"].lower(), g["unit"].lower()
        if rel == "the past":  # "over the past fiscal year" is the last one; "the past year" is no calendar year
            if unit != "fiscal year":
                return None
            rel = "last"
        if unit == "fiscal year":
            fy = pub.year if pub.month >= 4 else pub.year - 1
            if rel in ("last", "the previous"):
                fy -= 1
            elif rel in ("next", "the following"):
                fy += 1
            return DateMention(s, e, _iso(fy, 4), _iso(fy + 1, 3), kind="span", future=rel == "next")
        if unit in ("summer", "winter", "spring", "autumn"):  # "next summer": the year, all the text supports
            if rel not in ("last", "next", "this"):
                return None
            y = pub.year + {"last": -1, "next": 1}.get(rel, 0)
            return DateMention(s, e, str(y), kind="relative", future=rel == "next")
        if unit == "year":
            y = pub.year + {"last": -1, "next": 1, "the previous": -1, "the following": 1}.get(rel, 0)
            return DateMention(s, e, str(y), kind="relative", future=rel in ("next", "the following"))
        if unit == "month":
            y, mo = pub.year, pub.month + {"last": -1, "next": 1, "the previous": -1, "the following": 1}.get(rel, 0)
            if mo == 0:
                y, mo = y - 1, 12
            if mo == 13:
                y, mo = y + 1, 1
            return DateMention(s, e, _iso(y, mo), kind="relative", future=rel == "next")
        if unit == "week":  # the month of the week meant: a week is finer than the text usually supports
            shift = {"last": -7, "next": 7, "the previous": -7, "the following": 7}.get(rel, 0)
            day = pub + timedelta(days=shift)
            return DateMention(s, e, _iso(day.year, day.month), kind="relative", future=shift > 0)
        return None
    if kind == "ago":
        n = number_value(g["n"], g.get("n2"))
        if n is None or pub is None:
            return None
        return DateMention(s, e, str(pub.year - n), kind="relative")
    if kind == "yesterday":
        if pub is None:
            return DateMention(s, e, "", kind="relative")
        rel = g["rel"].lower()
        ahead = rel == "tomorrow"
        shift = 1 if ahead else 0 if rel == "today" else -1  # "Mayor X today welcomed": a release's own day
        return DateMention(s, e, (pub + timedelta(days=shift)).isoformat(), kind="relative", future=ahead)
    if kind == "daybefore":
        if not anchor or len(anchor) < 10:
            return None
        a = _pub(anchor)
        if a is None:
            return None
        delta = 0 if g.get("same") else -1 if g["rel"].lower() in ("day before", "previous day") else 1
        return DateMention(s, e, (a + timedelta(days=delta)).isoformat(), kind="relative")
    if kind == "theday":
        if not m.group().lower().startswith("on") and _NOUN_AFTER_ORDINAL.match(m.string, m.end()):
            return None  # "the 12th such agreement", "the 3rd visit": a rank, not a day ("on the 12th" is one)
        if pub is None:
            return DateMention(s, e, "", kind="relative")
        d = int(g["day"])
        y, mo = pub.year, pub.month
        if d > pub.day + (7 if future else 0):
            mo -= 1
            if mo == 0:
                y, mo = y - 1, 12
        return DateMention(s, e, _iso(y, mo, d), kind="relative") if _valid(y, mo, d) else None
    if kind == "year":
        return DateMention(s, e, g["year"], kind="year")
    return None


PAST_YEARS = re.compile(r"\b(?:over|in|during) the (?:past|last) " + _NUM + r"\s+years\b", re.IGNORECASE)


def past_years_span(text: str, published: str | None) -> tuple[str, str] | None:
    """'Over the past 5 years' in a text published 2023-11: ("2018-11", "2023-11"), the span a
    figure is counted over.  Kept apart from find_dates: for a tie or a visit it is no date."""
    pub = _pub(published)
    m = PAST_YEARS.search(text)
    if pub is None or m is None:
        return None
    n = number_value(m.group("n"), m.group("n2"))
    if n is None or not 0 < n < 100:
        return None
    return _iso(pub.year - n, pub.month), _iso(pub.year, pub.month)


def anniversary_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, years) for 'the 30th anniversary', '25 years of', 'thirty-five years ago'."""
    out = []
    for m in ANNIVERSARY.finditer(text):
        g = m.groupdict()
        v = ordinal_value(g["ord"]) if g.get("ord") else None
        if v is None and g.get("n"):
            v = number_value(g["n"], g.get("n2"))
        if v is None and g.get("n3"):
            v = number_value(g["n3"], g.get("n4"))
        if v and 0 < v < 200:
            out.append((m.start(), m.end(), v))
    return out

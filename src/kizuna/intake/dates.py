"""Publication dates from datelines, labelled metadata lines and URLs.

Relative expressions in a story ("on Monday", "last May") are later resolved
against the publication date, so a wrong date silently corrupts facts.  Every
parser here therefore returns ``None`` rather than guess: day/month orders that
could go either way (``7/8/2013``) and month-only forms are refused, and dates
inside story sentences are never used (only short metadata lines or labels).
"""

from __future__ import annotations

import datetime as _dt
import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

# Each pattern yields named groups y, m (or mon), d.
_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)", re.I),
    re.compile(_MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<y>(?:19|20)\d{2})(?!\d)", re.I),
    # Numeric with the year last: accepted only when the order is unambiguous.
    re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})(?!\d)"),
]

# Anything that looks like a date, valid or ambiguous; used to recognise dateline lines.
DATE_LIKE = re.compile(
    "|".join(p.pattern for p in _PATTERNS).replace("?P<y>", "?:").replace("?P<m>", "?:")
    .replace("?P<d>", "?:").replace("?P<mon>", "?:").replace("?P<a>", "?:").replace("?P<b>", "?:"),
    re.I,
)
# Every pattern above spells a year: a line without one has no date (a cheap test before the costly ones).
_YEAR = re.compile(r"(?:19|20)\d{2}")


def date_like(text: str) -> bool:
    """``DATE_LIKE.search(text)``, answered without it for the many lines that hold no year."""
    return _YEAR.search(text) is not None and DATE_LIKE.search(text) is not None


TIME_LIKE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)[+-]?\d{0,2}:?\d{0,2})?")

_LABEL = re.compile(
    r"(?:^|[\s|(\[])(?:date|time|published(?:\s+on)?|posted(?:\s+on)?|updated|release(?:d)?|"
    r"时间|時間|日期|发布时间|發布時間|発行日|작성일|입력)\s*[:：]?\s*(?=\d|[A-Za-z]{3})",
    re.I,
)


def _valid(y: int, m: int, d: int, *, latest: _dt.date | None = None) -> str | None:
    latest = latest or _dt.date.today() + _dt.timedelta(days=2)
    try:
        day = _dt.date(y, m, d)
    except ValueError:
        return None
    if day.year < 1950 or day > latest:
        return None
    return day.isoformat()


def _from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    y = int(g["y"])
    if g.get("mon"):
        return _valid(y, MONTHS[g["mon"].lower()[:3]], int(g["d"]))
    if g.get("m"):
        return _valid(y, int(g["m"]), int(g["d"]))
    a, b = int(g["a"]), int(g["b"])
    if a == b:
        return _valid(y, a, b)
    if a > 12 >= b:
        return _valid(y, b, a)
    if b > 12 >= a:
        return _valid(y, a, b)
    return None  # 7/8/2013: July 8 or 7 August - refuse


def parse_date(text: str) -> str | None:
    """Return the first unambiguous full date in ``text`` as ``YYYY-MM-DD``, else ``None``.

    Only the first date-like expression counts: if it is ambiguous we do not go on to
    a later, possibly unrelated one.
    """
    if not _YEAR.search(text):
        return None
    best: tuple[int, str | None] | None = None
    for pat in _PATTERNS:
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), _from_match(m))
    return best[1] if best else None


def normalise_date(value: object) -> str | None:
    """Turn a record's ``published`` value (``2017-07-25``, ISO timestamp, ...) into ``YYYY-MM-DD``."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    m = re.match(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:$|[T\s])", v)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    return parse_date(v)


# The start of every _LABEL match: separator plus label word, at most 10 characters.
_LABEL_HEAD = re.compile(
    r"(?:^|[\s|(\[])(?:date|time|published|posted|updated|release|"
    r"时间|時間|日期|发布时间|發布時間|発行日|작성일|입력)",
    re.I,
)


def labelled_date(line: str) -> str | None:
    """A date introduced by a label ("Date:", "Time:", "时间:", "Published:", " date 2024-04-16")."""
    if not _LABEL_HEAD.search(line, 0, 71):  # no label starts in the first 61 characters: no match counts
        return None
    m = _LABEL.search(line)
    if not m or m.start() > 60:
        return None
    return parse_date(line[m.end():m.end() + 40])


_URL_PATTERNS = [
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)"),
    re.compile(r"[/_t]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"),
]


def url_date(url: str | None) -> str | None:
    """A date spelled in a URL path (``/2018-09/04/``, ``/201707/t20170725_…``); month-only is refused."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for pat in _URL_PATTERNS:
        m = pat.search(path)
        if m:
            found = _valid(int(m[1]), int(m[2]), int(m[3]))
            if found:
                return found
    return None

"""Sentence splitting with character offsets into the document text.

A regular-expression splitter, not a model: news sentences end in . ! ? or a
line break, and the abbreviations that fool naive splitters in this domain
("Gov.", "Md.", "Oct. 31", "U.S.") are listed.  Offsets are what evidence
spans are made of, so they must point exactly into the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gov", "govs", "sen", "rep", "st", "md", "mt", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "inc", "co", "ltd", "jr", "sr",
    "prof", "lt", "gen", "col", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "pres", "vice", "dept", "corp",
    "approx", "ave", "blvd", "rd", "fig", "hon", "messrs", "capt", "cmdr", "gov't", "ft", "calif", "wash",
    "mass", "penn", "conn", "ariz", "colo", "fla", "ill", "ind", "kan", "mich", "minn", "miss", "mo", "neb",
    "nev", "okla", "ore", "tenn", "tex", "va", "vt", "wis", "wyo", "d.c", "s", "n", "e", "w",
}
_BOUNDARY = re.compile(r"(?P<punct>[.!?。！？]+[\"'”’)\]]*|;(?=\s+\(?\d\)))?(?P<space>\s*\n\s*|(?<=[.!?。！？\"'”’)\];])\s+)")
_DOT_LEADER = re.compile(r"\.{4,}")
_CANDIDATE = re.compile(r"[.!?。！？;\n]")  # where a boundary that matters may begin (a line break: its run of space)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its span in the document and its text."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets; empty lines are dropped."""
    out: list[Sentence] = []
    start = 0
    for m in _boundaries(text):
        if not m.group("punct") and "\n" not in m.group():
            continue
        cut = m.end()
        newline = "\n" in m.group("space")
        if not newline and _is_abbreviation(text, m.start()):
            continue
        if not newline and _DOT_LEADER.fullmatch(m.group("punct")):
            continue  # "San Jose, California ........ Sister city since 1957": a list's dot leader, one line
        if not newline:
            nxt = text[cut: cut + 1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(" or not nxt.isascii()):
                continue
        _emit(out, text, start, m.start("space"))
        start = cut
    _emit(out, text, start, len(text))
    return out


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """What ``_BOUNDARY.finditer(text)`` yields, bar matches that hold neither stop nor line break.

    A boundary begins at a stop ([.!?。！？;]) or at the start of a run of white space that holds a
    line break; only there is the pattern tried (``match`` still sees the text before, for its
    look-behind).  Scanning every character was most of the splitter's time.  The matches skipped
    (spaces after a quote, no line break) hold no stop and no line break, so none hides another.
    """
    last = 0
    for c in _CANDIDATE.finditer(text):
        p = c.start()
        if text[p] == "\n":
            while p > last and text[p - 1].isspace():
                p -= 1
        if p < last:
            continue
        m = _BOUNDARY.match(text, p)
        if m is not None:
            last = m.end()
            yield m


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "." or text[j - 1] == "'"):
        j -= 1
    word = text[j:dot].lower()
    if word in _ABBREV:
        return True
    if re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]", text[j:dot]) and word not in ("u.s", "u.k"):
        return True  # initials run together: "T.R.B. Rajaa", "M.K. Stalin"
    return len(word) == 1 and word.isalpha() and text[j].isupper()  # an initial: "J. Smith"


def _emit(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))

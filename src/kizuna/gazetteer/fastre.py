"""Regular expressions written so that Python's engine can scan for them quickly.

The engine skips ahead cheaply only when a pattern begins with a literal
character or a set of them; a pattern that begins with ``\\b``, a look-behind
or an optional group is instead tried at every character of the text, which
made a few word lists the bulk of the analysis time.  :func:`word_branch`
writes an ordered list of alternatives as one branch per first character, with
the word-start test moved after that character, so the engine can skip to the
characters that may start a match.  The matches are the same: alternatives
that begin with different characters never compete at one position, and those
that share one keep their order.
"""

from __future__ import annotations

import re
import re._casefix as _casefix  # type: ignore[import-not-found]
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

# After a first character that is a word character, "the character before it is none": ``\b`` there.
WORD_START_AFTER_FIRST = r"(?<!\w.)"


def word_branch(alternatives: Iterable[str], *, word_start: bool = True) -> str:
    """``\\b(?:a1|a2|...)`` (or without ``\\b``) as a branch per first character, alternatives in order.

    Each alternative is a regular-expression fragment whose first character is a literal letter or
    digit (not escaped, not a set, not followed by a quantifier).
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        first, rest = alt[:1], alt[1:]
        if not first.isalnum() or rest[:1] in ("*", "+", "?", "{"):
            raise ValueError(f"alternative must begin with a literal character: {alt!r}")
        groups.setdefault(first, []).append(rest)
    guard = WORD_START_AFTER_FIRST if word_start else ""
    return "(?:" + "|".join(f"{first}{guard}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def fold(text: str) -> str:
    """``text`` case-folded character for character as the engine compares under IGNORECASE
    (simple lower case, plus the equivalences it adds such as 'ſ' ~ 's', 'ı' ~ 'i', the Kelvin
    sign ~ 'k'); the length is kept, so offsets agree, and a case-sensitive pattern or a plain
    substring test on the result finds what a case-insensitive one finds in ``text``."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:  # 'İ': str.lower() makes two characters of it, the engine's simple case one
        text = text.replace("\u0130", "i")
    return text.lower().translate(_ENGINE_FOLDS)


def _engine_folds() -> dict[int, str]:
    """Each character the engine treats as equal to others under IGNORECASE, lower-cased, mapped to
    one representative of its class."""
    out: dict[int, str] = {}
    for k, vs in _casefix._EXTRA_CASES.items():
        members = [chr(k), *(chr(v) for v in vs)]
        canon = min(m.lower() for m in members)
        for m in members:
            out[ord(m.lower())] = canon
    return out


_ENGINE_FOLDS = _engine_folds()


def spans_with(text: str, starts: Sequence[int], ends: Sequence[int], literals: Iterable[str]) -> list[bool]:
    """For spans of ``text`` (sorted, not overlapping), whether each holds one of ``literals``:
    ``any(w in text[s:e] for w in literals)`` for every span, found with one pass of ``str.find``
    per literal over the whole text instead of a test per span and literal."""
    out = [False] * len(starts)
    for lit in literals:
        n = len(lit)
        i = text.find(lit)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            if k >= 0 and i + n <= ends[k]:
                out[k] = True
            i = text.find(lit, i + 1)
    return out


def matches_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``rx``'s matches tried only at ``starts`` (ascending), each after the last one's end: what
    ``rx.finditer(text)`` gives when every match begins at one of them and none is empty."""
    last = 0
    for p in starts:
        if p < last:
            continue
        m = rx.match(text, p)
        if m is not None:
            last = m.end()
            yield m


def finditer_from(rx: re.Pattern[str], text: str, literals: Iterable[str]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern each of whose matches begins with one of ``literals``
    (and cannot be empty): tried only where one occurs, for a pattern whose first characters are
    common letters, which the engine would otherwise try at nearly every position."""
    starts: set[int] = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            starts.add(i)
            i = text.find(lit, i + 1)
    return matches_at(rx, text, sorted(starts))

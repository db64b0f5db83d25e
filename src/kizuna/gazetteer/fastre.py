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


def casefree_lower(text: str) -> str:
    """``text`` lower-cased so that a plain substring test on it finds every ASCII word that a
    case-insensitive pattern finds in ``text`` (the engine also folds 'İ', 'ı', 'ſ' and the Kelvin
    sign onto ASCII letters); the length is kept, so offsets agree."""
    if text.isascii() or not any(c in text for c in _ENGINE_FOLDS_CHARS):
        return text.lower()
    return text.translate(_ENGINE_FOLDS).lower()


_ENGINE_FOLDS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_ENGINE_FOLDS_CHARS = "".join(map(chr, _ENGINE_FOLDS))


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
    last = 0
    for p in sorted(starts):
        if p < last:
            continue
        m = rx.match(text, p)
        if m is not None:
            last = m.end()
            yield m

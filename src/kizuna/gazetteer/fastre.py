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

from collections.abc import Iterable

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
    if text.isascii():
        return text.lower()
    return text.translate(_ENGINE_FOLDS).lower()


_ENGINE_FOLDS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}

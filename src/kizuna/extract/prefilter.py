"""Literal prefilters: skip a regular expression where it cannot match.

Python's ``re`` tries a pattern at every position of the text; a pattern made
of alternatives behind ``\\b`` or with IGNORECASE pays for that on each
sentence even though most sentences hold none of its words.  From the parsed
pattern we derive a set of literal strings one of which every match must
contain (the idea behind the literal prefilters of RE2 and Hyperscan); a
substring test on the case-folded text, far cheaper than the search, then
answers "no match" for most sentences without running the pattern at all.

The prefilter is sound by construction: it only ever says "cannot match"
when no required literal occurs in the text, so a gated pattern returns
exactly what the plain pattern returns.  Case is folded the way ``re`` folds
it under IGNORECASE (simple lower case plus its extra equivalences such as
'ſ' ~ 's'), so one check serves both case-sensitive and case-insensitive
patterns (for the former it is merely a little weaker).
"""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

import ahocorasick  # type: ignore[import-untyped]

from kizuna.gazetteer.fastre import fold, matches_at

__all__ = ["GatedPattern", "focus", "fold", "gated", "required_literals"]

_LIMIT = 48  # largest set of exact strings kept for one piece of a pattern
_UNION_LIMIT = 96  # largest requirement kept: more strings than this cost about what the search costs

_Info = tuple["frozenset[str] | None", "frozenset[str] | None"]  # (every string it matches, one of which it contains)
_EMPTY: frozenset[str] = frozenset({""})


def _charset(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(fold(chr(av)))
        elif op is _c.RANGE and av[1] - av[0] < 40:
            chars.update(fold(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            return None  # \d takes every Unicode digit, not just 0-9
        else:
            return None  # negated sets, \w, \s: anything
    return frozenset(chars) if len(chars) <= _LIMIT else None


# Words in nearly every sentence of news: a pattern that needs only one of them is not gated.
_EVERYWHERE = frozenset({"the", "and", "for", "with", "that", "this", "from", "have", "has", "was", "were", "are",
                         "will", "said", "also", "its", "their", "his", "her", "they", "which", "into", "been", "city",
                         "two", "one", "more", "year", "years", "over", "after", "last"})


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more useful of two requirements: a shortest string of up to four characters (longer
    ones are hardly rarer in prose), then fewer strings (each costs a substring test)."""
    def score(s: frozenset[str] | None) -> tuple[int, int, int]:
        if not s:
            return (0, 0, 0)
        shortest = min(map(len, s))
        if any(x.strip() in _EVERYWHERE for x in s):
            shortest = 1  # "the " is in every sentence: as good as no requirement
        return (min(4, shortest), -len(s), shortest)
    return b if score(b) > score(a) else a


def _node(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        one = frozenset({fold(chr(av))})
        return one, one
    if op is _c.IN:
        chars = _charset(av)
        return chars, chars
    if op is _c.SUBPATTERN:
        return _seq(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _seq(av)
    if op is _c.BRANCH:
        infos = [_seq(alt) for alt in av[1]]
        exacts = [i[0] for i in infos if i[0] is not None]
        reqs = [i[1] for i in infos if i[1]]
        exact: frozenset[str] | None = None
        if len(exacts) == len(infos):
            union = frozenset[str]().union(*exacts)
            exact = union if len(union) <= _LIMIT else None
        req: frozenset[str] | None = None
        if len(reqs) == len(infos):
            union = _minimal(frozenset[str]().union(*reqs))
            req = union if len(union) <= _UNION_LIMIT else None
        return exact, req
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        exact, req = _seq(sub)
        if lo == 0:
            if hi == 1 and exact is not None and len(exact) < _LIMIT:
                return exact | _EMPTY, None
            return None, None
        if lo == hi == 1:
            return exact, req
        return None, req
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY, None  # zero-width: matches the empty string
    return None, None  # any character, \w, back-references...


def _seq(items: Any) -> _Info:
    """Exact strings and requirement of a concatenation."""
    best: frozenset[str] | None = None
    run: frozenset[str] = _EMPTY  # the exact strings of the literal stretch read last
    whole: frozenset[str] | None = _EMPTY
    for op, av in items:
        exact, req = _node(op, av)
        best = _better(best, _better(req, run))  # every prefix of a run is required too: "partner" of "partner cities"
        if exact is None:
            run, whole = _EMPTY, None
            continue
        product = frozenset(a + b for a in run for b in exact)
        if len(product) > _LIMIT:
            run, whole = exact, None
        else:
            run = product
            if whole is not None:
                whole = product
    best = _better(best, run)
    return whole, (_minimal(best) if best and "" not in best else None)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another of the set: 'visit' already admits 'visited'."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains, or None when
    no such set is known (the pattern may match almost anything)."""
    if isinstance(pattern.pattern, bytes):
        return None
    _, req = _seq(_parser.parse(pattern.pattern, pattern.flags))
    return req


def _prefix_minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that start with another of the set: 'visit' already admits 'visited'."""
    return frozenset(s for s in strings if not any(t != s and s.startswith(t) for t in strings))


def _prefixes(items: Any) -> frozenset[str] | None:
    """Folded strings one of which every match of the sequence starts with (after zero-width
    items such as \\b), or None."""
    run: frozenset[str] = _EMPTY
    for op, av in items:
        if run is not _EMPTY and min(map(len, run)) >= 5:
            break  # long enough to be rare: longer prefixes only multiply the strings
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the match still starts here
        exact, _ = _node(op, av)
        if exact is not None:
            product = frozenset(a + b for a in run for b in exact)
            if len(product) > _UNION_LIMIT:
                break
            run = product
            continue
        sub: frozenset[str] | None = None
        if op is _c.BRANCH:
            alts = [_prefixes(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                sub = _prefix_minimal(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.SUBPATTERN, _c.ATOMIC_GROUP):
            sub = _prefixes(av[-1] if op is _c.SUBPATTERN else av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            sub = _prefixes(av[2])
        if sub is not None:
            product = frozenset(a + b for a in run for b in sub)
            if len(product) <= _UNION_LIMIT:
                run = product
        break
    run = _prefix_minimal(run)
    return run if run and "" not in run else None


def prefix_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` starts with, or None."""
    if isinstance(pattern.pattern, bytes):
        return None
    return _prefixes(_parser.parse(pattern.pattern, pattern.flags))


class _Literals:
    """Every gated pattern's literals in one Aho-Corasick automaton.

    One pass over the sentence being read (:func:`focus`) tells which literals occur in
    it; a pattern searched on that sentence or on any piece of it (a piece holds no
    literal its sentence lacks) is then gated by a set test.  Texts from elsewhere are
    searched directly.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.lengths: list[int] = []
        self._automaton: Any = None
        self.hits: list[tuple[int, int]] = []
        self._by_id: dict[int, list[int]] | None = None
        self.text = ""
        self.folded = ""
        self.present: frozenset[int] = frozenset()

    def register(self, literals: frozenset[str]) -> frozenset[int]:
        n = len(self.ids)
        ids = frozenset(self.ids.setdefault(lit, len(self.ids)) for lit in literals)
        if len(self.ids) != n:
            self._automaton = None
            if self.text:
                self.focus(self.text)  # a pattern first used mid-sentence: its literals count there too
        return ids

    def focus(self, text: str) -> None:
        if self._automaton is None:
            a = ahocorasick.Automaton()
            self.lengths = [0] * len(self.ids)
            for lit, i in self.ids.items():
                a.add_word(lit, i)
                self.lengths[i] = len(lit)
            a.make_automaton()
            self._automaton = a
        self.folded = fold(text)
        self.hits = list(self._automaton.iter(self.folded)) if self.ids else []
        self.present = frozenset(map(_VALUE, self.hits))
        self._by_id = None
        self.text = text

    def starts(self, ids: frozenset[int]) -> list[int]:
        """Where literals of ``ids`` begin in the sentence in focus, in order."""
        found = ids & self.present
        if not found:
            return []
        by_id = self._by_id
        if by_id is None:  # first asked in this sentence: each literal's starts, once
            by_id = self._by_id = {}
            lengths = self.lengths
            for end, i in self.hits:
                by_id.setdefault(i, []).append(end - lengths[i] + 1)
        if len(found) == 1:
            return by_id[next(iter(found))]
        return sorted({at for i in found for at in by_id[i]})


_VALUE = itemgetter(1)  # (end, value) pairs of the automaton: the literal's id
_LITERALS = _Literals()


def focus(text: str) -> None:
    """Read ``text`` (a sentence) for the gated patterns searched on it and its pieces next."""
    _LITERALS.focus(text)


def _folded(text: str) -> str | None:
    """``text`` folded for a case-sensitive twin (the sentence in focus is folded already), or
    None when folding would move offsets."""
    folded = _LITERALS.folded if text is _LITERALS.text else fold(text)
    return folded if len(folded) == len(text) else None


class GatedPattern:
    """A compiled pattern that skips texts lacking its required literals and, when it is
    case-insensitive, scans case-folded text with a case-sensitive twin (several times
    faster in ``re``), then takes the match from the original pattern at the position found.

    ``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall`` behave exactly as the
    pattern's own (the gate is tested on the whole string, sound for any ``pos``/``endpos``);
    every other attribute is the pattern's own.
    """

    __slots__ = ("_ids", "_plain", "_starts", "pattern_obj")

    def __init__(self, pattern: re.Pattern[str], literals: frozenset[str] | None,
                 plain: re.Pattern[str] | None, prefixes: frozenset[str] | None = None) -> None:
        self.pattern_obj = pattern
        self._ids = _LITERALS.register(literals) if literals else None
        self._plain = plain
        self._starts = _LITERALS.register(prefixes) if prefixes else None

    def _may(self, text: str) -> bool:
        ids = self._ids
        if ids is None:
            return True
        lits = _LITERALS
        if text is lits.text or text in lits.text:
            return not ids.isdisjoint(lits.present)
        return True  # not from the sentence in focus: search it

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        lits = _LITERALS
        ids = self._ids
        if ids is not None and (text is lits.text or text in lits.text) and ids.isdisjoint(lits.present):
            return None  # (_may, inlined: this is the hottest call of extraction)
        if self._starts is not None and text is lits.text and not args:
            # every match begins with one of the prefix literals: try only where they begin
            return next(matches_at(self.pattern_obj, text, lits.starts(self._starts)), None)
        plain = self._plain
        folded = _folded(text) if plain is not None else None
        if plain is None or folded is None:
            return self.pattern_obj.search(text, *args)
        m = plain.search(folded, *args)
        if m is None:
            return None
        return self.pattern_obj.match(text, m.start(), *args[1:]) or self.pattern_obj.search(text, *args)

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.pattern_obj.match(text, *args) if self._may(text) else None

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.pattern_obj.fullmatch(text, *args) if self._may(text) else None

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        if not self._may(text):
            return iter(())
        lits = _LITERALS
        if self._starts is not None and text is lits.text and not args:
            return matches_at(self.pattern_obj, text, lits.starts(self._starts))
        plain = self._plain
        folded = _folded(text) if plain is not None else None
        if plain is None or folded is None:
            return self.pattern_obj.finditer(text, *args)
        found = []
        endpos = args[1:]
        for m in plain.finditer(folded, *args):
            got = self.pattern_obj.match(text, m.start(), *endpos)
            if got is None or got.end() != m.end():
                return self.pattern_obj.finditer(text, *args)  # never expected; the pattern's own answer
            found.append(got)
        return iter(found)

    def findall(self, text: str, *args: Any) -> list[Any]:
        return self.pattern_obj.findall(text, *args) if self._may(text) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_obj, name)

    def __repr__(self) -> str:
        return f"gated({self.pattern_obj!r})"


# What a case-insensitive pattern's source may hold for a case-sensitive twin on folded text
# to match at the same places: no capital letters outside escapes (\S, \W, \B...) and names.
_NAMES = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\\.")


def _plain_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.LOCALE | re.ASCII):
        return None
    source = pattern.pattern
    bare = _NAMES.sub("", source)
    if bare != fold(bare) or "(?" in bare.replace("(?:", "").replace("(?=", "").replace("(?!", "") \
            .replace("(?<=", "").replace("(?<!", ""):
        return None  # capitals (or 'ſ', folded to 's' in the text), or inline flags that could turn case back on
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def gated(pattern: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` (compiled, or compiled here with ``flags``) behind its literal prefilter
    and folded-text twin, or the pattern itself when neither helps (typed as a pattern: it
    behaves as one)."""
    compiled = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
    literals = required_literals(compiled)
    if literals and (min(map(len, literals)) < 3 or any(lit.strip() in _EVERYWHERE for lit in literals)):
        literals = None  # a gate that nearly every sentence passes costs more than it saves
    plain = _plain_twin(compiled)
    prefixes = prefix_literals(compiled)
    if prefixes and (min(map(len, prefixes)) < 3 or any(s.strip() in ("the", "and", "for") for s in prefixes)):
        prefixes = None  # a start found all over the sentence: scanning is cheaper
    if not literals and plain is None and prefixes is None:
        return compiled
    return GatedPattern(compiled, literals, plain, prefixes)  # type: ignore[return-value]


_INLINE: dict[tuple[str, int], re.Pattern[str]] = {}


def _inline(pattern: str, flags: int) -> re.Pattern[str]:
    got = _INLINE.get((pattern, flags))
    if got is None:
        if len(_INLINE) > 4096:
            _INLINE.clear()  # patterns built from the text (names) must not pile up
        got = _INLINE[(pattern, flags)] = gated(pattern, flags)
    return got


def search(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    """``re.search``, gated: for patterns written where they are used."""
    return _inline(pattern, flags).search(text)


def match(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    """``re.match``, gated."""
    return _inline(pattern, flags).match(text)


def fullmatch(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    """``re.fullmatch``, gated."""
    return _inline(pattern, flags).fullmatch(text)


def finditer(pattern: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """``re.finditer``, gated."""
    return _inline(pattern, flags).finditer(text)


def findall(pattern: str, text: str, flags: int = 0) -> list[Any]:
    """``re.findall``, gated."""
    return _inline(pattern, flags).findall(text)

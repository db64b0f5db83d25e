"""Language of a document with py3langid, limited to languages our sources use.

Unrestricted, langid labels short English text as Bikol or Tagalog; restricting
the candidate set to the languages of local-government news makes it reliable.

Most documents are plainly English, and for those the answer is not in doubt:
:func:`_surely_english` (a few set look-ups) answers "en" when nearly every
character is ASCII, common English words make up a large share of the words and
the function words of the other Latin-script languages are all but absent.
On every dev, seed, sample and own-corpus text, and on thousands of mixes of
those with other languages (tests/intake/test_language.py keeps a sample of
them), langid then says "en" with a probability above 0.99, so the shortcut
only saves its cost.  Anything less certain goes to langid.

langid's scorer walks its byte n-gram automaton one byte at a time in Python,
which was most of intake's time.  :func:`_feature_counts` computes the very same
feature counts with a few array operations (see its docstring), and
:func:`_classify` then scores them exactly as ``LanguageIdentifier.classify``
does, so every decision is the library's own; a model that does not fit the
shortcut falls back to the library.
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache
from typing import Any

import numpy as np

LANGUAGES = ("en", "ja", "zh", "ko", "vi", "fr", "de", "it", "es", "pt", "ru", "th", "id", "ms",
             "nl", "sr", "pl", "ar", "mn", "lo", "km", "sv", "tr", "uk", "cs", "hu", "fi", "da", "no")
MIN_CONFIDENCE = 0.5
# Bytes of context that fix the automaton's state (its deepest state spells 6 bytes
# in the packaged model; tests/intake/test_language.py checks the bound holds).
WINDOW = 6

_ASCII_WORD = re.compile(r"[a-z]+")
# Frequent words of English news about local-government exchanges.
EN_COMMON = frozenset("""
the of and to in a is was for on with that by as at from it its be are were been has have had will would
this these those their they them he she his her we our you your which who whom whose what when where while
also after before during between into over under about than then there here more most other such many
said says say not no but or if can could may should must two three first new year years city cities
province provincial government local state national international mayor governor minister president
delegation visit visited visiting meeting meet met agreement signed sign cooperation exchange exchanges
relations relationship sister friendship partnership partner cultural culture economic trade tourism
education development business people official officials both sides side each one all last next week
month day since through including well further promote strengthen discussed held hold an us
""".split())
# Function words of the other Latin-script languages that English text does not use
# (English homographs such as "a", "in", "die", "da", "van", "per" and words
# common in names such as "le", "du", "yang" left out: they would only send English to langid).
FOREIGN_FUNCTION_WORDS = frozenset("""
les des et est une pour que dans par au aux avec sont ont cette ces
der das und ist nicht mit dem ein eine von auf zu sich wird wurde werden
el los las del por para una lo como
il della delle degli gli che sono nel alla
os uma dos das em não com
het een niet zijn voor naar ook maar wordt
dengan untuk dari pada ini itu dalam akan telah kepada oleh
og det som av att och med för till har ikke ble
ve bir için ile olarak
ja että oli ovat
się nie jest że oraz przez
je že jsou bylo
az és hogy egy
er af til blev fra hvor var
kanssa myös sekä vuonna
dla roku od
pro jako
kerja juga tersebut sejak setiap tahun kota bandar
""".split())


class _FastScorer:
    """The identifier's automaton as arrays, for :func:`_feature_counts`."""

    def __init__(self, ident: Any) -> None:
        self.ident = ident
        self.nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.uint32)  # a view: the table is large
        self.rowbase = np.asarray(ident._rowbase, dtype=np.intp)
        self.output = np.asarray(ident.tk_output, dtype=np.intp)
        n_features = int(self.output.max()) + 1
        # scratch arrays, restored after each use (under the lock: a server may call from threads)
        self._first = np.full(n_features, np.iinfo(np.intp).max, dtype=np.intp)  # a feature's first position
        self._count = np.zeros(n_features, dtype=np.intp)  # a feature's occurrences
        self._lock = threading.Lock()

    def feature_counts(self, data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """Feature ids (in order of first occurrence) and counts of ``data``, as langid's walk finds them.

        langid's tokenizer is an Aho-Corasick automaton: after any input its state is
        the longest suffix of the input that is a node of its trie, and no node is
        longer than ``WINDOW`` bytes, so the state after byte ``i`` is the state
        reached from the root over bytes ``i-WINDOW+1 .. i`` alone.  Walking all
        those windows side by side takes ``WINDOW`` vector steps instead of one
        Python step per byte.  The order of first occurrence is kept because langid
        sums the features' scores in that order (float sums depend on it).
        """
        b = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
        n = len(b)
        state = np.zeros(n, dtype=np.intp)
        for k in range(min(WINDOW, n) - 1, -1, -1):  # byte i-k of the window ending at byte i
            tail = state[k:]
            at = self.rowbase.take(tail)
            at += b[:n - k]
            tail[:] = self.nextmove.take(at)
        feats = self.output.take(state)
        feats = feats[feats >= 0]
        if not len(feats):
            return None
        pos = np.arange(len(feats))
        with self._lock:
            np.minimum.at(self._first, feats, pos)
            ids = feats[self._first[feats] == pos]
            np.add.at(self._count, feats, 1)
            counts = self._count[ids]
            self._first[ids] = np.iinfo(np.intp).max
            self._count[ids] = 0
        return ids, counts

    def classify(self, text: str) -> tuple[str, float]:
        """``LanguageIdentifier.classify(text)`` (normalised probabilities), step for step."""
        ident = self.ident
        data = ident._encode(text)
        found = self.feature_counts(data)
        if found is None:
            scores = np.full(len(ident.nb_classes), 0.0, dtype=np.float32)
        else:
            idx, counts = found
            rows = ident.nb_ptc[idx].astype(np.float32)  # what the mixed-type product casts to, faster
            scores = np.log1p(counts.astype(np.float32)) @ rows + ident.nb_pc
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in ident._alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        i = int(scores.argmax())
        return ident.nb_classes[i], float(scores[i])


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


@lru_cache(maxsize=1)
def _scorer() -> _FastScorer | None:
    """The array scorer, or None when this py3langid is not laid out as the shortcut expects."""
    ident = _identifier()
    try:
        if (ident.tk_nextmove.itemsize != 4 or ident.min_confidence is not None or not ident._norm_probs
                or not hasattr(ident, "_encode")):
            return None
        return _FastScorer(ident)
    except (AttributeError, TypeError, ValueError):
        return None


def _classify(sample: str) -> tuple[str, float]:
    scorer = _scorer()
    if scorer is None:
        lang, prob = _identifier().classify(sample)
        return str(lang), float(prob)
    return scorer.classify(sample)


def _surely_english(sample: str) -> bool:
    """English beyond doubt: at most 0.5% non-ASCII, 40+ words, 42%+ of them common English words,
    at most 0.5% foreign function words.  See the module docstring."""
    if (len(sample.encode("utf-8")) - len(sample)) * 200 > len(sample):  # UTF-8's extra bytes: non-ASCII
        return False
    words = _ASCII_WORD.findall(sample.lower())
    n = len(words)
    if n < 40:
        return False
    common = sum(map(EN_COMMON.__contains__, words))  # counts the True answers, without a Python loop
    if common < 0.42 * n:
        return False
    foreign = sum(map(FOREIGN_FUNCTION_WORDS.__contains__, words))
    return foreign * 200 <= n


def _langid_language(sample: str) -> str | None:
    """langid's own decision on ``sample`` (restricted languages, confidence floor)."""
    lang, prob = _classify(sample)
    return str(lang) if prob >= MIN_CONFIDENCE else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or ``None`` when unsure.

    Only the first 1,500 characters are scored: enough to decide, and langid's cost
    grows with length.
    """
    sample = text[:1500].strip()
    if len(sample) < 10:
        return None
    if _surely_english(sample):
        return "en"
    return _langid_language(sample)

"""Language of a document with py3langid, limited to languages our sources use.

Unrestricted, langid labels short English text as Bikol or Tagalog; restricting
the candidate set to the languages of local-government news makes it reliable.

langid's scorer walks its byte n-gram automaton one byte at a time in Python,
which was most of intake's time.  :func:`_feature_counts` computes the very same
feature counts with a few array operations (see its docstring), and
:func:`_classify` then scores them exactly as ``LanguageIdentifier.classify``
does, so every decision is the library's own; a model that does not fit the
shortcut falls back to the library.
"""

from __future__ import annotations

import math
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


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or ``None`` when unsure.

    Only the first 1,500 characters are scored: enough to decide, and langid's cost
    grows with length.
    """
    sample = text[:1500].strip()
    if len(sample) < 10:
        return None
    lang, prob = _classify(sample)
    return str(lang) if prob >= MIN_CONFIDENCE else None

"""Language of a document with py3langid, limited to languages our sources use.

Unrestricted, langid labels short English text as Bikol or Tagalog; restricting
the candidate set to the languages of local-government news makes it reliable.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "ja", "zh", "ko", "vi", "fr", "de", "it", "es", "pt", "ru", "th", "id", "ms",
             "nl", "sr", "pl", "ar", "mn", "lo", "km", "sv", "tr", "uk", "cs", "hu", "fi", "da", "no")
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or ``None`` when unsure.

    Only the first 1,500 characters are scored: enough to decide, and langid's cost
    grows with length.
    """
    sample = text[:1500].strip()
    if len(sample) < 10:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= MIN_CONFIDENCE else None

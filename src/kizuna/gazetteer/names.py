"""Name folding and the standard's awkward forms turned into the names news writes.

Everything that compares place names goes through :func:`fold`, so that
"Thanh Hóa", "Thanh Hoa" and "THANH HOA" are one key, and "Gyeongsangbuk-do"
and "Gyeongsangbuk do" too.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w' ]+", re.UNICODE)
_SPACE = re.compile(r"\s+")

# Romanised administrative suffixes in pycountry's names, stripped to get the
# English base name ("Liaoning Sheng" -> "Liaoning", "Busan-gwangyeoksi" -> "Busan").
_STANDARD_SUFFIXES = re.compile(
    r"(?:[\s-]+(?:sheng|shi|zizhiqu|huizu zizhiqu|zhuangzu zizhiqu|uygur zizhiqu|sar"
    r"|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi|do))+$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a place name."""
    if text.isascii():  # most of what news writes: no accents to strip
        s = text
    else:
        s = unicodedata.normalize("NFKD", text)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D").replace("’", "'").replace("‘", "'")
    s = s.lower().replace("-", " ")
    s = _PUNCT.sub(" ", s)
    return _SPACE.sub(" ", s).strip()


def deaccent(text: str) -> str:
    """'Thanh Hóa' -> 'Thanh Hoa', 'Đắk Lắk' -> 'Dak Lak' (case kept, unlike :func:`fold`)."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))


def strip_standard_suffix(name: str) -> str:
    """'Liaoning Sheng' -> 'Liaoning'; 'Jeju-teukbyeoljachido' -> 'Jeju'."""
    base = _STANDARD_SUFFIXES.sub("", name).strip()
    base = re.sub(r"\s*\[.*?\]\s*", "", base)  # "Wales [Cymru GB-CYM]"
    base = re.sub(r"\s*\(.*?\)\s*", "", base)  # "Ilocos (Region I)"
    return base or name


def is_native_script(text: str) -> bool:
    """True for names written in CJK ideographs, kana or hangul (kept as aliases)."""
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF:
            return True
    return False

"""Katakana readings to Hepburn romaji, the way English text writes Japanese place names.

Japan Post gives every municipality's reading in katakana; English news writes
the same names in modified Hepburn without macrons ("Kobe", "Chuo", "Oita",
"Shin'onsen"). :func:`hepburn` does that conversion; :func:`variants` gives the
other spellings people use for the same reading (long vowels spelled out,
"m" before labials, no apostrophe), which the gazetteer keeps as aliases.
"""

from __future__ import annotations

_BASE = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
}
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}


def _syllables(kana: str) -> list[str]:
    """Romaji syllables, one per mora; 'N' for ン and 'Q' for ッ, '-' for ー."""
    kana = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in kana)  # hiragana -> katakana
    out: list[str] = []
    i = 0
    while i < len(kana):
        c = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if c == "ン":
            out.append("N")
        elif c == "ッ":
            out.append("Q")
        elif c == "ー":
            out.append("-")
        elif c in _BASE:
            syl = _BASE[c]
            if nxt in _SMALL_Y:
                stem = syl[:-1]
                if stem in ("sh", "ch", "j"):
                    syl = stem + _SMALL_Y[nxt]
                else:
                    syl = stem + "y" + _SMALL_Y[nxt]
                i += 1
            out.append(syl)
        else:
            out.append(c.lower())
        i += 1
    return out


def _join(syls: list[str], *, long_vowels: str, n_labial: str, apostrophe: bool) -> str:
    s = ""
    skipped = False  # the previous vowel already lengthened the one before it
    for k, syl in enumerate(syls):
        nxt = syls[k + 1] if k + 1 < len(syls) else ""
        if syl == "N":
            if nxt[:1] in ("b", "m", "p"):
                s += n_labial
            elif apostrophe and nxt[:1] in ("a", "i", "u", "e", "o", "y"):
                s += "n'"
            else:
                s += "n"
        elif syl == "Q":
            if nxt.startswith("ch"):
                s += "t"
            elif nxt:
                s += nxt[0]
        elif syl == "-":
            continue
        elif (long_vowels == "short" and not skipped and s and syl in ("u", "o") and s[-1] in "ou"
              and (syl == "u" or s[-1] == "o")):
            # ou, oo, uu: one long vowel in modified Hepburn without macrons ("Oouchi" -> "Ouchi")
            skipped = True
            continue
        else:
            s += syl
        skipped = False
    return s


def hepburn(kana: str) -> str:
    """'チュウオウ' -> 'Chuo'; 'オオイタ' -> 'Oita'; 'シンオンセン' -> "Shin'onsen"."""
    s = _join(_syllables(kana), long_vowels="short", n_labial="n", apostrophe=True)
    return s[:1].upper() + s[1:]


def variants(kana: str) -> list[str]:
    """Other spellings of the same reading: 'Chuou', 'Shinonsen', 'Nambu' (for 'Nanbu')."""
    syls = _syllables(kana)
    out: list[str] = []
    for lv in ("short", "long"):
        for nl in ("n", "m"):
            for ap in (True, False):
                s = _join(syls, long_vowels=lv, n_labial=nl, apostrophe=ap)
                s = s[:1].upper() + s[1:]
                if s not in out:
                    out.append(s)
    first = hepburn(kana)
    return [v for v in out if v != first]

"""Bytes to Unicode: BOMs, strict UTF-8, a declared charset, then charset-normalizer.

Real inputs come in legacy East Asian and Windows code pages.  A wrong guess
silently corrupts place names, so every step prefers certainty (BOM, valid
UTF-8, a declaration that decodes cleanly) over statistics, and binary data is
refused rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte Western code pages charset-normalizer may rank just above cp1252 on
# short texts; cp1252 is by far the most common of them on the web.
_WESTERN = {"cp1250", "cp1257", "iso8859_10", "iso8859_15", "iso8859_2", "latin_1", "cp775", "mac_latin2"}

# Control characters that never appear in text (tab, LF, CR, FF are allowed).
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


class DecodeError(ValueError):
    """The bytes are not text we can decode with confidence (reason is user-facing)."""


def looks_binary(data: bytes) -> bool:
    """True for bytes that are clearly not a text file (NULs or many control bytes).

    Called only after BOMs are ruled out, since UTF-16 text is full of NULs.
    """
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # bytes.translate deletes them in C
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`DecodeError` when no decoding is credible.

    ``declared`` is a charset named by the document itself (an HTML ``<meta>``);
    it is trusted only when the bytes decode under it without errors.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable bytes after a {name} byte-order mark") from exc
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            return _finish(data.decode(declared), declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError("undecodable bytes: no known encoding fits")
    encoding = best.encoding
    if encoding in _WESTERN:
        for alt in results:
            if alt.encoding == "cp1252" and alt.chaos <= best.chaos + 0.01:
                encoding = "cp1252"
                break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # pragma: no cover - charset-normalizer verified it
        raise DecodeError(f"undecodable bytes as {encoding}") from exc
    if best.chaos > 0.5:
        raise DecodeError(f"undecodable bytes: best guess {encoding} gives garbled text")
    return _finish(text, encoding), encoding


def _finish(text: str, encoding: str) -> str:
    """cp1258 writes Vietnamese tones as combining marks; compose them so names match."""
    if codecs.lookup(encoding).name == "cp1258":
        return unicodedata.normalize("NFC", text)
    return text

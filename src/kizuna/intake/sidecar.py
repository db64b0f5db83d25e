"""Metadata sidecars: a ``*.jsonl`` beside (or one folder above) the article files.

Datasets ship as a folder of article files plus one metadata file, e.g.
``dev/articles/dev-001.txt`` and ``dev/articles.jsonl`` holding
``{"doc": "dev-001", "url": ..., "published": "2017-07-25"}``.  The record is the
dataset maker's judgement about the page, so it wins over anything we could
guess from the text, including an explicit ``"published": null``.

A ``.jsonl`` whose records carry ``text`` is a document file, not a sidecar.
"""

from __future__ import annotations

import json
import os
import time
from functools import lru_cache
from typing import Any

KEY_FIELDS = ("doc", "id", "file")
_PROBE_LINES = 5


def _stem(value: object) -> str | None:
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    name = os.path.basename(str(value).strip())
    stem, ext = os.path.splitext(name)
    return stem if ext.lower() in (".txt", ".md", ".html", ".htm", ".pdf") else name


def is_sidecar_file(path: str) -> bool:
    """True when the first records of ``path`` are metadata (a key field, no ``text``).

    Used by ``discover`` so a folder's metadata file is not ingested as documents.
    """
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            seen = 0
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                if not isinstance(rec, dict) or "text" in rec:
                    return False
                if not any(k in rec for k in KEY_FIELDS):
                    return False
                seen += 1
                if seen >= _PROBE_LINES:
                    break
            return seen > 0
    except (OSError, ValueError):
        return False


@lru_cache(maxsize=256)
def _is_sidecar_cached(path: str, mtime_ns: int, size: int) -> bool:
    """:func:`is_sidecar_file`, asked once per file version (every article of a folder asks)."""
    return is_sidecar_file(path)


@lru_cache(maxsize=256)
def _load(path: str, mtime_ns: int, size: int) -> dict[str, dict[str, Any]]:
    """Parse one sidecar file into ``stem -> record`` (cached by path, mtime and size)."""
    table: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if not isinstance(rec, dict) or "text" in rec:
                continue
            for key in KEY_FIELDS:
                stem = _stem(rec.get(key))
                if stem:
                    table.setdefault(stem, rec)
                    break
    return table


# folder -> (its mtime, the .jsonl names in it); see _jsonl_names
_LISTINGS: dict[str, tuple[int, list[str]]] = {}
_SETTLED_NS = 2_000_000_000  # a folder unchanged for this long cannot change within its mtime's tick


def _jsonl_names(folder: str) -> list[str]:
    """The ``.jsonl`` files of ``folder``, sorted; a listing is reused while the folder's mtime stays put.

    Every article of a folder asks, so listing the folder each time was most of the
    sidecar cost.  Adding, removing or renaming a file changes the folder's mtime;
    a listing is only kept once that mtime is a few seconds old, so a change made in
    the same clock tick as the listing cannot go unseen (the "racy" case git guards).
    """
    st = os.stat(folder)
    known = _LISTINGS.get(folder)
    if known is not None and known[0] == st.st_mtime_ns:
        return known[1]
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".jsonl"))
    if time.time_ns() - st.st_mtime_ns > _SETTLED_NS:
        if len(_LISTINGS) > 1024:
            _LISTINGS.clear()
        _LISTINGS[folder] = (st.st_mtime_ns, names)
    return names


def _tables(folder: str) -> list[tuple[str, dict[str, dict[str, Any]]]]:
    out = []
    try:
        names = _jsonl_names(folder)
    except OSError:
        return out
    for name in names:
        path = os.path.join(folder, name)
        try:
            st = os.stat(path)
        except OSError:
            continue
        if _is_sidecar_cached(path, st.st_mtime_ns, st.st_size):
            out.append((path, _load(path, st.st_mtime_ns, st.st_size)))
    return out


def find_sidecar(path: str) -> tuple[str, dict[str, Any]] | None:
    """Return ``(sidecar path, record)`` describing article ``path``, or ``None``.

    Looks in the article's folder, then its parent; the first matching record wins.
    """
    folder = os.path.dirname(os.path.abspath(path))
    stem = os.path.splitext(os.path.basename(path))[0]
    for where in (folder, os.path.dirname(folder)):
        for side, table in _tables(where):
            rec = table.get(stem)
            if rec is not None:
                return side, rec
    return None

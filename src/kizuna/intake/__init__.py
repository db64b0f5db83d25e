"""Intake: find files, read them in any common encoding/format, clean page noise, find dates.

Public API::

    discover(paths) -> (files, errors)
    read_path(path, *, max_bytes) -> DocumentList   # a list[IntakeDocument] with .errors

``read_path`` raises :class:`kizuna.errors.IntakeError` (path, reason) for a file it
cannot read; for a ``.jsonl`` of records, bad records are returned in ``.errors``
(path ``file#L<n>``) while the good ones are read.  ``IntakeDocument.text`` is the
cleaned text that fact evidence offsets point into.
"""

from __future__ import annotations

from kizuna.intake.discover import SUPPORTED_SUFFIXES, discover
from kizuna.intake.documents import IntakeDocument
from kizuna.intake.readers import DocumentList, read_path

__all__ = ["SUPPORTED_SUFFIXES", "DocumentList", "IntakeDocument", "discover", "read_path"]

"""Intake: find files, read them in any common encoding/format, clean page noise, find dates.

Public API::

    discover(paths) -> (files, errors)
    read_path(path, *, max_bytes) -> list[IntakeDocument]
"""

from __future__ import annotations

from kizuna.intake.discover import SUPPORTED_SUFFIXES, discover
from kizuna.intake.documents import IntakeDocument
from kizuna.intake.readers import read_path

__all__ = ["SUPPORTED_SUFFIXES", "IntakeDocument", "discover", "read_path"]

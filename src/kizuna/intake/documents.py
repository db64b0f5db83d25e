"""The document record intake hands to the pipeline and the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class IntakeDocument:
    """One readable article: cleaned text plus what we know about where it came from.

    ``text`` is the cleaned text that is stored; fact evidence offsets point into it,
    so nothing downstream may re-clean it.
    """

    origin: str
    doc_id: str
    sha256: str
    text: str
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    format: str = "text"
    byline: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def content_id(data: bytes) -> tuple[str, str]:
    """Return ``(doc_id, sha256)`` for raw bytes; identical bytes always give the same id."""
    digest = hashlib.sha256(data).hexdigest()
    return "d-" + digest[:16], digest

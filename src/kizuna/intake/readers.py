"""Read one file into intake documents."""

from __future__ import annotations

import os

from kizuna.errors import IntakeError
from kizuna.intake.documents import IntakeDocument, content_id


def read_path(path: str, *, max_bytes: int) -> list[IntakeDocument]:
    """Read ``path`` into documents, raising :class:`IntakeError` naming the file on failure."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise IntakeError(path, f"file is {size} bytes, over the {max_bytes}-byte limit")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise IntakeError(path, f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise IntakeError(path, "empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IntakeError(path, "cannot decode text") from exc
    doc_id, sha = content_id(data)
    fmt = "markdown" if path.lower().endswith(".md") else "text"
    return [IntakeDocument(origin=path, doc_id=doc_id, sha256=sha, text=text, format=fmt)]

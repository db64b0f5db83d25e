"""Read one file (text, Markdown, HTML, PDF or a ``.jsonl`` of records) into documents.

Every failure becomes an :class:`IntakeError` naming the file (or ``file#Ln``
for a JSONL record) and a one-line reason, so a batch report can list it and go on.
"""

from __future__ import annotations

import io
import json
import os
import re
from typing import Any

from kizuna.errors import IntakeError
from kizuna.intake.assemble import EmptyText, Hints, build_document
from kizuna.intake.dates import normalise_date
from kizuna.intake.documents import IntakeDocument, content_id
from kizuna.intake.encoding import DecodeError, decode_bytes
from kizuna.intake.sidecar import is_sidecar_file

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_MIN_PDF_CHARS = 20


class DocumentList(list[IntakeDocument]):
    """The documents read from one file, plus per-record errors that did not stop the file.

    A plain list to callers that only iterate; ``errors`` is non-empty only for JSONL
    files where some records were bad and others good.
    """

    def __init__(self, docs: list[IntakeDocument] | None = None, errors: list[IntakeError] | None = None):
        super().__init__(docs or [])
        self.errors: list[IntakeError] = errors or []


def read_path(path: str, *, max_bytes: int) -> DocumentList:
    """Read ``path`` into documents; raise :class:`IntakeError` naming the file on failure.

    The format follows the suffix (``.html``/``.htm``, ``.pdf``, ``.jsonl``, ``.md``,
    anything else as text; a ``.txt`` that is really HTML is read as HTML).
    """
    data = _read_bytes(path, max_bytes)
    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix == ".pdf":
            return DocumentList([_read_pdf(path, data)])
        if suffix == ".jsonl":
            return _read_jsonl(path, data)
        if suffix in (".html", ".htm"):
            return DocumentList([_read_html(path, data)])
        text, encoding = decode_bytes(data)
        if _HTML_SNIFF.match(text[:1000]):
            return DocumentList([_read_html(path, data)])
        doc_id, sha = content_id(data)
        fmt = "markdown" if suffix == ".md" else "text"
        hints = Hints(meta={"encoding": encoding}, sidecar_path=path)
        return DocumentList([build_document(origin=path, doc_id=doc_id, sha256=sha, raw_text=text, fmt=fmt,
                                            hints=hints)])
    except DecodeError as exc:
        raise IntakeError(path, str(exc)) from exc
    except EmptyText as exc:
        raise IntakeError(path, str(exc)) from exc


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """Size-check then read; a file that vanished since ``discover`` is reported, not raised."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise IntakeError(path, f"file too large: {size} bytes, over the {max_bytes}-byte limit")
        with open(path, "rb") as fh:
            # read what stat promised (asking for max_bytes makes Python allocate that much first),
            # then whatever the file grew by since, up to the same limit as before
            data = fh.read(min(size, max_bytes) + 1)
            if len(data) > size and len(data) <= max_bytes:
                data += fh.read(max_bytes + 1 - len(data))
    except FileNotFoundError as exc:
        raise IntakeError(path, "file vanished before it could be read") from exc
    except IsADirectoryError as exc:
        raise IntakeError(path, "is a directory, not a file") from exc
    except OSError as exc:
        raise IntakeError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise IntakeError(path, f"file too large: over the {max_bytes}-byte limit")
    if not data.strip():
        raise IntakeError(path, "empty file")
    return data


def _read_html(path: str, data: bytes) -> IntakeDocument:
    """Main content and metadata with trafilatura; an HTML page with no article is an error."""
    import trafilatura

    m = _CHARSET.search(data[:4096])
    html, encoding = decode_bytes(data, declared=m.group(1).decode("ascii", "replace") if m else None)
    params: dict[str, Any] = {"extensive_search": False, "original_date": True}
    result = None
    for recall in (False, True):
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=recall,
            date_extraction_params=params,
        )
        if result is not None and (getattr(result, "text", None) or "").strip():
            break
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise IntakeError(path, "HTML has no main content")
    if "<table" in html.lower() and "\n|" not in text:
        text = _tables_as_rows(html, text)
    hints = Hints(
        url=getattr(result, "url", None) or None,
        title=getattr(result, "title", None) or None,
        outlet=getattr(result, "sitename", None) or None,
        byline=getattr(result, "author", None) or None,
        meta={"encoding": encoding},
        sidecar_path=path,
    )
    published = normalise_date(getattr(result, "date", None))
    if published:
        hints.published, hints.published_source = published, "html-meta"
    doc_id, sha = content_id(data)
    try:
        return build_document(origin=path, doc_id=doc_id, sha256=sha, raw_text=text, fmt="html", hints=hints)
    except EmptyText as exc:
        raise IntakeError(path, "HTML has no main content (only page furniture)") from exc


def _tables_as_rows(html: str, text: str) -> str:
    """Write the page's tables as rows of cells ("| Buffalo | United States | 1962 |") where the
    extractor gave one cell a line: trafilatura keeps a table's layout on some pages and not on
    others, and a row is what tells a partner's country and year apart from the next partner's."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return text
    lines = text.split("\n")
    for table in root.iter("table"):
        rows = [[" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")]
        rows = [r for r in rows if r and any(r)]
        cells = [c for r in rows for c in r if c]
        if len(rows) < 2 or not cells:
            continue
        for i in range(len(lines) - len(cells) + 1):
            if [ln.strip() for ln in lines[i: i + len(cells)]] == cells:
                rendered = ["| " + " | ".join(r) + " |" for r in rows]
                rendered.insert(1, "|" + "---|" * len(rows[0]))
                lines[i: i + len(cells)] = rendered
                break
    return "\n".join(lines)


def _read_pdf(path: str, data: bytes) -> IntakeDocument:
    """Text layer with pypdf; a scanned PDF without one is reported as such (no OCR here)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IntakeError(path, f"not a readable PDF: {exc.__class__.__name__}: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken files
        raise IntakeError(path, f"not a readable PDF: {exc.__class__.__name__}: {exc}") from exc
    text = "\n\n".join(p.strip("\n") for p in pages)
    if len(text.strip()) < _MIN_PDF_CHARS:
        raise IntakeError(path, f"PDF has no text layer ({len(pages)} pages; scanned image?)")
    meta: dict[str, Any] = {"pages": len(pages)}
    title = None
    if info is not None:
        title = (info.title or "").strip() or None
        if info.get("/CreationDate"):
            meta["pdf_created"] = str(info.get("/CreationDate"))  # file date, not publication date
    doc_id, sha = content_id(data)
    try:
        return build_document(origin=path, doc_id=doc_id, sha256=sha, raw_text=text, fmt="pdf",
                              hints=Hints(title=title, meta=meta, sidecar_path=path))
    except EmptyText as exc:
        raise IntakeError(path, f"PDF has no text layer ({exc})") from exc


def _read_jsonl(path: str, data: bytes) -> DocumentList:
    """One document per ``{url, title, published, text}`` record; origin is ``path#L<line>``.

    A bad record is reported with its line number and the others are kept; the file
    fails as a whole only when no record is usable.
    """
    text, _ = decode_bytes(data)
    docs: list[IntakeDocument] = []
    errors: list[IntakeError] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}#L{lineno}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            errors.append(IntakeError(where, f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(rec, dict):
            errors.append(IntakeError(where, "record is not a JSON object"))
            continue
        body = rec.get("text")
        if not isinstance(body, str) or not body.strip():
            errors.append(IntakeError(where, "record has no text"))
            continue
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        hints = Hints(url=url, title=rec.get("title") if isinstance(rec.get("title"), str) else None,
                      outlet=rec.get("outlet") if isinstance(rec.get("outlet"), str) else None,
                      meta={k: v for k, v in rec.items() if k not in ("text", "url", "title", "published")})
        if "published" in rec:
            hints.published, hints.published_source = normalise_date(rec.get("published")), "record"
        doc_id, sha = content_id(((url or "") + "\n" + body).encode("utf-8"))
        try:
            docs.append(build_document(origin=where, doc_id=doc_id, sha256=sha, raw_text=body, fmt="jsonl",
                                       hints=hints))
        except EmptyText as exc:
            errors.append(IntakeError(where, str(exc)))
    if not docs:
        if not errors:
            raise IntakeError(path, "empty file")
        if is_sidecar_file(path):
            raise IntakeError(path, "metadata sidecar (records without text), not documents")
        raise IntakeError(path, f"no usable records ({len(errors)} bad; first: {errors[0]})")
    return DocumentList(docs, errors)

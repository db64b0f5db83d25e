"""The ingest pipeline: files → intake → extraction → store.

Documents are stored with their facts in transactions of a few dozen documents
(merging costs per transaction, not per document), so an ingest killed half-way
keeps every finished batch and nothing half-written; running it again stores
the rest.  A bad file is recorded and the ingest goes on; the report names
every failure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kizuna.config import DEFAULT_MAX_BYTES
from kizuna.errors import IntakeError, KizunaError
from kizuna.facts import Fact
from kizuna.store import Store


@dataclass
class IngestReport:
    """What one ``ingest`` call did, for the summary line and the exit code."""

    files: int = 0
    documents: int = 0
    skipped: int = 0
    facts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


ProgressFn = Callable[[str, str], None]


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressFn | None = None,
    on_files: Callable[[int], None] | None = None,
    batch_size: int = 25,
) -> IngestReport:
    """Read, extract and store every supported file under ``paths``.

    ``progress(path, outcome)`` is called once per file (outcome: ``stored``,
    ``known``, ``failed``) so a front end can draw a bar; ``on_files(n)`` is
    called once with the number of files found.  Documents are written ``batch_size``
    at a time, one transaction per batch (a failing batch is retried document by document).
    """
    from kizuna.extract import extract_facts
    from kizuna.gazetteer import Gazetteer
    from kizuna.intake import discover, read_path

    report = IngestReport()
    files, errors = discover(list(paths))
    for err in errors:
        report.failed.append((err.path, err.reason))
    report.files = len(files)
    if on_files:
        on_files(len(files))
    gazetteer = Gazetteer.load() if files else None
    pending: list[tuple[str, Any, list[Fact]]] = []
    pending_ids: set[str] = set()

    def flush() -> None:
        if not pending:
            return
        try:
            counts = store.add_documents([(doc, facts) for _p, doc, facts in pending])
        except KizunaError:
            counts = []
            for path_, doc, facts in pending:  # find the document that cannot go in; keep the others
                try:
                    counts.append(store.add_document(doc, facts))
                except KizunaError as exc:
                    report.failed.append((path_, str(exc)))
                    counts.append(-1)
        for (_p, _doc, _facts), n in zip(pending, counts, strict=True):
            if n >= 0:
                report.facts += n
                report.documents += 1
        pending.clear()
        pending_ids.clear()

    for path in files:
        outcome = "stored"
        try:
            docs = read_path(path, max_bytes=max_bytes)
            for err in getattr(docs, "errors", ()):  # bad records inside a good .jsonl file
                report.failed.append((err.path, err.reason))
            new = 0
            for doc in docs:
                if doc.doc_id in pending_ids or store.has_document(doc.doc_id):
                    report.skipped += 1
                    continue
                facts = extract_facts(doc.text, published=doc.published, title=doc.title, gazetteer=gazetteer)
                pending.append((path, doc, facts))
                pending_ids.add(doc.doc_id)
                new += 1
            if len(pending) >= batch_size:
                flush()
            if docs and not new:
                outcome = "known"
        except IntakeError as exc:
            report.failed.append((exc.path, exc.reason))
            outcome = "failed"
        except KizunaError as exc:
            report.failed.append((path, str(exc)))
            outcome = "failed"
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            report.failed.append((path, f"unexpected {exc.__class__.__name__}: {exc}"))
            outcome = "failed"
        if progress:
            progress(path, outcome)
    flush()
    return report

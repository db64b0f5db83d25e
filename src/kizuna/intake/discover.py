"""Turn the paths given to ``ingest`` into a sorted list of readable files."""

from __future__ import annotations

import os

from kizuna.errors import IntakeError
from kizuna.intake.sidecar import is_sidecar_file

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl")


def _supported(name: str) -> bool:
    return name.lower().endswith(SUPPORTED_SUFFIXES) and not os.path.basename(name).startswith(".")


def discover(paths: list[str]) -> tuple[list[str], list[IntakeError]]:
    """Expand files and folders (recursively) into a sorted, de-duplicated file list.

    Missing paths become errors instead of exceptions so one typo does not stop a batch.
    A ``.jsonl`` found in a folder whose records have no ``text`` is a metadata sidecar
    (see :mod:`kizuna.intake.sidecar`) and is not listed.
    Files inside folders keep the prefix the user typed, so ``origin`` reads the way they
    asked for it.
    """
    found: set[str] = set()
    errors: list[IntakeError] = []
    for given in paths:
        if os.path.isfile(given):
            if _supported(given):
                found.add(given)
            else:
                errors.append(IntakeError(given, "unsupported file type"))
        elif os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    full = os.path.join(root, name)
                    if not _supported(name):
                        continue
                    if name.lower().endswith(".jsonl") and is_sidecar_file(full):
                        continue  # metadata for the articles beside it, not documents
                    found.add(full)
        else:
            errors.append(IntakeError(given, "no such file or directory"))
    return sorted(found), errors

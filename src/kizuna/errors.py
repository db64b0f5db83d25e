"""Kizuna's error hierarchy.

Every surface (CLI, API, pages) converts these once, at its edge::

    KizunaError
    ├── ConfigError          bad option, bad database URL, missing setting
    ├── IntakeError          a document could not be read or cleaned (names the file)
    ├── ExtractionError      the extractor failed on a document
    ├── GazetteerError       the place registry could not be loaded
    ├── StoreError           the database refused a read or write
    │   └── NotFound         no such document, fact, place (kind, id)
    └── ImportError_         a registry file could not be imported (names file and row)
"""

from __future__ import annotations


class KizunaError(Exception):
    """Base of all errors Kizuna raises on purpose; the message is one line for the user."""


class ConfigError(KizunaError):
    """A setting or option is invalid."""


class IntakeError(KizunaError):
    """A document could not be read; carries the path so batch reports can name it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(KizunaError):
    """The extractor failed on one document."""


class GazetteerError(KizunaError):
    """The place registry could not be built or loaded."""


class StoreError(KizunaError):
    """A database operation failed."""


class NotFound(StoreError):
    """A requested object does not exist."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"no {kind} {ident!r}")
        self.kind = kind
        self.ident = ident


class RegistryImportError(KizunaError):
    """A registry file (Wikidata JSON, CSV) could not be imported; names the file and row."""

    def __init__(self, path: str, reason: str, row: int | None = None) -> None:
        where = f"{path}:{row}" if row is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.row = row
        self.reason = reason

"""Storage: one SQLAlchemy database (SQLite by default) holding documents, facts and their sources."""

from kizuna.store.store import Store, open_store

__all__ = ["Store", "open_store"]

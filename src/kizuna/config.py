"""Where settings come from: an explicit option, then the environment, then a default."""

from __future__ import annotations

import os

DEFAULT_DB_URL = "sqlite:///kizuna.db"
ENV_DB = "KIZUNA_DB"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def resolve_db_url(option: str | None = None) -> str:
    """Return the database URL: ``--db`` wins, then ``$KIZUNA_DB``, then ``sqlite:///kizuna.db``.

    A bare file path (``my.db``) is accepted and turned into a SQLite URL, since
    that is what people type.
    """
    url = option or os.environ.get(ENV_DB) or DEFAULT_DB_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url

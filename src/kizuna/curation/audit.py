"""The audit log: who changed which fact, when, and what it said before and after."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kizuna.store import Store
from kizuna.store.schema import AuditEntry, FactRow
from kizuna.store.writer import now


def current_user() -> str:
    """``$KIZUNA_USER`` when set (shared accounts, scripts), else the operating-system user."""
    user = os.environ.get("KIZUNA_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry in some containers
        return "unknown"


def snapshot(row: FactRow) -> dict[str, Any]:
    """The fact as a reader sees it (export shape without the sources), plus curation state."""
    from kizuna.export import fact_to_json

    out = fact_to_json(row)
    out["n_sources"] = len(out.pop("sources"))
    out["curation"] = row.curation
    out["provenance"] = row.provenance
    if row.overrides:
        out["overrides"] = row.overrides
    return out


def record(s: Session, fact_id: str, action: str, before: dict[str, Any] | None,
           after: dict[str, Any] | None, who: str | None = None) -> None:
    """Append one entry; called in the same transaction as the change it describes."""
    s.add(AuditEntry(fact_id=fact_id, who=who or current_user(), at=now(), action=action, before=before,
                     after=after))


def history(store: Store, fact_id: str) -> list[dict[str, Any]]:
    """Every audit entry of a fact, oldest first."""
    with store.Session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.fact_id == fact_id).order_by(AuditEntry.pk))
        return [{"at": e.at.isoformat(timespec="seconds"), "who": e.who, "action": e.action, "before": e.before,
                 "after": e.after} for e in rows]


def changed(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, tuple[Any, Any]]:
    """Keys whose value differs between two snapshots: what a history line shows."""
    b, a = before or {}, after or {}
    return {k: (b.get(k), a.get(k)) for k in sorted(set(b) | set(a)) if b.get(k) != a.get(k)}

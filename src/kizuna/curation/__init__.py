"""Curation: people review, accept, reject, edit and add facts; every change is audited.

The functions here do the work (``kizuna.curation.cli`` only prints).  A
curator's edits are stored as *overrides* on the fact, applied each time the
fact is re-derived from its sources, so a later report cannot undo them; a
rejected fact stays rejected when new reports of it arrive.
"""

from kizuna.curation.audit import current_user, history, snapshot
from kizuna.curation.service import (
    EditRequest,
    accept,
    add_fact,
    edit_fact,
    reject,
    resolve_place,
    review,
)

__all__ = [
    "EditRequest", "accept", "add_fact", "current_user", "edit_fact", "history", "reject", "resolve_place",
    "review", "snapshot",
]

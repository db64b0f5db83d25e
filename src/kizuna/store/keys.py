"""Stable keys: how places, people and facts are recognised as the same across documents."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from kizuna.facts import Fact, PlaceRef


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: "Thanh Hóa" and "thanh hoa" fold alike.

    Cached: a batch folds the same few hundred names and titles over and over.
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("đ", "d")
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def place_key(ref: PlaceRef) -> str:
    """The gazetteer id when resolved, else ``name:CC:folded name`` so unresolved names still merge."""
    if ref.id:
        return ref.id
    return f"name:{ref.country or ''}:{fold(ref.name)}"


def ref_key(ref: dict[str, Any]) -> str:
    """:func:`place_key` of a place as fact JSON holds it (``PlaceRef.to_json`` shape), without building one."""
    return ref.get("id") or f"name:{ref.get('country') or ''}:{fold(ref.get('name') or '')}"


def person_key(name: str) -> str:
    """Name order does not matter: "Hirai Shinji" and "Shinji Hirai" are one person."""
    return " ".join(sorted(fold(name).split()))


def merge_key(fact: Fact) -> str:
    """What two reports must share to be candidates for the same fact (the coarse key).

    Visits keep origin → destination order; every other type is an unordered set
    of places.  Dates and details are compared when merging, not here: the key
    only narrows the candidates to a handful, so merging stays fast at 100k facts.
    """
    return group_key(fact.type, fact.places, fact.attributes)


def group_key(type_: str, places: list[PlaceRef], attributes: dict[str, Any]) -> str:
    """:func:`merge_key` for the parts of a fact (also used on stored fact JSON)."""
    return group_key_of_keys(type_, [place_key(p) for p in places], attributes)


def group_key_of_keys(type_: str, keys: list[str], attributes: dict[str, Any]) -> str:
    """:func:`group_key` when the places' keys are already known."""
    if type_ != "visit":
        keys = sorted(set(keys))
    if type_ == "statistic":
        keys.append(f"value={attributes.get('value')}")
    return type_ + "|" + "|".join(keys)


@lru_cache(maxsize=8192)
def new_fact_id(merge: str, salt: str) -> str:
    """Fact ids are short hashes of what first created them, so re-runs give the same ids.

    Cached: a batch asks for each new fact's first id twice (the preload, then the write).
    """
    return "f-" + hashlib.sha256(f"{merge}#{salt}".encode()).hexdigest()[:12]

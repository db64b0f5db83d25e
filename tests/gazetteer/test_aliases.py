"""Every entry of aliases.yaml, exercised."""

import pytest

from kizuna.gazetteer.build import COMMON_WORD, load_aliases
from kizuna.gazetteer.names import fold

A = load_aliases()
COUNTRY = [(code, alias) for code, e in A["countries"].items() for alias in (e.get("aliases") or [])]
COUNTRY_CANON = [(code, e["canonical"]) for code, e in A["countries"].items() if e.get("canonical")]
REGION = [(code, alias) for code, e in A["regions"].items() for alias in (e.get("aliases") or [])]
REGION_CANON = [(code, e["canonical"]) for code, e in A["regions"].items() if e.get("canonical")]


@pytest.mark.parametrize(("code", "alias"), COUNTRY + COUNTRY_CANON)
def test_country_alias(gz, code, alias):
    assert any(c.place.id == code for c in gz.lookup(alias, level="country")), alias
    assert gz.resolve_name(alias, level="country").id == code


@pytest.mark.parametrize(("code", "canonical"), COUNTRY_CANON + REGION_CANON)
def test_canonical_name(gz, code, canonical):
    assert gz.get(code).name == canonical


@pytest.mark.parametrize(("code", "alias"), REGION + REGION_CANON)
def test_region_alias(gz, code, alias):
    assert any(c.place.id == code for c in gz.lookup(alias)), alias
    assert gz.resolve_name(alias, country=code[:2], level="region").id == code


@pytest.mark.parametrize("name", sorted(A["not_places"]))
def test_not_places_are_no_places_in_text(gz, name):
    entries = gz.index.get(fold(name), [])
    assert all(e.reason == COMMON_WORD for e in entries if e.place.level == "municipality"), name
    # (ISO regions named like words, "Van" TR-65 or "Nelson" NZ-NSN, are not filtered: only municipalities)
    ms = gz.find_mentions(f"Yesterday {name} said it was fine.")
    assert not [m for m in ms if m.place and m.text == name and m.place.level == "municipality"]

"""Vietnam's 63 provinces before 2025-07-01 and 34 after, both kept with their dates."""

import pycountry
import pytest

from kizuna.gazetteer.vietnam import merger_table

T = merger_table()
MERGED = list(T["merged"].items())
ABSORBED = [(old, new) for new, v in T["merged"].items() for old in v["absorbed"]]


def test_the_table_adds_up():
    old = {s.code for s in pycountry.subdivisions.get(country_code="VN") if not s.parent_code}
    assert len(old) == 63
    assert len(T["unchanged"]) == 11 and len(T["merged"]) == 23
    listed = set(T["unchanged"]) | set(T["merged"]) | {o for o, _ in ABSORBED}
    assert listed == old
    assert len({v["gso"] for part in ("unchanged", "merged") for v in T[part].values()}) == 34


def test_generations_by_date(gz):
    on = [p for p in gz.places if p.country == "VN" and p.level == "region"]
    assert len({p.id for p in on if p.valid_on("2023-05-01")}) == 63
    assert len({p.id for p in on if p.valid_on("2026-01-01")}) == 34


@pytest.mark.parametrize(("old", "new"), ABSORBED)
def test_absorbed_province_resolves_by_date(gz, old, new):
    name = gz.get(old).name
    before = gz.resolve_name(name, date="2023-03-01")
    after = gz.resolve_name(name, date="2026-03-01")
    assert before is not None and before.id == old and before.valid_to == "2025-06-30"
    assert after is not None and after.id == new and after.valid_from == "2025-07-01"


@pytest.mark.parametrize(("code", "entry"), MERGED)
def test_merged_province_keeps_the_code_of_its_namesake(gz, code, entry):
    old = gz.get(code, date="2023-01-01")
    new = gz.get(code, date="2026-01-01")
    assert old is not new and old.valid_to == "2025-06-30" and new.valid_from == "2025-07-01"
    assert gz.resolve_name(entry["name"], date="2026-01-01") is new
    assert gz.resolve_name(entry["native"], date="2023-01-01") is old
    assert gz.get(code) is new  # undated: today's


def test_undated_names_still_resolve(gz):
    assert gz.resolve_name("Ha Giang").id == "VN-03"
    assert gz.resolve_name("Tuyen Quang").valid_from == "2025-07-01"


def test_canonical_names_have_no_diacritics(gz):
    for p in gz.places:
        if p.country == "VN" and p.level == "region":
            assert p.name.isascii(), p
    assert gz.get("VN-21").name == "Thanh Hoa"
    assert gz.get("VN-63").name == "Ha Nam"


def test_lookup_reason_names_the_succession(gz):
    c = gz.lookup("Ha Giang", date="2026-01-01")[0]
    assert c.place.id == "VN-07" and "successor of Ha Giang" in c.reason


def test_document_context_dates_mentions(gz):
    from kizuna.gazetteer import ResolveContext

    ms = gz.find_mentions("Delegates from Thai Binh province met in Hanoi.", ResolveContext(date="2026-02-01"))
    assert [m.place.id for m in ms] == ["VN-66", "VN-HN"]

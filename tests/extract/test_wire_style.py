"""Wire-service habits: "Taipei, Aug. 25 (CNA)" is the filing date, "the 12th such agreement" a rank,
a forum's "Cooperation" no cooperation, and "Sunday" on a Sunday that day."""

from kizuna.extract import extract_facts
from kizuna.extract.dates import find_dates


def test_a_title_case_agency_dateline_is_the_filing_date():
    text = "Taipei, Aug. 25 (CNA) Taichung Mayor Lu met Aomori Governor Miyashita on Monday."
    dates = find_dates(text, "2026-08-25")
    assert [(d.value, d.kind) for d in dates] == [("2026-08-25", "dateline"), ("2026-08-24", "relative")]


def test_an_ordinal_before_a_noun_is_a_rank_not_a_day():
    assert not find_dates("It is the 12th such agreement the city has signed.", "2026-08-25")
    assert [d.value for d in find_dates("The pact was signed on the 12th.", "2026-08-25")] == ["2026-08-12"]


def test_the_filing_weekday_in_a_plan_is_that_day():
    text = "The governor is in Taiwan from Sunday through Wednesday and will sign an MOU."
    assert find_dates(text, "2024-11-03", future=True, future_from=0)[0].value == "2024-11-03"


def test_a_ranked_pact_is_the_one_just_told(gz):
    text = ("Taichung Mayor Lu Shiow-yen and Aomori Governor Sohei Miyashita on Monday signed an exchange "
            "agreement in Aomori.\nIt is the 12th such agreement Taichung has signed with a Japanese local government.\n")
    pacts = [f for f in extract_facts(text, published="2026-08-25", gazetteer=gz) if f.type == "agreement"]
    assert len(pacts) == 1 and {p.name for p in pacts[0].places} == {"Taichung", "Aomori"}


def test_a_forum_named_for_cooperation_is_no_cooperation(gz):
    text = "Shenyang will host the 5th China-ROK Local Government Cooperation Forum next year, officials said."
    facts = extract_facts(text, published="2026-11-03", gazetteer=gz)
    assert [f.type for f in facts] == ["meeting"]


def test_an_agency_dateline_with_its_region_names_no_party(gz):
    text = ("Bandung, West Java (ANTARA) - The West Java provincial government and Japan's Shizuoka Prefecture "
            "on Wednesday renewed their sister province agreement.")
    facts = extract_facts(text, published="2026-10-15", gazetteer=gz)
    assert facts and not [p for f in facts for p in f.places if p.name == "Bandung"]

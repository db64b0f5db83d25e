"""A forum named for countries lists its members in the sentence; a pair's annual meeting is a meeting."""

from kizuna.extract import extract_facts


def test_listed_members_are_the_participants(gz):
    text = ("The 12th Japan-China-Korea Local Government Exchange Conference opened in Shizuoka on Oct. 20, "
            "bringing together officials from Shizuoka, Zhejiang and South Chungcheong.")
    [m] = [f for f in extract_facts(text, published="2025-10-24", gazetteer=gz) if f.type == "meeting"]
    assert [p.name for p in m.places] == ["Shizuoka", "Zhejiang", "South Chungcheong"]
    assert m.attributes["edition"] == 12


def test_without_a_list_the_named_countries_stay(gz):
    text = "The 12th Japan-China-Korea Local Government Exchange Conference opened in Shizuoka on Oct. 20."
    [m] = [f for f in extract_facts(text, published="2025-10-24", gazetteer=gz) if f.type == "meeting"]
    assert {p.level for p in m.places} == {"country"}


def test_a_pairs_annual_meeting(gz):
    text = "Leaders of Fukuoka Prefecture and Busan held their annual meeting in Fukuoka on Friday."
    [m] = [f for f in extract_facts(text, published="2025-10-24", gazetteer=gz) if f.type == "meeting"]
    assert {p.name for p in m.places} == {"Fukuoka", "Busan"} and m.date == "2025-10-24"

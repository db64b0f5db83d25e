"""Phrasings from the lead's blind batches hb-32..hb-41 (written in our own words)."""

from .conftest import names, of_type


def test_a_signed_declaration_is_an_agreement(extract):
    text = ("A delegation from Kobe visited Marseille on Monday. "
            "The two mayors signed a declaration on cooperation in port logistics and hydrogen.\n")
    pacts = of_type(extract(text, "2024-05-08"), "agreement")
    assert [sorted(names(f)) for f in pacts] == [["Kobe", "Marseille"]]
    assert "energy" in pacts[0].attributes["fields"]


def test_city_partnerships_listed_are_ties(extract):
    text = "Lyon also maintains city partnerships with Beirut, Montreal and Yokohama.\n"
    ties = of_type(extract(text, "2024-05-08"), "partnership")
    assert sorted(n for f in ties for n in names(f) if n != "Lyon") == ["Beirut", "Montréal", "Yokohama"]


def test_talks_with_a_delegation_after_a_dashed_dateline(extract):
    text = ("Hue (VNA) - Chairman of the Thua Thien Hue provincial People's Committee Nguyen Van Phuong held talks "
            "on May 6 with a delegation from Japan's Kanagawa Prefecture led by Vice Governor Kenji Ito.\n")
    visits = of_type(extract(text, "2024-05-08"), "visit")
    assert [names(f) for f in visits] == [["Kanagawa", "Thua Thien Hue"]]


def test_a_region_s_name_is_no_person(gz):
    from kizuna.extract.context import analyse

    doc = analyse("A delegation from Guangxi Zhuang Autonomous Region led by Party Secretary Li Qiang came.\n",
                  "2024-05-08", None, gz)
    assert [p.name for s in doc.sentences for p in s.people] == ["Li Qiang"]

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

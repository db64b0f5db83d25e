"""Regions outside East Asia by the names English news gives them, and direction words that are
no places: stories of Kizuna's pairs name Bavaria, West Java and Primorye as often as Hebei."""

import pytest

from kizuna.extract import extract_facts


def _ids(gz, sentence: str) -> list[str | None]:
    return [m.place.id if m.place else None for m in gz.find_mentions(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A trade mission from Bavaria arrived in Kagoshima on Monday.", ["DE-BY", "JP-46"]),
    ("The governor of West Java flew to Shizuoka Prefecture.", ["ID-JB", "JP-22"]),
    ("Semarang, the capital of Central Java, hosted Kobe officials.", ["geonames:1627896", "ID-JT", "geonames:1859171"]),
    ("Officials from Primorye and Khabarovsk Krai met the Toyama governor.", ["RU-PRI", "RU-KHA", "JP-16"]),
    ("The governor of Moscow Oblast toured Sapporo.", ["RU-MOS", "geonames:2128295"]),
    ("Luang Prabang and Xieng Khouang sent delegations to Lao Cai.", ["LA-LP", "LA-XI", "VN-02"]),
    ("Tuscany and Lombardy signed with Gifu.", ["IT-52", "IT-25", "JP-21"]),
])
def test_english_region_names(gz, sentence, expected):
    assert [i for i in _ids(gz, sentence) if i] == expected


def test_a_capital_district_is_the_city():
    """Jakarta and Bangkok are first-level divisions in their own right, as Seoul and Tokyo are."""
    from kizuna.gazetteer import Gazetteer

    gz = Gazetteer.load()
    assert _ids(gz, "The Jakarta governor met the Bangkok governor.") == ["ID-JK", "TH-10"]


@pytest.mark.parametrize("sentence", [
    "Osaka officials joined the East Asia forum and a West Coast trade show.",
    "North and South Korea held talks, the mayor of Kobe noted.",
])
def test_direction_words_are_no_regions(gz, sentence):
    """Cameroon's "East" and "North", New Zealand's "West Coast": never from running text alone."""
    ids = _ids(gz, sentence)
    assert not [i for i in ids if i and i[:2] in ("CM", "NZ")], ids


def test_no_visit_to_a_region_named_by_directions(gz):
    text = ("The mayor of Kobe visited the West Coast of the United States on Monday, where he met "
            "the mayor of Seattle.")
    facts = extract_facts(text, published="2026-05-01", gazetteer=gz)
    assert not [f for f in facts for p in f.places if p.id == "NZ-WTC"]
    assert any(f.type == "visit" for f in facts)

"""Places in context as the extractors see them: capitals named by their country, same-named towns."""

import pytest

from kizuna.extract.context import analyse


def _hits(gz, text):
    doc = analyse(text, None, None, gz)
    return [(h.text, h.ref.id, h.locator) for s in doc.sentences for h in s.places]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Vietnamese capital will host the forum next year.", [("Vietnamese", "VN-HN", False)]),
    ("Ties between the Japanese and South Korean capitals go back decades.",
     [("Japanese", "JP-13", False), ("South Korean", "KR-11", False)]),
    ("A delegation from the U.S. capital arrived on Monday.", [("U.S.", "US-DC", False)]),
])
def test_a_capital_named_by_its_country_is_the_capital_city(gz, text, expected):
    assert _hits(gz, text) == expected


@pytest.mark.parametrize("text", [
    "Chinese capital flows into the region rose last year.",
    "the Chinese capital markets opened lower",
    "They welcomed the Australian capital investment in the port.",
])
def test_capital_as_money_is_not_a_place(gz, text):
    assert not [h for h in _hits(gz, text) if h[1] and h[1] != "CN" and h[1] != "AU"]


def test_a_capital_named_right_after_is_not_doubled(gz):
    got = _hits(gz, "The mayor flew to the Thai capital, Bangkok, on Friday.")
    assert [h for h in got if h[2] is False] == [("Bangkok", got[-1][1], False)]


def test_a_british_twin_town_in_a_british_story(extract):
    """No country named: the council (Kirklees) and the German town make Halifax the English one."""
    text = ("Councillors from Kirklees travelled to Aachen in May. "
            "Halifax and Aachen have been twin towns since 1979.")
    found = [p.country for f in extract(text) for p in f.places if p.name == "Halifax"]
    assert found and set(found) == {"GB"}


def test_a_small_town_abroad_named_with_its_mayor_is_a_place(gz):
    # Tsushima (Nagasaki) has under 100k people; the story's other place is Korean.
    text = "Tsushima Mayor Naoki Hitakatsu led a 12-member delegation to Busan on Friday."
    got = [(t, i) for t, i, _ in _hits(gz, text)]
    assert ("Tsushima", "geonames:1849429") in got or any(t == "Tsushima" and i for t, i in got), got


def test_a_vice_title_is_not_a_town(gz):
    text = "Vice Mayor Tran Van Hoa of Hue received the Kanazawa delegation on Friday."
    assert all(t != "Vice" for t, _, _ in _hits(gz, text))


def test_a_bare_name_after_its_mayor_keeps_the_city(gz):
    text = ("Portland Mayor Ted Wheeler flew to Sapporo on Monday.\n"
            "Portland has eight sister cities, including Sapporo in Japan.")
    assert [i for t, i, _ in _hits(gz, text) if t == "Portland"] == ["geonames:5746545"] * 2


def test_the_possessive_of_a_country_in_s_locates(gz):
    text = "A delegation from Laos' Champasak province arrived in Kunming."
    hits = {t: loc for t, _, loc in _hits(gz, text)}
    assert hits.get("Laos") is True, hits

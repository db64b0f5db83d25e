"""Partnership phrasings found on blind articles (own corpus hb-06..hb-13), as general rules.

Sentences written for these tests, with other places than the articles'.
"""


def ties(facts):
    return sorted(tuple(p.name for p in f.places) for f in facts if f.type == "partnership")


def test_a_count_of_sister_cities_that_names_some_among_them_gives_those_ties(extract):
    text = "Spokane already has 6 sister cities, among them Nishinomiya in Japan and Jilin City in China."
    got = ties(extract(text, published="2024-09-12"))
    assert ("Spokane", "Nishinomiya") in got
    assert len(got) == 2


def test_a_bare_count_of_sister_cities_is_no_tie(extract):
    text = "Spokane already has 6 sister cities on three continents."
    assert not ties(extract(text, published="2024-09-12"))


def test_our_twin_city_in_a_council_release_is_a_tie_of_the_council(extract):
    text = ("Our city was glad to welcome six officials from Nanjing, our twin city in China's Jiangsu province, "
            "this week.\n"
            "The visitors were received by the Lord Mayor of Leeds at the Civic Hall.")
    got = ties(extract(text, published="2024-05-03"))
    assert got == [("Leeds", "Nanjing")]


def test_our_twin_city_without_a_council_named_is_no_tie(extract):
    text = "Six officials from Nanjing, our twin city in China's Jiangsu province, arrived this week."
    assert not ties(extract(text, published="2024-05-03"))


def test_a_tie_described_as_the_first_tie_between_two_kinds_of_city_is_one_tie(extract):
    text = "Nagasaki has been twinned with Fuzhou since 1980, the first sister-city tie between a Chinese and a Japanese port."
    facts = [f for f in extract(text, published="2024-09-12") if f.type == "partnership"]
    assert len(facts) == 1 and facts[0].attributes["kind"] == "twinning"

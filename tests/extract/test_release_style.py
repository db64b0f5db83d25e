"""A US city's press release: "CITY (date) —" is the release's date, a bare prefecture-and-city name
in a tie of sister cities is the city, and the headline's trip is the body's."""

from kizuna.extract import extract_facts

TITLE = "Mayor Dana Reyes leads trade delegation to Okayama, Japan"
RELEASE = (
    "City of Boise - News Release\n"
    f"{TITLE}\n"
    "BOISE (June 2, 2026) — Mayor Dana Reyes will lead a 12-member delegation to Boise's sister "
    "city of Okayama, Japan, from June 14 to 19, the City announced today.\n"
    "Boise and Okayama have been sister cities since 1991.\n"
)


def _facts(gz):
    return extract_facts(RELEASE, published="2026-06-02", title=TITLE, gazetteer=gz)


def test_a_parenthesised_dateline_is_no_event_date(gz):
    [v] = [f for f in _facts(gz) if f.type == "visit"]
    assert (v.date, v.date_end, v.status) == ("2026-06-14", "2026-06-19", "planned")


def test_sister_cities_are_cities(gz):
    ties = [f for f in _facts(gz) if f.type == "partnership"]
    assert len(ties) == 1 and ties[0].date == "1991"
    assert {p.level for p in ties[0].places} == {"municipality"}


def test_a_prefecture_stays_a_prefecture_beside_a_province(gz):
    text = "Okayama and Jiangxi Province have been friendship regions since 1992, and Okayama sent a delegation."
    ties = [f for f in extract_facts(text, published="2026-06-02", gazetteer=gz) if f.type == "partnership"]
    assert ties and all(p.level == "region" for p in ties[0].places)

"""Territories ISO lists twice, second-level provinces, and the prior for prominent countries."""

from kizuna.gazetteer import ResolveContext


def test_a_territory_name_is_the_country(gz):
    assert gz.resolve_name("Taiwan").id == "TW"
    assert gz.resolve_name("Northern Mariana Islands").id == "MP"
    assert gz.get("CN-TW") is not None  # the division keeps its id


def test_a_state_named_like_a_country_is_still_a_state(gz):
    assert gz.resolve_name("Georgia", country="US").id == "US-GA"


def test_philippine_provinces(gz):
    place = gz.resolve_name("Ilocos Sur")
    assert place is not None and place.id == "PH-ILS" and place.level == "region"


def test_maryland_in_a_story_with_other_places_is_the_us_state(gz):
    text = "Maryland Governor Larry Hogan spent Friday in Japan, where he met the governor of Kanagawa."
    mentions = gz.find_mentions(text, ResolveContext(countries=("JP",)))
    assert any(m.place is not None and m.place.id == "US-MD" for m in mentions)


def test_sekong_is_the_lao_province(gz):
    assert gz.resolve_name("Sekong Province").id == "LA-XE"


def test_a_sizeable_city_abroad_resolves_when_nothing_shares_its_name(gz):
    text = "Hakodate marked the 50th anniversary of its sister-city ties with Halifax, Canada."
    found = {m.text: m.place.id for m in gz.find_mentions(text) if m.place is not None}
    assert found.get("Hakodate") == "geonames:2130188"

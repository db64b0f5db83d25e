"""A headline's fact is the body's told short; an activity suspended is no tie suspended; a trip's
purpose stops before the attribution."""

from kizuna.extract import extract_facts

HEADLINE = "Daegu mayor to visit Vietnam's Quang Nam next week"
STORY = (HEADLINE + "\n"
         "DAEGU, May 4 -- Daegu Mayor Hong Joon-pyo will visit Quang Nam Province next week to sign an "
         "agreement on tourism cooperation, his office said Monday.\n"
         "Daegu and Quang Nam will also expand exchanges in education, the office said.\n")


def _facts(gz, text, title=None):
    return extract_facts(text, published="2026-05-04", title=title, gazetteer=gz)


def test_the_body_telling_of_a_headline_visit_is_kept(gz):
    visits = [f for f in _facts(gz, STORY, HEADLINE) if f.type == "visit"]
    assert len(visits) == 1
    assert visits[0].status == "planned"
    assert visits[0].evidence.text.startswith("DAEGU, May 4")


def test_the_purpose_stops_before_the_attribution(gz):
    [v] = [f for f in _facts(gz, STORY, HEADLINE) if f.type == "visit"]
    assert v.attributes["purpose"] == "sign an agreement on tourism cooperation"


def test_a_headline_cooperation_is_the_body_one(gz):
    title = "Busan, Fukuoka agree to widen youth exchanges"
    text = (title + "\nBusan and Fukuoka agreed on Monday to widen exchanges in sports and culture, "
            "the two cities said.\n")
    coop = [f for f in _facts(gz, text, title) if f.type == "cooperation"]
    assert len(coop) == 1 and not coop[0].evidence.text.startswith(title)


def test_exchanges_suspended_leave_the_tie_standing(gz):
    text = ("Shimane Prefecture and China's Ningxia agreed on Friday to resume student exchanges suspended "
            "during the pandemic, as they marked 32 years since becoming friendship regions.")
    ties = [f for f in _facts(gz, text) if f.type == "partnership"]
    assert len(ties) == 1
    assert ties[0].date == "1994" and "event" not in ties[0].attributes


def test_a_tie_suspended_is_still_an_event(gz):
    text = "Takamatsu suspended its sister-city ties with Nanchang in 2012 over the island dispute."
    ties = [f for f in _facts(gz, text) if f.type == "partnership"]
    assert ties and ties[0].attributes.get("event") == "suspended"


def test_a_pair_named_only_for_comparison_is_not_the_tie(gz):
    text = ("Kitakyushu Mayor Kazuhisa Takeuchi will travel to Dalian next month.\n"
            "The two cities became friendship cities in 1979, the first such pairing between a Chinese and a "
            "Japanese city after Tianjin and Kobe.\n")
    ties = [f for f in _facts(gz, text) if f.type == "partnership"]
    assert [sorted(p.name for p in f.places) for f in ties] == [["Dalian", "Kitakyushu"]]
    assert ties[0].date == "1979"


def test_a_headline_infinitive_is_a_plan(gz):
    title = "Busan officials to visit Fukuoka"
    facts = _facts(gz, title + "\nThe trip was announced by the city.\n", title)
    assert [(f.type, f.status) for f in facts] == [("visit", "planned")]


def test_a_headline_purpose_after_its_verb_is_no_plan_of_the_trip(gz):
    title = "Busan mayor visits Fukuoka to sign pact"
    facts = _facts(gz, title + "\nBusan Mayor Park Heong-joon visited Fukuoka on Monday.\n", title)
    assert [f.status for f in facts if f.type == "visit"] == ["happened"]

"""People and pages: a head named by the page's own government, surnames that are no towns,
and title-cased headlines whose "names" are places."""

from kizuna.extract.context import analyse

from .conftest import names, of_type


def test_a_title_cased_headline_does_not_make_a_province_a_surname(extract):
    text = ("Governor Tours Liaoning Province\n\n"
            "Toyama and Liaoning renewed their friendship agreement on Monday, forty years after the first one.\n")
    ties = of_type(extract(text, "2024-05-08"), "partnership")
    assert [sorted(names(f)) for f in ties] == [["Liaoning", "Toyama"]]


def test_a_korean_surname_said_alone_is_the_mayor_not_a_town(gz):
    text = ("Changwon Mayor Hong Nam-pyo welcomed a delegation from Kumamoto led by Mayor Kenji Nakagawa on Tuesday. "
            "Later, Nakagawa and Hong signed a memorandum on port cooperation.\n")
    doc = analyse(text, "2024-05-08", None, gz)
    assert all(h.text != "Hong" for s in doc.sentences for h in s.places)


def test_the_governor_of_a_prefecture_page_is_that_prefecture_s(gz):
    text = ("Tottori Prefecture\nHome > International Affairs\n\n"
            "Governor Shinji Hirai met the Vice Governor of Gangwon in Chuncheon on May 3.\n"
            "A delegation headed by Mayor Kim Jin-tae of Chuncheon then arrived.\n")
    doc = analyse(text, "2024-05-08", None, gz)
    people = {p.name: p.place_id for s in doc.sentences for p in s.person_refs}
    assert people["Shinji Hirai"] == "JP-31"
    assert people["Kim Jin-tae"] != "JP-31"  # a guest on the page is not its mayor


def test_a_news_agency_heading_a_wire_story_is_no_publisher(gz):
    doc = analyse("Xinhua\n\nGovernor Li Wei of Jilin visited Niigata on Monday.\n", "2024-05-08", None, gz)
    assert doc.publisher is None


def test_the_head_of_a_delegation_from_a_place_is_that_place_s_official(gz):
    text = ("A 30-member delegation from Sakata, led by Mayor Ryo Maruyama, arrived in Jilin City on Monday. "
            "The Hamamatsu delegation, headed by Mayor Yasutomo Suzuki, came a day later.\n")
    doc = analyse(text, "2024-05-08", None, gz)
    people = {p.name: p.place_id for s in doc.sentences for p in s.person_refs}
    assert people["Ryo Maruyama"] == gz.resolve_name("Sakata", country="JP").id
    assert people["Yasutomo Suzuki"] == gz.resolve_name("Hamamatsu", country="JP").id


def test_talks_held_on_a_visit_are_the_visit(extract):
    text = ("A delegation from Japan's Niigata Prefecture, led by Governor Hideyo Hanazumi, arrived in Heilongjiang "
            "Province on Monday. Hanazumi held talks with Heilongjiang Governor Liang Huiling, and the two sides agreed "
            "to expand youth exchanges.\n")
    facts = extract(text, "2024-05-08")
    assert [sorted(names(f)) for f in of_type(facts, "visit")] == [["Heilongjiang", "Niigata"]]
    assert of_type(facts, "meeting") == []

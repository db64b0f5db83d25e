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

"""Counts of people an exchange moved, told in the simple past or with 'have since sent'."""

import pytest

from kizuna.extract import extract_facts


@pytest.mark.parametrize(("text", "value"), [
    ("Last year, more than 1,200 people from Hubei and Osaka took part in exchange programs.", 1200),
    ("Since the 2019 memorandum the two provinces have since sent more than 500 technical interns from "
     "Quang Ninh to Mie.", 500),
    ("Gimhae has sent 40 officials to Iloilo for training since 2015.", 40),
])
def test_people_exchanged_are_counted(gz, text, value):
    stats = [f for f in extract_facts(text, published="2026-04-22", gazetteer=gz) if f.type == "statistic"]
    assert [f.attributes["value"] for f in stats] == [value]


@pytest.mark.parametrize("text", [
    "The city has sent 3 million masks to Wuhan.",
    "More than 300 people took part in the ceremony in Busan marking the anniversary of ties with Fukuoka.",
])
def test_goods_and_a_crowd_are_not(gz, text):
    stats = [f for f in extract_facts(text, published="2026-04-22", gazetteer=gz) if f.type == "statistic"]
    assert not stats


def test_willingness_is_a_plan(gz):
    text = "Hubei is willing to work with Osaka to push forward cooperation in biomedicine and tourism."
    coop = [f for f in extract_facts(text, published="2026-04-22", gazetteer=gz) if f.type == "cooperation"]
    assert coop and coop[0].status == "planned"


def test_students_who_visited_a_place_are_counted(gz):
    text = "Around 1,200 Japanese students visited Taiwan on school trips in fiscal 2024."
    stats = [f for f in extract_facts(text, published="2025-06-10", gazetteer=gz) if f.type == "statistic"]
    assert [f.attributes["value"] for f in stats] == [1200]


def test_visitors_to_a_stand_are_a_crowd(gz):
    text = "About 5,000 residents visited Fukuoka's stand in Busan."
    assert not [f for f in extract_facts(text, published="2025-06-10", gazetteer=gz) if f.type == "statistic"]


def test_workers_sent_every_season_are_a_programme_not_a_trip(gz):
    text = "Iloilo City sends workers to farms in Gimhae for up to eight months a year."
    facts = extract_facts(text, published="2025-10-24", gazetteer=gz)
    assert [f.type for f in facts] == ["cooperation"]


def test_a_joint_programme_beside_a_tie_is_cooperation(gz):
    text = ("Jeju already maintains sister ties with Cebu City, which were established in 2009, and the Korean "
            "island sends around 15 agricultural trainers to Cebu each year under a joint program.")
    coop = [f for f in extract_facts(text, published="2025-10-24", gazetteer=gz) if f.type == "cooperation"]
    assert coop and "agriculture" in coop[0].attributes["fields"]

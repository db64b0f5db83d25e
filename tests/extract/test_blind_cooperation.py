"""Cooperation phrasings found on blind articles (own corpus hb-06..hb-13), as general rules.

Sentences written for these tests, with other places than the articles'.
"""

from tests.extract.conftest import ids


def coops(facts):
    return [f for f in facts if f.type == "cooperation"]


def test_agreeing_to_launch_a_programme_is_planned_cooperation_of_the_two_cities(extract):
    text = ("A delegation led by Vienna Mayor Michael Ludwig arrived in Nagoya on Saturday.\n"
            "The two cities also agreed to launch an online language program that will link pupils of a Nagoya "
            "high school with the University of Vienna.")
    got = coops(extract(text, published="2024-10-07"))
    assert got and got[0].status == "planned"
    assert {p.name for p in got[0].places} == {"Vienna", "Nagoya"}


def test_a_capital_named_in_a_pledge_stands_for_the_province_of_the_pair(extract):
    text = ("Okinawa Vice Governor Ikemura Shun paid a courtesy call on Fujian Governor Zhao Long last month.\n"
            "The two sides agreed at the time to work toward resuming direct flights between Naha and Fuzhou.")
    got = coops(extract(text, published="2024-07-09"))
    assert got and set(ids(got[0])) == {"JP-47", "CN-FJ"}
    assert got[0].status == "planned"


def test_practical_activities_carried_out_since_the_tie_are_standing_cooperation(extract):
    text = ("Kim said Gyeongnam and Dong Nai established friendly relations in 2011 and have since carried out "
            "many practical activities, especially in education and health care.")
    got = coops(extract(text, published="2024-06-19"))
    assert got and got[0].status == "happened" and "education" in got[0].attributes["fields"]


def test_counted_invested_projects_are_a_statistic_not_a_cooperation(extract):
    text = ("Currently, 64 RoK-invested projects with a total registered capital of 900 million USD are operating "
            "in Dong Nai, the province said.")
    facts = extract(text, published="2024-06-19")
    assert not coops(facts)
    assert {f.attributes["value"] for f in facts if f.type == "statistic"} == {64, 900000000}

"""Visits in the phrasings news uses: triggers, implied trips, hosts, stops and return visits.

Sentences written for these tests (places and people unlike the dev set's).
"""

from tests.extract.conftest import ids


def visits(facts):
    return [f for f in facts if f.type == "visit"]


def pairs(facts):
    return {tuple(ids(f)) for f in visits(facts)}


def test_the_visit_as_a_noun_needs_a_destination_after_to(extract):
    text = ("Sapporo Mayor Katsuhiro Akimoto travelled to Daejeon on Monday.\n"
            "The banquet on Tuesday, the highlight of the visit, took place in the Grand Hall of the city.")
    got = pairs(extract(text, published="2023-06-08"))
    assert got == {("geonames:2128295", "KR-30")}


def test_a_noun_visit_with_to_is_still_a_visit(extract):
    text = "Busan Mayor Park Heong-joon said his first visit to Osaka Prefecture had opened doors for local firms."
    got = visits(extract(text))
    assert got and ids(got[0]) == ["KR-26", "JP-27"]


def test_a_company_headquarters_is_not_a_stop_of_the_trip(extract):
    text = ("Sichuan Governor Huang Qiang led a delegation to Japan on Monday.\n"
            "The delegation then toured Toyota's headquarters in Nagoya and met the group's president.")
    got = pairs(extract(text, published="2022-04-12"))
    assert ("CN-SC", "JP") in got
    assert not any(dest.startswith("geonames") or dest.startswith("JP-23") for _, dest in got)

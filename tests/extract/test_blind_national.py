"""National diplomacy beside local exchanges, and talks held online (blind batch hb-14..hb-19).

Sentences written for these tests, with other places than the articles'.
"""

from tests.extract.conftest import of_type

from kizuna.extract.common import national_only


def test_a_presidents_trip_and_summit_in_a_background_line_are_no_facts(extract):
    text = ("Daegu Mayor Hong Joon-pyo said Daegu plans to visit Hiroshima in April.\n"
            "Ties between Seoul and Tokyo have warmed since President Yoon Suk Yeol visited Tokyo in March 2023 "
            "for a summit with Prime Minister Fumio Kishida.")
    facts = extract(text, published="2024-02-20")
    assert not [f for f in of_type(facts, "visit") if f.places[1].name == "Tokyo"]
    assert not of_type(facts, "meeting")


def test_a_national_leader_with_a_governor_is_not_national_only():
    assert not national_only("Prime Minister Pham Minh Chinh received Governor Hiroshi Ogasawara of Ibaraki in Hanoi.")
    assert national_only("President Xi Jinping paid a state visit to Hanoi in December.")


def test_mayors_holding_video_talks_is_a_meeting(extract):
    text = "Incheon Mayor Yoo Jeong-bok and Kitakyushu Mayor Kazuhisa Takeuchi held video talks Tuesday on port cooperation."
    got = of_type(extract(text, published="2024-02-21"), "meeting")
    assert got and {p.name for p in got[0].places} == {"Incheon", "Kitakyushu"}

"""Meetings: national leaders with several local officials, forums joined later, and what is not one
(sentences written for these tests)."""

from tests.extract.conftest import ids


def meetings(facts):
    return [f for f in facts if f.type == "meeting"]


def test_a_leader_receiving_several_governors_gives_one_meeting_per_government(extract):
    text = ("Vietnam and Japan have close ties. On Monday in Tokyo, Prime Minister Pham Van Long received "
            "Governor of Osaka Prefecture Taro Ikeda and Mayor Keiko Mori of Sendai city of Miyagi prefecture.")
    got = sorted(sorted(i for i in ids(f) if i) for f in meetings(extract(text, published="2023-05-10")))
    assert got == [["JP-04", "VN", "geonames:2111149"], ["JP-27", "VN"]]
    assert all(f.date == "2023-05-08" for f in meetings(extract(text, published="2023-05-10")))


def test_a_leader_meeting_officials_in_their_own_place_is_no_meeting(extract):
    text = "China and Japan are neighbours. Vice Premier Li Hua met Governor Jun Abe of Nagano Prefecture in Nagano."
    assert not [f for f in meetings(extract(text)) if "CN" in ids(f)]


def test_a_state_premier_or_an_assembly_president_is_no_national_leader(extract):
    for text in ("Australia and Japan are partners. Premier of Queensland Anna Kemp met Mayor of Osaka Hiro Tanaka.",
                 "President of the Aichi Prefectural Assembly Jiro Kato met Mayor of Incheon Yoo Jeong-bok."):
        assert not [f for f in meetings(extract(text)) if any(p.level == "country" for p in f.places)]


def test_a_guest_leader_is_no_host(extract):
    text = "China and Japan are neighbours. The Chinese Premier was received by Kyoto Governor Jun Aoki."
    assert not meetings(extract(text))


def test_a_leader_whose_country_the_story_does_not_name_gives_nothing(extract):
    assert not meetings(extract("Prime Minister Somchai Wong held talks with Governor of Aomori Prefecture Ken Abe."))


def test_a_named_forum_of_one_side_takes_the_country_of_a_later_speaker(extract):
    text = ("Local leaders pledged closer ties at the 3rd Forum on Korea-Africa Local Government Cooperation, "
            "held on Tuesday in Daegu, South Korea. Some 200 delegates took part. "
            "William Otieno, Prime Minister of Kenya, told the forum that local ties matter.")
    got = meetings(extract(text, published="2023-05-10"))
    assert len(got) == 1 and sorted(ids(got[0])) == ["KE", "KR"]
    assert got[0].attributes["name"] == "Forum on Korea-Africa Local Government Cooperation"
    assert got[0].attributes["edition"] == 3 and got[0].date == "2023-05-09"


def test_a_deal_on_the_sidelines_of_a_forum_is_no_meeting_of_its_signers(extract):
    text = "On the sidelines of the forum, Incheon and Da Nang signed a memorandum on port cooperation."
    assert not meetings(extract(text))


def test_meeting_on_a_weekday_is_no_forum_name(extract):
    text = "Meeting on Thursday, Osaka Mayor Hiro Tanaka and Shanghai Mayor Li Wei agreed to share flood data."
    assert not [f for f in meetings(extract(text)) if "name" in f.attributes]


def test_officials_received_in_the_leaders_country_are_not_a_meeting(extract):
    text = ("Vietnam and Japan have close ties. Prime Minister Pham Van Long received Governor of Osaka Prefecture "
            "Taro Ikeda in Hanoi on Monday.")
    assert not [f for f in meetings(extract(text, published="2023-05-10")) if "VN" in ids(f)]


def test_a_leader_of_the_officials_own_country_is_no_foreign_side(extract):
    text = ("Japanese Prime Minister Kenji Ono discussed US bases with Washington. "
            "On a trip to the south, Prime Minister Kenji Ono met Governor of Okinawa Prefecture Aki Tamaki.")
    assert not [f for f in meetings(extract(text)) if "US" in ids(f)]


def test_a_leader_abroad_whose_country_the_story_names(extract):
    text = ("Thailand and Japan mark 135 years of ties. During an official trip to Japan, "
            "Prime Minister Somchai Wong received Governor of Aomori Prefecture Ken Abe and Mayor of Sendai Jun Sato.")
    got = meetings(extract(text))
    assert sorted(sorted(i for i in ids(f) if i) for f in got) == [["JP-02", "TH"], ["TH", "geonames:2111149"]]

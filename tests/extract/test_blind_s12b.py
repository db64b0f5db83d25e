"""Phrasings from the s12 second blind batch hb-66..hb-71 (our own words, not the batch's sentences)."""

from kizuna.extract.sentences import split_sentences

from .conftest import names, of_type


def _values(facts):
    return sorted(f.attributes.get("value") for f in of_type(facts, "statistic"))


def test_committee_meeting_told_by_its_possessive_and_its_earlier_and_next_sessions(extract):
    text = ("Hanoi (VNA) - The northern province of Bac Ninh and Japan's Saitama Prefecture held the second "
            "meeting of their joint exchange committee in Bac Ninh city on June 4, following the first session in "
            "Kawagoe in 2023.\n"
            "The third meeting of the committee will be held in Saitama next year.\n")
    meetings = of_type(extract(text, "2025-06-05"), "meeting")
    editions = sorted(f.attributes.get("edition") for f in meetings)
    assert editions == [1, 2, 3]
    for f in meetings:
        assert sorted(names(f)) == ["Bac Ninh", "Saitama"]  # the city where it met is the location, not a party
    first = next(f for f in meetings if f.attributes["edition"] == 1)
    assert first.date == "2023" and first.status == "happened"
    assert next(f for f in meetings if f.attributes["edition"] == 3).status == "planned"


def test_host_city_forum_joined_by_the_mayors_who_address_it(extract):
    text = ("DALIAN, May 9 (Xinhua) -- The third Dalian International Sister City Forum opened here on Thursday.\n"
            "Mayors of Kitakyushu in Japan and Incheon in South Korea addressed the opening session.\n")
    meetings = of_type(extract(text, "2025-05-09"), "meeting")
    assert len(meetings) == 1
    assert sorted(names(meetings[0])) == ["Dalian", "Incheon", "Kitakyushu"]
    assert meetings[0].attributes.get("edition") == 3


def test_guests_counted_by_where_they_came_from_are_attendance(extract):
    text = ("The sister city forum opened in Dalian on Thursday, with mayors and officials from 31 cities in 17 "
            "countries gathering in the port city.\n")
    assert _values(extract(text, "2025-05-09")) == []


def test_a_call_for_cooperation_is_no_cooperation(extract):
    text = "Mayors of Kitakyushu and Incheon spoke at the forum, calling for closer cooperation in port logistics.\n"
    assert of_type(extract(text, "2025-05-09"), "cooperation") == []


def test_people_of_one_side_who_worked_or_studied_in_the_other(extract):
    text = ("A total of 48 workers from Tuguegarao worked in Yeongju last year under a pilot scheme.\n"
            "More than 120 students from Parana have studied in Hyogo under a scholarship program.\n")
    assert _values(extract(text, "2025-03-01")) == [48, 120]


def test_a_delegation_size_after_a_date_span_is_no_count(extract):
    text = "- June 3-7, 2024: A 12-member citizens' delegation led by the mayor visited Sacramento.\n"
    assert _values(extract(text, None)) == []


def test_dot_leaders_do_not_end_a_sentence():
    text = "Tours, France ........ Sister city since 1988\nNext line"
    assert [s.text for s in split_sentences(text)] == ["Tours, France ........ Sister city since 1988", "Next line"]


def test_partner_list_with_dot_leaders_under_a_first_person_heading(extract):
    text = ("MATSUYAMA CITY   International Exchange Report 2024\n"
            "1-1 Our partner cities\n"
            "  Sacramento, California, United States ........ Sister city since 1981\n"
            "  Pyeongtaek, Gyeonggi, Republic of Korea ....... Friendship city since 2007\n"
            "1-2 Exchanges\n"
            "  - May 2024: Matsuyama received a delegation from Pyeongtaek.\n")
    ties = {tuple(names(f)): (f.date, f.attributes.get("kind")) for f in of_type(extract(text, None), "partnership")}
    assert ties[("Matsuyama", "Sacramento")] == ("1981", "sister")
    assert ties[("Matsuyama", "Pyeongtaek")] == ("2007", "friendship")


def test_tie_named_only_in_a_quoted_title_takes_no_date_from_the_event(extract):
    text = ("Kurashiki and Kansas City became sister cities in 1972.\n"
            "In March 2024 the photo show \"Kurashiki and Kansas City: Sister Cities in Pictures\" opened.\n")
    ties = of_type(extract(text, None), "partnership")
    assert [f.date for f in ties] == ["1972"]


def test_figure_lines_of_a_report_counting_delegations(extract):
    text = ("Himeji City annual report.\n"
            "Delegations received from partner cities in FY2023: 9 (FY2022: 4)\n"
            "Foreign residents in Himeji City as of March 31, 2024: 10,215\n")
    stats = of_type(extract(text, None), "statistic")
    got = sorted((f.attributes["value"], f.date, f.date_end) for f in stats)
    assert got == [(4, "2022-04", "2023-03"), (9, "2023-04", "2024-03")]


def test_two_officials_named_earlier_seal_a_memorandum(extract):
    text = ("Gansu Governor Ren Zhenhe and Akita Governor Kenta Suzuki opened a trade fair in Lanzhou on Monday.\n"
            "Mr Ren and Mr Suzuki also sealed a memorandum on desert greening.\n")
    pacts = of_type(extract(text, "2025-06-10"), "agreement")
    assert any(sorted(names(f)) == ["Akita", "Gansu"] for f in pacts)


def test_terms_of_the_deal_in_a_sentence_of_their_own(extract):
    text = ("Yeongju City signed a memorandum with Tuguegarao on Friday.\n"
            "Under the deal, Tuguegarao will recruit the workers and Yeongju will house them.\n")
    coops = of_type(extract(text, "2025-03-01"), "cooperation")
    assert any(sorted(names(f)) == ["Tuguegarao", "Yeongju"] for f in coops)


def test_the_day_a_pact_was_announced_is_not_its_signing_day(extract):
    text = ("SEOUL, March 12 (Yonhap) -- Yeongju City said Wednesday it has signed a memorandum with Tuguegarao "
            "in the Philippines on seasonal workers.\n"
            "Mayor Park and Mayor Ruiz signed the memorandum in Tuguegarao on Monday, the city said.\n")
    pacts = of_type(extract(text, "2025-03-12"), "agreement")
    assert [f.date for f in pacts] == ["2025-03-10"]


def test_a_pact_signed_at_the_meeting_takes_the_meeting_day(extract):
    text = ("Hanoi (VNA) - Bac Ninh and Saitama held the second meeting of their joint exchange committee on June 4.\n"
            "The Saitama delegation was on a working visit to Bac Ninh from June 3-5.\n"
            "At the meeting, the two sides signed a memorandum on vocational training.\n")
    pacts = of_type(extract(text, "2025-06-05"), "agreement")
    assert [f.date for f in pacts] == ["2025-06-04"]

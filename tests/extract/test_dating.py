"""How facts get their dates: the sentence's own, the story's, or none (sentences written for these tests)."""

import pytest
from tests.extract.conftest import of_type

from kizuna.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published", "anchor", "expected"),
    [
        ("From May 3rd to May 9th, a delegation toured", None, "2016-05", ("2016-05-03", "2016-05-09")),
        ("The mission ran from September 28 to October 4.", "2021-10-10", None, ("2021-09-28", "2021-10-04")),
        ("During 12-15 March 2018 the mayor stayed in Lyon.", None, None, ("2018-03-12", "2018-03-15")),
        ("On September 9 the envoys left.", None, "2016-05", None),  # too far from the month named
        ("On May 20 the mayor returned.", None, None, None),  # no year anywhere
    ],
)
def test_ranges_and_years_from_the_month_named_before(text, published, anchor, expected):
    got = [d for d in find_dates(text, published, year_anchor=anchor) if d.value]
    assert ((got[0].value, got[0].end_value) if got else None) == expected


def test_datelines_and_page_dates_are_marked():
    for text in ("OSAKA, March 4 (Kyodo) -- The governor left.", "date 2022-06-01 On Tuesday the mayor met",
                 "Posted: 14 May 2021 The council agreed"):
        assert find_dates(text, "2022-06-01")[0].kind == "dateline"
    assert find_dates("On March 4, the governor left for Hanoi.", "2022-03-06")[0].kind != "dateline"


def test_an_ordinal_before_a_name_is_no_day():
    assert not [d for d in find_dates("Delegates met at the 7th Forum of Mayors in Lille.", "2023-05-20") if d.value]
    assert not [d for d in find_dates("It was the 3rd round of talks.", "2023-05-20") if d.value]
    assert find_dates("The pact was signed on the 12th in Lille.", "2023-05-20")[0].value == "2023-05-12"


def test_said_friday_is_past_and_a_reported_would_looks_ahead_only_after_it():
    d = find_dates("The ministry said Thursday that the governor will come to Osaka.", "2022-09-15", future=True)
    assert d[0].value == "2022-09-15"
    text = "Talking on Tuesday, the two mayors agreed their ports would trade data from Monday."
    got = find_dates(text, "2022-09-13", future=True, future_from=text.index("would"))
    assert [x.value for x in got] == ["2022-09-13", "2022-09-19"]


def test_the_story_date_carries_to_the_event_told_after_it(extract):
    text = ("On March 8 Governor Mark Ellison of Oregon held talks in Sapporo with Hokkaido Governor Aiko Sato. "
            "The delegation also visited Otaru, where Mayor Ken Ito welcomed the Oregon officials.")
    facts = extract(text, published="2022-03-10")
    dated = [f for f in facts if f.type in ("visit", "meeting")]
    assert dated and all(f.date == "2022-03-08" for f in dated)


def test_an_old_date_or_a_founding_year_is_not_the_story_date(extract):
    text = ("Nagano Prefecture and Hebei Province became friendship provinces in 1983. "
            "Nagano Governor Hiroshi Mori visited Hebei Province to discuss tourism.")
    visits = of_type(extract(text, published="2023-06-01"), "visit")
    assert visits and visits[0].date is None


def test_background_sentences_keep_no_date(extract):
    text = ("On May 2 the mayor of Daejeon met the mayor of Sapporo. "
            "The mayor of Daejeon had visited Sapporo before.")
    visits = [f for f in of_type(extract(text, published="2023-05-04"), "visit") if "before" in f.evidence.text]
    assert visits and all(f.date is None for f in visits)


def test_since_then_takes_the_year_just_told(extract):
    for text in ("Geelong and Izumo have been sister cities since 2004. "
                 "Since then, the two cities have held youth and sports exchanges.",
                 "Geelong and Izumo have been sister cities since 2004. "
                 "Ever since, the two cities have run student exchanges."):
        coop = of_type(extract(text, published="2019-05-01"), "cooperation")
        assert coop and coop[0].date == "2004"
        assert sorted(p.name for p in coop[0].places) == ["Geelong", "Izumo"]  # "Since" is no town


def test_a_visit_date_is_not_the_tie_year_before_it(extract):
    text = ("September 5th-8th 2015 Delegation of Kobe. A delegation from Kobe, Brisbane's sister city since 1985, "
            "was received by the Lord Mayor of Brisbane.")
    visits = of_type(extract(text), "visit")
    assert visits and visits[0].date == "2015-09-05"


def test_unpublished_story_moves_on_to_a_later_year(extract):
    text = ("As of March 1, 2001, Shiga Prefecture had 12 sister ties. "
            "The prefecture's goals for 2003 were set by its assembly. "
            "Shiga Governor Ken Oda then visited Hunan Province to discuss trade.")
    visits = of_type(extract(text), "visit")
    assert visits and visits[0].date == "2003"


def test_present_perfect_takes_no_story_date(extract):
    text = ("On June 3 the mayor of Da Nang met the mayor of Sakai. "
            "Da Nang has signed cooperation agreements with Sakai and Kobe.")
    pacts = [f for f in of_type(extract(text, published="2021-06-05"), "agreement") if "has signed" in f.evidence.text]
    assert pacts and all(f.date is None for f in pacts)


def test_a_fronted_date_covers_the_whole_list_of_partners(extract):
    text = ("Between 1990 and 1994, Kaohsiung established sister city ties with Seattle, Busan, "
            "and Tampa in the U.S. state of Florida.")
    ties = of_type(extract(text), "partnership")
    assert len(ties) == 3 and all((f.date, f.date_end) == ("1990", "1994") for f in ties)


def test_an_unpublished_anniversary_counts_from_the_story_year(extract):
    text = ("The 2015 Incheon-Kitakyushu Friendship Week opened on Oct. 2. "
            "Kitakyushu held a concert in honour of the 25th anniversary of its sister city ties with Incheon.")
    ties = of_type(extract(text), "partnership")
    assert ties and ties[0].date == "1990"
    text = "Kitakyushu held a concert in honour of the 25th anniversary of its sister city ties with Incheon."
    assert all(f.date is None for f in of_type(extract(text), "partnership"))


def test_a_retelling_with_a_finer_date_refines_it(extract):
    text = ("Jilin Governor Han Wei will visit Niigata Prefecture next week. "
            "Han is scheduled to arrive in Niigata Prefecture on Monday for a three-day stay.")
    visits = of_type(extract(text, published="2022-03-02"), "visit")
    assert len(visits) == 1 and visits[0].date == "2022-03-07"


def test_a_visit_over_a_span_keeps_its_end(extract):
    text = "From May 3 to May 9, a delegation from Kumamoto Prefecture visited Guangxi to promote tourism."
    visits = of_type(extract(text, published="2022-05-20"), "visit")
    assert visits and (visits[0].date, visits[0].date_end) == ("2022-05-03", "2022-05-09")


def test_had_talks_is_no_background(extract):
    text = ("On April 12 the governor of Gifu met the governor of Jiangxi in Nanchang. "
            "The governor of Gifu also had talks with the mayor of Jingdezhen.")
    got = [f for f in of_type(extract(text, published="2022-04-14"), "meeting") if "had talks" in f.evidence.text]
    assert got and got[0].date == "2022-04-12"


def test_over_the_past_fiscal_year_is_the_last_one():
    d = [x for x in find_dates("over the past fiscal year", "2023-06-01") if x.value]
    assert (d[0].value, d[0].end_value) == ("2022-04", "2023-03")
    assert not [x for x in find_dates("over the past year", "2023-06-01") if x.value]

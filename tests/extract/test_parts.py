"""Sentence splitting, dates and people: the parts the rules stand on."""

import pytest

from kizuna.extract.dates import anniversary_years, find_dates
from kizuna.extract.people import find_people
from kizuna.extract.sentences import split_sentences


def test_sentences_keep_offsets_and_abbreviations():
    text = "Gov. Lee Nak-yon met the U.S. envoy on Oct. 31 in Muan. He then left.\nNext line"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Gov. Lee Nak-yon met the U.S. envoy on Oct. 31 in Muan.", "He then left.",
                                       "Next line"]
    for s in sents:
        assert text[s.start: s.end] == s.text


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on July 18", "2017-07-25", ("2017-07-18", None)),
        ("From Aug 26 to 30", "2018-09-04", ("2018-08-26", "2018-08-30")),
        ("in November 2014", None, ("2014-11", None)),
        ("On 12 November", "2019-11-20", ("2019-11-12", None)),
        ("between 1981 and 1985", None, ("1981", "1985")),
        ("On Sunday", "2019-11-25", ("2019-11-24", None)),
        ("last May", "2004-10-20", ("2004-05", None)),
        ("earlier this month", "2024-08-20", ("2024-08", None)),
        ("next year", "2023-03-01", ("2024", None)),
        ("thirty-five years ago", "2017-03-01", ("1982", None)),
        ("on the 27th", "2023-07-29", ("2023-07-27", None)),
        ("2012-04-18", None, ("2012-04-18", None)),
        ("over the past fiscal year", "2023-06-01", None),
        ("As of the end of 1999", None, ("1999-12-31", None)),
        ("in the first five months of this year", "2024-07-10", ("2024-01", "2024-05")),
        ("In this anniversary year", "2023-11-07", ("2023", None)),
    ],
)
def test_dates(text, published, expected):
    found = [d for d in find_dates(text, published) if d.value]
    if expected is None:
        assert all(d.kind == "span" for d in found)
        return
    assert found, text
    assert (found[0].value, found[0].end_value) == expected


def test_fiscal_year_is_april_to_march():
    d = find_dates("in the last fiscal year", "2023-06-01")[0]
    assert (d.value, d.end_value) == ("2022-04", "2023-03")


def test_month_day_without_year_or_publication_is_unresolved():
    assert all(not d.value for d in find_dates("on Oct. 31", None))


def test_anniversaries():
    assert [y for _, _, y in anniversary_years("the 40th anniversary of the tie")] == [40]
    assert [y for _, _, y in anniversary_years("to celebrate 25 years of friendship")] == [25]


def test_people_and_titles():
    people = find_people("Tochigi Governor Tomikazu Fukuda welcomed Nguyen Van Nen, secretary of the party committee.")
    assert [(p.name, p.title) for p in people] == [("Tomikazu Fukuda", "Governor"),
                                                   ("Nguyen Van Nen", "secretary")]


def test_that_month_takes_the_year_last_mentioned():
    d = [x for x in find_dates("That November, the governor came back.", None, year_anchor="2014-05") if x.value]
    assert d and d[0].value == "2014-11"


@pytest.mark.parametrize("text", [
    "A delegation from Japan's Okayama Prefecture, led by Governor Ryuta Ibaragi, arrived in Changsha on Monday.",
    "The Jiangxi Province, headed by Vice Governor Sun Jing, toured the port.",
])
def test_a_place_before_led_by_is_not_a_person(text):
    names = [p.name for p in find_people(text)]
    assert all("Prefecture" not in n and "Province" not in n and "'s" not in n for n in names), names
    assert len(names) == 1

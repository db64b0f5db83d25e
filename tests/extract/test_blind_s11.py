"""Phrasings from the s11 blind batch hb-42..hb-47 and the known misses of hb-20..hb-41 (our own words)."""

from .conftest import names, of_type


def _values(facts):
    return sorted(f.attributes["value"] for f in of_type(facts, "statistic"))


def test_people_sent_or_received_are_counted(extract):
    text = ("Shimane has sent more than 800 junior high school students to Ningxia on study tours since 2012.\n"
            "Yeongcheon will receive 90 seasonal farm workers from the Lao province of Bolikhamxai next spring.\n"
            "Da Nang has granted scholarships to more than 60 students from Champasak since 2019.\n")
    assert _values(extract(text, "2024-05-08")) == [60, 90, 800]


def test_families_and_a_briefing_s_audience_are_not_counted(extract):
    text = ("The governor said Saga had welcomed more than 400 Korean families since the factory opened.\n"
            "He will attend an investment briefing in Busan for some 25 local companies.\n")
    assert _values(extract(text, "2024-05-08")) == []


def test_growth_year_on_year_and_member_governments(extract):
    text = ("Trade between Guangxi and Vietnam rose 8.5 percent year on year to 2.3 billion U.S. dollars last year.\n"
            "The association now has 41 member governments from seven countries.\n")
    facts = extract(text, "2024-05-08")
    assert _values(facts) == [7, 8.5, 41, 2300000000]
    assert all("United States" not in names(f) for f in facts)

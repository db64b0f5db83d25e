"""Statistics: ranks, ordinal ties, counts of ports and fields, and what is not a figure of an exchange
(sentences written for these tests)."""


def stats(facts):
    return [f for f in facts if f.type == "statistic"]


def values(facts):
    return sorted(f.attributes["value"] for f in stats(facts))


def test_rank_among_trade_partners(extract):
    text = "Customs figures show that Vietnam is Oregon's third-largest export market, buying US$700 million of goods."
    got = [f for f in stats(extract(text)) if f.attributes.get("unit") == "rank"]
    assert len(got) == 1 and got[0].attributes["value"] == 3


def test_ordinal_tie_with_words_between(extract):
    text = ("The new tie between Sendai and Changchun is the fifth formally established pair of sister cities "
            "between the two provinces.")
    assert 5 in values(extract(text))


def test_counts_of_ports_and_fields(extract):
    text = "Rotterdam alone has sister-port relationships with 7 Chinese ports and cooperation in 9 fields."
    assert {7, 9} <= set(values(extract(text)))


def test_a_sum_in_another_currency_is_not_a_second_figure(extract):
    text = ("At the Hanoi-Osaka investment forum, deals worth 2.4 trillion dong ($98 million) were signed "
            "between Hanoi and Osaka companies.")
    got = values(extract(text))
    assert 2.4e12 in got and 98_000_000 not in got


def test_guests_at_a_reception_are_not_a_statistic(extract):
    text = ("Ohio Governor Dan Price led a trade mission to Japan, hosting a reception with 120 Japanese companies "
            "in Osaka.")
    assert 120 not in values(extract(text))


def test_a_figure_over_the_past_years_is_dated_by_the_span(extract):
    text = "Over the past 4 years, Gyeonggi Province has sent 30 trade delegations to Japan's Kanagawa Prefecture."
    got = [f for f in stats(extract(text, published="2022-06-15")) if f.attributes["value"] == 30]
    assert got and (got[0].date, got[0].date_end) == ("2018-06", "2022-06")


def test_the_new_tie_count_takes_the_event_date(extract):
    text = ("On May 4, 2021, Hubei and Ilocos Norte signed a sister province agreement. "
            "The consul noted that this makes it the fifth pair of sister provinces in the district.")
    got = [f for f in stats(extract(text)) if f.attributes["value"] == 5]
    assert got and got[0].date == "2021-05-04"


def test_rank_in_terms_of_investment(extract):
    text = "Jiangsu Province is in third place in terms of investments from South Korea, after Shandong."
    assert [f for f in stats(extract(text)) if f.attributes.get("unit") == "rank" and f.attributes["value"] == 3]


def test_escaped_dollar_sign(extract):
    text = "Dalian's imports from Japan reached US\\$2.3 billion, the city said."
    assert 2.3e9 in values(extract(text))


def test_a_ranking_that_goes_on_in_the_next_sentence(extract):
    text = ("As of April 1, 2005, Aichi Prefecture had 40 sister-city affiliations with China. "
            "Then, Brazil is in second place with 21 (18%) and Canada is third with 12 (10%).")
    got = [f for f in stats(extract(text)) if f.attributes["value"] in (21, 12)]
    assert len(got) == 2 and all(f.date == "2005-04-01" for f in got)


def test_who_came_from_how_many_governments_is_attendance(extract):
    text = ("The 9th Asia-Pacific Mayors' Forum opened in Danang on Monday with some 400 delegates from "
            "60 cities of Japan, Korea and Vietnam.")
    assert values(extract(text, published="2024-05-14")) == []


def test_a_count_of_partner_cities_is_still_a_statistic(extract):
    text = "Sapporo now has sister-city ties with 6 cities in China, Korea and Russia."
    assert 6 in values(extract(text))

"""General rules found on blind articles (own corpus hb-06..hb-13): places and pacts.

Sentences written for these tests, with other places than the articles'.
"""

from tests.extract.conftest import ids, of_type


def test_a_provincial_city_of_taiwan_named_with_city_is_the_city_itself(extract):
    text = ("Boise council backs sister-city ties with Taiwan's Keelung.\n"
            "The Boise City Council on Monday approved a resolution to establish a sister-city relationship "
            "with Keelung City in northern Taiwan.")
    ties = of_type(extract(text, published="2024-03-06"), "partnership")
    assert len(ties) == 1  # the headline's Keelung and the body's Keelung City are one partner
    assert "TW-KEE" in ids(ties[0])


def test_the_agreement_at_a_sentence_start_is_the_tie_just_founded(extract):
    text = ("The Eugene City Council voted on Monday to establish a sister-city relationship with Hsinchu City.\n"
            "The agreement is to be signed in May, when Hsinchu officials travel to Eugene.")
    assert not of_type(extract(text, published="2024-02-06"), "agreement")


def test_a_city_visited_is_not_its_state_named_only_in_a_later_background_line(extract):
    text = ("A delegation led by Keelung Mayor Hsieh Kuo-liang is expected to travel to Spokane in June.\n"
            "Taiwan is one of Washington state's largest export markets.")
    got = [ids(f) for f in of_type(extract(text, published="2024-02-06"), "visit")]
    assert got and got[0][0] == "TW-KEE"
    assert got[0][1] != "US-WA"


def test_the_terms_of_a_memorandum_in_its_own_sentence_are_not_a_cooperation(extract):
    text = ("Sapporo Mayor Katsuhiro Akimoto visited Daejeon on Monday.\n"
            "After the talks, the two sides inked a memorandum on winter sports, under which they will jointly "
            "promote ski tours for young people.")
    facts = extract(text, published="2024-02-06")
    assert of_type(facts, "agreement")
    assert not of_type(facts, "cooperation")


def test_under_the_agreement_in_a_sentence_of_its_own_is_still_a_cooperation(extract):
    text = ("Da Nang and Okayama Prefecture signed a cooperation agreement on March 4 covering port logistics.\n"
            "Under the agreement, the two sides will also promote tourism and cultural exchanges.")
    assert of_type(extract(text, published="2024-03-08"), "cooperation")


def test_a_rank_between_two_countries_is_national_not_a_statistic(extract):
    text = ("Korea is Mongolia's second-largest source of investment and its fourth-largest trading partner, "
            "officials of Ulaanbaatar said.")
    facts = of_type(extract(text, published="2024-03-08"), "statistic")
    assert not [f for f in facts if f.attributes.get("unit") == "rank"]


def test_a_rank_of_a_partner_of_a_state_is_still_a_statistic(extract):
    text = "Korea is Oregon's third-largest export market, the governor's office said."
    facts = of_type(extract(text, published="2024-03-08"), "statistic")
    assert [f.attributes["value"] for f in facts if f.attributes.get("unit") == "rank"] == [3]


def test_yesterday_and_tomorrow_are_resolved_against_the_publication_date(extract):
    text = ("Tainan Mayor Huang Wei-che yesterday signed a memorandum on fisheries with Miyagi Prefecture "
            "Governor Yoshihiro Murai.\n"
            "Murai is to travel on to Hualien tomorrow.")
    facts = extract(text, published="2024-08-21")
    assert [f.date for f in of_type(facts, "agreement")] == ["2024-08-20"]
    assert "2024-08-22" in [f.date for f in of_type(facts, "visit")]


def test_a_renewed_tie_agreement_is_dated_by_the_renewal_and_the_tie_by_its_since(extract):
    text = ("Governor Jared Polis on Monday welcomed a delegation from Yamagata Prefecture, led by Governor Mieko "
            "Yoshimura, to the Capitol, where the two leaders renewed the sister-state agreement that has linked "
            "Colorado and Yamagata since 1986.\n"
            "The renewed agreement commits both states to cooperate on skiing, farming and student exchanges.")
    facts = extract(text, published="2024-05-14")
    assert [f.date for f in of_type(facts, "agreement")] == ["2024-05-13"]
    assert [f.date for f in of_type(facts, "partnership")] == ["1986"]

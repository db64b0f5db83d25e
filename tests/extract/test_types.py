"""Each fact type on sentences written for these tests, in the phrasings news uses."""

from tests.extract.conftest import ids, of_type


def test_partnership_with_founding_year_and_kind(extract):
    facts = extract("Niigata Prefecture and China's Heilongjiang Province became sister provinces in 1983.")
    ties = of_type(facts, "partnership")
    assert len(ties) == 1
    assert sorted(ids(ties[0])) == ["CN-HL", "JP-15"]
    assert ties[0].date == "1983" and ties[0].attributes["kind"] == "sister"


def test_partnership_year_from_anniversary(extract):
    text = "Yamagata and Heilongjiang marked the 30th anniversary of their friendship ties on May 12, 2023."
    ties = of_type(extract(text), "partnership")
    assert ties and ties[0].date == "1993" and ties[0].attributes["kind"] == "friendship"


def test_partnership_hub_and_list(extract):
    text = ("Over the years Busan has formed sister city ties with Shanghai, Ho Chi Minh City "
            "and Los Angeles.")
    ties = of_type(extract(text), "partnership")
    partners = sorted(next(p.name for p in f.places if p.id != "KR-26") for f in ties)
    assert partners == ["Ho Chi Minh City", "Los Angeles", "Shanghai"]


def test_two_stages_of_one_tie_are_two_facts(extract):
    text = "Osaka, Shanghai's friendship city since 1974, became its sister city in 1980."
    ties = of_type(extract(text), "partnership")
    assert {(f.attributes["kind"], f.date) for f in ties} == {("friendship", "1974"), ("sister", "1980")}


def test_count_of_sister_cities_is_a_statistic_not_a_tie(extract):
    facts = extract("Japan and South Korea now have more than 200 pairs of sister cities.")
    assert not of_type(facts, "partnership")
    stats = of_type(facts, "statistic")
    assert stats and stats[0].attributes["value"] == 200 and stats[0].attributes["qualifier"] == "at-least"


def test_visit_origin_from_title_and_destinations_listed(extract):
    text = ("Wang Min, Party Secretary of Liaoning Province, visited Niigata and Akita last week "
            "to discuss port cooperation.")
    visits = of_type(extract(text, published="2019-06-12"), "visit")
    assert {tuple(ids(v)) for v in visits} == {("CN-LN", "JP-15"), ("CN-LN", "JP-05")}


def test_visit_host_receives_guest(extract):
    text = "On Tuesday, Gyeonggi Governor Kim Dong-yeon received a delegation from Kanagawa Prefecture."
    visits = of_type(extract(text, published="2023-05-18"), "visit")
    assert len(visits) == 1 and ids(visits[0]) == ["JP-14", "KR-41"]
    assert visits[0].date == "2023-05-16"


def test_planned_visit(extract):
    text = "Hokkaido Governor Naomichi Suzuki will travel to Harbin next month."
    visits = of_type(extract(text, published="2024-02-10"), "visit")
    assert visits and visits[0].status == "planned" and visits[0].date == "2024-03"


def test_count_of_visitors_is_not_a_visit(extract):
    facts = extract("Last year about 40 governors and mayors from Vietnam visited Japan, officials said.")
    assert not of_type(facts, "visit")
    assert [f.attributes["value"] for f in of_type(facts, "statistic")] == [40]


def test_named_meeting_with_edition_and_location(extract):
    text = "The 5th Japan-Mongolia Governors' Forum was held in Ulaanbaatar on August 3, 2022."
    meetings = of_type(extract(text), "meeting")
    assert meetings
    m = meetings[0]
    assert set(ids(m)) >= {"JP", "MN"} and m.attributes["edition"] == 5
    assert m.attributes["location"]["name"] == "Ulaanbaatar" and m.date == "2022-08-03"


def test_agreement_signed_and_not_a_partnership(extract):
    text = "Da Nang and Yokohama signed a memorandum of understanding on urban development in 2013."
    facts = extract(text)
    agreements = of_type(facts, "agreement")
    assert agreements and sorted(ids(agreements[0])) in (["VN-DN", "geonames:1848354"],)
    assert agreements[0].date == "2013"
    assert not of_type(facts, "partnership")


def test_founding_agreement_is_a_partnership_only(extract):
    facts = extract("Kumamoto Prefecture and Guangxi signed a friendship agreement in 1982.")
    assert of_type(facts, "partnership") and not of_type(facts, "agreement")


def test_cooperation_fields_and_planned_status(extract):
    text = "Under the accord, Shiga and Hunan will cooperate in environmental protection and tourism."
    coop = of_type(extract(text), "cooperation")
    assert coop and coop[0].status == "planned"
    assert set(coop[0].attributes["fields"]) >= {"environment", "tourism"}


def test_money_statistic_with_scale(extract):
    text = "Exports from Dalian to Japan reached US$4.2 billion in 2021, the city said."
    stats = of_type(extract(text), "statistic")
    assert stats and stats[0].attributes["value"] == 4_200_000_000 and stats[0].attributes["unit"] == "USD"


def test_national_meeting_without_localities_gives_nothing(extract):
    text = ("The foreign ministers of Japan, China and South Korea met in Busan on Sunday to prepare a "
            "leaders' summit.")
    facts = extract(text, published="2024-11-25")
    assert not [f for f in facts if f.type in ("partnership", "visit", "agreement", "cooperation")]


def test_evidence_points_into_the_text(extract):
    text = "Noise line\n\nSendai and Changchun are sister cities. They signed the pact in 1980."
    for f in extract(text):
        assert text[f.evidence.start: f.evidence.end] == f.evidence.text


def test_surnames_are_not_places(extract):
    facts = extract("Mayor Lee met Governor Li and Mr. Han in Incheon to talk about ferries.")
    assert all(p.name not in ("Lee", "Li", "Han") for f in facts for p in f.places)


def test_partnership_events(extract):
    suspended = of_type(extract("Nanjing suspended its sister-city ties with Nagoya in 2012."), "partnership")
    assert [(f.attributes.get("event"), f.date) for f in suspended] == [("suspended", "2012")]
    upgraded = of_type(extract("In 1993 Yamagata upgraded its friendship ties with Jilin to sister-province status."),
                       "partnership")
    # both stages of the tie are facts (dev README): the friendship it was, and the sister tie it became in 1993
    assert sorted((f.attributes["kind"], f.attributes.get("event"), f.attributes.get("from"), f.date)
                  for f in upgraded) == [("friendship", None, None, None), ("sister", "upgraded", "friendship", "1993")]


def test_counts_written_in_other_ways(extract):
    cases = {
        "Sapporo's sister cities now number 12, the city office said.": 12,
        "The new pact brings to 41 the number of cities with which Daegu has sister ties.": 41,
        "The accord is the sixth sister relationship Gangwon has formed abroad.": 6,
        "More than 60 percent of Hokkaido's exports to Russia are seafood, the prefecture said.": 60,
        "Seven Vietnamese provinces have friendship ties with Japanese prefectures.": 7,
    }
    for text, value in cases.items():
        values = [f.attributes["value"] for f in of_type(extract(text), "statistic")]
        assert value in values, (text, values)


def test_the_subject_of_a_pact_is_not_a_separate_cooperation(extract):
    text = ("Gyeonggi Province and Vietnam's Binh Duong Province signed a memorandum of understanding on "
            "industrial cooperation on Tuesday.")
    facts = extract(text, published="2024-05-10")
    assert [f.type for f in facts] == ["agreement"]
    assert facts[0].date == "2024-05-07"


def test_a_delegation_led_by_an_official_arrives(extract):
    text = ("A delegation led by Vice Governor Zhang Wei of Jiangsu Province arrived in Aichi on Monday "
            "for a three-day visit.")
    visits = of_type(extract(text, published="2024-05-10"), "visit")
    assert [ids(v) for v in visits] == [["CN-JS", "JP-23"]] and visits[0].date == "2024-05-06"


def test_between_names_the_pair(extract):
    text = "Sendai City Hosts Celebration of 40 Years of Friendship Between Jilin Province and Miyagi"
    ties = of_type(extract(text, published="2020-07-01"), "partnership")
    assert [sorted(ids(t)) for t in ties] == [["CN-JL", "JP-04"]]


def test_hedged_cooperation_and_urging_are_not_facts(extract):
    facts = extract("Officials said Incheon and Qingdao should look forward to cooperation in tourism. "
                    "Qingdao called on local enterprises to invest in Incheon.")
    assert not [f for f in facts if f.type in ("cooperation", "visit")]


def test_a_partner_the_gazetteer_lacks_is_kept_by_name(extract):
    text = ("Yarra Ranges and Himeji first signed their sister city agreement in 1993. "
            "Yarra Ranges played host last week to a delegation from Himeji.")
    facts = extract(text, published="2024-08-29")
    ties = of_type(facts, "partnership")
    assert ties and {p.name for p in ties[0].places} == {"Yarra Ranges", "Himeji"}
    assert ties[0].date == "1993"
    visits = of_type(facts, "visit")
    assert visits and [p.name for p in visits[0].places] == ["Himeji", "Yarra Ranges"]


def test_trade_between_two_countries_is_not_a_statistic(extract):
    assert not extract("Trade between Japan and China fell by 3 percent last year, customs data showed.",
                       published="2024-02-01")


def test_talks_that_agree_on_future_cooperation_happened(extract):
    text = ("Yokohama Mayor Takeharu Yamanaka met Vice Mayor Le Trung Chinh of Da Nang in Yokohama on Tuesday, "
            "and the two cities agreed to expand cooperation in urban development and tourism.")
    facts = extract(text, published="2024-03-15")
    meeting = of_type(facts, "meeting")[0]
    assert meeting.status == "happened" and meeting.date == "2024-03-12"
    assert of_type(facts, "cooperation")[0].status == "planned"


def test_a_named_forum_without_listed_members_is_placed_where_it_meets(extract):
    text = "The 12th Northeast Asia Regional Governors' Forum will be held in Toyama in September."
    m = of_type(extract(text, published="2024-05-01"), "meeting")[0]
    assert ids(m) == ["JP-16"] and m.status == "planned" and m.attributes["edition"] == 12 and m.date == "2024-09"


def test_vietnamese_official_named_without_title_is_not_a_place(extract):
    text = ("Chairman of the Binh Duong provincial People's Committee Vo Van Minh received a delegation of "
            "Saitama Prefecture led by Vice Governor Tetsuya Shimada on June 5.")
    visits = of_type(extract(text, published="2023-06-07"), "visit")
    assert [ids(v) for v in visits] == [["JP-11", "VN-57"]]


def test_a_tie_to_be_signed_is_planned_and_an_old_one_to_be_celebrated_is_not(extract):
    assert of_type(extract("Thai Nguyen and Niigata to sign friendship agreement"), "partnership")[0].status == \
        "planned"
    text = ("Hebei and Nagano, which established friendly ties in 1983, will mark the 40th anniversary of their "
            "relationship this year.")
    tie = of_type(extract(text, published="2023-02-01"), "partnership")[0]
    assert tie.status == "happened" and tie.date == "1983"


def test_hosting_a_number_of_delegations_is_a_count(extract):
    facts = extract("Last year, Busan hosted 15 delegations from its sister cities in Japan.", published="2023-06-07")
    assert [(f.type, f.attributes.get("value"), f.date) for f in facts] == [("statistic", 15, "2022")]


def test_several_governors_travel_together(extract):
    text = ("The governors of Kanagawa, Saitama and Chiba travelled to Hanoi last week to attend the "
            "Vietnam-Japan Local Cooperation Forum.")
    facts = extract(text, published="2024-07-20")
    assert sorted(ids(v)[0] for v in of_type(facts, "visit")) == ["JP-11", "JP-12", "JP-14"]
    assert all(ids(v)[1] == "VN-HN" and v.date == "2024-07" for v in of_type(facts, "visit"))


def test_meeting_a_delegation_is_hosting_a_visit(extract):
    text = ("Li Qiang, Party chief of Jiangsu, met with a delegation from Aichi Prefecture led by Governor "
            "Hideaki Omura in Nanjing on Wednesday.")
    assert [ids(v) for v in of_type(extract(text, published="2024-04-12"), "visit")] == [["JP-23", "CN-JS"]]


def test_officials_named_after_mayor_of_place(extract):
    text = ("Mayor of Fukuoka Soichiro Takashima and Mayor of Guangzhou Wen Guohui signed a memorandum on "
            "economic cooperation.")
    assert [f.type for f in extract(text)] == ["agreement"]


def test_a_story_about_one_trip(extract):
    text = ("North Chungcheong Province Governor Kim Young-hwan led a 12-member delegation to Yamanashi Prefecture "
            "from Oct. 11 to 13 to celebrate the 30th anniversary of the two provinces' sister relationship.\n"
            "During the trip, Kim held talks with Yamanashi Governor Kotaro Nagasaki in Kofu and the two governors "
            "signed a joint statement on expanding exchanges in tourism and agriculture.\n"
            "Nagasaki is expected to visit Cheongju next year.\n"
            "Both governors attended the ceremony and signed the agreement themselves.")
    facts = extract(text, published="2022-10-14")
    got = sorted((f.type, tuple(ids(f)), f.status) for f in facts if f.type != "statistic")
    assert got == [
        ("agreement", ("KR-43", "JP-19"), "happened"),
        ("partnership", ("KR-43", "JP-19"), "happened"),
        ("visit", ("JP-19", "KR-43"), "planned"),
        ("visit", ("KR-43", "JP-19"), "happened"),
    ]
    tie = of_type(facts, "partnership")[0]
    assert tie.date == "1992"


def test_tie_years_and_trip_years_are_kept_apart(extract):
    tie = of_type(extract("Guangdong and Hyogo have been sister provinces for 40 years.", published="2023-03-01"),
                  "partnership")[0]
    assert tie.date == "1983"
    facts = extract("Munich Lord Mayor Dieter Reiter welcomed a delegation from Sapporo, Munich's twin city since 1972.",
                    published="2022-09-01")
    assert of_type(facts, "visit")[0].date is None and of_type(facts, "partnership")[0].date == "1972"
    tie = of_type(extract("In 2019, Governor Masanao Ozaki visited Anhui, Kochi's friendship province in China."),
                  "partnership")[0]
    assert tie.date is None


def test_a_videoconference_is_a_meeting(extract):
    text = "The mayors of Yeosu and Karatsu held a videoconference on Friday to discuss joint tourism promotion."
    m = of_type(extract(text, published="2021-02-08"), "meeting")
    assert m and sorted(p.name for p in m[0].places) == ["Karatsu", "Yeosu"] and m[0].date == "2021-02-05"


def test_the_visitor_the_story_follows(extract):
    text = ("Tokyo Gov. Yuriko Koike met Taipei Mayor Chiang Wan-an in Taipei on Wednesday.\n"
            "Beijing criticised the governor's trip to Taipei.")
    visits = of_type(extract(text, published="2024-02-09"), "visit")
    assert visits and all(ids(v)[0] == "JP-13" for v in visits)


def test_list_partners_in_another_clause_do_not_take_its_year(extract):
    text = ("Kawasaki and Shenyang have been friendship cities since 1981, and Kawasaki also has ties with "
            "Bucheon in South Korea.")
    dates = {p.name: f.date for f in of_type(extract(text), "partnership") for p in f.places if p.name != "Kawasaki"}
    assert dates == {"Shenyang": "1981", "Bucheon": None}


def test_travelled_is_not_tourism(extract):
    text = "The Lord Mayor of Manchester travelled to Chongqing to sign a memorandum on low-carbon cooperation."
    assert all("tourism" not in f.attributes.get("fields", []) for f in extract(text))


def test_a_titled_host_without_a_place_hosts_for_the_other_side(extract):
    text = ("Gyeonggi Province and Japan's Kanagawa Prefecture renewed their friendship agreement on Tuesday.\n"
            "Governor Kim Dong-yeon welcomed Kanagawa Governor Yuji Kuroiwa and a 20-member delegation.\n"
            "They welcomed the upgrading of the relationship.")
    visits = of_type(extract(text, published="2023-05-18"), "visit")
    assert [ids(v) for v in visits] == [["JP-14", "KR-41"]] and visits[0].attributes.get("delegation_size") == 20


def test_what_localities_achieved_in_cooperation_with_a_country(extract):
    text = ("The prime minister commended what Aichi, Tochigi and Niigata had achieved in cooperation with "
            "Vietnamese partners.")
    coop = of_type(extract(text), "cooperation")
    assert sorted(ids(f)[0] for f in coop) == ["JP-09", "JP-15", "JP-23"] and all(ids(f)[1] == "VN" for f in coop)

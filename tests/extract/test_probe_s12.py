"""Phrasings from the lead's probe articles of 2026-12-02 (stop 12), in our own words."""

from .conftest import names, of_type


def test_friendly_provincial_relations_are_a_tie(extract):
    text = "The governor recalled that Fujian and Nagasaki established friendly provincial relations in 1982.\n"
    ties = of_type(extract(text, "2025-04-17"), "partnership")
    assert [(sorted(names(f)), f.date, f.attributes["kind"]) for f in ties] == [(["Fujian", "Nagasaki"], "1982", "friendship")]


def test_the_two_island_provinces_are_the_pair_just_named(extract):
    text = ("Okinawa Governor Tamaki Denny and Hainan Governor Feng Fei signed a tourism memorandum in Haikou on Sunday. "
            "The two island provinces have been sister provinces since 1995.\n")
    ties = of_type(extract(text, "2024-09-09"), "partnership")
    assert [(sorted(names(f)), f.date) for f in ties] == [(["Hainan", "Okinawa"], "1995")]


def test_the_two_sister_cities_collaboration_is_the_pair_s_cooperation(extract):
    text = ("Mayor Kim of Daegu welcomed a delegation from Atlanta on Monday. "
            "A consul spoke about the two sister cities' collaboration on economic and educational ties.\n")
    coop = of_type(extract(text, "2024-09-09"), "cooperation")
    assert [sorted(names(f)) for f in coop] == [["Atlanta", "Daegu"]]


def test_the_two_chinese_provinces_are_no_pair(extract):
    text = ("A delegation from Hyogo visited Guangdong and Hainan last week. "
            "The two Chinese provinces have been partners of Hyogo for decades.\n")
    ties = of_type(extract(text, "2024-09-09"), "partnership")
    assert all(sorted(names(f)) != ["Guangdong", "Hainan"] for f in ties)


def test_anniversary_of_their_relationship_is_a_tie_of_unstated_kind(extract):
    text = "Niigata plans to host a delegation from Harbin in autumn for the 45th anniversary of their relationship.\n"
    facts = extract(text, "2024-06-03")
    ties = of_type(facts, "partnership")
    assert [(sorted(names(f)), f.date, f.attributes["kind"]) for f in ties] == [(["Harbin", "Niigata"], "1979", "other")]
    assert [names(f) for f in of_type(facts, "visit")] == [["Harbin", "Niigata"]]


def test_anniversary_of_national_relations_is_no_tie(extract):
    text = "Officials of Japan and Korea marked the 60th anniversary of the relationship between the two countries.\n"
    assert of_type(extract(text, "2025-06-03"), "partnership") == []


def test_a_city_that_hosts_is_its_own_government_not_its_prefecture(extract):
    text = ("Fukuoka Prefecture and Jiangsu renewed their ties in 2019. "
            "Kitakyushu hosted a delegation from Dalian on Monday.\n")
    visits = of_type(extract(text, "2025-06-03"), "visit")
    assert [names(f) for f in visits] == [["Dalian", "Kitakyushu"]]


def test_a_capital_whose_own_leader_is_met_is_a_stop_of_the_trip(extract):
    text = ("Gangwon Governor Kim Jin-tae will travel to Vietnam next week. "
            "During the trip, Kim will visit Hanoi and Quang Ninh Province. "
            "The governor will also meet Hanoi Party Secretary Nguyen Van Long.\n")
    visits = of_type(extract(text, "2025-03-04"), "visit")
    assert sorted(names(f)[1] for f in visits) == ["Hanoi", "Quang Ninh", "Vietnam"]


def test_an_official_met_earlier_signs_with_the_government_named_after_with(extract):
    text = ("Gangwon Governor Kim Jin-tae will travel to Vietnam next week. "
            "Kim will visit Quang Ninh Province, home to a large coal industry, and sign an agreement on "
            "tourism cooperation with the Quang Ninh provincial government.\n")
    pacts = of_type(extract(text, "2025-03-04"), "agreement")
    assert [(sorted(names(f)), f.status) for f in pacts] == [(["Gangwon", "Quang Ninh"], "planned")]


def test_a_partner_list_of_one_line_each_is_ties_of_the_hub(extract):
    text = ("Sister Cities of Matsuyama\n"
            "Matsuyama has sister city ties with these cities.\n"
            "Sacramento, California, USA (June 1981)\n"
            "Freiburg, Germany (1988)\n"
            "- Pyeongtaek, South Korea: 2002\n"
            "Inquiries: International Division, Matsuyama City Office\n")
    ties = of_type(extract(text, None), "partnership")
    assert sorted((names(f)[1], f.date, f.attributes["kind"]) for f in ties) == [
        ("Freiburg", "1988", "sister"), ("Pyeongtaek", "2002", "sister"), ("Sacramento", "1981-06", "sister")]


def test_lines_of_places_with_no_tie_above_are_no_ties(extract):
    text = ("Offices of our company\n"
            "Sacramento, California, USA (June 1981)\n"
            "Freiburg, Germany (1988)\n")
    assert of_type(extract(text, None), "partnership") == []


def test_a_two_letter_surname_stands_for_its_official(extract):
    text = ("Jeju Governor Oh Young-hun signed a tourism memorandum in Haikou on Sunday. "
            "Oh is on a four-day trip to China that will also take him to Guangzhou.\n")
    visits = of_type(extract(text, "2024-09-09"), "visit")
    assert ["Jeju", "Guangzhou"] in [names(f) for f in visits]


def test_trainees_taking_part_in_a_programme_are_counted(extract):
    text = ("Chungbuk and Lao Cai have run a farm training programme since 2021, "
            "with more than 250 trainees taking part so far.\n")
    stats = of_type(extract(text, "2025-03-04"), "statistic")
    assert [(f.attributes["value"], f.attributes["qualifier"]) for f in stats] == [(250, "at-least")]


def test_an_opening_in_country_phrase_is_no_visitor(extract):
    text = ("Oregon Governor Tina Kotek will lead a trade mission to Japan and Korea next month. "
            "In Japan, the governor will visit Toyama Prefecture, Oregon's sister state since 1991.\n")
    visits = of_type(extract(text, "2025-09-12"), "visit")
    assert ["Oregon", "Toyama"] in [names(f) for f in visits]
    assert all(names(f)[0] == "Oregon" for f in visits)


def test_projects_carried_out_in_fields_are_standing_cooperation(extract):
    text = ("The 5th meeting of the joint committee of Yunnan and Lao Cai was held in Kunming on Tuesday. "
            "Since 2012 the two sides have carried out more than 120 cooperation projects in trade, health and education.\n")
    facts = extract(text, "2024-10-23")
    coop = of_type(facts, "cooperation")
    assert [(sorted(names(f)), f.status) for f in coop] == [(["Lao Cai", "Yunnan"], "happened")]
    assert [f.attributes["value"] for f in of_type(facts, "statistic")] == [120]


def test_under_the_renewed_agreement_a_province_will_train_people(extract):
    text = ("Central Java and South Gyeongsang renewed their sister province agreement on Thursday. "
            "Under the renewed agreement, South Gyeongsang will train 30 Central Java farm officials every year.\n")
    facts = extract(text, "2025-05-16")
    assert len(of_type(facts, "agreement")) == 1
    coop = of_type(facts, "cooperation")
    assert [(sorted(names(f)), f.status) for f in coop] == [(["Central Java", "South Gyeongsang"], "planned")]
    assert [f.attributes["value"] for f in of_type(facts, "statistic")] == [30]


def test_trucks_donated_to_the_city_and_students_hosted(extract):
    text = ("A delegation from Toyonaka arrived in Davao City on Monday. "
            "The mayor thanked Toyonaka for donating eight fire engines to the city in 2018 and for hosting "
            "more than 90 Davao students in its homestay program since 2005.\n")
    facts = extract(text, "2024-11-05")
    assert [sorted(names(f)) for f in of_type(facts, "cooperation")] == [["Davao", "Toyonaka"]]
    assert [f.attributes["value"] for f in of_type(facts, "statistic")] == [90]


def test_an_agreement_reached_during_video_talks_is_also_their_meeting(extract):
    text = "Karatsu Mayor Mineyama Shoji and Yeosu Mayor Jung Ki-myung reached the agreement during video talks on Thursday.\n"
    meetings = of_type(extract(text, "2024-11-29"), "meeting")
    assert [sorted(names(f)) for f in meetings] == [["Karatsu", "Yeosu"]]


def test_a_forum_s_members_listed_in_the_next_sentence_are_its_parties(extract):
    text = ("The 9th China-Japan Border Governors' Forum was held in Dalian on Thursday. "
            "Attending were the governors of Liaoning and Jilin from China, and of Niigata and Toyama prefectures from Japan. "
            "The governors adopted a joint declaration on tourism and agreed to launch a joint marketing campaign. "
            "Next year's forum will be held in Niigata.\n")
    facts = extract(text, "2024-11-14")
    meetings = of_type(facts, "meeting")
    assert [sorted(names(f)) for f in meetings][0] == ["Jilin", "Liaoning", "Niigata", "Toyama"]
    assert any(f.status == "planned" for f in meetings)
    assert [sorted(names(f)) for f in of_type(facts, "agreement")] == [["Jilin", "Liaoning", "Niigata", "Toyama"]]
    coop = of_type(facts, "cooperation")
    assert [(len(f.places), f.status) for f in coop] == [(4, "planned")]


def test_ties_in_a_year_are_no_cooperation(extract):
    text = ("Sapporo Mayor Katsuhiro Akimoto will lead a delegation to Shenyang next month ahead of the "
            "45th anniversary of the two cities' friendship ties in 2025.\n")
    assert of_type(extract(text, "2024-10-08"), "cooperation") == []


def test_ties_with_cities_in_countries_including_two_named(extract):
    text = "Phuket now has friendship ties with 12 cities in seven countries, including Kagoshima in Japan and Haikou in China.\n"
    ties = of_type(extract(text, "2024-08-22"), "partnership")
    assert sorted(names(f)[1] for f in ties) == ["Haikou", "Kagoshima"]


def test_jointly_holding_an_exhibition_is_planned_cooperation(extract):
    text = "Sapporo and Shenyang will jointly hold an exhibition on winter sports in Sapporo next February.\n"
    coop = of_type(extract(text, "2024-10-08"), "cooperation")
    assert [(sorted(names(f)), f.status) for f in coop] == [(["Sapporo", "Shenyang"], "planned")]


def test_each_listed_partner_takes_the_year_after_its_name(extract):
    text = ("Dalian has established friendship city relations with 20 cities in 15 countries, including "
            "Kitakyushu, Japan (1979), Maizuru, Japan (1982) and Incheon, Republic of Korea (1994).\n")
    facts = extract(text, None)
    ties = of_type(facts, "partnership")
    assert sorted((names(f)[1], f.date) for f in ties) == [("Incheon", "1994"), ("Kitakyushu", "1979"), ("Maizuru", "1982")]
    assert all(f.date is None for f in of_type(facts, "statistic"))  # the count is not as of one partner's year


def test_two_partners_with_an_in_year_each(extract):
    text = ("Sapporo concluded a friendship agreement with Daejeon, South Korea, in 2010, and a friendship "
            "city agreement with Shenyang, China, in 1980.\n")
    ties = of_type(extract(text, None), "partnership")
    assert sorted((names(f)[1], f.date) for f in ties) == [("Daejeon", "2010"), ("Shenyang", "1980")]


def test_a_stated_since_year_beats_one_derived_from_years_celebrated(extract):
    text = ("In Japan, the governor will visit Ishikawa Prefecture, Oregon's sister state since 1960, "
            "and meet its governor to celebrate 65 years of the relationship.\n")
    ties = of_type(extract(text, "2025-09-12"), "partnership")
    assert [(sorted(names(f)), f.date, f.attributes["kind"]) for f in ties] == [(["Ishikawa", "Oregon"], "1960", "sister")]


def test_a_release_s_dateline_city_hosts_its_mayor_s_guests(extract):
    text = ("SEATTLE, June 5, 2025 - Mayor Bruce Harrell today welcomed Kobe Mayor Kizo Hisamoto and a 30-member "
            "delegation to City Hall.\n")
    visits = of_type(extract(text, "2025-06-05"), "visit")
    assert [(names(f), f.date, f.attributes.get("delegation_size")) for f in visits] == [
        (["Kobe", "Seattle"], "2025-06-05", 30)]


def test_today_in_a_release_is_its_own_day(extract):
    text = ("Denver Mayor Mike Johnston and Takayama Mayor Michio Tanaka today renewed the sister city agreement "
            "that has linked the two cities since 1960.\n")
    pacts = of_type(extract(text, "2025-06-05"), "agreement")
    assert [f.date for f in pacts] == ["2025-06-05"]


def test_forum_co_hosts_are_its_members_and_no_visit(extract):
    text = ("About 50 governors and mayors from China and Japan gathered in Wuhan on Monday for the 4th "
            "China-Japan Local Government Exchange Forum. "
            "Hubei Governor Wang Zhonglin and Ibaraki Governor Kazuhiko Oigawa co-hosted the two-day event.\n")
    facts = extract(text, "2024-06-18")
    assert [sorted(names(f)) for f in of_type(facts, "meeting")] == [["Hubei", "Ibaraki"]]
    assert of_type(facts, "visit") == []


def test_a_count_of_agreements_with_local_governments_is_no_agreement(extract):
    text = "Hualien has signed exchange agreements with 14 Japanese local governments since 2012.\n"
    facts = extract(text, "2024-10-28")
    assert of_type(facts, "agreement") == []
    assert [f.attributes["value"] for f in of_type(facts, "statistic")] == [14]


def test_a_city_s_nth_overseas_partner_is_ranked(extract):
    text = "It is Gimhae's 11th overseas sister or friendship city.\n"
    stats = of_type(extract(text, "2025-03-12"), "statistic")
    assert [f.attributes["value"] for f in stats] == [11]


def test_two_cities_holding_an_online_seminar_meet(extract):
    text = "Shizuoka City and Huzhou held an online seminar on tourism promotion on Friday.\n"
    assert [sorted(names(f)) for f in of_type(extract(text, "2024-02-10"), "meeting")] == [["Huzhou", "Shizuoka"]]


def test_the_number_of_friendship_city_pairs_of_two_countries(extract):
    text = "The number of China-Japan friendship city pairs has reached 260, according to the association.\n"
    assert [f.attributes["value"] for f in of_type(extract(text, "2024-06-18"), "statistic")] == [260]


def test_a_pair_that_exchanged_delegations_and_cooperated(extract):
    text = ("Chungbuk and Heilongjiang are sister provinces. Since 1996, the two provinces have exchanged more "
            "than 150 delegations and cooperated in agriculture and tourism.\n")
    facts = extract(text, "2024-08-20")
    assert [(sorted(names(f)), f.date) for f in of_type(facts, "cooperation")] == [(["Heilongjiang", "North Chungcheong"], "1996")]
    assert [f.attributes["value"] for f in of_type(facts, "statistic")] == [150]


def test_an_agreed_charter_flight_is_planned_cooperation(extract):
    text = "Jeonbuk Governor Kim and Jiangsu Governor Xu agreed to set up a direct charter flight between the provinces.\n"
    coop = of_type(extract(text, "2024-08-20"), "cooperation")
    assert [(sorted(names(f)), f.status) for f in coop] == [(["Jiangsu", "North Jeolla"], "planned")]


def test_signed_minutes_of_cooperation_and_an_annual_meeting_between_neighbours(extract):
    text = ("Takeo Provincial Governor Vei Samnang and An Giang Chairman Ho Van Mung signed minutes of cooperation "
            "on border trade at a meeting held in Takeo on Thursday. "
            "It was the 12th annual meeting between the two neighbouring provinces.\n")
    facts = extract(text, "2025-03-21")
    assert [sorted(names(f)) for f in of_type(facts, "agreement")] == [["An Giang", "Takeo"]]
    assert [sorted(names(f)) for f in of_type(facts, "meeting")] == [["An Giang", "Takeo"]]


def test_cities_that_are_not_sister_cities(extract):
    text = ("The city of Sendai and Daegu are not sister cities, but Sendai has had a friendship agreement "
            "with Gwangju since 2002.\n")
    ties = of_type(extract(text, "2024-11-06"), "partnership")
    assert [sorted(names(f)) for f in ties] == [["Gwangju", "Sendai"]]


def test_a_district_of_a_foreign_city_is_the_partner(extract):
    text = "Unnan in Shimane Prefecture also has a sister city relationship with Tainan's Baihe District in Taiwan, which dates back to 2015.\n"
    ties = of_type(extract(text, "2025-02-03"), "partnership")
    assert [(names(f), f.date) for f in ties] == [(["Unnan", "Baihe"], "2015")]


def test_companies_of_two_cities_sign_no_local_pact(extract):
    text = ("Incheon-based Hanjin Logistics signed a memorandum of understanding with Qingdao-based Sinotrans "
            "on Tuesday. The deal, worth about $300 million, was signed at the Incheon-based company's office.\n")
    facts = extract(text, "2025-02-12")
    assert of_type(facts, "agreement") == [] and of_type(facts, "statistic") == []


def test_a_mayor_at_a_conference_at_home_is_no_meeting(extract):
    text = "Daegu Mayor Hong Joon-pyo attended a logistics industry conference in Seoul on Monday.\n"
    assert of_type(extract(text, "2025-02-12"), "meeting") == []


def test_discussing_the_possibility_of_a_tie_is_no_tie(extract):
    text = ("Quang Ngai Province and Japan's Nara Prefecture have been discussing the possibility of signing "
            "a friendship agreement, officials said.\n")
    assert of_type(extract(text, "2024-12-02"), "partnership") == []


def test_a_delegation_with_its_members_in_an_aside_goes_where_it_is_led(extract):
    text = ("Nagoya Mayor Ichiro Kawamura will lead a delegation of about 80 people, including business leaders "
            "and students, to Nanjing next month.\n")
    visits = of_type(extract(text, "2023-10-08"), "visit")
    assert [(names(f), f.status) for f in visits] == [(["Nagoya", "Nanjing"], "planned")]


def test_talks_in_the_state_capital_are_a_visit_to_the_state(extract):
    text = ("Ehime Gov. Tokihiro Nakamura will lead a delegation to Hawaii later this month. "
            "Nakamura is expected to travel to Honolulu, the state capital, on Oct. 23 for talks with Hawaii Gov. Josh Green.\n")
    visits = of_type(extract(text, "2023-10-06"), "visit")
    assert [names(f) for f in visits] == [["Ehime", "Hawaii"]]


def test_a_year_in_an_event_s_name_is_no_date(extract):
    text = ("Mayor Karen Bass today welcomed Busan Mayor Park Heong-joon to Los Angeles City Hall. "
            "The two mayors also signed a memorandum of understanding on the 2028 Olympic Games.\n")
    pacts = of_type(extract(text, "2025-06-05"), "agreement")
    assert [f.date for f in pacts] == ["2025-06-05"]


def test_a_second_document_the_pair_also_signed(extract):
    text = ("The mayors of Kobe and Seattle renewed their sister city agreement on Monday. "
            "The two mayors also signed a memorandum of understanding on port decarbonization.\n")
    assert len(of_type(extract(text, "2025-06-05"), "agreement")) == 2


def test_a_programme_that_has_run_since_a_year_is_dated_by_it(extract):
    text = ("July 2023: Sakai sent 20 high school students to Berkeley, California, under the youth exchange "
            "program that has run since 1996.\n")
    coop = of_type(extract(text, None), "cooperation")
    assert [f.date for f in coop] == ["1996"]


def test_the_delegation_leader_s_talks_are_part_of_the_visit(extract):
    text = ("A delegation of 30 executives from companies in Shizuoka Prefecture visited Dong Nai Province on Tuesday. "
            "Shizuoka Vice Governor Ken Mori, who led the delegation, met Dong Nai Chairman Vo Tan Duc and proposed "
            "that the two localities consider signing a memorandum next year.\n")
    facts = extract(text, "2024-04-10")
    assert [names(f) for f in of_type(facts, "visit")] == [["Shizuoka", "Dong Nai"]]
    assert of_type(facts, "meeting") == [] and of_type(facts, "agreement") == []


def test_an_annual_exchange_held_since_a_year_is_standing_cooperation(extract):
    text = ("Shimane and North Gyeongsang became sister regions in 1989, and the two have held an annual "
            "youth exchange since 1990.\n")
    coop = of_type(extract(text, "2024-12-01"), "cooperation")
    assert [(sorted(names(f)), f.date, f.status) for f in coop] == [(["North Gyeongsang", "Shimane"], "1990", "happened")]


def test_joint_working_group_meetings_held_are_counted(extract):
    text = "Guangxi and Cao Bang have held 9 joint working group meetings since 2010.\n"
    stats = of_type(extract(text, "2024-05-09"), "statistic")
    assert [(f.attributes["value"], f.date) for f in stats] == [(9, "2010")]

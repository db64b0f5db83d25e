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


def _visits(facts):
    return [names(f) for f in of_type(facts, "visit")]


def test_leave_for_a_country_on_a_trip_to_two_states(extract):
    text = "Gangwon Governor Kim Jin-tae will leave for Canada on Monday for a week-long trip to Alberta and Ontario.\n"
    assert _visits(extract(text, "2024-05-08")) == [["Gangwon", "Canada"], ["Gangwon", "Alberta"],
                                                     ["Gangwon", "Ontario"]]


def test_dated_arrival_in_the_country_after_a_stop(extract):
    text = ("Tainan Mayor Huang Wei-che and Shizuoka Governor Heita Kawakatsu on Friday signed a tourism memorandum in Tainan.\n"
            "Kawakatsu, who arrived in Taiwan on Wednesday at the head of a 40-member delegation, said ties were growing.\n")
    visits = _visits(extract(text, "2024-05-10"))
    assert ["Shizuoka", "Taiwan"] in visits and ["Shizuoka", "Tainan"] in visits


def test_a_delegation_sent_to_the_prefecture(extract):
    text = ("Tainan Mayor Huang Wei-che and Shizuoka Governor Heita Kawakatsu on Friday signed a tourism memorandum in Tainan.\n"
            "Huang said the city would send a delegation of young farmers to the prefecture next spring.\n")
    assert ["Tainan", "Shizuoka"] in _visits(extract(text, "2024-05-10"))


def test_a_city_with_its_own_mayor_is_a_host_beside_its_prefecture(extract):
    text = ("Mayor of Nancy Mathieu Klein will leave for Japan on 14 October at the head of a delegation.\n"
            "During the trip, the delegation will be received by Kanazawa Mayor Kazuhiko Murayama and by the "
            "Governor of Ishikawa Prefecture, Hiroshi Hase.\n")
    visits = _visits(extract(text, "2023-10-02"))
    assert ["Nancy", "Kanazawa"] in visits and ["Nancy", "Ishikawa"] in visits


def test_an_anniversary_of_a_tie_signed_in_a_stated_year(extract):
    text = "The mayor will mark the 40th anniversary of the twinning between Dijon and Yamagata, signed in 1984.\n"
    ties = of_type(extract(text, "2024-05-08"), "partnership")
    assert [f.date for f in ties] == ["1984"]


def _pacts(facts):
    return [sorted(names(f)) for f in of_type(facts, "agreement")]


def test_a_place_the_gazetteer_spells_otherwise_placed_in_its_country(extract):
    text = ("A delegation of Champa Sak province of Laos led by Governor Viengthong Hatsachan visited Quang Tri "
            "province from May 6-7.\nQuang Tri has granted scholarships to more than 90 students from Champa Sak.\n")
    facts = extract(text, "2024-05-08")
    assert [names(f) for f in of_type(facts, "visit")] == [["Champa Sak", "Quang Tri"]]
    assert of_type(facts, "visit")[0].places[0].country == "LA"
    assert [sorted(names(f)) for f in of_type(facts, "statistic")] == [["Champa Sak", "Quang Tri"]]


def test_the_pair_just_told_signs(extract):
    text = ("A delegation from Nagano Prefecture visited Chiang Rai province on Monday.\n"
            "On the occasion, the provinces signed a cooperation agreement for the 2025-2027 period.\n"
            "Under a tourism agreement signed in 2019, the two sides run a joint promotion campaign.\n")
    pacts = of_type(extract(text, "2024-05-08"), "agreement")
    assert sorted(f.date for f in pacts) == ["2019", "2024-05-06"]
    assert all(sorted(names(f)) == ["Chiang Rai", "Nagano"] for f in pacts)


def test_two_officials_met_before_sign_for_their_governments(extract):
    text = ("Busan Mayor Park Heong-joon received Fukuoka Mayor Soichiro Takashima on Monday.\n"
            "The talks were cordial, officials said.\n"
            "A separate delegation from Hanoi toured the port.\n"
            "Park and Takashima signed a memorandum on port logistics.\n")
    assert ["Busan", "Fukuoka"] in _pacts(extract(text, "2024-05-08"))


def test_a_numbered_meeting_of_a_joint_committee_and_the_next_one(extract):
    text = ("The 9th meeting of the joint working committee between Guangxi and the Vietnamese provinces of Lang Son "
            "and Cao Bang was held in Nanning on Tuesday.\n"
            "The 10th meeting of the committee will be held in Lang Son next year.\n"
            "The 4th session of the city council of Nanning and Guilin opened on Monday.\n")
    meetings = of_type(extract(text, "2024-05-08"), "meeting")
    assert [f.attributes.get("edition") for f in meetings] == [9, 10]
    assert all(sorted(names(f)) == ["Cao Bang", "Guangxi", "Lang Son"] for f in meetings)
    assert meetings[1].status == "planned"


def test_the_two_sides_agreed_to_an_action_in_a_visit_sentence(extract):
    text = ("Gyeongbuk Province received a 12-member delegation from Ulaanbaatar on Tuesday, and the two sides "
            "agreed to bring in more seasonal farm workers from next year, officials said Wednesday.\n")
    facts = extract(text, "2025-06-11")
    visit = of_type(facts, "visit")[0]
    assert (visit.date, visit.status) == ("2025-06-10", "happened")
    coop = of_type(facts, "cooperation")
    assert len(coop) == 1 and coop[0].status == "planned" and "labor" in coop[0].attributes["fields"]


def test_national_leaders_agreeing_to_deepen_ties_is_no_cooperation(extract):
    text = ("Nagano Governor Shuichi Abe will visit Chiang Mai next month.\n"
            "Prime Minister Paetongtarn Shinawatra met Prime Minister Shigeru Ishiba in Tokyo earlier this year, "
            "and the two leaders agreed to deepen economic ties.\n")
    assert of_type(extract(text, "2025-05-14"), "cooperation") == []


def test_later_in_the_day_and_the_two_signed(extract):
    text = ("Jeju Governor Oh Young-hun arrived in Cebu on March 3 at the head of a 20-member delegation.\n"
            "Later in the day, Oh met Cebu Governor Pamela Baricuatro and the two signed a tourism memorandum.\n")
    pacts = of_type(extract(text, "2025-03-12"), "agreement")
    assert [(sorted(names(f)), f.date) for f in pacts] == [(["Cebu", "Jeju"], "2025-03-03")]


def test_the_province_and_its_partner_would_sign_a_tie(extract):
    text = ("Cebu Governor Pamela Baricuatro met Jeju Governor Oh Young-hun in Cebu City on Monday.\n"
            "Officials said the province and Jeju would sign a friendship agreement in October.\n")
    ties = of_type(extract(text, "2025-03-12"), "partnership")
    assert [(sorted(names(f)), f.status) for f in ties] == [(["Cebu", "Jeju"], "planned")]


def test_a_host_s_own_trip_said_after_the_welcome(extract):
    text = ("A group of 20 students from Selenge province in Mongolia arrived in Shimane Prefecture on Monday.\n"
            "Shimane Governor Tatsuya Maruyama welcomed the students on Wednesday and said the prefecture would send "
            "a delegation of its own students to Selenge next summer.\n")
    visits = [(names(f), f.status, f.date) for f in of_type(extract(text, "2025-07-31"), "visit")]
    assert (["Shimane", "Selenge"], "planned", "2026") in visits
    assert any(v[0] == ["Selenge", "Shimane"] and v[1] == "happened" for v in visits)


def test_an_envoy_meeting_a_minister_in_a_capital_is_no_meeting(extract):
    text = ("Kaohsiung Mayor Chen Chi-mai visited Fukuoka on Monday.\n"
            "Separately, Japan's top envoy in Taipei met the foreign minister on Tuesday to discuss trade.\n")
    assert of_type(extract(text, "2024-05-08"), "meeting") == []


def test_the_host_s_official_meeting_the_delegation_is_not_a_trip_back(extract):
    text = ("A delegation from Laos' Luang Namtha province visited Kunming on Tuesday at the invitation of Yunnan.\n"
            "Yunnan Party Secretary Wang Ning met the delegation on Wednesday, and the two sides pledged to deepen "
            "cooperation in agriculture.\n")
    visits = [names(f) for f in of_type(extract(text, "2024-05-10"), "visit")]
    assert all(v[0] != "Yunnan" for v in visits)


def test_the_province_is_the_story_s_province_not_the_dateline_city(extract):
    text = ("ILOILO CITY - Iloilo Governor Arthur Defensor on Monday received a delegation from South Korea's "
            "Gyeongnam Province.\n"
            "Defensor said the province and Gyeongnam would sign a friendship agreement in December.\n"
            "Gyeongnam also sends around 12 agricultural trainers to Iloilo each year.\n")
    facts = extract(text, "2024-09-05")
    ties = of_type(facts, "partnership")
    assert [(sorted(names(f)), f.status) for f in ties] == [(["Iloilo", "South Gyeongsang"], "planned")]
    assert _values(facts) == [12]


def test_universities_renewing_their_agreement_are_not_the_pair(extract):
    text = ("Shizuoka Gov. Yasutomo Suzuki will visit Zhejiang on Sunday, marking the friendship ties formed in 1982.\n"
            "Shizuoka University and Zhejiang University will also renew their academic exchange agreement.\n")
    assert of_type(extract(text, "2025-10-03"), "agreement") == []


def test_the_two_are_expected_to_sign(extract):
    text = ("Shizuoka Gov. Yasutomo Suzuki will visit Zhejiang on Sunday.\n"
            "Suzuki is scheduled to meet Zhejiang Party Secretary Wang Hao on Monday, and the two are expected to "
            "sign a memorandum on green hydrogen.\n")
    pacts = of_type(extract(text, "2025-10-03"), "agreement")
    assert [(sorted(names(f)), f.status) for f in pacts] == [(["Shizuoka", "Zhejiang"], "planned")]


def test_a_tie_to_sign_after_a_dated_meeting_is_no_count(extract):
    text = ("Gangwon Governor Kim Jin-tae will visit Alberta next week.\n"
            "Kim is scheduled to meet Premier Danielle Smith in Edmonton on Oct. 10 and sign a sister-province "
            "agreement between Gangwon and Alberta.\n")
    ties = of_type(extract(text, "2024-10-03"), "partnership")
    assert [(sorted(names(f)), f.status) for f in ties] == [(["Alberta", "Gangwon"], "planned")]


def test_an_online_meeting_of_the_city_government_here(extract):
    text = ("BACOLOD CITY - The city government here and Changwon City in South Gyeongsang province, South Korea, "
            "agreed to expand their seasonal worker program during an online meeting on Monday.\n"
            "Bacolod has sent farm workers abroad since 2023, and Bacolod officials said more would follow.\n")
    meetings = of_type(extract(text, "2024-11-19"), "meeting")
    assert [sorted(names(f)) for f in meetings] == [["Bacolod City", "Changwon"]]

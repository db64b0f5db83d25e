"""Visits in the phrasings news uses: triggers, implied trips, hosts, stops and return visits.

Sentences written for these tests (places and people unlike the dev set's).
"""

from tests.extract.conftest import ids


def visits(facts):
    return [f for f in facts if f.type == "visit"]


def pairs(facts):
    return {tuple(ids(f)) for f in visits(facts)}


def test_the_visit_as_a_noun_needs_a_destination_after_to(extract):
    text = ("Sapporo Mayor Katsuhiro Akimoto travelled to Daejeon on Monday.\n"
            "The banquet on Tuesday, the highlight of the visit, took place in the Grand Hall of the city.")
    got = pairs(extract(text, published="2023-06-08"))
    assert got == {("geonames:2128295", "KR-30")}


def test_a_noun_visit_with_to_is_still_a_visit(extract):
    text = "Busan Mayor Park Heong-joon said his first visit to Osaka Prefecture had opened doors for local firms."
    got = visits(extract(text))
    assert got and ids(got[0]) == ["KR-26", "JP-27"]


def test_a_company_headquarters_is_not_a_stop_of_the_trip(extract):
    text = ("Sichuan Governor Huang Qiang led a delegation to Japan on Monday.\n"
            "The delegation then toured Toyota's headquarters in Nagoya and met the group's president.")
    got = pairs(extract(text, published="2022-04-12"))
    assert ("CN-SC", "JP") in got
    assert not any(dest.startswith("geonames") or dest.startswith("JP-23") for _, dest in got)


def test_a_trip_told_stop_by_stop_is_not_retold_as_a_trip_to_the_country(extract):
    text = ("A delegation of Vietnamese provincial leaders made a five-day tour of Nagano, Gifu and Toyama.\n"
            "The delegation came to Japan at a time of growing labour ties.")
    got = pairs(extract(text, published="2023-03-02"))
    assert ("VN", "JP-20") in got and ("VN", "JP") not in got


def test_a_trip_to_the_country_then_its_stop_are_two_facts(extract):
    text = ("Jiangsu Governor Xu Kunlin led a delegation to Japan from May 8 to 12.\n"
            "On May 10 the delegation travelled to Aichi Prefecture to mark 40 years of friendship.")
    got = pairs(extract(text, published="2023-05-20"))
    assert {("CN-JS", "JP"), ("CN-JS", "JP-23")} <= got


def test_a_trip_to_the_provinces_of_a_country_is_its_stops(extract):
    text = ("An Oregon delegation travelled to three Korean provinces last month.\n"
            "Meeting counterparts in Gangwon and Jeju, the delegation discussed wine exports.")
    got = pairs(extract(text, published="2022-10-04"))
    assert ("US-OR", "KR") not in got and ("US-OR", "KR-42") in got


def test_the_national_capital_of_a_trip_to_the_country(extract):
    text = ("Top Fujian official to visit Hanoi next week\n"
            "A senior official from China's Fujian province will come to Vietnam next week to discuss trade "
            "with Vietnamese ministers.")
    got = pairs(extract(text, published="2021-04-02"))
    assert ("CN-FJ", "VN") in got and not any(d != "VN" for _, d in got)


def test_a_capital_whose_own_mayor_hosts_stays_a_visit(extract):
    text = ("Sendai Mayor Kazuko Kori began a four-day trip to South Korea on Monday.\n"
            "She travelled to Seoul on Tuesday, where Seoul Mayor Oh Se-hoon welcomed her at City Hall.")
    got = pairs(extract(text, published="2022-05-10"))
    assert {("geonames:2111149", "KR"), ("geonames:2111149", "KR-11")} <= got


def test_the_visiting_official_is_the_guest_of_the_story_place(extract):
    text = ("Da Nang wants closer ties with Gyeonggi Province, the city's leaders said.\n"
            "The remarks came at a dinner on June 2 for the visiting Vice Governor of Gyeonggi Province, "
            "Kim Hyun-sam.\n"
            "Da Nang and Gyeonggi have cooperated in tourism since 2012.")
    got = [f for f in visits(extract(text, published="2023-06-05")) if tuple(ids(f)) == ("KR-41", "VN-DN")]
    assert got and got[0].date == "2023-06-02"


def test_the_visiting_delegation_meets_a_named_host(extract):
    text = "Shizuoka Governor Heita Kawakatsu met the visiting Zhejiang delegation in Shizuoka on Tuesday."
    assert ("CN-ZJ", "JP-22") in pairs(extract(text, published="2019-09-12"))


def test_a_trip_that_returns_a_visit_gives_both_directions(extract):
    text = ("Nagoya Mayor Takashi Kawamura travelled to Nanjing on Monday.\n"
            "His trip returned a visit that the Nanjing mayor paid last April.")
    got = {tuple(ids(f)): f.date for f in visits(extract(text, published="2023-09-20"))}
    nagoya = next(o for o, _ in got)
    assert (nagoya, got and next(d for _, d in got)) in got
    back = [k for k in got if k[1] == nagoya]
    assert back and got[back[0]] == "2023-04"


def test_the_citys_mayor_named_after_the_title_is_the_citys(extract):
    text = ("Sacramento wants closer farm trade with Jinan, the city's mayor, Darrell Steinberg, said on Monday.\n"
            "He was in Jinan at the invitation of the municipal government.")
    got = visits(extract(text, published="2019-05-15"))
    assert got and [p.name for p in got[0].places] == ["Sacramento", "Jinan"]


def test_hosts_met_after_the_destination_are_not_destinations(extract):
    text = "Mayor Kim of Changwon was in Nagasaki on Friday and met officials of Japan's foreign ministry."
    assert {d for _, d in pairs(extract(text, published="2022-11-20"))} == {"JP-42"}


def test_his_own_visit_is_the_official_the_sentence_before_spoke_of(extract):
    text = ("Nguyen Van Tho, Chairman of Ba Ria-Vung Tau Province, and Kim Gyeong-su, Governor of South "
            "Gyeongsang, signed the pact in Vung Tau.\n"
            "Consul Park Min of the Korean Consulate in Ho Chi Minh City attended the ceremony.\n"
            "Chairman Tho, for his part, thanked Governor Kim for the visit.\n"
            "Recalling his own trip to South Gyeongsang last year, he invited Korean firms to invest.")
    got = pairs(extract(text, published="2019-08-01"))
    assert ("VN-43", "KR-48") in got
    assert not any(o.startswith("geonames") for o, _ in got)


def test_officials_attending_a_ceremony_held_in_a_foreign_city_visited_it(extract):
    text = ("A ceremony marking 25 years of friendship between Kumamoto and Guilin, held in Guilin on May 9, "
            "drew hundreds of guests.\n"
            "Kumamoto Governor Ikuo Kabashima and Guilin Mayor Qin Yuan attended and planted a tree.")
    got = visits(extract(text, published="2022-05-15"))
    assert [(ids(f)[0], f.places[1].name) for f in got] == [("JP-43", "Guilin")]


def test_a_city_hosting_a_celebration_of_its_province_is_a_visit_to_the_province(extract):
    text = ("Harbin Hosts Celebration of 40 Years of Friendship Between Heilongjiang Province and Niigata\n"
            "Heilongjiang Province and Niigata marked the 40th anniversary of their ties on June 3.\n"
            "Governor Liang Huiling and Hideyo Hanazumi, Governor of Niigata Prefecture, took part in the event.")
    got = visits(extract(text, published="2023-06-10"))
    assert [tuple(ids(f)) for f in got] == [("JP-15", "CN-HL")] and got[0].date == "2023-06-03"


def test_attending_an_event_at_home_is_not_a_visit(extract):
    text = ("The festival, held in Sendai on Sunday, celebrated ties with Dallas.\n"
            "Sendai Mayor Kazuko Kori attended and thanked volunteers.")
    assert not visits(extract(text, published="2022-08-09"))


def test_the_foreign_signatory_came_to_where_the_pact_was_signed(extract):
    text = ("Kaohsiung Mayor Chen Chi-mai and Kagoshima Mayor Takao Mori signed the friendship agreement "
            "in Taiwan on Monday.")
    got = visits(extract(text, published="2023-10-18"))
    assert [(ids(f)[0], ids(f)[1]) for f in got] == [(got[0].places[0].id, "TW")]
    assert got[0].places[0].name == "Kagoshima"


def test_signing_in_a_third_city_or_online_is_no_visit(extract):
    assert not visits(extract("Kaohsiung Mayor Chen Chi-mai and Kagoshima Mayor Takao Mori signed the "
                              "agreement in Singapore on Monday."))
    assert not visits(extract("Kaohsiung Mayor Chen Chi-mai and Kagoshima Mayor Takao Mori signed the "
                              "agreement online in Taiwan and Japan on Monday."))


def test_a_trip_to_a_country_to_celebrate_ties_with_its_province_visits_the_province(extract):
    text = ("Oregon Governor Tina Kotek spent Tuesday in Japan marking 40 years of the state's "
            "sister-state partnership with Hyogo Prefecture.")
    assert pairs(extract(text, published="2023-10-12")) == {("US-OR", "JP-28")}


def test_a_trip_to_a_country_stays_one_when_no_partner_there_is_named(extract):
    text = "Oregon Governor Tina Kotek spent Tuesday in Japan meeting investors in Tokyo and Osaka."
    assert ("US-OR", "JP") in pairs(extract(text, published="2023-10-12"))


def test_provinces_whose_leaders_joined_a_national_delegation_each_visited(extract):
    text = ("President Ferdinand Marcos Jr. met business leaders in Osaka during his trip to Japan.\n"
            "He urged Japanese firms to invest in Cebu, Davao del Sur and Iloilo, whose governors had joined "
            "the Philippine delegation for the trip.")
    got = pairs(extract(text, published="2023-02-12"))
    assert {("PH-CEB", "JP"), ("PH-DAS", "JP"), ("PH-ILI", "JP")} <= got


def test_representatives_of_provinces_who_joined_the_delegation(extract):
    text = ("Representatives of Quang Ninh and Hai Phong joined the Vietnamese delegation to South Korea "
            "last week, officials in Seoul said.")
    got = pairs(extract(text, published="2023-02-12"))
    assert {("VN-13", "KR"), ("VN-HP", "KR")} <= got


def test_partners_named_after_between_are_not_the_traveller(extract):
    text = ("Invited to the reception marking 30 years of ties between Wollongong and Kawasaki, "
            "I travelled to Wollongong on 3 May.")
    assert not visits(extract(text, published="2018-05-20"))


def test_an_official_titled_by_level_only_is_of_the_place_named_with_that_level(extract):
    text = ("Hokkaido Governor Naomichi Suzuki visited Alberta Province in May to mark 45 years of sister ties.\n"
            "The dinner, held with Provincial Premier Danielle Smith in Edmonton, was the high point.\n"
            "In 2019, Premier Smith travelled to Sapporo to renew the agreement.")
    got = {tuple(ids(f)): f.date for f in visits(extract(text, published="2023-06-01"))}
    assert got.get(("CA-AB", "JP-01")) == "2019" and ("JP-01", "CA-AB") in got


def test_delegations_that_visited_both_partners_are_visits_both_ways(extract):
    text = ("Since the partnership began, countless delegations have paid visits in Shiga and in Michigan, "
            "the prefecture said.")
    got = visits(extract(text))
    assert {tuple(ids(f)) for f in got} == {("JP-25", "US-MI"), ("US-MI", "JP-25")}
    assert all(f.date is None for f in got)


def test_one_delegation_to_two_places_is_not_both_ways(extract):
    text = "A delegation from Shiga visited Lansing and Detroit last week."
    assert all(ids(f)[0] == "JP-25" for f in visits(extract(text, published="2023-05-02")))


def test_a_foreign_envoy_meeting_a_governor_in_his_prefecture_visited_it(extract):
    text = ("Korean diplomacy news\n"
            "On May 3, Foreign Minister Park Jin met Kazumasa Oshima, Governor of Tottori Prefecture of Japan, "
            "in Tottori.\n"
            "The minister said Korea and Japan should widen exchanges between their regions.")
    got = visits(extract(text, published="2023-05-08"))
    assert [tuple(ids(f)) for f in got] == [("KR", "JP-31")] and got[0].date == "2023-05-03"


def test_an_envoy_meeting_a_governor_elsewhere_is_no_visit(extract):
    text = ("Foreign Minister Park Jin met Kazumasa Oshima, Governor of Tottori Prefecture of Japan, in Seoul.\n"
            "The minister said Korea and Japan should widen exchanges.")
    assert not [f for f in visits(extract(text, published="2023-05-08")) if ids(f)[0] == "KR"]


def test_a_visiting_team_is_not_an_official_guest(extract):
    text = "Fans in Busan cheered the visiting team from Fukuoka at the stadium on Saturday."
    assert not visits(extract(text, published="2023-05-08"))


def test_made_the_journey_to(extract):
    text = "A delegation from Kanazawa made the journey to Nancy last week for the twinning anniversary."
    assert pairs(extract(text, published="2023-05-08")) == {("geonames:1860243", "geonames:2990999")}


def test_delegations_of_a_third_side_visiting_two_places_are_not_both_ways(extract):
    text = "Over the years Chinese delegations have visited Osaka and Busan to study port management."
    assert not [f for f in visits(extract(text)) if {ids(f)[0], ids(f)[1]} == {"JP-27", "KR-26"}]


def test_a_hoped_for_or_invited_trip_is_no_visit(extract):
    text = ("Gwangju Mayor Kang Gi-jung met Sendai Mayor Kazuko Kori on Friday.\n"
            "Kang said he hoped to visit Sendai next spring, and invited Kori to come to Gwangju for the festival.")
    assert visits(extract(text, published="2024-03-02")) == []


def test_a_planned_trip_is_still_a_visit(extract):
    text = "Toyama Governor Hachiro Nitta will visit Liaoning Province in October."
    got = visits(extract(text, published="2024-03-02"))
    assert [ids(f) for f in got] == [["JP-16", "CN-LN"]] and got[0].status == "planned"


def test_left_for_is_a_trip(extract):
    text = "Shimane Governor Tatsuya Maruyama left for Ningxia on Monday at the head of a 40-strong delegation."
    got = visits(extract(text, published="2024-06-05"))
    assert [ids(f) for f in got] == [["JP-32", "CN-NX"]]
    assert not [f for f in extract(text, published="2024-06-05") if f.type == "statistic"]


def test_a_pact_signed_with_a_partner_in_the_partners_city_is_a_visit_there(extract):
    text = ("Gyeonggi Province Governor Kim Dong-yeon signed a memorandum of understanding with Texas Governor "
            "Greg Abbott in Austin on Tuesday to cooperate on battery research.")
    got = pairs(extract(text, published="2024-03-06"))
    assert ("KR-41", "US-TX") in got


def test_a_pact_signed_with_a_partner_in_a_third_city_is_no_visit(extract):
    text = ("Gyeonggi Province Governor Kim Dong-yeon signed a memorandum of understanding with Texas Governor "
            "Greg Abbott in Tokyo on Tuesday to cooperate on battery research.")
    got = pairs(extract(text, published="2024-03-06"))
    assert ("KR-41", "US-TX") not in got


def test_a_trip_to_the_country_that_also_takes_in_stops_is_kept_beside_them(extract):
    text = ("Gyeonggi Province Governor Kim Dong-yeon signed a memorandum of understanding with Texas Governor "
            "Greg Abbott in Austin on Tuesday.\n"
            "Kim is on a ten-day trip to the United States that also takes him to Ohio and Georgia.")
    got = pairs(extract(text, published="2024-03-06"))
    assert {("KR-41", "US-TX"), ("KR-41", "US"), ("KR-41", "US-OH")} <= got


def test_a_guest_received_on_a_trip_to_the_country_visits_host_and_country(extract):
    text = ("Hue City People's Committee Chairman Nguyen Van Phuong on March 4 received Kanazawa Mayor Kazuhiro "
            "Murayama, who is leading a delegation of city officials on a working trip to Vietnam.")
    got = pairs(extract(text, published="2024-03-06"))
    assert {("geonames:1860243", "geonames:1580240"), ("geonames:1860243", "VN")} <= got


def test_a_further_stop_in_the_visited_province_is_a_visit_of_its_own(extract):
    text = ("A delegation from Hokkaido, led by Governor Naomichi Suzuki, arrived in Harbin on Monday to mark the "
            "40th anniversary of ties between Hokkaido and Heilongjiang Province.\n"
            "The 25-member delegation will also visit Daqing before returning home on Friday.")
    facts = visits(extract(text, published="2024-03-06"))
    got = {tuple(ids(f)) for f in facts}
    assert {("JP-01", "CN-HL"), ("JP-01", "geonames:2037860")} <= got
    stop = next(f for f in facts if ids(f)[1] == "geonames:2037860")
    assert stop.status == "planned"


def test_a_mayor_welcoming_a_delegation_of_citizens_from_the_twin_town(extract):
    text = ("Vancouver Mayor Ken Sim on Monday welcomed a delegation of 30 citizens from Yokohama, "
            "Vancouver's sister city in Japan, at city hall.")
    facts = extract(text, published="2024-03-06")
    assert ("geonames:1848354", "geonames:6173331") in pairs(facts)
    ties = {frozenset(ids(f)) for f in facts if f.type == "partnership"}
    assert ties == {frozenset({"geonames:1848354", "geonames:6173331"})}


def test_talks_held_in_one_sides_city_are_a_visit_by_the_other(extract):
    text = "Kanagawa Governor Yuji Kuroiwa and Liaoning Governor Li Lecheng held talks in Yokohama on Monday on tourism."
    got = pairs(extract(text, published="2024-03-06"))
    assert got == {("CN-LN", "JP-14")}


def test_talks_held_in_a_third_city_are_no_visit(extract):
    text = "Kanagawa Governor Yuji Kuroiwa and Liaoning Governor Li Lecheng held talks in Singapore on Monday."
    assert not pairs(extract(text, published="2024-03-06"))


def test_the_national_delegation_scheduled_to_visit_a_stop_is_the_guest_government(extract):
    text = ("Hue City People's Committee Chairman Nguyen Van Phuong on March 4 received Kanazawa Mayor Kazuhiro "
            "Murayama, who is leading a delegation of city officials on a working trip to Vietnam.\n"
            "The two sides discussed heritage conservation.\n"
            "The Japanese delegation is scheduled to visit Hoi An in Quang Nam province on March 7.")
    facts = visits(extract(text, published="2024-03-06"))
    stop = [f for f in facts if ids(f)[1] == "geonames:1580541"]
    assert stop and ids(stop[0])[0] == "geonames:1860243" and stop[0].status == "planned"
    assert not any(ids(f)[0] == "JP" for f in facts)


def test_a_region_named_with_its_governor_after_a_dateline_takes_part(extract):
    text = ("YOKOHAMA, May 20 -- Kanagawa Governor Yuji Kuroiwa and Liaoning Province Governor Li Lecheng "
            "held the fifth leaders' dialogue in Yokohama on Monday.")
    got = pairs(extract(text, published="2024-05-21"))
    assert got == {("CN-LN", "JP-14")}

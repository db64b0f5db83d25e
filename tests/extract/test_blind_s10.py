"""Rules from the blind batches hb-20..hb-31 (own corpus), each on sentences written for the test,
with other places than the articles'."""

from tests.extract.conftest import ids, of_type

from kizuna.extract.people import find_people


def visit_ids(facts):
    return [tuple(ids(f)) for f in of_type(facts, "visit")]


def test_a_province_or_a_university_before_an_officials_verb_is_no_person():
    assert not find_people("-- South Gyeongsang Province received a group of trainees on Friday.")
    assert not find_people("On Monday, Kochi National University signed a student exchange deal.")
    assert [p.name for p in find_people("Chairman Tran Van Minh received the guests.")] == ["Tran Van Minh"]


def test_a_title_before_a_programme_word_is_no_official():
    assert not find_people('They agreed to launch the "Youth Ambassador Program" in spring.')


def test_a_capital_city_that_is_a_province_is_one_government(gz):
    assert gz.resolve_name("Ulaanbaatar", level="municipality").id == "MN-1"


def test_a_governor_never_named_with_his_prefecture_is_the_pages_own(extract):
    text = ("Ehime Prefectural Government\nInternational Affairs\n\n"
            "Governor Tokihiro Nakamura visited Chile from May 2 to 9, leading a delegation of 15.\n"
            "Ehime Prefecture and the Chilean region have exchanged students since 2001.")
    assert ("JP-38", "CL") in visit_ids(extract(text, published="2024-05-20"))


def test_a_host_governor_without_a_place_travels_later_as_the_host(extract):
    text = ("SUWON, May 3 -- Gyeonggi Province received a delegation from Vietnam's Hai Phong on Tuesday.\n"
            "Governor Kim Dong-yeon hosted Hai Phong Chairman Nguyen Van Tung at the provincial office.\n"
            "Kim is expected to travel to Hai Phong in October, his office said.")
    got = visit_ids(extract(text, published="2024-05-03"))
    assert ("KR-41", "VN-HP") in got


def test_a_ceremony_in_a_capital_is_a_visit_to_its_province(extract):
    text = ("Governor Hiroshi Sato of Saga Prefecture travelled to China on Monday.\n"
            "In Chengdu on Tuesday, the Governor attended a reception marking ties between Saga and Sichuan.")
    got = visit_ids(extract(text, published="2024-05-03"))
    assert ("JP-41", "CN-SC") in got


def stat_values(facts):
    return [f.attributes.get("value") for f in of_type(facts, "statistic")]


def test_people_who_took_part_in_an_exchange_are_counted(extract):
    got = stat_values(extract("Since 2012, more than 900 pupils from Kumamoto and Montana have taken part in the "
                              "summer exchange program.", published="2024-05-03"))
    assert 900 in got
    got = stat_values(extract("Some 85 Cebuanos have been deployed to farms in Gunma since the program began.",
                              published="2024-05-03"))
    assert 85 in got


def test_a_second_count_of_people_exchanged_is_kept(extract):
    got = stat_values(extract("Since then, Oita and Jeju have exchanged more than 200 delegations and 9,000 "
                              "students and artists.", published="2024-05-03"))
    assert 200 in got and 9000 in got


def test_a_spelled_part_of_a_count_of_ties_is_kept(extract):
    got = stat_values(extract("Gyeonggi Province has 14 sister regions abroad, three of them in Japan.",
                              published="2024-05-03"))
    assert 14 in got and 3 in got


def test_attendance_and_home_places_are_not_exchange_figures(extract):
    got = stat_values(extract("The Ulsan-Nagasaki business forum, which drew some 70 companies, was held on Monday.",
                              published="2024-05-03"))
    assert 70 not in got
    got = stat_values(extract("Under the Chungju-Tuv exchange, workers have harvested apples on farms in 8 cities "
                              "and counties of the province.", published="2024-05-03"))
    assert 8 not in got


def test_a_rank_among_a_citys_foreign_investors_is_a_statistic(extract):
    got = stat_values(extract("Japanese firms have invested USD 2 billion in Hai Phong, making Japan the city's "
                              "second-largest foreign investor.", published="2024-05-03"))
    assert 2 in got


def test_a_university_named_after_a_province_is_no_destination(extract):
    text = ("A delegation from Gimhae arrived in Cebu City on Monday.\n"
            "The delegation also visited Cebu Technological University and the city market.")
    got = visit_ids(extract(text, published="2024-05-03"))
    assert all(v[1] != "PH-CEB" for v in got)


def test_a_site_of_a_university_is_no_stop(extract):
    facts = extract("The group from Okayama is expected to tour the research station of Isabela State University "
                    "in Ilagan next week.", published="2024-05-03")
    assert not of_type(facts, "visit")


def test_a_place_said_not_to_be_a_partner_is_none(extract):
    facts = extract("Davao City counts ten sister cities abroad, but Kitakyushu is not yet among them.",
                    published="2024-05-03")
    assert not of_type(facts, "partnership")


def test_millions_of_visitors_received_are_no_trip(extract):
    facts = extract("Okinawa received about 2.3 million visitors from Taiwan last year.", published="2024-05-03")
    assert not of_type(facts, "visit")


def test_a_call_on_company_executives_only_is_no_visit_or_meeting(extract):
    facts = extract("Governor Tony Evers of Wisconsin led an investment mission to Osaka last year, where he met "
                    "executives of Japanese machinery makers.", published="2024-05-03")
    assert not of_type(facts, "visit") and not of_type(facts, "meeting")


def test_two_countries_own_ties_in_a_local_story_are_no_facts(extract):
    facts = extract("Japan and Vietnam lifted their ties to a comprehensive strategic partnership in Hanoi in 2023.\n"
                    "Thailand and South Korea signed a free trade agreement in Seoul last year.", published="2024-05-03")
    assert not [f for f in facts if f.type != "statistic"]


def test_a_town_named_before_its_delegation_is_the_visitor(extract):
    got = visit_ids(extract("A Miryang delegation led by Vice Mayor Choi Ji-won is expected to arrive in Bacolod "
                            "in March for the MassKara Festival.", published="2024-11-19"))
    assert got and got[0][0] == "geonames:1841149"


def test_a_delegation_that_will_attend_a_forum_in_a_city_plans_a_visit_there(extract):
    text = ("Gangwon State received a delegation from Mongolia's Selenge province on Tuesday.\n"
            "The Mongolian delegation will attend the 3rd Korea-Mongolia Rural Forum in Busan on Friday.")
    got = visit_ids(extract(text, published="2024-05-08"))
    assert ("MN-049", "KR-26") in got


def test_a_demonym_delegation_led_by_a_mayor_comes_from_the_mayors_city(extract):
    text = "The Korean delegation, some thirty people, was led by the Mayor of Jeonju, who was welcomed in Bologna."
    got = visit_ids(extract(text, published="2024-05-08"))
    assert got and got[0][0] == "geonames:1845457"


def test_a_visit_planned_by_an_official_named_after_his_title_and_city(extract):
    text = ("The guests were welcomed by the Mayor of Lyon, Anne Durand, at the town hall on Friday.\n"
            "Durand will visit Yokohama in October, her office said.")
    got = visit_ids(extract(text, published="2024-05-08"))
    assert got and got[-1][1] == "geonames:1848354" and got[-1][0] == "geonames:2996944"


def test_sending_city_staff_to_a_named_place_is_a_visit(extract):
    got = visit_ids(extract("In 2018, Iloilo City sent three city engineers to Kagoshima for a month of training.",
                            published="2024-05-08"))
    assert got and got[0][0] == "geonames:1711005"
    facts = extract("Every year the city sends workers to farms in Gimcheon.", published="2024-05-08")
    assert not of_type(facts, "visit")


def test_exchanges_that_began_with_a_trip_are_cooperation_beside_the_trip(extract):
    facts = extract("The memorandum would formalize exchanges that began in 2017, when Iloilo City sent two "
                    "city nurses to Kagoshima for training in elderly care.", published="2024-05-08")
    assert of_type(facts, "cooperation") and of_type(facts, "visit")


def test_a_pact_signed_in_the_partners_capital_is_a_visit_to_the_partner(extract):
    text = ("Jeonbuk State announced on the 9th that it had signed a memorandum of understanding on smart farming "
            "and renewable energy with the State of Victoria, Australia, in Melbourne on the 8th (local time).")
    got = visit_ids(extract(text, published="2024-10-09"))
    assert ("KR-45", "AU-VIC") in got


def test_launching_a_titled_programme_is_cooperation(extract):
    facts = extract('Shizuoka and Zhejiang agreed to launch the "Tea Culture Youth Program" next spring.',
                    published="2024-10-09")
    coop = of_type(facts, "cooperation")
    assert coop and coop[0].attributes.get("title", "").startswith("Tea Culture")


def test_the_forum_spoken_of_again_is_the_one_just_told(extract):
    text = ("Officials of Kagawa and Jiangxi met in Nanchang on Thursday for the 5th Kagawa-Jiangxi Friendship Forum.\n"
            "At the forum, the two sides launched a tree-planting project to be finished by 2027.\n"
            "Kagawa received about 8,000 visitors from China in the first half of this year, the governor told the forum.")
    assert len(of_type(extract(text, published="2024-09-20"), "meeting")) == 1


def test_a_friendly_exchange_agreement_founds_a_friendship_tie(extract):
    facts = extract("Chungnam and Mongolia's Selenge province concluded a friendly exchange agreement in 2012.",
                    published="2024-09-20")
    ties = of_type(facts, "partnership")
    assert ties and ties[0].attributes.get("kind") == "friendship"

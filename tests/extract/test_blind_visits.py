"""Visit phrasings found on blind articles (own corpus hb-06..hb-13), as general rules.

Sentences written for these tests, with other places than the articles'.
"""

from tests.extract.conftest import ids


def visit_pairs(facts):
    return [tuple(p.name for p in f.places) for f in facts if f.type == "visit"]


def test_our_town_hosting_a_delegation_is_the_council_that_writes(extract):
    text = ("Our city was proud to host a delegation of six councillors from Nanjing this week.\n"
            "The guests met the Mayor of Leeds, Cllr Jane Smith, at the Civic Hall on Monday.")
    got = visit_pairs(extract(text, published="2024-05-03"))
    assert got and got[0] == ("Nanjing", "Leeds")


def test_the_visitors_received_by_a_mayor_come_from_the_delegation_just_told(extract):
    text = ("A delegation of officials from Suzhou arrived on Monday for a three-day stay.\n"
            "The visitors, led by Vice Mayor Li Ming, were received by the Mayor of Grenoble at city hall on Tuesday.")
    got = visit_pairs(extract(text, published="2024-05-03"))
    assert ("Suzhou", "Grenoble") in got


def test_who_is_leading_a_delegation_names_the_visitor_before_who(extract):
    text = ("Tainan Mayor Huang Wei-che yesterday signed a memorandum on fisheries with Miyagi Prefecture "
            "Governor Yoshihiro Murai, who is leading a 30-member delegation to Taiwan this week.")
    facts = [f for f in extract(text, published="2024-08-21") if f.type == "visit"]
    assert facts and ids(facts[0]) == ["JP-04", "TW"]
    assert facts[0].attributes.get("delegation_size") == 30


def test_a_delegation_that_is_to_travel_on_to_a_city_plans_a_further_stop(extract):
    text = ("Miyagi Governor Yoshihiro Murai led a delegation to Tainan on Tuesday.\n"
            "The delegation is to travel on to Hualien tomorrow, where Murai is to meet the county magistrate.")
    facts = [f for f in extract(text, published="2024-08-21") if f.type == "visit"]
    stop = [f for f in facts if f.places[1].name.startswith("Hualien")]
    assert stop and stop[0].places[0].id == "JP-04" and stop[0].status == "planned"


def test_sending_students_to_a_partner_is_a_trip_of_the_sender(extract):
    text = "Governor Hideyo Hanazumi said Niigata would send 25 high school students to Dalian in July."
    got = visit_pairs(extract(text, published="2024-04-17"))
    assert got == [("Niigata", "Dalian")]


def test_a_group_from_our_youth_programme_travels_from_the_writing_council(extract):
    text = ("The Mayor of Bristol, Cllr Paul Goggin, welcomed guests from Hanover on Friday.\n"
            "Next month a group of 12 young people from our twinning programme will travel to Bordeaux, "
            "our French twin city.")
    got = visit_pairs(extract(text, published="2024-05-03"))
    assert ("Bristol", "Bordeaux") in got


def test_a_trip_only_to_meet_company_executives_is_no_visit_to_a_government(extract):
    text = "Governor Kim will travel to Seattle on Friday to meet executives of biotech companies before flying home."
    assert not visit_pairs(extract(text, published="2024-06-05"))


def test_a_city_hosting_games_is_no_visit(extract):
    text = "Sapporo will host the Asian Winter Games next year, and Harbin the World Skating Championships."
    assert not visit_pairs(extract(text, published="2024-06-05"))


def test_a_delegation_that_will_also_visit_a_city_goes_to_that_city(extract):
    text = ("Governor Jay Inslee on Monday welcomed a 20-member delegation from Hyogo Prefecture, Japan, led by "
            "Governor Motohiko Saito, to the Capitol in Olympia, Washington.\n"
            "Governor Saito's delegation will also visit Seattle on Wednesday to meet Mayor Bruce Harrell.")
    got = visit_pairs(extract(text, published="2024-05-14"))
    assert ("Hyogo", "Seattle") in got


def test_a_headline_visit_of_a_demonym_delegation_is_the_localitys_visit(extract):
    text = ("Japanese delegation visits Ballarat to mark 25 years\n"
            "A delegation from Inuyama visited Ballarat on Friday to mark 25 years of sister-city ties.")
    got = visit_pairs(extract(text, published="2024-05-14"))
    assert ("Inuyama", "Ballarat") in got
    assert ("Japan", "Ballarat") not in got


def test_a_foreign_official_who_attended_a_ceremony_held_in_a_city_was_there(extract):
    text = ("Sichuan province and Japan's Yamanashi prefecture marked the 40th anniversary of their friendship "
            "on Tuesday with a ceremony in Kofu attended by Sichuan Vice-Governor Luo Qiang and Yamanashi "
            "Governor Kotaro Nagasaki.")
    got = visit_pairs(extract(text, published="2023-11-15"))
    assert got and got[0][0] == "Sichuan" and got[0][1] in ("Yamanashi", "Kofu")

"""Cooperation on common news phrasings, written for these tests (places and people of our own)."""


def coops(facts):
    return [f for f in facts if f.type == "cooperation"]


def pair(f):
    return sorted(p.name for p in f.places)


def test_cooperation_carried_out_since_the_tie(extract):
    text = ("Governor Lin said that since Shandong and Washington became sister states in 1987, the two sides "
            "have carried out fruitful cooperation in agriculture, education and clean energy.")
    facts = extract(text, published="2024-05-10")
    assert any(f.type == "partnership" for f in facts)
    found = coops(facts)
    assert [pair(f) for f in found] == [["Shandong", "Washington"]]
    assert found[0].status == "happened"
    assert {"agriculture", "education", "energy"} <= set(found[0].attributes["fields"])


def test_agreed_at_a_dialogue_is_planned_and_not_with_the_venue(extract):
    text = ("SUWON, May 9 -- Gyeonggi Governor Kim Dong-yeon and Kanagawa Governor Yuji Kuroiwa held the 8th "
            "Gyeonggi-Kanagawa Leaders' Dialogue in Suwon on Thursday, agreeing to resume direct flights and "
            "expand youth exchanges.")
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Gyeonggi", "Kanagawa"]]
    assert found[0].status == "planned"
    assert {"tourism", "youth"} <= set(found[0].attributes["fields"])
    text = ("Jeju Governor Oh Young-hun and Okinawa Governor Denny Tamaki held the 5th Jeju-Okinawa summit in "
            "Naha on Friday, agreeing to expand tourism exchanges.")
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Jeju", "Okinawa"]] and found[0].status == "planned"


def test_what_the_pair_will_do_under_the_pact_just_told(extract):
    text = ("Osaka Prefecture and Shanghai signed a friendship agreement on Monday. Under the pact, the two sides "
            "will promote school trips and the joint marketing of cruise tourism.")
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Osaka", "Shanghai"]]
    assert found[0].status == "planned" and "tourism" in found[0].attributes["fields"]


def test_teams_sent_to_each_other_every_summer(extract):
    text = ("Nagano and Hebei became sister provinces in 1983 and send youth football teams to each other's "
            "tournaments every summer.")
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Hebei", "Nagano"]]
    assert found[0].status == "happened" and {"sports", "youth"} <= set(found[0].attributes["fields"])
    text = "Since the tie was formed, Sendai and Minsk have exchanged youth sports teams every summer."
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Minsk", "Sendai"]] and found[0].status == "happened"


def test_experts_sent_to_help_the_partner(extract):
    text = "Shizuoka Prefecture has sent experts to help Zhejiang build a flood warning system since 2019."
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Shizuoka", "Zhejiang"]]
    assert found[0].date == "2019" and found[0].status == "happened"
    assert "disaster" in found[0].attributes["fields"]


def test_agreed_to_work_together_stays_planned(extract):
    text = ("Kobe and Tianjin became sister cities in 1973. At the meeting, the two cities agreed to work "
            "together on hydrogen energy and port logistics.")
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Kobe", "Tianjin"]]
    assert found[0].status == "planned" and "energy" in found[0].attributes["fields"]


def test_hedged_talk_and_one_off_sends_are_not_cooperation(extract):
    for text in ("Kobe and Tianjin discussed cooperation in tourism and trade.",
                 "Kobe and Tianjin hoped to expand cooperation in tourism.",
                 "Officials of Kobe and Tianjin explored ways to exchange students every year.",
                 "Kobe sent a team of officials to Tianjin last week."):
        assert not coops(extract(text, published="2024-05-10")), text


def test_school_teams_swapping_are_not_the_governments(extract):
    text = "Aomori's Hachinohe High School and a school in Dalian send football teams to each other every summer."
    assert not coops(extract(text, published="2024-05-10"))


def test_transport_is_not_sport(extract):
    text = "Lyon and Birmingham held their annual forum in Lyon, agreeing to cooperate on urban transport."
    found = coops(extract(text, published="2024-05-10"))
    assert found and "sports" not in found[0].attributes["fields"]
    assert [pair(f) for f in found] == [["Birmingham", "Lyon"]]


def test_joint_campaigns_and_jointly_developed_work(extract):
    found = coops(extract("Busan and Fukuoka launched a joint tourism campaign aimed at European visitors."))
    assert [pair(f) for f in found] == [["Busan", "Fukuoka"]] and found[0].status == "happened"
    text = "Busan and Fukuoka became sister cities in 2007. The two cities will jointly develop a tourism route."
    found = coops(extract(text))
    assert [pair(f) for f in found] == [["Busan", "Fukuoka"]] and found[0].status == "planned"
    assert not coops(extract("Busan and Fukuoka issued a joint press statement on tourism."))


def test_a_government_helping_another_with_a_field(extract):
    text = "Hokkaido has been helping Heilongjiang with cold-region farming techniques since 1995."
    found = coops(extract(text, published="2024-05-10"))
    assert [pair(f) for f in found] == [["Heilongjiang", "Hokkaido"]]
    assert found[0].date == "1995" and "agriculture" in found[0].attributes["fields"]
    assert not coops(extract("Busan Mayor Park said the support helped Fukuoka to recover."))


def test_nurses_are_health(extract):
    found = coops(extract("Kobe and Tianjin jointly run a training program for nurses."))
    assert found and found[0].attributes["fields"] == ["health"]


def test_field_words_inside_other_words(extract):
    from kizuna.extract.common import fields_in

    assert fields_in("Students took part in the programme.") == ["education"]
    assert fields_in("Prices rose while the city started a laboratory.") == []
    assert fields_in("rice farming and the arts") == ["culture", "agriculture"]
    assert fields_in("a project on waste recycling") == ["environment"]


def test_the_partnership_points_back_to_the_pair(extract):
    text = ("Chiba Prefecture and Wisconsin became sister states in 1990. The partnership has produced exchanges "
            "in agriculture, dairy farming and education.")
    found = coops(extract(text))
    assert [pair(f) for f in found] == [["Chiba", "Wisconsin"]] and found[0].status == "happened"


def test_joint_drills_held_every_year(extract):
    text = ("Chiba Prefecture and Wisconsin became sister states in 1990. The two sides have since held joint "
            "disaster drills every year.")
    found = coops(extract(text))
    assert [pair(f) for f in found] == [["Chiba", "Wisconsin"]] and found[0].attributes["fields"] == ["disaster"]

"""Phrasings from the s12 blind batch hb-48..hb-53 (our own words, not the batch's sentences)."""

from kizuna.extract.sentences import split_sentences

from .conftest import names, of_type


def _visits(facts):
    return [names(f) for f in of_type(facts, "visit")]


def test_run_together_initials_do_not_end_a_sentence():
    text = "Kerala Tourism Minister P.A. Mohamed Riyas met the delegation. He said ties were strong."
    assert [s.text for s in split_sentences(text)] == [
        "Kerala Tourism Minister P.A. Mohamed Riyas met the delegation.", "He said ties were strong."]


def test_a_minister_with_a_portfolio_speaks_for_the_place_before_it(extract):
    text = ("Hyogo Prefecture and the Indian state of Gujarat signed a friendship agreement on Monday with "
            "Gujarat Industries Minister K.V. Desai present.\n"
            "Desai arrived in Hyogo on Sunday at the head of a 10-member delegation.\n")
    assert ["Gujarat", "Hyogo"] in _visits(extract(text, "2025-04-15"))


def test_a_two_letter_surname_alone_is_the_official_named_before(extract):
    text = ("Changwon Mayor Hong Nam-pyo and Qingdao Mayor Wu Haitao signed a logistics memorandum on Monday.\n"
            "Wu arrived in Changwon on Saturday with a 20-member delegation.\n")
    assert ["Qingdao", "Changwon"] in _visits(extract(text, "2025-04-15"))


def test_arrival_in_a_capital_is_a_visit_to_its_province(extract):
    text = ("Gyeonggi Province and West Java signed a renewed cooperation agreement in Bandung on Wednesday.\n"
            "Governor Kim Dong-yeon arrived in Bandung on Tuesday leading a 30-member delegation.\n")
    visits = _visits(extract(text, "2025-04-17"))
    assert ["Gyeonggi", "West Java"] in visits and ["Gyeonggi", "Bandung"] not in visits


def test_talks_in_a_capital_of_a_region_named_beside_it(extract):
    text = ("Hunan Governor Mao Weiming arrived in Japan on Monday for a five-day visit that takes in Ishikawa and "
            "Toyama.\n"
            "Leading a 20-strong delegation of provincial officials, Mao met Ishikawa Governor Hiroshi Hase in "
            "Kanazawa on Tuesday, where the two sides marked 30 years of the sister-province relationship they set "
            "up in 1995.\n")
    visits = _visits(extract(text, "2025-04-17"))
    assert ["Hunan", "Japan"] in visits and ["Hunan", "Ishikawa"] in visits
    assert ["Hunan", "Kanazawa"] not in visits


def test_a_commentators_quote_is_no_cooperation(extract):
    text = ("The trip comes as Seoul and Tokyo try to mend ties.\n"
            "\"Local exchanges keep the relationship steady,\" said a researcher at a Seoul think tank.\n")
    assert of_type(extract(text, "2025-04-17"), "cooperation") == []


def test_partner_regions_in_general_are_no_tie(extract):
    text = ("Shaanxi and Kyoto Prefecture became sister regions in 1983.\n"
            "Kyoto officials said the prefecture had no plans to expand the number of its Chinese partner regions.\n")
    assert len(of_type(extract(text, "2025-04-17"), "partnership")) == 1


def test_a_sealed_memorandum_is_an_agreement(extract):
    text = ("The city of Changwon sealed a memorandum of understanding with Yantai in China's Shandong Province "
            "on Monday to cooperate in shipbuilding.\n")
    assert [names(f) for f in of_type(extract(text, "2025-04-17"), "agreement")] == [["Changwon", "Yantai"]]


def test_the_renewed_pact_named_again_is_no_new_agreement(extract):
    text = ("East Java and Gyeongsangbuk-do renewed their sister province agreement on Monday.\n"
            "Under the renewed pact, the two provinces will cooperate on vocational training.\n")
    facts = extract(text, "2025-04-17")
    assert len(of_type(facts, "agreement")) == 1
    assert len(of_type(facts, "cooperation")) == 1


def test_twinned_under_an_agreement_is_the_tie_not_a_pact(extract):
    text = "Christchurch is also twinned with Wuhan in China's Hubei Province under an agreement signed in 2006.\n"
    facts = extract(text, "2025-04-17")
    assert of_type(facts, "agreement") == []


def _values(facts):
    return sorted(f.attributes["value"] for f in of_type(facts, "statistic"))


def test_a_visit_told_as_a_noun_with_its_visitor_after_by(extract):
    text = ("Quang Ngai province and Japan's Shiga Prefecture on Tuesday signed a nursing cooperation agreement.\n"
            "The document was signed by Dang Van Minh, chairman of the provincial People's Committee, and Shiga "
            "Governor Taizo Mikazuki during an official visit by a 12-member Quang Ngai delegation to the "
            "prefecture from May 4 to 7.\n")
    visits = _visits(extract(text, "2025-05-08"))
    assert ["Quang Ngai", "Shiga"] in visits and ["Shiga", "Quang Ngai"] not in visits


def test_a_programme_titled_in_quotes_is_cooperation(extract):
    text = ("Tottori Prefecture and Gangwon State have agreed on a new youth scheme.\n"
            "Under a three-year programme titled \"Sea of Japan Youth Link\", Tottori and Gangwon will each "
            "host 30 university students every summer.\n")
    coop = of_type(extract(text, "2025-05-08"), "cooperation")
    assert any(f.attributes.get("title") == "Sea of Japan Youth Link" for f in coop)


def test_people_working_abroad_and_the_part_in_one_place(extract):
    text = "About 4,500 people from Nam Dinh are currently working in Japan, including 120 in Toyama, officials said.\n"
    assert _values(extract(text, "2025-05-08")) == [120, 4500]


def test_people_of_another_country_the_province_is_home_to(extract):
    text = "Gyeongnam is home to some 9,000 Vietnamese migrant workers, most of them in shipbuilding.\n"
    assert _values(extract(text, "2025-05-08")) == [9000]


def test_students_who_travelled_and_students_hosted(extract):
    text = ("Since 1995, 250 Nelson students have travelled to Miyazu and 240 Miyazu students have been hosted "
            "by Nelson families.\n")
    assert _values(extract(text, "2025-05-08")) == [240, 250]


def test_a_numbered_paragraph_and_a_national_goal_are_no_figures(extract):
    text = ("4.1 A delegation of 12 from Miyazu visited Nelson in March for the sister city anniversary.\n"
            "Prime Minister Shigeru Ishiba hosted Prime Minister Narendra Modi in Tokyo, where the two governments "
            "set a goal of 10 trillion yen in Japanese investment in India.\n")
    assert _values(extract(text, "2025-05-08")) == []


def test_capitals_in_a_diplomatic_clause_are_no_partners(extract):
    text = ("Changwon and Yantai signed a sister city agreement in 1994, two years after Seoul and Beijing "
            "established diplomatic relations.\n")
    assert [names(f) for f in of_type(extract(text, "2025-05-08"), "partnership")] == [["Changwon", "Yantai"]]


def test_a_word_of_a_project_title_is_no_partner(extract):
    text = ("West Java and Gyeongsangbuk-do renewed their sister province agreement on Monday.\n"
            "Since 2020 the two provinces have run the \"Gyeongbuk-Jabar Green Village\" project, which has built "
            "solar units in 10 villages.\n")
    coop = of_type(extract(text, "2025-05-08"), "cooperation")
    assert all(not any("Green" in n for n in names(f)) for f in coop)


def test_a_council_page_resolution_sends_its_own_delegation(extract):
    text = ("Christchurch City Council\n"
            "Minutes of the ordinary meeting of Council held on 3 June 2025.\n"
            "The Mayor reported that Christchurch had marked 50 years of its sister city relationship with Kurashiki.\n"
            "That Council approves a civic delegation, led by the Mayor, to travel to Kurashiki in April 2026.\n")
    visits = of_type(extract(text, "2025-06-03"), "visit")
    assert [names(f) for f in visits] == [["Christchurch", "Kurashiki"]]
    assert visits[0].status == "planned"


def test_the_untied_governor_beside_the_other_sides_minister(extract):
    text = ("Hyogo Prefecture and the Indian state of Gujarat forged friendship ties on Monday, as Governor "
            "Motohiko Saito and Gujarat Industries Minister K.V. Desai signed the agreement.\n"
            "Saito said he would lead a delegation of about 40 business leaders to Gujarat in March.\n")
    assert ["Hyogo", "Gujarat"] in _visits(extract(text, "2025-04-15"))


def test_a_governor_who_came_to_a_place_is_not_its_head(extract):
    text = ("That November, Governor Hajime Furuta came to Bavaria together with Hiroshi Horaguchi, President of "
            "the Prefectural Assembly of Gifu.\n")
    facts = extract(text, "2025-04-15")
    assert all(p.place_id != "DE-BY" for f in facts for p in f.people if p.name == "Hajime Furuta")


def test_stops_a_trip_takes_in_keep_their_own_days(extract):
    text = ("Hunan Governor Mao Weiming arrived in Japan on Monday for a five-day visit that takes in Ishikawa and "
            "Toyama.\n"
            "The delegation will travel on to Toyama on Thursday, where Mao is to meet Governor Hachiro Nitta.\n")
    dated = {names(f)[1]: f.date for f in of_type(extract(text, "2025-05-06"), "visit")}
    assert dated["Japan"] == "2025-05-05" and dated["Toyama"] == "2025-05-08"


def test_a_renewal_dates_the_tie_by_its_first_signing(extract):
    text = ("West Java, Chungnam renew sister province pact\n"
            "West Java and South Chungcheong renewed their sister province agreement on Tuesday, three decades "
            "after the tie was first inked in 1994.\n")
    ties = of_type(extract(text, "2024-06-12"), "partnership")
    assert [f.date for f in ties] == ["1994"]

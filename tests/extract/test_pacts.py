"""Partnerships, agreements and cooperation on phrasings written for these tests."""

from tests.extract.conftest import of_type


def test_anniversary_of_the_tie_not_of_national_ties(extract):
    text = ("The governor said this year marks the 50th anniversary of diplomatic relations between the two "
            "countries as well as the 25th anniversary of the friendship ties between Aomori and Dalian.")
    ties = of_type(extract(text, published="2022-05-02"), "partnership")
    assert ties and all(f.date == "1997" for f in ties)


def test_two_anniversaries_two_stages(extract):
    text = ("To celebrate forty years of friendship between Lyon and Leipzig and twenty years since the two "
            "cities signed their twinning charter, the mayor hosted a reception.")
    ties = of_type(extract(text, published="2021-06-10"), "partnership")
    assert {(f.attributes["kind"], f.date) for f in ties} == {("friendship", "1981"), ("twinning", "2001")}


def test_possessive_tie_with_partner_amid_a_trip(extract):
    text = ("Suzuki, who in 2010 was elected to parliament, flew to Seoul after a stop in Canada, where she had "
            "marked the 30th anniversary of Hokkaido's sister province agreement with Alberta.")
    ties = of_type(extract(text, published="2010-10-05"), "partnership")
    assert [sorted(p.name for p in f.places) for f in ties] == [["Alberta", "Hokkaido"]]
    assert ties[0].date == "1980"


def test_count_of_ties_is_not_a_tie_with_a_later_clause(extract):
    text = ("Da Nang has friendly relations with nine Japanese cities, and its council has signed cooperation "
            "agreements with Sakai and Yokohama.")
    assert not of_type(extract(text), "partnership")


def test_loose_partnership_words_are_not_a_new_tie(extract):
    text = ("Sapporo and Munich became sister cities in 1972. The mayor said the friendship between Sapporo "
            "and Munich is growing into a global partnership.")
    ties = of_type(extract(text), "partnership")
    assert [f.attributes["kind"] for f in ties] == ["sister"]


def test_decided_to_conclude_in_a_past_year_happened(extract):
    text = ("Trade in timber brought Dunedin and Otaru together, and as their exchanges grew they decided to sign "
            "a sister city agreement in 1980.")
    ties = of_type(extract(text, published="2016-03-01"), "partnership")
    assert ties and ties[0].status == "happened" and ties[0].date == "1980"
    later = of_type(extract(text.replace("in 1980", "next year"), published="2016-03-01"), "partnership")
    assert later and later[0].status == "planned"


def test_founding_document_is_the_tie_not_an_agreement(extract):
    text = ("On May 9, 2018, Governor Ana Reyes of Cebu and Vice Governor Li Ming of Hainan signed a formal "
            "agreement establishing a sister province relationship.")
    facts = extract(text)
    assert of_type(facts, "partnership") and not of_type(facts, "agreement")
    text = "Wuxi and Serbia's Palilula became sister cities on Monday through an agreement signed online."
    facts = extract(text, published="2021-03-10")
    assert of_type(facts, "partnership") and not of_type(facts, "agreement")


def test_sectoral_pacts_beside_a_founding_are_agreements(extract):
    text = ("Hainan and Cebu formally set up their sister province relationship and signed a series of "
            "cooperation agreements in tourism and agriculture.")
    facts = extract(text)
    assert of_type(facts, "partnership") and of_type(facts, "agreement")


def test_two_pacts_listed_in_one_sentence_are_two(extract):
    text = ("Gangwon and Tottori had earlier signed a sports exchange pact in 2005 and an environmental "
            "cooperation pact in 2012.")
    pacts = of_type(extract(text), "agreement")
    assert sorted(f.date for f in pacts) == ["2005", "2012"]


def test_a_preliminary_agreement_then_a_sectoral_one(extract):
    text = ("The signing followed an agreement the two governors reached in March to bring Gangwon and Tottori "
            "together. Gangwon and Tottori had already signed a tourism pact in 2005.")
    assert len(of_type(extract(text), "agreement")) == 2


def test_university_deals_are_not_government_agreements(extract):
    text = ("Memorandums of understanding were also signed between the University of Oregon and Seoul "
            "National University.")
    assert not of_type(extract(text), "agreement")


def test_importance_is_not_trade(extract):
    text = ("Cebu and Hainan signed a memorandum of understanding on education, stressing the importance of "
            "their ties.")
    pacts = of_type(extract(text), "agreement")
    assert pacts and pacts[0].attributes["fields"] == ["education"]


def test_documents_on_different_subjects_are_two_agreements(extract):
    text = ("Miyagi Governor Yoshihiro Murai said he had signed documents on nursing care with Vietnam's Ministry "
            "of Health. He urged Miyagi to keep implementing the labour cooperation agreement signed with Vietnam "
            "in 2020.")
    pacts = of_type(extract(text, published="2022-08-01"), "agreement")
    assert len(pacts) == 2


def test_renewed_charter_of_the_tie_just_told(extract):
    text = ("Toulouse and Chongqing became sister cities in 1982. The charter was renewed on Monday in a "
            "ceremony attended by both mayors.")
    pacts = of_type(extract(text, published="2022-06-15"), "agreement")
    assert len(pacts) == 1 and sorted(p.name for p in pacts[0].places) == ["Chongqing", "Toulouse"]
    assert pacts[0].date == "2022-06-13"


def test_counted_deals_are_no_cooperation_or_agreement(extract):
    text = "At the Jiangsu-Korea trade fair, agreements on 14 cooperation projects worth 2 billion yuan were signed."
    facts = extract(text)
    assert not of_type(facts, "cooperation") and not of_type(facts, "agreement")


def test_a_signed_memorandum_and_its_terms_are_one_agreement(extract):
    text = ("Yamanashi and Bavaria signed a memorandum of understanding in 2018, agreeing to cooperate on "
            "hydrogen and forestry. The memorandum provides for joint work on fuel cells.")
    facts = extract(text, published="2019-01-10")
    assert len(of_type(facts, "agreement")) == 1 and not of_type(facts, "cooperation")


def test_school_exchanges_are_not_government_cooperation(extract):
    text = ("Tottori and Gangwon became friendship regions in 1994. A choir from Tottori's Kurayoshi Academy, "
            "which regularly exchanges visits with Chuncheon Girls School in Gangwon, sang at the ceremony.")
    assert not of_type(extract(text), "cooperation")


def test_aid_is_its_own_cooperation(extract):
    text = ("Cebu and Hainan run exchange programs in tourism and education. When the typhoon struck, Hainan "
            "donated 20,000 masks and medical supplies to Cebu.")
    coops = of_type(extract(text), "cooperation")
    assert len(coops) == 2 and all(sorted(p.name for p in f.places) == ["Cebu", "Hainan"] for f in coops)


def test_promised_cooperation_beside_a_founding_is_planned(extract):
    text = ("Wuxi and Serbia's Palilula became sister cities on Monday through an agreement signed online, and "
            "promised closer cooperation in trade and tourism.")
    coops = of_type(extract(text, published="2021-03-10"), "cooperation")
    assert coops and coops[0].status == "planned"


def test_loose_friendship_words_do_not_block_a_programme(extract):
    text = ("Ballarat and Ichihara became sister cities in 1998, launching a student homestay program. Since then, "
            "the program has sought to deepen friendship between the two communities.")
    coops = of_type(extract(text, published="2023-01-01"), "cooperation")
    assert coops and sorted(p.name for p in coops[0].places) == ["Ballarat", "Ichihara"]


def test_a_joint_project_of_a_listed_three(extract):
    text = "One example is a project on cold-climate wheat conducted by Aomori, Jilin Province and Manitoba."
    coops = of_type(extract(text), "cooperation")
    assert len(coops) == 1 and sorted(p.name for p in coops[0].places) == ["Aomori", "Jilin", "Manitoba"]


def test_a_named_scheme_between_two_cities(extract):
    text = 'A well-known case is the "Clean Harbour Partnership Plan" between Yokohama and Dalian.'
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].attributes.get("title") == "Clean Harbour Partnership Plan"


def test_cooperation_with_the_partners_country_is_with_the_partner(extract):
    text = ("Incheon and Porto signed a friendship letter on Monday. The deal extends the city's network to "
            "Portugal and opens practical cooperation in tourism and culture.")
    coops = of_type(extract(text, published="2024-04-10"), "cooperation")
    assert coops and all(p.level != "country" for f in coops for p in f.places)


def test_an_aside_with_nothing_pointing_back_is_no_cooperation(extract):
    text = ("Shiga and Hunan became sister provinces in 1983. The two provinces run joint projects in environmental "
            "protection. "
            "3) To reform local industry by studying foreign enterprises and promoting joint ventures.")
    coops = of_type(extract(text), "cooperation")
    assert len(coops) == 1


def test_last_item_of_a_listed_span_keeps_the_years(extract):
    text = ("Between 1990 and 1994, Kaohsiung set up sister city ties with Japan's Naha City, Seattle in the U.S. "
            "state of Washington, and Gwangju in South Korea.")
    ties = of_type(extract(text), "partnership")
    assert len(ties) == 3 and all((f.date, f.date_end) == ("1990", "1994") for f in ties)


def test_undated_page_counts_an_anniversary_from_its_latest_year(extract):
    text = ("The 2015 Kobe-Seattle Friendship Week opened on Monday. Seattle declared the day Kobe Day in honour "
            "of the 58th anniversary of its sister city tie with Kobe.")
    ties = of_type(extract(text), "partnership")
    assert ties and ties[0].date == "1957"
    assert of_type(extract(text.replace("The 2015 ", "The ")), "partnership")[0].date is None


def test_pact_at_the_forum_takes_the_forums_date(extract):
    text = ("The third Asia-Africa Mayors Forum was held on Wednesday in Xiamen. On the sidelines of the forum, "
            "the two mayors signed a memorandum on port cooperation between Xiamen and Mombasa.")
    pacts = of_type(extract(text, published="2023-06-09"), "agreement")
    assert pacts and pacts[0].date == "2023-06-07"


def test_programme_since_then_dates_from_the_sentence_before(extract):
    text = ("Dubbo and Minokamo signed their sister city agreement in 1990. Student exchanges and mutual visits "
            "by civic delegations have continued ever since.")
    coops = of_type(extract(text, published="2020-02-02"), "cooperation")
    assert coops and coops[0].date == "1990"


def test_cooperation_agreed_in_talks_takes_the_talks_date(extract):
    text = ("Mayor Lori Grant of Denver met Mayor Zhou Wei of Kunming on March 3, 2015. Water and air quality "
            "were among the areas in which the two sides agreed to cooperate more.")
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].date == "2015-03-03" and coops[0].status == "planned"


def test_hyphened_pair_with_a_country_names_the_tie(extract):
    text = ("Governor Kim Reynolds will sign an accord marking 35 years of the Taiwan-Iowa sister-state "
            "relationship during her stay.")
    ties = of_type(extract(text, published="2024-05-01"), "partnership")
    assert len(ties) == 1 and sorted(p.name for p in ties[0].places) == ["Iowa", "Taiwan"]
    assert ties[0].status == "happened" and ties[0].date == "1989"


def test_exchanges_dating_back_are_standing_cooperation(extract):
    text = "According to the mayor, exchanges between Kanazawa and Nancy date back to 1973."
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].status == "happened" and coops[0].date == "1973"


def test_cooperation_a_deal_is_meant_to_open_is_planned(extract):
    text = "The deal between Incheon and Porto is meant to open cooperation in tourism and culture."
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].status == "planned"


def test_goodwill_is_not_a_pledge(extract):
    text = ("The governor described how Nagano's friendly exchanges with China began, saying the goodwill of "
            "its people toward China had stayed constant.")
    assert not of_type(extract(text), "cooperation")


def test_cooperation_as_a_trips_purpose_is_the_visits(extract):
    text = ("Governor Wang Lin will also go to Jeju and Ulsan, where events are planned to deepen Hubei's "
            "cooperation with Korean provinces in culture and tourism.")
    facts = extract(text, published="2019-11-01")
    assert not of_type(facts, "cooperation")


def test_agriculture_is_not_culture(extract):
    text = "Nara and Xi'an met in May. The two cities agreed to strengthen cooperation in tourism and agriculture."
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].attributes["fields"] == ["tourism", "agriculture"]


def test_upgraded_tie_gives_both_stages_with_their_years(extract):
    text = ("Qingdao and Adelaide first set up ties in 1994 as friendship cities and in 2008 raised their "
            "relationship to sister cities.")
    ties = of_type(extract(text), "partnership")
    assert sorted((f.attributes["kind"], f.date) for f in ties) == [("friendship", "1994"), ("sister", "2008")]


def test_a_tie_does_not_take_a_later_acts_relative_date(extract):
    text = ("The city of Spokane, which has a sister city relationship with Nishinomiya, sent 3,000 masks to its "
            "partner last year.")
    facts = extract(text, published="2021-05-01")
    ties = of_type(facts, "partnership")
    assert ties and ties[0].date is None
    coops = of_type(facts, "cooperation")
    assert coops and coops[0].attributes["fields"] == ["health"]


def test_a_future_celebration_is_not_the_founding(extract):
    text = "Kagoshima and Perth will celebrate 50 years as sister cities next year."
    ties = of_type(extract(text, published="2023-06-01"), "partnership")
    assert ties and ties[0].date is None and ties[0].status == "happened"


def test_renewed_pact_of_a_known_tie_is_an_agreement_only(extract):
    text = "Kyoto and Paris became sister cities in 1958. The two cities renewed their friendship pact in 2018."
    facts = extract(text)
    assert [(f.attributes["kind"], f.date) for f in of_type(facts, "partnership")] == [("sister", "1958")]
    assert [f.date for f in of_type(facts, "agreement")] == ["2018"]


def test_renewed_charter_named_with_its_kind(extract):
    text = ("Aachen and Reims were twinned in 1967. The twinning charter was renewed in 2017 during a visit by "
            "the mayor of Reims.")
    pacts = of_type(extract(text), "agreement")
    assert len(pacts) == 1 and sorted(p.name for p in pacts[0].places) == ["Aachen", "Reims"]


def test_tie_year_in_its_own_words_beats_the_pacts_day(extract):
    text = ("Jiangsu and Aichi signed an agreement on economic cooperation on Tuesday, the first since their "
            "friendship ties were forged in 1980.")
    facts = extract(text, published="2022-03-03")
    assert [f.date for f in of_type(facts, "partnership")] == ["1980"]
    assert [f.date for f in of_type(facts, "agreement")] == ["2022-03-01"]


def test_signed_an_agreement_to_establish_ties_happened(extract):
    text = "Chungbuk and Yamanashi signed an agreement to establish sister ties in 1992."
    facts = extract(text)
    ties = of_type(facts, "partnership")
    assert ties and ties[0].status == "happened" and not of_type(facts, "agreement")


def test_a_signed_agreement_formalising_the_tie_is_the_tie(extract):
    text = "The sister city relationship between Sapporo and Munich was formalised with a signed agreement in 1972."
    facts = extract(text)
    assert of_type(facts, "partnership") and not of_type(facts, "agreement")


def test_friendship_and_exchange_agreement_founds_a_friendship_tie(extract):
    text = ("Governor Park of Gyeongnam and Governor Hattori of Yamaguchi signed a friendship and exchange "
            "agreement on Friday.")
    ties = of_type(extract(text, published="2023-11-11"), "partnership")
    assert ties and ties[0].attributes["kind"] == "friendship" and ties[0].date == "2023-11-10"


def test_chambers_and_airports_are_not_the_governments(extract):
    text = "The Niigata chamber of commerce signed a partnership agreement with the Harbin chamber of commerce."
    assert not of_type(extract(text), "partnership")
    text = "Gimpo's airport has cooperated with Haneda on baggage handling since 2012."
    assert not of_type(extract(text), "cooperation")


def test_each_partner_takes_the_kind_and_anniversary_of_its_clause(extract):
    text = ("Sakai and Lianyungang marked the 40th anniversary of their friendship city ties on Monday; Sakai "
            "also has sister city ties with Berkeley.")
    ties = of_type(extract(text, published="2023-12-06"), "partnership")
    got = sorted((next(p.name for p in f.places if p.name != "Sakai"), f.attributes["kind"], f.date) for f in ties)
    assert got == [("Berkeley", "sister", None), ("Lianyungang", "friendship", "1983")]


def test_pact_date_from_its_own_clause(extract):
    text = ("Kochi and Anhui have been friendship provinces since 1994, and in 2010 they signed an agreement on "
            "environmental cooperation.")
    pacts = of_type(extract(text), "agreement")
    assert pacts and pacts[0].date == "2010"


def test_programme_launched_beside_the_tie(extract):
    text = "Mie Prefecture and Sao Paulo State, sister states since 1973, launched a joint nursing training program in 2019."
    facts = extract(text)
    assert [f.date for f in of_type(facts, "partnership")] == ["1973"]
    coops = of_type(facts, "cooperation")
    assert coops and coops[0].date == "2019" and coops[0].attributes["fields"] == ["health"]


def test_talk_of_the_pairs_standing_collaboration_states_it(extract):
    text = ("Mayor Lee spoke about the importance of the alliance and about the two sister cities' collaboration on "
            "trade and education. Earlier, Daegu and Atlanta had become sister cities in 1981.")
    facts = extract(text)
    assert not of_type(facts, "cooperation")  # no pair named yet when the talk is told
    text = ("Daegu and Atlanta became sister cities in 1981. Mayor Lee spoke about the importance of the alliance "
            "and about the two sister cities' collaboration on trade and education.")
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].status == "happened" and coops[0].attributes["fields"] == ["trade", "education"]
    text = ("Daegu and Atlanta became sister cities in 1981. Mayor Lee said the two cities should discuss "
            "tourism cooperation.")
    assert not of_type(extract(text), "cooperation")


def test_trip_made_as_part_of_a_programme(extract):
    text = ("Hyogo Governor Motohiko Saito visited Washington State in May as part of a youth exchange program "
            "between the two states.")
    facts = extract(text, published="2023-07-01")
    assert of_type(facts, "visit") and of_type(facts, "cooperation")


def test_renewal_beside_a_founding_keeps_the_founding(extract):
    text = "Chiba and Nebraska, which became sister states in 1977, renewed their friendship agreement on Monday."
    facts = extract(text, published="2024-03-05")
    assert [(f.attributes["kind"], f.date, f.attributes.get("event")) for f in of_type(facts, "partnership")] == [
        ("sister", "1977", None)]
    assert [f.date for f in of_type(facts, "agreement")] == ["2024-03-04"]


def test_founded_and_later_renewed(extract):
    text = "Kumamoto Prefecture signed a friendship agreement with Guangxi in 1982 and renewed it in 2012."
    facts = extract(text)
    assert [(f.attributes["kind"], f.date) for f in of_type(facts, "partnership")] == [("friendship", "1982")]
    assert [f.date for f in of_type(facts, "agreement")] == ["2012"]


def test_a_tied_pair_that_has_cooperated(extract):
    text = "Jeju and Hainan have maintained a sister relationship since 1995 and have cooperated closely in tourism."
    coops = of_type(extract(text), "cooperation")
    assert coops and coops[0].attributes["fields"] == ["tourism"] and coops[0].status == "happened"


def test_aid_goes_to_a_place_not_to_anyone(extract):
    text = ("The Osaka government provided funds to local restaurants hit by the pandemic, while Shanghai did "
            "the same.")
    assert not of_type(extract(text), "cooperation")
    text = "Wuhan sent medical supplies to the people of Okayama during the outbreak."
    assert of_type(extract(text), "cooperation")


def test_a_typed_deal_is_an_agreement(extract):
    facts = extract("Quang Tri and Okayama ink labour cooperation deal", published="2024-03-02")
    assert [f.type for f in facts] == ["agreement"]


def test_the_province_and_the_state_are_the_pair_the_story_is_about(extract):
    text = ("Jeolla governor tours Oregon\n\n"
            "South Jeolla Province Governor Kim Young-rok signed an agreement with Oregon Governor Tina Kotek "
            "in Salem on Monday to cooperate on offshore wind.\n"
            "Kim is on a trip to the United States that also takes him to Idaho.\n"
            "The province and the state plan to establish sister-state ties next year, officials said.")
    ties = [f for f in extract(text, published="2024-03-06") if f.type == "partnership"]
    assert [[p.id for p in f.places] for f in ties] == [["KR-46", "US-OR"]]
    assert ties[0].status == "planned"


def test_a_range_of_twin_towns_pairs_each_with_the_hub(extract):
    text = "Graz has eleven twin towns in total, from Montpellier in France to Isfahan in Iran."
    ties = {tuple(p.id for p in f.places) for f in of_type(extract(text, published="2024-03-06"), "partnership")}
    assert ties == {("geonames:2778067", "geonames:2992166"), ("geonames:2778067", "geonames:418863")}


def test_the_ends_of_a_range_are_not_partners_of_each_other(extract):
    text = "Oberwaldheimstadt has eleven twin towns in total, from Montpellier in France to Isfahan in Iran."
    ties = of_type(extract(text, published="2024-03-06"), "partnership")
    assert not ties


def test_years_as_sister_regions_in_a_headline_give_the_founding_year(extract):
    text = "Toyama and Liaoning celebrate 40 years as sister regions\n\nThe two sides held a ceremony on Monday."
    ties = of_type(extract(text, published="2024-03-06"), "partnership")
    assert [(f.attributes["kind"], f.date) for f in ties] == [("sister", "1984")]


def test_a_town_marking_years_of_twinning_with_another(extract):
    text = ("Manchester marks 35 years of twinning with Los Angeles\n\n"
            "Manchester City Council held a reception on Friday.")
    ties = of_type(extract(text, published="2025-05-02"), "partnership")
    assert [([p.id for p in f.places], f.attributes["kind"], f.date) for f in ties] == [
        (["geonames:2643123", "geonames:5368361"], "twinning", "1990")]

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
    text = ("Hubei Governor Wang Zhonglin arrived in Japan on Monday for a five-day trip.\n"
            "Wang met Gifu Governor Hajime Furuta in Gifu on Tuesday, and the two sides marked the anniversary of "
            "their sister-province ties.\n")
    visits = _visits(extract(text, "2025-04-17"))
    assert ["Hubei", "Japan"] in visits
    assert not any(v[1] == "Gifu" and v != ["Hubei", "Gifu"] for v in visits)


def test_a_commentators_quote_is_no_cooperation(extract):
    text = ("The two capitals have argued over fisheries this year.\n"
            "\"Local exchanges keep the relationship steady,\" said a researcher at a Seoul think tank.\n")
    assert of_type(extract(text, "2025-04-17"), "cooperation") == []


def test_partner_regions_in_general_are_no_tie(extract):
    text = "Nagano officials said the prefecture had no plans to expand the number of its Korean partner cities.\n"
    assert of_type(extract(text, "2025-04-17"), "partnership") == []


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
    text = "Dunedin is also twinned with Weihai in China's Shandong Province under an agreement signed in 2011.\n"
    facts = extract(text, "2025-04-17")
    assert of_type(facts, "agreement") == []

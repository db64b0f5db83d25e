"""Vietnamese and Korean provincial news: an official named before a dated verb, "called on X to"
as urging, and "the provinces will ..." as the pair acting under a pact."""

from kizuna.extract import extract_facts
from kizuna.extract.people import find_people


def test_an_official_before_a_dated_verb_is_a_person():
    text = "Chairman of the provincial People's Committee Le Van Hung on May 3 hosted a delegation."
    assert [p.name for p in find_people(text)] == ["Le Van Hung"]


def test_a_person_named_by_given_name_is_no_place(gz):
    text = ("Hue (VNA) - Chairman of the Thua Thien Hue provincial People's Committee Nguyen Van Phuong on June 9 "
            "hosted a delegation from Japan's Kanazawa city.\n"
            "Phuong said Hue and Kanazawa, which became sister cities in 2021, share a heritage.\n")
    facts = extract_facts(text, published="2026-06-10", gazetteer=gz)
    assert not [p for f in facts for p in f.places if p.country == "TW"]


def test_called_on_a_place_to_act_is_urging(gz):
    text = ("He suggested the two localities boost cooperation in heritage conservation, and called on Kanazawa "
            "to help the province train tourism workers.")
    assert not [f for f in extract_facts(text, published="2026-06-10", gazetteer=gz) if f.type == "visit"]


def test_calling_on_an_official_is_a_visit(gz):
    text = "Governor Kim of South Jeolla called on the Governor of Saga to discuss energy cooperation."
    assert [f for f in extract_facts(text, published="2026-06-10", gazetteer=gz) if f.type == "visit"]


def test_the_provinces_act_under_the_pact(gz):
    text = ("South Jeolla Governor Kim Yung-rok and Saga Governor Yoshinori Yamaguchi signed a memorandum of "
            "understanding on Monday in Muan to cooperate on offshore wind power.\n"
            "Under the agreement, the provinces will hold an annual working-level meeting and exchange researchers.\n")
    coop = [f for f in extract_facts(text, published="2026-07-14", gazetteer=gz) if f.type == "cooperation"]
    assert len(coop) == 1 and coop[0].status == "planned"
    assert {p.name for p in coop[0].places} == {"South Jeolla", "Saga"}

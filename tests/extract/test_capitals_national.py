"""A capital named for its country's government ("relations between Tokyo and Beijing") is national
diplomacy, not a tie between the two capitals' own governments."""

import pytest

from kizuna.extract import extract_facts


@pytest.mark.parametrize("text", [
    "Relations between Tokyo and Beijing have been strained over a territorial dispute, but local "
    "governments have continued exchanges.",
    "Seoul-Tokyo ties have improved markedly this year, officials in both capitals said, and exchanges continued.",
    "Despite tensions between Hanoi and Beijing over the sea, exchanges and cooperation went on.",
])
def test_capitals_standing_for_countries_give_no_fact(gz, text):
    facts = extract_facts(text, published="2026-10-03", gazetteer=gz)
    assert not [f for f in facts if f.type != "statistic"], [(f.type, [p.name for p in f.places]) for f in facts]


@pytest.mark.parametrize("text", [
    "Seoul and Tokyo signed a sister-city agreement in 1988, and the two capitals have expanded exchanges since.",
    "Hanoi and Tokyo have maintained close ties since they became friendship cities in 2013.",
])
def test_the_capitals_own_ties_stay(gz, text):
    facts = extract_facts(text, published="2026-10-03", gazetteer=gz)
    assert [f for f in facts if f.type == "partnership"]

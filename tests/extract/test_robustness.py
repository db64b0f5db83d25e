"""Any text goes in without an error, and every fact's evidence is a span of that text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = ["Busan", "Fukuoka", "sister", "cities", "visited", "Governor", "Kim", "in", "1989", "signed", "MoU",
         "with", "the", "delegation", "from", "Hanoi", "Osaka", "Prefecture", "Province", "since", "on", "Monday",
         "more", "than", "300", "pairs", "(21.4%)", "forum", "7th", ",", ".", "\n", "Japan's", "Liaoning", "and"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=80), st.sampled_from([None, "2024-02-29", "1999-12-31"]))
def test_word_salad(extract, words, published):
    text = " ".join(words)
    for f in extract(text, published=published):
        assert text[f.evidence.start: f.evidence.end] == f.evidence.text
        assert f.type in ("partnership", "visit", "meeting", "agreement", "cooperation", "statistic")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_unicode(extract, text):
    for f in extract(text):
        assert text[f.evidence.start: f.evidence.end] == f.evidence.text


def test_a_long_document(extract):
    text = ("Busan and Fukuoka have been sister cities since 1989. Governor Kim visited Osaka Prefecture. " * 300)
    facts = extract(text, published="2024-01-01")
    assert 0 < len(facts) < 20  # one story told many times is a few facts, not hundreds

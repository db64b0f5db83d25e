"""The literal prefilter must never change what a pattern finds, only skip work."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kizuna.extract import prefilter
from kizuna.extract.prefilter import GatedPattern, fold, gated, prefix_literals, required_literals

ROOT = Path(__file__).resolve().parents[2]

PATTERNS = [
    r"\b(?:visit(?:ed|ing|s)?(?! from)|paid (?:a |an )?(?:\w+ )?(?:visits?|calls?)(?: to)?|trips? to)\b",
    r"\bsister[- ](?:cit(?:y|ies)|states?)\b|\btwin(?:ned)?\b",
    r"(?P<q>more than|over)?\s*(?P<num>\d+|two|three)\s+(?:pairs|delegations)",
    r"[Tt]he (?:city|province) and the (?:state|prefecture)\b",
    r"\b(?:co-?operat(?:ion|e)|collaborat\w+)\b(?=\s+(?:in|on))",
    r"(?<!Vice )President\b|\bGovernor\b",
    r"\b(?:anniversary|years) of (?:their |the )?friendship",
    r"(?:Meeting|Forum)(?:\s+on\s+[A-Z]\w+)?",
    r"\bMoUs?\b|memorand(?:um|a)",
    r"ſtate|straße",
]
WORDS = ["visit", "visited", "Visits", "paid", "a", "an", "call", "calls", "to", "trip", "trips", "from", "sister",
         "city", "cities", "twin", "twinned", "state", "The", "the", "province", "and", "prefecture", "more", "than",
         "over", "2", "40", "two", "three", "pairs", "delegations", "cooperation", "co-operate", "collaborating",
         "in", "on", "Vice", "President", "Governor", "anniversary", "years", "of", "their", "friendship",
         "Meeting", "Forum", "Trade", "MoU", "MOUs", "memoranda", "ſtate", "STRASSE", "straße", "İzmir", "-", ",",
         "K"]


@pytest.mark.parametrize("pattern", PATTERNS)
@given(words=st.lists(st.sampled_from(WORDS), max_size=14), seps=st.lists(st.sampled_from([" ", "  ", "-", ""]),
                                                                          min_size=14, max_size=14))
@settings(max_examples=150, deadline=None)
def test_gated_finds_what_the_pattern_finds(pattern: str, words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    for flags in (0, re.IGNORECASE):
        raw = re.compile(pattern, flags)
        gate = gated(raw)
        prefilter.focus(text)
        for piece in (text, text[3:], text[: len(text) // 2]):
            assert (m.span() if (m := gate.search(piece)) else None) == \
                (m.span() if (m := raw.search(piece)) else None)
            assert [m.span() for m in gate.finditer(piece)] == [m.span() for m in raw.finditer(piece)]
            assert gate.findall(piece) == raw.findall(piece)


def test_required_literals_name_the_words_a_match_needs() -> None:
    assert required_literals(re.compile(r"\bsister[- ]cit(?:y|ies)\b")) == {"sister"}
    assert required_literals(re.compile(r"\b(?:visit(?:ed)?|[Tt]rip to)\b")) == {"visit", "trip to"}
    assert required_literals(re.compile(r"\w+ment")) == {"ment"}
    assert required_literals(re.compile(r"(?:big )?\w+")) is None  # may match any word


def test_prefix_literals_name_how_every_match_begins() -> None:
    assert prefix_literals(re.compile(r"\b(?:visit(?:ed)?|trips? to)\b")) == {"visit", "trip to", "trips to"}
    assert prefix_literals(re.compile(r"(?:big )?city")) == {"big city", "city"}
    assert prefix_literals(re.compile(r"\w+ment")) is None  # may begin anywhere


def test_fold_follows_re_case_rules() -> None:
    assert fold("ſtate") == fold("State")  # long s matches s under IGNORECASE
    assert fold("\u212a") == "k"  # Kelvin sign
    assert fold("İzmir") == "izmir"  # one character, as re compares it
    assert re.search("izmir", "İzmir", re.IGNORECASE)


def test_a_text_outside_the_focus_is_searched_directly() -> None:
    gate = gated(re.compile(r"\bsister cities\b"))
    prefilter.focus("nothing to see here")
    assert gate.search("two sister cities") is not None


def test_a_pattern_first_used_mid_sentence_sees_that_sentence() -> None:
    prefilter.focus("The twin towns renewed ties.")
    late = gated(re.compile(r"\btwin towns\b"))  # registered after the focus was read
    assert late.search("The twin towns renewed ties.") is not None


def _sentences() -> list[str]:
    from kizuna.extract.sentences import split_sentences
    texts = [p.read_text(encoding="utf-8") for d in ("src/kizuna/sample_corpus", "tests/own_corpus/articles")
             for p in sorted((ROOT / d).glob("*.txt"))]
    return [s.text for t in texts for s in split_sentences(t)]


def test_every_gated_pattern_of_the_extractors_agrees_on_our_corpora() -> None:
    sentences = _sentences()
    assert len(sentences) > 100
    checked = 0
    for mod in ("visit", "visit_story", "meeting", "partnership", "agreement", "cooperation", "statistic", "dating",
                "common"):
        for value in vars(importlib.import_module(f"kizuna.extract.{mod}")).values():
            if not isinstance(value, GatedPattern):
                continue
            checked += 1
            for s in sentences:
                prefilter.focus(s)
                assert [m.span() for m in value.finditer(s)] == [m.span() for m in value.pattern_obj.finditer(s)]
    assert checked > 50


@given(words=st.lists(st.sampled_from(["more than", "about", "US$", "some", "300", "1,200", "2.5", "two", "fifteen",
                                       "million", "yuan", "%", "sister", "cities", "in", "2019", "-", "to", "   ",
                                       "\n", "approximately", "delegations", "x", "No."]), max_size=30))
@settings(max_examples=300, deadline=None)
def test_statistic_figures_are_the_figure_pattern_s_matches(words: list[str]) -> None:
    from kizuna.extract.statistic import NUMBER, figures
    text = " ".join(words)
    prefilter.focus(text)
    raw = getattr(NUMBER, "pattern_obj", NUMBER)
    assert [m.span() for m in figures(text)] == [m.span() for m in raw.finditer(text)]

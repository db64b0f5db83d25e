"""Shortcuts taken for speed must not change what is found.

Each shortcut skips work that cannot find anything (a date pattern whose
words are absent, a name the gazetteer has already scored in the same
setting).  These tests run the careful path and the shortcut over the same
sentences and ask for identical results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kizuna.extract import dates
from kizuna.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "src" / "kizuna" / "sample_corpus", ROOT.parent / "shared" / "dev" / "articles",
           ROOT.parent / "shared" / "seeds"]

# Sentences in our own words with every kind of date expression the patterns know.
DATED = [
    "The mayor of Tampere arrived in Kaunas on 2021-06-14 for a three-day stay.",
    "Between 1998 and 2003 the two towns swapped teachers every spring.",
    "From 2010 to 2015 the province sent interns abroad.",
    "The festival ran Sept. 3 to 7, 2019, in the old harbour.",
    "Talks resumed on March 12th, 2022, after a long pause.",
    "On 4 of December 2018 the councils met in Lyon.",
    "In October, 2016 the accord was renewed.",
    "The programme will end by the end of 2027.",
    "In the first six months of this year trade grew.",
    "In the first 3 months of 2024 exports doubled.",
    "That June the governor returned; the same August he left again.",
    "The delegation left last Tuesday and comes back this Friday's evening.",
    "Earlier this month the city hall hosted guests; late May brings another visit.",
    "The anniversary falls next year, and the fiscal year ends in March.",
    "Thirty-five years ago the ports were linked; 12 years ago they signed again.",
    "The previous day the mayors toured a factory; the following day they flew home.",
    "The forum opened on the 21st in the provincial capital.",
    "The pact dates from 1987, not 1,987 or 1987.5.",
    "no dates here at all, only words about friendship and exchange",
    "NEXT WEEK THE MAYOR FLIES OUT; LAST MONTH SHE HOSTED A VISIT",
]


def _sentences() -> list[str]:
    out = list(DATED)
    for folder in CORPORA:
        if folder.is_dir():
            for f in sorted(folder.glob("*.txt")):
                out += [s.text for s in split_sentences(f.read_text(encoding="utf-8"))]
    return out


@pytest.mark.parametrize("published", [None, "2019-07-25", "2024-01-03"])
@pytest.mark.parametrize("future", [False, True])
def test_date_gates_find_what_every_pattern_finds(monkeypatch: pytest.MonkeyPatch, published: str | None,
                                                  future: bool) -> None:
    sentences = _sentences()
    gated = [dates.find_dates(s, published, future=future, anchor="2019-07-20") for s in sentences]
    monkeypatch.setattr(dates, "GATES", None)
    careful = [dates.find_dates(s, published, future=future, anchor="2019-07-20") for s in sentences]
    assert gated == careful
    assert sum(map(len, careful)) > 40  # the sentences do hold dates of many kinds


@pytest.mark.parametrize("gate", ["statistic.MAY_HOLD_NUMBER", "meeting.NAMED_WORD"])
def test_type_rule_gates_find_what_the_full_scan_finds(monkeypatch: pytest.MonkeyPatch, gate: str) -> None:
    import re

    from kizuna.extract import extract_facts, meeting, statistic
    from kizuna.gazetteer import Gazetteer

    gz = Gazetteer.load()
    texts = [" ".join(DATED), "Some forty delegations and 12 firms from Daegu came; about two hundred visits followed.",
             "Nine sister cities, fifteen projects and twenty exchanges were counted in Pécs and Brno.",
             "The Baltic Mayors Summit and the Danube Round Table drew delegates from Ruse and Giurgiu.",
             "Officials of Malmö and Gdańsk opened the 4th Coastal Cities Forum and a Youth Roundtable."]
    for folder in CORPORA:
        if folder.is_dir():
            texts += [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]

    def run() -> list[list[dict]]:
        return [[f.to_json() for f in extract_facts(t, published="2020-05-01", gazetteer=gz)] for t in texts]

    gated = run()
    module, name = gate.split(".")
    monkeypatch.setattr({"statistic": statistic, "meeting": meeting}[module], name, re.compile(""))
    assert gated == run()


def test_figures_are_what_a_full_scan_of_number_finds() -> None:
    from kizuna.extract.statistic import NUMBER, figures

    sentences = _sentences() + [
        "Exports reached approximately   US$ 4.2 billion, up from roughly RMB 900 million and about 12%.",
        "As many as forty firms, upwards of 300 visitors and fewer than  ten  mayors took part.",
        "The 1,250 trainees, 3-5 groups and 2 to 4 missions came; totalling €17 in fees.",
        "Twenty, THIRTY and Fifty: counted, with 7th and No. 4 and US$1=¥130 not counts.",
        "More than\n\n\n   1,500 students and nearly\t\t 200 teachers joined.",
    ]

    def spans(ms: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in ms]  # type: ignore[attr-defined]

    assert [spans(figures(s)) for s in sentences] == [spans(NUMBER.finditer(s)) for s in sentences]

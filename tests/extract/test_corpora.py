"""Scores on the seeds, the development set and our sample corpus: a floor that catches regressions.

The floors sit a little under what the rules reach today; raise them as the rules improve.
"""

from pathlib import Path

import pytest

from kizuna.evaluate import load_gold, score
from kizuna.extract import extract_facts
from kizuna.intake import discover, read_path

ROOT = Path(__file__).resolve().parents[2]


def run(gold_path, articles, gz):
    files, _ = discover([str(articles)])
    preds = []
    for path in files:
        for doc in read_path(path, max_bytes=20_000_000):
            for f in extract_facts(doc.text, published=doc.published, title=doc.title, gazetteer=gz):
                j = f.to_json()
                j["sources"] = [{"origin": doc.origin}]
                preds.append(j)
    return score(load_gold(gold_path), preds)


def test_sample_corpus(gz):
    result = run(ROOT / "tests" / "sample" / "sample.gold.jsonl", ROOT / "src" / "kizuna" / "sample_corpus", gz)
    assert result["scores"]["pairs"]["f1"] >= 0.95
    assert result["scores"]["statistic"]["f1"] >= 0.8


def test_own_corpus(gz):
    """Our own articles, kept out of rule tuning: the check that rules carry over to other wording.

    The floors sit a little under the scores (0.954, P 0.964, statistic 0.977 with the blind batches
    hb-32..hb-53 in): the newest batches are only partly tuned on, as their README tells."""
    corpus = ROOT / "tests" / "own_corpus"
    result = run(corpus / "gold.jsonl", corpus / "articles", gz)
    assert result["scores"]["pairs"]["f1"] >= 0.92
    assert result["scores"]["pairs"]["p"] >= 0.94
    assert result["scores"]["statistic"]["f1"] >= 0.93


@pytest.mark.parametrize(("gold", "articles", "floor"), [
    ("gold/seeds.jsonl", "seeds", 0.93),
    ("dev/gold.jsonl", "dev/articles", 0.89),
])
def test_shared_corpora(shared, gz, gold, articles, floor):
    result = run(shared / gold, shared / articles, gz)
    assert result["scores"]["pairs"]["f1"] >= floor
    assert result["scores"]["statistic"]["f1"] >= 0.7


def test_held_out_batch(gz):
    """Articles written blind and never tuned on (tests/held_out/README.md): a floor under today's
    score (hb-54..hb-59: pair F1 0.831 after the s12 rules, 0.805 when written; with hb-60..hb-65
    added, the whole folder scores 0.688, so the floor sits 0.05 under it), so that rule work which
    helps the tuned sets at the cost of unseen wording shows up."""
    corpus = ROOT / "tests" / "held_out"
    result = run(corpus / "gold.jsonl", corpus / "articles", gz)
    assert result["scores"]["pairs"]["f1"] >= 0.638

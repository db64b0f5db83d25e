"""The speed benchmark runs end to end and prints both measurements it promises.

Figures are not asserted (speed targets live in the benchmark's output, not in tests);
what is checked is that a run on the bundled sample corpus completes and reports a
first-pass and a repeat ratio for the whole ingest.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_ingest_reports_first_pass_and_repeat_ratios() -> None:
    sample = ROOT / "src" / "kizuna" / "sample_corpus"
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_ingest.py"), str(sample), "--repeat", "1", "--no-model"],
        capture_output=True, text=True, timeout=600, check=True,
    )
    out = run.stdout
    assert "first pass" in out and "repeat" in out
    ratios = re.findall(r"whole ingest .* 1/(\d+\.\d) of the tokenizer", out)
    assert len(ratios) == 2, out
    assert all(float(r) > 0 for r in ratios)

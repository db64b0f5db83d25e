"""What every benchmark shares: its command line and running on one core."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def bench_args(description: str | None = None) -> argparse.Namespace:
    """Parse ``[FOLDER ...] [--repeat N]`` and pin the process to one core (figures are per core)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-model", action="store_true", help="skip the en_core_web_sm calibration pass")
    args = ap.parse_args()
    pin_one_core()
    return args


def pin_one_core() -> None:
    """Run on one core when the OS allows it, so figures compare across machines."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def corpus_folders(folders: list[str]) -> list[Path]:
    """The folders given, else the development set and seeds beside the repo, else the bundled sample."""
    if folders:
        return [Path(f) for f in folders]
    root = Path(__file__).resolve().parents[1]
    shared = root.parent / "shared"
    found = [p for p in (shared / "dev" / "articles", shared / "seeds") if p.is_dir()]
    return found or [root / "src" / "kizuna" / "sample_corpus"]


def read_corpus(folders: list[Path]) -> list[Any]:
    """Every document intake reads from ``folders`` (cleaned, dated)."""
    from kizuna.intake import discover, read_path

    files, _ = discover([str(f) for f in folders])
    return [d for f in files for d in read_path(f, max_bytes=20_000_000)]

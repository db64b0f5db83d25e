"""What every benchmark shares: its command line and running on one core."""

from __future__ import annotations

import argparse
import os


def bench_args(description: str | None = None) -> argparse.Namespace:
    """Parse ``[FOLDER ...] [--repeat N]`` and pin the process to one core (figures are per core)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pin_one_core()
    return args


def pin_one_core() -> None:
    """Run on one core when the OS allows it, so figures compare across machines."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

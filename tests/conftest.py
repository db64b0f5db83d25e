"""Shared fixtures: where ../shared is, how to run the real `kizuna` console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KIZUNA_SHARED", ROOT.parent / "shared"))
KIZUNA = Path(sys.executable).parent / "kizuna"
# One gazetteer cache for the whole run, inherited by every `kizuna` subprocess, in a folder
# the test run can always write (a CI home may not be writable).
os.environ.setdefault("KIZUNA_CACHE", str(ROOT / ".pytest_cache" / "kizuna"))


def run_kizuna(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
               timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the installed `kizuna` command in a real subprocess."""
    full_env = {k: v for k, v in os.environ.items() if k != "KIZUNA_DB"}
    full_env.update(env or {})
    return subprocess.run([str(KIZUNA), *args], cwd=cwd, env=full_env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def kizuna():
    return run_kizuna


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED

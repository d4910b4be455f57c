"""Shared fixtures: the repository root and a helper to run the `pacte` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The suite's checks read the command's messages in English, whatever the language of
# the sites they build: the tests of the other languages (test_messages_languages.py)
# say which one they want with --lang or PACTE_LANG, or take it from the site.
os.environ["PACTE_LANG"] = "en"


def run_pacte(
    *args: str, cwd: Path | str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run `pacte` as a user does, in a folder, and capture what it prints."""
    full_env = {**os.environ, "PACTE_TODAY": "2026-11-22", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "pacte", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def pacte():
    return run_pacte

"""Shared helpers for the batch tests: a rules-only screener, the CLI (in-process and as a real process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ct_screen import Screener
from ct_screen.cli import main

REPO = Path(__file__).resolve().parents[2]
CT_SCREEN = Path(sys.executable).with_name("ct-screen")

SCAM = "Easy job from home! Pay a $49 registration fee for your starter kit, then WhatsApp me on +44 7700 900123"
CLEAN = "Warehouse operative in Hull, forklift licence preferred. Apply on our careers page; interviews on site."


@pytest.fixture(scope="session")
def screener() -> Screener:
    """Rules only: quick, and independent of whether the model has landed."""
    s = Screener(model=None)
    s.screen("warm up the rules")
    return s


def cli(args: list[str], input: bytes | str | None = None):
    """Run ``ct-screen`` in this process (click's runner); returns the click Result."""
    runner = CliRunner()
    return runner.invoke(main, args, input=input, catch_exceptions=False)


def run(args: list[str], input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``ct-screen`` as a real process."""
    command = [str(CT_SCREEN)] if CT_SCREEN.exists() else [sys.executable, "-c",
                                                           "from ct_screen.cli import main; main()"]
    return subprocess.run([*command, *args], input=input, capture_output=True, cwd=cwd, timeout=120)


def leftovers(folder: Path) -> list[str]:
    """Temporary output files left in a folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".ct-tmp"))

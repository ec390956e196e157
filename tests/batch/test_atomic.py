"""Atomic output: a run that fails or is interrupted midway leaves no output file that looks complete."""

from __future__ import annotations

import pandas as pd
import pytest

from ct_screen.batch import score_file
from ct_screen.batch import writers as writers_module

from .conftest import CLEAN, SCAM, leftovers


@pytest.fixture
def big_input(tmp_path):
    src = tmp_path / "in.csv"
    pd.DataFrame({"text": [SCAM, CLEAN] * 12}).to_csv(src, index=False)
    return src


@pytest.mark.parametrize("kind", ["csv", "jsonl.gz", "parquet"])
@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_crash_midway_leaves_no_output(tmp_path, screener, big_input, monkeypatch, kind, error):
    calls = {"n": 0}
    writer_class = {"csv": writers_module.CsvWriter, "jsonl.gz": writers_module.JsonlWriter,
                    "parquet": writers_module.ParquetWriter}[kind]
    real_write = writer_class.write

    def crashing_write(self, frame):
        calls["n"] += 1
        if calls["n"] == 3:
            raise error("simulated crash")
        real_write(self, frame)

    monkeypatch.setattr(writer_class, "write", crashing_write)
    out = tmp_path / f"out.{kind}"
    with pytest.raises(error):
        score_file(big_input, out, screener=screener, chunk_size=4, progress=False, jobs=1)
    assert calls["n"] == 3  # two chunks were written before the crash
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_previous_output_is_untouched_by_a_failed_run(tmp_path, screener, big_input, monkeypatch):
    out = tmp_path / "out.csv"
    out.write_text("previous results\n", encoding="utf-8")
    monkeypatch.setattr(writers_module.CsvWriter, "write", lambda self, frame: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(OSError):
        score_file(big_input, out, screener=screener, progress=False, jobs=1)
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert leftovers(tmp_path) == []


def test_successful_output_has_normal_permissions(tmp_path, screener, big_input):
    out = tmp_path / "out.csv"
    score_file(big_input, out, screener=screener, progress=False, jobs=1)
    assert out.stat().st_mode & 0o644 == 0o644 and leftovers(tmp_path) == []


def test_real_process_killed_midway_leaves_nothing(tmp_path):
    import signal
    import subprocess
    import time

    from .conftest import CT_SCREEN

    src = tmp_path / "in.csv"
    # enough posts that the run is still going when the signal comes (3,000 could finish in between on a fast run)
    pd.DataFrame({"text": [f"{SCAM} {i}" for i in range(30000)]}).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    proc = subprocess.Popen([str(CT_SCREEN), "score", str(src), "-o", str(out), "--no-model", "-j", "1",
                             "--chunk-size", "10"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert leftovers(tmp_path), "the run never started writing"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert not out.exists() and leftovers(tmp_path) == []

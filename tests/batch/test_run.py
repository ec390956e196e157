"""score_file internals a user relies on: the stage seam (for --link), the progress bar, the summary."""

from __future__ import annotations

import io
import sys

import pandas as pd

from ct_screen.batch import progress as progress_module
from ct_screen.batch import score_file
from ct_screen.batch.progress import Progress, progress_wanted

from .conftest import CLEAN, SCAM


def test_stages_see_every_scored_row_before_filtering_and_sorting(tmp_path, screener):
    src = tmp_path / "in.csv"
    pd.DataFrame({"post_id": [f"p{i}" for i in range(9)], "text": [SCAM, CLEAN, CLEAN] * 3}).to_csv(src, index=False)
    seen: list[str] = []

    def count_stage(frames):
        for frame in frames:
            seen.extend(frame["post_id"])
            yield frame.assign(campaign_size=len(frame))

    out = tmp_path / "out.csv"
    summary = score_file(src, out, screener=screener, jobs=1, progress=False, chunk_size=4, min_band="review",
                         sort=True, stages=[count_stage])
    assert seen == [f"p{i}" for i in range(9)]  # all rows, in input order
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(written.columns)[-1] == "campaign_size" and len(written) == summary.written
    assert summary.rows == 9 and summary.written < 9


def test_progress_bar_counts_bytes_and_rows(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    bar = Progress(True, total_bytes=1000)
    bar.update(10, 400)
    bar.update(10, 1000)
    assert bar._bar.n == 1000 and bar._bar.unit == "B" and "20 rows" in bar._bar.postfix
    bar.close()
    rows = Progress(True, total_rows=50)
    rows.update(50, 0)
    assert rows._bar.n == 50 and rows._bar.total == 50
    rows.close()
    off = Progress(False, total_rows=50)
    off.update(50, 0)
    assert off._bar is None


def test_progress_only_on_a_terminal_and_not_into_a_pipe(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert not progress_wanted(output_is_stdout=False)
    monkeypatch.setattr(sys, "stderr", Tty())
    assert progress_wanted(output_is_stdout=False)
    monkeypatch.setattr(progress_module.stat, "S_ISREG", lambda mode: False)  # stdout is a pipe or terminal
    assert not progress_wanted(output_is_stdout=True)
    monkeypatch.setattr(progress_module.stat, "S_ISREG", lambda mode: True)  # stdout redirected to a file
    assert progress_wanted(output_is_stdout=True)


def test_summary_line(tmp_path, screener):
    src = tmp_path / "in.csv"
    pd.DataFrame({"text": [SCAM, CLEAN, ""]}).to_csv(src, index=False)
    summary = score_file(src, tmp_path / "o.jsonl", screener=screener, jobs=1, progress=False)
    line = summary.line()
    assert line.startswith("ct-screen: 3 rows in ") and "1 not scored" in line and "rules only" in line
    assert sum(summary.bands.values()) + summary.errors == 3 and summary.text_columns == ("text",)


def test_rows_stream_through_a_chunk_at_a_time(tmp_path, screener, monkeypatch):
    """The reader is never far ahead of the writer: memory does not grow with the file."""
    from ct_screen.batch import read_csv, writers

    src = tmp_path / "in.csv"
    pd.DataFrame({"text": [f"{CLEAN} {i}" for i in range(200)]}).to_csv(src, index=False)
    events = {"read": 0, "ahead": 0}
    real_chunk, real_write = read_csv.CsvReader._chunk, writers.CsvWriter.write

    def counting_chunk(self, *args):
        events["read"] += 1
        return real_chunk(self, *args)

    def counting_write(self, frame):
        events["ahead"] = max(events["ahead"], events["read"] - events.setdefault("written", 0))
        events["written"] += 1
        real_write(self, frame)

    monkeypatch.setattr(read_csv.CsvReader, "_chunk", counting_chunk)
    monkeypatch.setattr(writers.CsvWriter, "write", counting_write)
    score_file(src, tmp_path / "out.csv", screener=screener, jobs=1, chunk_size=10, progress=False)
    assert events["read"] == events["written"] == 20
    assert events["ahead"] <= 2  # the chunk being written, and the one peeked to decide on a pool


def test_a_model_that_cannot_load_is_one_clear_error(tmp_path):
    import pytest

    from ct_screen.batch import BatchError

    pytest.importorskip("ct_screen.model.bundle", reason="no model loader yet: a model path is ignored")
    folder = tmp_path / "model"
    folder.mkdir()  # a folder that is not a model bundle
    src = tmp_path / "in.csv"
    pd.DataFrame({"text": [CLEAN] * 6}).to_csv(src, index=False)
    for jobs in (1, 2):  # in this process, and in workers (the reason travels back from the pool)
        with pytest.raises(BatchError, match="cannot load the model .*--no-model"):
            score_file(src, tmp_path / "out.csv", model=folder, jobs=jobs, chunk_size=2, progress=False)
        assert not (tmp_path / "out.csv").exists()

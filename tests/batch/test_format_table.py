"""One table of formats: a format added as one row of ``FORMATS`` is read, written, detected and offered everywhere."""

from __future__ import annotations

import pandas as pd
import pytest

from ct_screen.batch import CT_COLUMNS, score_file
from ct_screen.batch.formats import (
    FORMATS,
    FileFormat,
    FormatSpec,
    detect_format,
    format_choices,
    name_suffixes,
)
from ct_screen.batch.read_csv import open_csv
from ct_screen.batch.writers import CsvWriter

from .conftest import CLEAN, SCAM

#: A pipe-separated toy format: one row of the table, a reader and a writer (here the delimited-text ones).
PIPES = FormatSpec("pipe-separated values", (".psv",), "text/plain; charset=utf-8", open_csv, CsvWriter,
                   delimiter="|")


@pytest.fixture
def pipes(monkeypatch):
    monkeypatch.setitem(FORMATS, "psv", PIPES)
    return PIPES


def test_a_format_registered_in_the_table_alone_is_scored_end_to_end(tmp_path, screener, pipes):
    src, dst = tmp_path / "posts.psv", tmp_path / "scored.psv.gz"
    src.write_text("post_id|text\n001|" + SCAM + "\n002|" + CLEAN + "\n", encoding="utf-8")
    summary = score_file(src, dst, screener=screener, jobs=1, progress=False)
    assert summary.rows == summary.written == 2 and summary.errors == 0
    out = pd.read_csv(dst, sep="|", dtype=str, keep_default_na=False, compression="gzip")
    assert list(out.columns) == ["post_id", "text", *CT_COLUMNS]
    assert out["post_id"].tolist() == ["001", "002"]
    assert out["ct_band"].tolist()[0] in ("review", "high") and out["ct_band"].tolist()[1] == "low"


def test_the_choices_suffixes_and_messages_come_from_the_table(pipes):
    assert detect_format("export.PSV") == FileFormat("psv")
    assert detect_format(None, "psv.gz") == FileFormat("psv", gzip=True)
    assert "psv" in format_choices() and "psv.gz" in format_choices()
    assert ".psv" in name_suffixes() and ".psv.gz" in name_suffixes()
    with pytest.raises(ValueError, match=r"\.psv"):
        detect_format("export.txt")


def test_without_its_row_the_format_is_unknown():
    assert "psv" not in FORMATS and "psv" not in format_choices()
    with pytest.raises(ValueError, match="cannot tell the format"):
        detect_format("export.psv")
    with pytest.raises(ValueError, match="unknown format 'psv'"):
        FileFormat("psv")


def test_the_builtin_rows_keep_the_choices_and_suffixes_they_had():
    assert format_choices() == ["csv", "tsv", "jsonl", "parquet", "csv.gz", "tsv.gz", "jsonl.gz"]
    assert name_suffixes() == (".csv", ".tsv", ".jsonl", ".parquet", ".csv.gz", ".tsv.gz", ".jsonl.gz")
    with pytest.raises(ValueError, match=r"write \.parquet, not \.parquet\.gz"):
        FileFormat("parquet", gzip=True)

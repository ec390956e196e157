"""CSV-injection guard: formula-like cells are neutralised in CSV/TSV output, input columns and ours."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from ct_screen.batch import score_file
from ct_screen.batch.guard import FORMULA_PREFIXES, neutralize

ATTACKS = ['=HYPERLINK("http://evil.example","Click")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("cell", ATTACKS)
def test_each_dangerous_prefix_is_quoted(cell):
    assert cell.startswith(FORMULA_PREFIXES)
    assert neutralize(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Warehouse job", " =not at start", "", "'already", "a=b", "100"])
def test_harmless_cells_are_unchanged(cell):
    assert neutralize(cell) == cell


def _rows(path, sep=","):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter=sep))


@pytest.mark.parametrize("kind", ["csv", "tsv"])
def test_output_cells_are_neutralised_unless_raw(tmp_path, screener, kind):
    sep = "\t" if kind == "tsv" else ","
    src = tmp_path / f"in.{kind}"
    with open(src, "w", newline="", encoding="utf-8") as f:  # pandas would not quote the lone "\r"
        csv.writer(f, delimiter=sep, quoting=csv.QUOTE_ALL).writerows(
            [["=id", "text", "note"], ["1", ATTACKS[0], ATTACKS[4]], ["2", ATTACKS[1], ATTACKS[5]]])
    score_file(src, tmp_path / f"out.{kind}", screener=screener, progress=False, jobs=1)
    rows = _rows(tmp_path / f"out.{kind}", sep)
    assert rows[0][0] == "'=id"
    for row in rows:
        assert not any(cell.startswith(FORMULA_PREFIXES) for cell in row), row
    assert rows[1][1] == "'" + ATTACKS[0] and rows[2][2] == "'" + ATTACKS[5]
    score_file(src, tmp_path / f"raw.{kind}", screener=screener, progress=False, jobs=1, raw=True)
    assert _rows(tmp_path / f"raw.{kind}", sep)[1][1] == ATTACKS[0]


def test_our_own_columns_are_guarded_too(tmp_path, screener, monkeypatch):
    import ct_screen.batch.pool as engine

    real = engine.result_cells
    monkeypatch.setattr(engine, "result_cells", lambda r: (*real(r)[:3], "=evil()", *real(r)[4:]))
    src = tmp_path / "in.csv"
    src.write_text("text\nhello there\n", encoding="utf-8")
    score_file(src, tmp_path / "out.csv", screener=screener, progress=False, jobs=1)
    header, row = _rows(tmp_path / "out.csv")
    assert row[header.index("ct_reasons")] == "'=evil()"


def test_jsonl_output_is_not_altered(tmp_path, screener):
    src = tmp_path / "in.csv"
    pd.DataFrame({"text": [ATTACKS[0]]}).to_csv(src, index=False)
    score_file(src, tmp_path / "out.jsonl", screener=screener, progress=False, jobs=1)
    assert pd.read_json(tmp_path / "out.jsonl", lines=True).loc[0, "text"] == ATTACKS[0]

"""ct_evidence: the rule ids and evidence spans of each row, JSON text in CSV, structured in JSON lines and Parquet."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq

from ct_screen.batch import CT_COLUMNS, score_file, score_frame

from .conftest import CLEAN, SCAM


def _expected(screener, text: str) -> list[dict]:
    return [{"rule_id": h.rule_id, "category": h.category, "evidence": [e.to_dict() for e in h.evidence]}
            for h in screener.screen({"text": text}).hits]


def test_column_order_keeps_ct_error_last():
    assert CT_COLUMNS[-2:] == ("ct_evidence", "ct_error") and CT_COLUMNS.index("ct_notices") == len(CT_COLUMNS) - 3


def test_frame_holds_json_with_spans_that_slice_the_text(screener):
    out = score_frame(pd.DataFrame({"text": [SCAM, CLEAN, ""]}), screener=screener)
    hits = json.loads(out["ct_evidence"][0])
    assert hits == _expected(screener, SCAM) and hits
    for hit in hits:
        for span in hit["evidence"]:
            assert SCAM[span["start"]:span["end"]] == span["text"] and span["field"] == "text"
    assert json.loads(out["ct_evidence"][1]) == _expected(screener, CLEAN)
    assert pd.isna(out["ct_evidence"][2]) and out["ct_error"][2] == "empty text"


def test_csv_jsonl_and_parquet(tmp_path, screener):
    src = tmp_path / "in.csv"
    pd.DataFrame({"id": [1, 2, 3], "text": [SCAM, CLEAN, ""]}).to_csv(src, index=False)
    expected = [_expected(screener, SCAM), _expected(screener, CLEAN), None]
    for name in ("out.csv", "out.jsonl", "out.parquet"):
        score_file(src, tmp_path / name, screener=screener, progress=False, jobs=1)
    csv_cells = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)["ct_evidence"].tolist()
    assert [json.loads(c) if c else None for c in csv_cells] == expected
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["ct_evidence"] for r in rows] == expected  # structured, not a string
    parquet = pq.read_table(tmp_path / "out.parquet").column("ct_evidence").to_pylist()
    for got, want in zip(parquet, expected, strict=True):
        if want is None:
            assert got is None
        else:  # Parquet has a fixed schema: a span without a field or pattern holds None there
            assert got == [{**h, "evidence": [{"field": None, "pattern": None, **e} for e in h["evidence"]]}
                           for h in want]

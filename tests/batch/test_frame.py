"""score_frame: one row out per row in, in order, input columns unchanged, ct_* columns as screen() says."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.pandas import column, data_frames, range_indexes

from ct_screen.batch import CT_COLUMNS, score_frame
from ct_screen.batch.columns import result_cells

from .conftest import CLEAN, SCAM


def test_columns_order_and_values_match_screen(screener):
    df = pd.DataFrame({"post_id": ["a", "b", "c"], "text": [SCAM, CLEAN, "   "]})
    out = score_frame(df, screener=screener)
    assert list(out.columns) == ["post_id", "text", *CT_COLUMNS]
    assert list(out["post_id"]) == ["a", "b", "c"]
    for i, text in enumerate([SCAM, CLEAN]):
        expected = dict(zip(CT_COLUMNS, result_cells(screener.screen({"text": text})), strict=True))
        got = out.iloc[i]
        assert got["ct_score"] == expected["ct_score"] and got["ct_band"] == expected["ct_band"]
        assert got["ct_categories"] == expected["ct_categories"]
        assert got["ct_reasons"] == expected["ct_reasons"]
        assert got["ct_contacts"] == expected["ct_contacts"]
    assert math.isnan(out.iloc[2]["ct_score"]) and out.iloc[2]["ct_error"] == "empty text"
    assert pd.isna(out.iloc[0]["ct_error"])


def test_emscad_fields_are_screened_as_one_mapping(screener):
    row = {"job_id": "7", "title": "Hostess job in Dubai", "description": "Send photos. Agency keeps your passport.",
           "company_profile": "", "fraudulent": "1"}
    out = score_frame(pd.DataFrame([row]), screener=screener)
    mapping = {k: row[k] for k in ("title", "description", "company_profile")}
    result = screener.screen(mapping)
    assert out.loc[0, "ct_score"] == round(result.score, 4)
    assert out.loc[0, "ct_categories"] == ";".join(result.categories)


def test_input_is_not_modified_and_index_is_kept(screener):
    df = pd.DataFrame({"text": [SCAM, CLEAN]}, index=[10, 3])
    before = df.copy()
    out = score_frame(df, screener=screener)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.index) == [10, 3]


def test_unscorable_rows_are_flagged_not_dropped(screener):
    df = pd.DataFrame({"text": [SCAM, "", None, "x" * 200, np.nan, CLEAN]})
    out = score_frame(df, screener=screener, max_chars=150)
    assert len(out) == 6
    assert out["ct_error"].tolist()[1:5] == ["empty text", "empty text",
                                             "text too long to score: 200 characters, over the limit of 150",
                                             "empty text"]
    assert out["ct_band"].isna().tolist() == [False, True, True, True, True, False]


def test_min_band_keeps_unscored_rows_and_sort_is_stable(screener):
    texts = [CLEAN, SCAM, "", CLEAN + " again", SCAM + " today"]
    df = pd.DataFrame({"text": texts, "n": range(5)})
    full = score_frame(df, screener=screener)
    kept = score_frame(df, screener=screener, min_band="review")
    expected = [n for n, band in zip(full["n"], full["ct_band"], strict=True)
                if not isinstance(band, str) or band in ("review", "high")]
    assert list(kept["n"]) == expected and 2 in expected
    ordered = score_frame(df, screener=screener, sort=True)
    keys = [(-s if not math.isnan(s) else math.inf, n) for s, n in zip(full["ct_score"], full["n"], strict=True)]
    assert list(ordered["n"]) == [n for _, n in sorted(keys)]


def test_old_ct_columns_are_replaced(screener):
    first = score_frame(pd.DataFrame({"text": [SCAM, CLEAN]}), screener=screener)
    again = score_frame(first, screener=screener)
    assert list(again.columns) == list(first.columns)
    pd.testing.assert_frame_equal(again, first)


def test_two_jobs_keep_order_and_count(screener):
    texts = [f"{SCAM} #{i}" if i % 3 == 0 else f"{CLEAN} #{i}" if i % 3 == 1 else "" for i in range(60)]
    df = pd.DataFrame({"i": range(60), "text": texts})
    one = score_frame(df, screener=screener)
    two = score_frame(df, screener=screener, jobs=2, chunk_size=7)
    pd.testing.assert_frame_equal(one, two)


def test_default_model_when_it_exists():
    """Runs with the bundled model once it exists; until then the screener is rules-only and this skips."""
    import pytest

    from ct_screen import Screener

    model_screener = Screener(model="default")
    if model_screener.model is None:
        pytest.skip("no bundled model yet: ct-screen scores with rules only")
    df = pd.DataFrame({"text": [SCAM, CLEAN, ""]})
    out = score_frame(df, model="default")
    expected = [model_screener.screen({"text": t}) for t in (SCAM, CLEAN)]
    assert out["ct_score"].tolist()[:2] == [round(r.score, 4) for r in expected]
    assert any(r.terms for r in expected) == any(bool(t) for t in out["ct_top_terms"].tolist()[:2])
    assert out.loc[2, "ct_error"] == "empty text"


_cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_frames([column("text", elements=_cells), column("other", elements=_cells)], index=range_indexes(0, 15)))
def test_any_frame_of_strings_round_trips(screener, df):
    out = score_frame(df, text_columns=["text"], screener=screener)
    assert len(out) == len(df)
    assert list(out.index) == list(df.index)
    pd.testing.assert_frame_equal(out[list(df.columns)], df)
    for band, error in zip(out["ct_band"], out["ct_error"], strict=True):
        assert band in ("low", "review", "high") or isinstance(error, str)

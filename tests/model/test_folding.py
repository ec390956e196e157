"""Token folds: British and American spellings, and "CV" and "resume", read as one word by the classifier."""

from __future__ import annotations

import json

import pytest

from ct_screen import Screener
from ct_screen.model.features import TextFeatures, analyse
from ct_screen.model.folding import FOLD_TABLES, fold_table
from ct_screen.model.store import StoreError, read_data, write_data

TABLE = fold_table("spelling-1")


def test_folds_change_tokens_not_spans():
    text = "Send your CV; organisational skills and a driving licence, travelling to the centre."
    plain, folded = analyse(text), analyse(text, folds=TABLE)
    assert folded.spans == plain.spans
    assert [t for t in folded.tokens if t != "ctphone"] == \
        ["send", "your", "resume", "organizational", "skills", "and", "driving", "license", "traveling", "to",
         "the", "center"]


def test_the_table_maps_british_to_american_only():
    assert TABLE["cv"] == "resume" and TABLE["colour"] == "color" and TABLE["recognised"] == "recognized"
    assert not set(TABLE.values()) & set(TABLE)  # folding twice changes nothing
    assert FOLD_TABLES[""] == {}


def test_an_unknown_table_is_refused():
    with pytest.raises(ValueError, match="unknown token fold table"):
        TextFeatures(folds="spelling-99")


def test_the_shipped_model_reads_cv_as_resume():
    screener = Screener()
    assert screener.model.features.folds == "spelling-1"
    text = "Payroll clerk, Leeds. Apply with your CV and a cover letter on our website."
    cv = screener.screen(text)
    resume = screener.screen("Payroll clerk, Leeds. Apply with your resume and a cover letter on our website.")
    assert cv.score == resume.score
    shown = {t.term for t in cv.terms}
    assert "your resume" not in shown and "resume" not in shown  # terms are shown as the post wrote them
    cv_terms = [t for t in cv.terms if "cv" in t.term.split(" ")]
    assert cv_terms and all("cv" in text[e.start:e.end].lower() for t in cv_terms for e in t.evidence)


def _shipped_data() -> tuple[bytes, dict]:
    arrays, params = write_data(Screener().model)
    return arrays, json.loads(params)


def test_a_model_without_folds_reads_tokens_as_they_are():
    assert TextFeatures().fold_map == {} and "folds" not in TextFeatures().get_params()  # older model ids hold
    arrays, params = _shipped_data()
    assert params["features"]["folds"] == "spelling-1"
    del params["features"]["folds"]
    features = read_data(arrays, json.dumps(params).encode())["features"]
    assert features.folds == "" and features.fold_map == {}


def test_an_unknown_table_in_model_data_is_a_clear_error():
    arrays, params = _shipped_data()
    params["features"]["folds"] = "spelling-99"
    with pytest.raises(StoreError, match="unknown token fold table"):
        read_data(arrays, json.dumps(params).encode())

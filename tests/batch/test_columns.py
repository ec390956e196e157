"""Choosing the text columns, and the ct_* cells of a result."""

from __future__ import annotations

import pytest

from ct_screen.batch.columns import CT_COLUMNS, resolve_columns, result_cells
from ct_screen.batch.errors import BatchError


def test_named_columns_are_used_in_the_screeners_field_order():
    plan = resolve_columns(["id", "Body", "Title"], ["Body", "Title"])
    assert plan.text_columns == ("Body", "Title")
    assert plan.keys == ("Body", "title")  # EMSCAD names in canonical form, so they join as screen() joins them
    assert plan.how == "given"


def test_missing_named_column_lists_the_columns():
    with pytest.raises(BatchError) as err:
        resolve_columns(["post_id", "headline", "body"], ["text"], source="in.csv")
    message = str(err.value)
    assert message.startswith("in.csv: ")
    assert "'text'" in message and "'post_id', 'headline', 'body'" in message


def test_missing_id_column_is_an_error():
    with pytest.raises(BatchError, match="no id column 'job_id'"):
        resolve_columns(["post_id", "text"], id_column="job_id")


def test_emscad_fields_are_found_case_insensitively_with_one_extra_obvious_column():
    plan = resolve_columns(["job_id", "Title", "company_profile", "Description", "fraudulent", "body"])
    assert plan.text_columns == ("Title", "company_profile", "Description", "body")
    assert plan.how == "emscad"


def test_a_single_obvious_text_column():
    assert resolve_columns(["id", "author", "message"]).text_columns == ("message",)
    assert resolve_columns(["id", "location", "post"]).text_columns == ("location", "post")


def test_no_text_column_or_several_candidates_is_a_clear_error():
    with pytest.raises(BatchError, match="no text column found.*--text-column.*'id', 'author'"):
        resolve_columns(["id", "author"])
    with pytest.raises(BatchError, match="several candidate text columns"):
        resolve_columns(["id", "text", "body"])


def test_a_semicolon_header_gets_a_delimiter_hint():
    with pytest.raises(BatchError, match="--delimiter ';'"):
        resolve_columns(["post_id;text"])


def test_metadata_names_chosen_explicitly_are_still_screened(screener):
    plan = resolve_columns(["url", "label"], ["label"])
    assert plan.keys[0] != "label"  # join_fields would skip a key named like metadata
    post = {plan.keys[0]: "Pay a $49 registration fee"}
    plain = screener.screen("Pay a $49 registration fee")
    assert plain.hits and screener.screen(post).categories == plain.categories


def test_result_cells_are_semicolon_safe(screener):
    result = screener.screen("Pay a $49 registration fee; then WhatsApp me on +44 7700 900123")
    cells = dict(zip(CT_COLUMNS, result_cells(result), strict=True))
    assert cells["ct_score"] == round(result.score, 4)
    assert cells["ct_band"] == result.band
    assert cells["ct_categories"].split(";") == list(result.categories)
    assert len(cells["ct_reasons"].split("; ")) == len(result.reasons)
    assert "phone:+447700900123" in cells["ct_contacts"].split(";")
    assert cells["ct_error"] is None

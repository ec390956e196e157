"""Non-text input: the API and the batch scorer read field values the same way, and refuse what is not text."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from ct_screen import Screener, score_frame, screen_many
from ct_screen.batch import score_file

FEE = "Pay a 49 USD registration fee before you start"


@pytest.fixture(scope="module")
def rules_only():
    return Screener(model=None)


def test_bytes_are_decoded_with_replacement_and_evidence_is_text(rules_only):
    raw = FEE.encode() + b" \xff\xfe WhatsApp me"
    result = rules_only.screen({"description": raw})
    as_text = rules_only.screen({"description": raw.decode("utf-8", errors="replace")})
    assert result.to_dict() == as_text.to_dict() and result.hits
    for hit in result.hits:
        for ev in hit.evidence:
            assert isinstance(ev.text, str) and ev.field == "description"


def test_numbers_are_read_as_their_text(rules_only):
    with_number = rules_only.screen({"title": "Driver", "salary_range": 3000, "description": FEE})
    as_text = rules_only.screen({"title": "Driver", "salary_range": "3000", "description": FEE})
    assert with_number.to_dict() == as_text.to_dict()
    assert rules_only.screen({"title": "Driver", "salary_range": float("nan")}).to_dict() == \
        rules_only.screen({"title": "Driver"}).to_dict()  # NaN is a missing value, as None


@pytest.mark.parametrize("value", [["Pay", "a fee"], {"text": FEE}, ("a", "b"), object()])
def test_lists_and_objects_are_a_type_error_naming_the_field(rules_only, value):
    with pytest.raises(TypeError, match="'description'"):
        rules_only.screen({"title": "Driver", "description": value})


def test_metadata_fields_are_not_read(rules_only):
    assert rules_only.screen({"title": "Driver", "telecommuting": [1]}).to_dict() == \
        rules_only.screen({"title": "Driver"}).to_dict()


@pytest.mark.parametrize("posts", ["some text", b"some bytes", {"title": "one post"}])
def test_screen_many_refuses_one_post(posts):
    with pytest.raises(TypeError, match="one post"):
        screen_many(posts, model=None)
    with pytest.raises(TypeError, match="one post"):
        Screener(model=None).iter_screen(posts)


@pytest.mark.parametrize("max_terms", [-1, 2.5, True, "3"])
def test_max_terms_must_be_a_whole_number_of_at_least_zero(max_terms):
    with pytest.raises(ValueError, match="max_terms"):
        Screener(model=None, max_terms=max_terms)
    assert Screener(model=None, max_terms=0).max_terms == 0


def test_api_and_batch_agree_on_bytes_and_numbers(rules_only):
    raw = FEE.encode() + b" \xff WhatsApp me"
    frame = pd.DataFrame({"title": ["Driver", "Driver"], "description": [raw, 42]})
    out = score_frame(frame, ["title", "description"], screener=rules_only)
    assert out["ct_error"].isna().all()
    for i, post in enumerate(frame.to_dict("records")):
        result = rules_only.screen(post)
        assert out["ct_score"][i] == pytest.approx(result.score)
        assert out["ct_categories"][i] == ";".join(result.categories)


def test_lists_in_a_frame_are_flagged_rows(rules_only):
    frame = pd.DataFrame({"text": [FEE, ["a", "list"], {"a": 1}]})
    out = score_frame(frame, "text", screener=rules_only)
    assert pd.isna(out["ct_error"][0])
    assert "holds a list" in out["ct_error"][1] and "holds an object" in out["ct_error"][2]
    assert out["ct_score"][1:].isna().all()


def test_nested_json_text_is_flagged_like_a_null(tmp_path, rules_only):
    lines = [{"id": 1, "text": FEE}, {"id": 2, "text": {"body": FEE}}, {"id": 3, "text": None},
             {"id": 4, "text": [FEE]}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines))
    dst = tmp_path / "out.jsonl"
    summary = score_file(src, dst, screener=rules_only, progress=False, jobs=1)
    out = [json.loads(line) for line in dst.read_text().splitlines()]
    assert out[0]["ct_error"] is None and out[0]["ct_band"] is not None
    assert all(row["ct_band"] is None and row["ct_error"] for row in out[1:])
    assert "holds an object" in out[1]["ct_error"] and "holds a list" in out[3]["ct_error"]
    assert summary.errors == 3

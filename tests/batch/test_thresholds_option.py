"""Band cut-offs chosen for a platform (``thresholds=``, ``ct-screen score --thresholds``) in batch scoring.

The scores never change; every band is recomputed from the given cut-offs, in
this process and in worker processes, and a file chosen on another model's
scores is refused rather than silently applied to a different scale.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

from ct_screen import Screener
from ct_screen.batch import BatchError, score_file, score_frame
from ct_screen.fuse import Thresholds, band_for
from ct_screen.thresholds import save_thresholds

from .conftest import CLEAN, REPO, SCAM, cli, leftovers

EXAMPLE = REPO / "examples" / "posts.csv"
POSTS = pd.DataFrame({"text": [SCAM, CLEAN, "", f"{CLEAN} Send your passport copy on Telegram.", SCAM.upper()]})


def _bands_follow(frame: pd.DataFrame, thresholds: Thresholds) -> None:
    scored = frame[frame["ct_score"].notna()]
    assert len(scored) > 0
    assert scored["ct_band"].tolist() == [band_for(float(s), thresholds) for s in scored["ct_score"]]


def test_thresholds_change_bands_not_scores():
    plain = score_frame(POSTS, model=None)
    strict = Thresholds(review=0.0, high=0.0)
    got = score_frame(POSTS, model=None, thresholds=strict)
    pd.testing.assert_series_equal(got["ct_score"], plain["ct_score"])
    assert set(got.loc[got["ct_score"].notna(), "ct_band"]) == {"high"}
    assert set(plain.loc[plain["ct_score"].notna(), "ct_band"]) != {"high"}
    assert got.loc[2, "ct_error"] == "empty text" and pd.isna(got.loc[2, "ct_band"])


def test_a_file_is_checked_against_the_model(tmp_path):
    # a file carries a model version by default (the bundled model's): rules-only thresholds say "none"
    default = save_thresholds(Thresholds(review=0.2, high=0.3), tmp_path / "default.json")
    with pytest.raises(BatchError, match=f"chosen for model {Screener().version['model']}, not none"):
        score_frame(POSTS, model=None, thresholds=default)
    anywhere = save_thresholds(Thresholds(review=0.2, high=0.3), tmp_path / "any.json", model_version="none")
    _bands_follow(score_frame(POSTS, model=None, thresholds=anywhere), Thresholds(review=0.2, high=0.3))
    other = save_thresholds(Thresholds(review=0.2, high=0.3), tmp_path / "other.yaml", model_version="m-other")
    with pytest.raises(BatchError, match="chosen for model m-other, not none"):
        score_frame(POSTS, model=None, thresholds=other)
    with pytest.raises(BatchError, match="no thresholds file"):
        score_frame(POSTS, model=None, thresholds=tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text('{"review": 0.9, "high": 0.1}', encoding="utf-8")
    with pytest.raises(BatchError, match="review <= high"):
        score_frame(POSTS, model=None, thresholds=tmp_path / "bad.json")
    with pytest.raises(BatchError, match="give the thresholds to the Screener"):
        score_frame(POSTS, screener=Screener(model=None), thresholds=anywhere)
    with pytest.raises(TypeError, match="Thresholds or a path"):
        score_frame(POSTS, model=None, thresholds=0.5)


def test_a_file_chosen_on_the_bundled_model_applies_to_it(tmp_path):
    version = Screener().version["model"]
    chosen = Thresholds(review=0.02, high=0.999)
    path = save_thresholds(chosen, tmp_path / "platform.yaml", model_version=version)
    got = score_frame(POSTS, thresholds=path)
    _bands_follow(got, chosen)
    assert got["ct_band"].tolist() != score_frame(POSTS)["ct_band"].tolist()
    with pytest.raises(BatchError, match=f"chosen for model {version}, not none"):
        score_frame(POSTS, model=None, thresholds=path)


def test_score_file_sends_the_thresholds_to_worker_processes(tmp_path):
    src = tmp_path / "posts.csv"
    pd.concat([POSTS] * 8, ignore_index=True).to_csv(src, index=False)
    chosen = Thresholds(review=0.1, high=0.35)
    summary = score_file(src, tmp_path / "out.csv", model=None, jobs=2, chunk_size=7, thresholds=chosen,
                         progress=False)
    assert summary.jobs == 2
    got = pd.read_csv(tmp_path / "out.csv", keep_default_na=False, na_values=[""])
    _bands_follow(got, chosen)
    assert "review" not in set(got["ct_band"])  # the rules-only cut-offs would put the passport post in review


def test_cli_thresholds_option(tmp_path):
    chosen = Thresholds(review=0.0, high=0.45)
    path = save_thresholds(chosen, tmp_path / "t.json", model_version="none")
    result = cli(["score", str(EXAMPLE), "--no-model", "--thresholds", str(path), "-j", "2", "--chunk-size", "9"])
    assert result.exit_code == 0, result.output
    got = pd.read_csv(io.StringIO(result.stdout), dtype={"ct_score": float}, keep_default_na=False,
                      na_values={"ct_score": [""]})
    _bands_follow(got, chosen)
    assert set(got["ct_band"]) <= {"review", "high"}
    other = save_thresholds(chosen, tmp_path / "o.json", model_version="m-other")
    out = tmp_path / "out.csv"
    result = cli(["score", str(EXAMPLE), "--no-model", "--thresholds", str(other), "-o", str(out)])
    assert result.exit_code == 1 and "chosen for model m-other" in result.stderr
    assert not out.exists() and leftovers(tmp_path) == []
    result = cli(["score", str(EXAMPLE), "--no-model", "--thresholds", str(tmp_path / "none.json")])
    assert result.exit_code == 1 and "no thresholds file" in result.stderr

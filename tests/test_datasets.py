"""EMSCAD loading, fetching and near-duplicate grouping."""

from __future__ import annotations

import gzip
import hashlib
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ct_screen.datasets import (
    EMSCAD_COLUMNS,
    EmscadChecksumError,
    EmscadFormatError,
    fetch_emscad,
    file_sha256,
    get_data_home,
    group_posts,
    load_emscad,
)

from .conftest import absolute_data_env, emscad_train_path
from .model.synthetic import synthetic_frame


@pytest.fixture
def frame() -> pd.DataFrame:
    return synthetic_frame(60, seed=3)


@pytest.fixture
def csv_path(tmp_path, frame):
    path = tmp_path / "posts.csv"
    frame.to_csv(path, index=False)
    return path


def test_loads_with_checked_dtypes(csv_path, frame):
    df = load_emscad(csv_path)
    assert list(df.columns) == [*EMSCAD_COLUMNS, "sample_weight"]
    assert df["job_id"].dtype == np.int64 and df["fraudulent"].dtype == np.int64
    assert df["sample_weight"].dtype == np.float64
    # empty cells stay empty strings (keep_default_na=False), never NaN
    assert (df["salary_range"] == "").all() and not df.isna().any().any()
    assert df["fraudulent"].tolist() == frame["fraudulent"].tolist()
    assert df.attrs["emscad"]["kind"] is None and df.attrs["emscad"]["sha256"] == file_sha256(csv_path)


def test_gzip_and_folder_and_data_home(tmp_path, frame, monkeypatch):
    folder = tmp_path / "home" / "emscad"
    folder.mkdir(parents=True)
    frame.to_csv(folder / "emscad_train.csv.gz", index=False, compression="gzip")
    assert len(load_emscad(folder)) == len(frame)
    assert len(load_emscad(data_home=tmp_path / "home")) == len(frame)
    monkeypatch.setenv("CT_SCREEN_DATA", str(tmp_path / "home"))
    assert len(load_emscad()) == len(frame)


def test_without_sample_weight_gets_ones(tmp_path, frame):
    path = tmp_path / "full.csv"
    frame.drop(columns="sample_weight").to_csv(path, index=False)
    assert (load_emscad(path)["sample_weight"] == 1.0).all()


def test_missing_column_is_named(tmp_path, frame):
    path = tmp_path / "bad.csv"
    frame.drop(columns=["company_profile", "fraudulent"]).to_csv(path, index=False)
    with pytest.raises(EmscadFormatError, match=r"missing column.*company_profile.*fraudulent"):
        load_emscad(path)


@pytest.mark.parametrize(("column", "value", "pattern"), [
    ("fraudulent", "yes", "'fraudulent' must be 0 or 1"),
    ("job_id", "abc", "'job_id' must hold integers"),
    ("sample_weight", "-1", "'sample_weight' must be finite and >= 0"),
])
def test_bad_values_are_named(tmp_path, frame, column, value, pattern):
    frame = frame.astype({column: object})
    frame.loc[4, column] = value
    path = tmp_path / "bad.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(EmscadFormatError, match=pattern) as info:
        load_emscad(path)
    assert "row 6" in str(info.value)  # header is line 1, row index 4 is line 6


def test_duplicate_job_ids_refused(tmp_path, frame):
    frame.loc[1, "job_id"] = frame.loc[0, "job_id"]
    path = tmp_path / "dup.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(EmscadFormatError, match="duplicates"):
        load_emscad(path)


def test_truncated_gzip_is_a_clear_error(tmp_path, frame):
    whole = tmp_path / "whole.csv.gz"
    frame.to_csv(whole, index=False, compression="gzip")
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(EmscadFormatError, match="truncated or corrupt"):
        load_emscad(cut)


def test_truncated_csv_is_a_clear_error(tmp_path, csv_path):
    text = csv_path.read_text()
    cut = tmp_path / "cut.csv"
    cut.write_text(text[: len(text) // 2])  # ends inside a row
    with pytest.raises(EmscadFormatError, match="truncated"):
        load_emscad(cut)


def test_wrong_checksum_refused(csv_path):
    with pytest.raises(EmscadChecksumError, match="differs"):
        load_emscad(csv_path, sha256="0" * 64)
    assert len(load_emscad(csv_path, sha256=file_sha256(csv_path))) == 60


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="fetch_emscad"):
        load_emscad(data_home=tmp_path)


def test_real_training_file_is_recognised(emscad_path):
    df = load_emscad(emscad_path)
    assert df.attrs["emscad"]["kind"] == "train"
    assert len(df) == 1867 and int(df["fraudulent"].sum()) == 648
    assert df["sample_weight"].gt(0).any()


# -- fetch --------------------------------------------------------------------------------------------------


def test_fetch_downloads_verifies_and_caches(tmp_path, csv_path):
    digest = file_sha256(csv_path)
    home = tmp_path / "cache"
    df = fetch_emscad(home, url=csv_path.as_uri(), sha256=digest)
    cached = home / "emscad" / "fake_job_postings.csv"
    assert cached.is_file() and file_sha256(cached) == digest and len(df) == 60
    assert df.attrs["emscad"]["path"] == str(cached)
    csv_path.unlink()  # the second call reads the cache, no download
    assert len(fetch_emscad(home, url=csv_path.as_uri(), sha256=digest)) == 60
    assert [p.name for p in (home / "emscad").iterdir()] == ["fake_job_postings.csv"]  # no temp files left


def test_fetch_refuses_checksum_mismatch_and_caches_nothing(tmp_path, csv_path):
    home = tmp_path / "cache"
    with pytest.raises(EmscadChecksumError, match="nothing was cached"):
        fetch_emscad(home, url=csv_path.as_uri(), sha256="f" * 64)
    assert not (home / "emscad" / "fake_job_postings.csv").exists()
    assert list((home / "emscad").iterdir()) == []


@pytest.mark.parametrize("kind", ["zip", "gzip"])
def test_fetch_unpacks_zip_and_gzip(tmp_path, csv_path, kind):
    digest = file_sha256(csv_path)
    if kind == "zip":
        archive = tmp_path / "download.zip"
        with zipfile.ZipFile(archive, "w") as z:
            z.write(csv_path, "fake_job_postings.csv")
    else:
        archive = tmp_path / "download.csv.gz"
        archive.write_bytes(gzip.compress(csv_path.read_bytes()))
    assert len(fetch_emscad(tmp_path / "c", url=archive.as_uri(), sha256=digest)) == 60


def test_fetch_without_download(tmp_path):
    with pytest.raises(OSError, match="download_if_missing"):
        fetch_emscad(tmp_path, download_if_missing=False)


# -- groups -------------------------------------------------------------------------------------------------


def _post(profile: str, description: str) -> dict:
    return {"title": "Role", "company_profile": profile, "description": description}


def test_group_posts_links_each_criterion():
    profile = "Acme Widgets has made precision widgets in Sheffield since 1952 for the rail industry."
    opening = "We need a careful person to pack orders, label parcels, answer the phone and keep the stock room tidy every day. "
    df = pd.DataFrame([
        _post(profile, "Forklift driver wanted for nights."),                       # 0
        _post(profile, "Office manager to run the front desk and diary."),          # 1: same profile as 0
        _post("", opening + "Mornings only."),                                      # 2
        _post("", opening + "Weekends, good pay, immediate start, apply today."),   # 3: same opening as 2
        _post("", "Totally different text about gardening jobs in Cornwall."),       # 4: alone
        _post("", "Totally different text about gardening jobs in Cornwall!"),       # 5: near copy of 4
        _post("", "A pilot for a regional airline, with type rating on turboprops."),  # 6: alone
    ])
    groups = group_posts(df)
    labels = groups.labels.tolist()
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[4] == labels[5]
    assert len({labels[0], labels[2], labels[4], labels[6]}) == 4
    assert labels == [0, 0, 1, 1, 2, 2, 3]  # numbered in order of first appearance
    summary = groups.summary()
    assert summary["groups"] == 4 and summary["singletons"] == 1 and summary["largest"] == 2
    assert summary["links_company_profile"] == 1 and summary["links_description_opening"] == 1
    assert summary["links_char_ngram_cosine"] >= 1


def test_group_posts_is_deterministic_and_order_free(frame):
    first, second = group_posts(frame), group_posts(frame)
    assert np.array_equal(first.labels, second.labels) and first.summary() == second.summary()
    order = np.random.default_rng(1).permutation(len(frame))
    shuffled = group_posts(frame.iloc[order].reset_index(drop=True)).labels
    # the same partition, whatever the row order
    pairs = {(a, b) for a, b in zip(first.labels[order], shuffled, strict=True)}
    assert len(pairs) == first.n_groups == len(set(shuffled))


def test_group_posts_on_the_real_file(emscad_path):
    df = load_emscad(emscad_path)
    groups = group_posts(df)
    summary = groups.summary()
    assert summary["rows"] == 1867 and 500 < summary["groups"] < 1000 and summary["largest"] >= 50
    again = group_posts(df)
    assert hashlib.sha256(groups.labels.tobytes()).digest() == hashlib.sha256(again.labels.tobytes()).digest()


def test_a_relative_data_path_is_made_absolute_once(tmp_path, monkeypatch):
    (tmp_path / "data" / "emscad").mkdir(parents=True)
    (tmp_path / "data" / "emscad" / "emscad_train.csv.gz").write_bytes(b"")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CT_SCREEN_DATA", "data")
    assert get_data_home() == tmp_path / "data"
    assert emscad_train_path() == tmp_path / "data" / "emscad" / "emscad_train.csv.gz"
    env = {"CT_SCREEN_DATA": "../data"}
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert absolute_data_env(env) == str(tmp_path / "data") == env["CT_SCREEN_DATA"]
    assert Path(env["CT_SCREEN_DATA"], "emscad", "emscad_train.csv.gz").is_file()


def test_ci_runs_the_readme_command_without_setting_the_data_path():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert not re.search(r"export\s+CT_SCREEN_DATA|CT_SCREEN_DATA=", ci)

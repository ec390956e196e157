"""An export uploaded to /v1/score-file comes back scored exactly as ``score_file`` scores it."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from ct_screen import Screener
from ct_screen.batch import score_file

from .conftest import PLAIN, SCAM, make_client


def _expected(tmp_path, name: str, content: bytes, **kwargs) -> bytes:
    source, target = tmp_path / name, tmp_path / f"expected-{name}"
    source.write_bytes(content)
    score_file(source, target, screener=Screener(model=None), jobs=1, progress=False, **kwargs)
    return target.read_bytes()


def test_csv_upload_equals_score_file(client, tmp_path):
    content = pd.DataFrame({"id": [1, 2, 3], "text": [SCAM, PLAIN, "=cmd|' /C calc'!A0"]}).to_csv(index=False).encode()
    response = client.post("/v1/score-file?filename=my%20posts.csv", content=content,
                           headers={"Content-Type": "application/octet-stream"})
    assert response.status_code == 200
    assert response.content == _expected(tmp_path, "posts.csv", content)
    assert response.headers["content-disposition"] == 'attachment; filename="my_posts.scored.csv"'
    assert response.headers["x-ct-screen-rows"] == "3"
    frame = pd.read_csv(io.BytesIO(response.content))
    assert list(frame["id"]) == [1, 2, 3] and "ct_band" in frame


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".csv.gz"])
def test_other_formats_round_trip(client, tmp_path, suffix):
    frame = pd.DataFrame({"title": ["Home job", "Nurse"], "description": [SCAM, PLAIN]})
    path = tmp_path / f"in{suffix}"
    if suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True)
    elif suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_csv(path, index=False, compression="gzip")
    response = client.post(f"/v1/score-file?filename=export{suffix}", content=path.read_bytes())
    assert response.status_code == 200, response.text
    scored_path = tmp_path / f"out{suffix}"
    scored_path.write_bytes(response.content)
    if suffix == ".parquet":
        scored = pd.read_parquet(scored_path)
    elif suffix == ".jsonl":
        scored = pd.read_json(scored_path, lines=True)
    else:
        scored = pd.read_csv(scored_path)
    expected = [r.band for r in Screener(model=None).screen_many(frame.to_dict(orient="records"))]
    assert list(scored["ct_band"]) == expected


def test_text_column_is_passed_on(client, tmp_path):
    content = pd.DataFrame({"body": [PLAIN], "other": [SCAM]}).to_csv(index=False).encode()
    response = client.post("/v1/score-file?filename=a.csv&text_column=other", content=content)
    assert response.content == _expected(tmp_path, "a.csv", content, text_columns=["other"])


def test_unknown_format_and_unreadable_files(client):
    unknown = client.post("/v1/score-file?filename=posts.xlsx", content=b"PK\x03\x04")
    assert unknown.status_code == 415 and ".jsonl" in unknown.json()["error"]["message"]
    missing = client.post("/v1/score-file", content=b"text\nhello\n")
    assert missing.status_code == 422
    broken = client.post("/v1/score-file?filename=posts.parquet", content=b"not parquet at all")
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "unreadable_file"
    no_column = client.post("/v1/score-file?filename=a.csv&text_column=nope", content=b"text\nhello\n")
    assert no_column.status_code == 400 and "nope" in no_column.json()["error"]["message"]
    assert "/tmp" not in no_column.text and "ct-serve-" not in no_column.text


def test_upload_over_its_own_limit_is_413():
    with make_client(max_upload_bytes=100, max_body_bytes=10_000) as c:
        response = c.post("/v1/score-file?filename=a.csv", content=b"text\n" + b"x" * 200)
    assert response.status_code == 413 and "100 bytes" in response.json()["error"]["message"]

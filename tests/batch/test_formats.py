"""Each format in and out, gzip, standard input and output; values keep their types."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ct_screen.batch import CT_COLUMNS, score_file
from ct_screen.batch.formats import FileFormat, detect_format

from .conftest import CLEAN, SCAM, cli

ROWS = [{"post_id": "007", "text": SCAM, "views": "12"}, {"post_id": "008", "text": CLEAN, "views": "NA"},
        {"post_id": "009", "text": "", "views": ""}]


def write_input(path, kind: str) -> None:
    df = pd.DataFrame(ROWS)
    if kind.startswith("csv"):
        df.to_csv(path, index=False, compression="gzip" if kind.endswith(".gz") else None)
    elif kind == "tsv":
        df.to_csv(path, index=False, sep="\t")
    elif kind.startswith("jsonl"):
        lines = "".join(json.dumps(r) + "\n" for r in ROWS).encode()
        path.write_bytes(gzip.compress(lines) if kind.endswith(".gz") else lines)
    else:
        df.to_parquet(path, index=False)


def read_output(path, kind: str) -> pd.DataFrame:
    if kind.startswith(("csv", "tsv")):
        return pd.read_csv(path, sep="\t" if kind == "tsv" else ",", dtype=str, keep_default_na=False)
    if kind.startswith("jsonl"):
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_parquet(path)


KINDS = ["csv", "csv.gz", "tsv", "jsonl", "jsonl.gz", "parquet"]


@pytest.mark.parametrize("kind_in", KINDS)
@pytest.mark.parametrize("kind_out", ["csv", "jsonl.gz", "parquet", "tsv"])
def test_every_format_in_and_out(tmp_path, screener, kind_in, kind_out):
    src, dst = tmp_path / f"in.{kind_in}", tmp_path / f"out.{kind_out}"
    write_input(src, kind_in)
    summary = score_file(src, dst, screener=screener, jobs=1, progress=False)
    assert summary.rows == summary.written == 3 and summary.errors == 1
    out = read_output(dst, kind_out)
    assert list(out.columns) == ["post_id", "text", "views", *CT_COLUMNS]
    assert [str(v) for v in out["post_id"]] == ["007", "008", "009"]  # as text, leading zeros kept
    assert out["text"].tolist()[:2] == [SCAM, CLEAN]
    assert out["ct_band"].tolist()[2] in ("", None) or pd.isna(out["ct_band"].tolist()[2])
    assert out["ct_error"].tolist()[2] == "empty text"


def test_jsonl_values_keep_their_types(tmp_path, screener):
    src = tmp_path / "in.jsonl"
    records = [{"id": 1, "text": SCAM, "tags": ["a", "b"], "ok": True, "score": None},
               {"id": 2, "text": CLEAN, "extra": {"k": 1}}]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    score_file(src, tmp_path / "out.jsonl", screener=screener, progress=False, jobs=1)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0]["id"] == 1 and rows[0]["tags"] == ["a", "b"] and rows[0]["ok"] is True
    assert rows[1]["extra"] == {"k": 1} and rows[1]["tags"] is None  # keys of the whole file
    assert isinstance(rows[0]["ct_score"], float) and rows[0]["ct_error"] is None
    score_file(src, tmp_path / "out.csv", screener=screener, progress=False, jobs=1)
    csv_rows = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert csv_rows.loc[0, "tags"] == '["a", "b"]' and csv_rows.loc[0, "ok"] == "true"


def test_parquet_types_round_trip(tmp_path, screener):
    table = pa.table({"id": pa.array([1, None, 3], pa.int64()), "text": [SCAM, CLEAN, None],
                      "when": pa.array([1, 2, 3], pa.timestamp("s")), "tags": [["x"], [], None]})
    pq.write_table(table, tmp_path / "in.parquet")
    score_file(tmp_path / "in.parquet", tmp_path / "out.parquet", screener=screener, progress=False, jobs=1, chunk_size=2)
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.schema.field("id").type == pa.int64() and out.column("id").to_pylist() == [1, None, 3]
    assert out.schema.field("when").type == pq.read_table(tmp_path / "in.parquet").schema.field("when").type
    assert out.column("tags").to_pylist() == [["x"], [], None]
    assert out.schema.field("ct_score").type == pa.float64()
    assert all(out.schema.field(c).type == pa.string() for c in CT_COLUMNS[1:] if c != "ct_evidence")
    assert out.column("ct_error").to_pylist()[2] == "empty text"
    assert pa.types.is_list(out.schema.field("ct_evidence").type)


def test_parquet_is_read_one_row_group_at_a_time(tmp_path, screener):
    """Chunks never span row groups (each group has its own batch iterator, so memory stays at one group)."""
    from ct_screen.batch.formats import Source
    from ct_screen.batch.readers import open_reader

    texts = [f"{SCAM} #{i}" if i % 3 == 0 else f"{CLEAN} #{i}" for i in range(15)]
    pq.write_table(pa.table({"n": list(range(15)), "text": texts}), tmp_path / "in.parquet", row_group_size=5)
    with Source(tmp_path / "in.parquet") as source:
        chunks = list(open_reader(source, FileFormat("parquet"), chunk_size=4).chunks())
    assert [len(c.frame) for c in chunks] == [4, 1] * 3
    assert [c.position for c in chunks] == [4, 5, 9, 10, 14, 15]
    assert pd.concat([c.frame for c in chunks]).index.tolist() == list(range(15))
    score_file(tmp_path / "in.parquet", tmp_path / "out.parquet", screener=screener, progress=False, jobs=1,
               chunk_size=4)
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.column("n").to_pylist() == list(range(15)) and out.column("text").to_pylist() == texts
    pq.write_table(pa.table({"n": pa.array([], pa.int64()), "text": pa.array([], pa.string())}),
                   tmp_path / "none.parquet")
    summary = score_file(tmp_path / "none.parquet", tmp_path / "none-out.parquet", screener=screener,
                         progress=False, jobs=1)
    assert summary.rows == 0 and pq.read_table(tmp_path / "none-out.parquet").num_rows == 0


def test_format_detection():
    assert detect_format("a/b.CSV.gz") == FileFormat("csv", True)
    assert detect_format("x.ndjson") == FileFormat("jsonl")
    assert detect_format("x.dat", "tsv") == FileFormat("tsv")
    assert detect_format("-", "jsonl.gz") == FileFormat("jsonl", True)
    with pytest.raises(ValueError, match="cannot tell the format"):
        detect_format("x.xlsx")


def test_stdin_to_stdout_csv_and_jsonl():
    data = pd.DataFrame(ROWS).to_csv(index=False).encode()
    result = cli(["score", "-", "--no-model", "-j", "1"], input=data)
    assert result.exit_code == 0, result.output
    out = pd.read_csv(pd.io.common.StringIO(result.stdout), dtype=str, keep_default_na=False)
    assert out["post_id"].tolist() == ["007", "008", "009"]
    assert "3 rows" in result.stderr and "rules only" in result.stderr
    lines = "".join(json.dumps(r) + "\n" for r in ROWS).encode()
    result = cli(["score", "-", "--input-format", "jsonl", "--no-model"], input=lines)
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["post_id"] for x in result.stdout.splitlines()] == ["007", "008", "009"]


def test_parquet_from_stdin_and_format_option(tmp_path):
    pd.DataFrame(ROWS).to_parquet(tmp_path / "in.parquet", index=False)
    out = tmp_path / "scored.data"
    result = cli(["score", "-", "--input-format", "parquet", "-o", str(out), "--format", "jsonl", "--no-model"],
                 input=(tmp_path / "in.parquet").read_bytes())
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_stdin_jsonl_key_not_in_first_chunk_is_flagged():
    lines = [{"id": i, "text": CLEAN} for i in range(3)] + [{"id": 3, "text": SCAM, "late": "x"}]
    data = "".join(json.dumps(r) + "\n" for r in lines).encode()
    result = cli(["score", "-", "--input-format", "jsonl", "--no-model", "--chunk-size", "2", "-j", "1"], input=data)
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == 4 and "late" not in rows[3] and "'late'" in rows[3]["ct_error"]

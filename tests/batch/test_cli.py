"""ct-screen score from the command line: in-process (click's runner) and as a real process."""

from __future__ import annotations

import gzip
import io
import json

import pandas as pd
import pytest

from ct_screen.batch import CT_COLUMNS

from .conftest import CLEAN, REPO, SCAM, cli, leftovers, run

EXAMPLE = REPO / "examples" / "posts.csv"


def _frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def test_missing_text_column_is_a_clear_error(tmp_path):
    src = tmp_path / "posts.csv"
    src.write_text("post_id,headline,body_html\n1,a,b\n", encoding="utf-8")
    result = cli(["score", str(src), "--text-column", "text", "--no-model"])
    assert result.exit_code == 1
    assert "posts.csv: no text column 'text'; the columns are: 'post_id', 'headline', 'body_html'" in result.stderr
    result = cli(["score", str(src), "--no-model"])
    assert result.exit_code == 1 and "--text-column" in result.stderr


def test_unreadable_files_are_clear_errors(tmp_path):
    missing = cli(["score", str(tmp_path / "nope.csv"), "--no-model"])
    assert missing.exit_code == 1 and "nope.csv: no such file" in missing.stderr
    broken = tmp_path / "cut.csv.gz"
    broken.write_bytes(gzip.compress(("text\n" + "".join(f"post {i * 7919 % 10007}\n" for i in range(20000))).encode())[:-400])
    result = cli(["score", str(broken), "-o", str(tmp_path / "out.csv"), "--no-model"])
    assert result.exit_code == 1 and "cut.csv.gz: line " in result.stderr and "cannot read" in result.stderr
    assert not (tmp_path / "out.csv").exists() and leftovers(tmp_path) == []
    junk = tmp_path / "junk.parquet"
    junk.write_bytes(b"PAR1 this is not parquet")
    result = cli(["score", str(junk), "--no-model"])
    assert result.exit_code == 1 and "junk.parquet: not a readable Parquet file" in result.stderr
    notjson = tmp_path / "x.jsonl"
    notjson.write_text("id,text\n1,hello\n", encoding="utf-8")
    result = cli(["score", str(notjson), "--no-model"])
    assert result.exit_code == 1 and "x.jsonl: line 1: not JSON lines" in result.stderr


def test_bad_options_are_usage_errors(tmp_path):
    assert cli(["score", str(EXAMPLE), "--model", str(tmp_path), "--no-model"]).exit_code == 2
    result = cli(["score", str(EXAMPLE), "--rules", str(tmp_path / "none.yaml")])
    assert result.exit_code == 1 and "no rules file" in result.stderr


def test_broken_jsonl_lines_are_flagged_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"text": "{CLEAN}"}}\n{{"text": broken\n[1, 2]\n\n{{"text": "{SCAM}"}}\n', encoding="utf-8")
    result = cli(["score", str(src), "--no-model"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    assert rows[1]["ct_error"].startswith("invalid JSON (line 2)") and rows[1]["text"] is None
    assert "not an object" in rows[2]["ct_error"] and rows[3]["ct_band"] is not None
    assert "2 not scored" in result.stderr


def test_min_band_sort_and_summary(tmp_path):
    out = tmp_path / "triage.csv"
    full = _frame(cli(["score", str(EXAMPLE), "--no-model"]).stdout)
    result = cli(["score", str(EXAMPLE), "-o", str(out), "--no-model", "--min-band", "review", "--sort",
                  "--chunk-size", "7", "--id-column", "post_id", "-j", "1"])
    assert result.exit_code == 0, result.output
    triage = pd.read_csv(out, dtype=str, keep_default_na=False)
    wanted = full[full["ct_band"].isin(["review", "high"])]
    assert sorted(triage["post_id"]) == sorted(wanted["post_id"])
    scores = triage["ct_score"].astype(float).tolist()
    assert scores == sorted(scores, reverse=True)
    bands = full["ct_band"].value_counts()
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"ct-screen: {len(full)} rows in ") and f"{bands.get('high', 0)} high" in line
    assert f"{len(wanted)} written" in line


def test_real_process_csv_to_csv_matches_library(tmp_path, screener):
    out = tmp_path / "scored.csv"
    proc = run(["score", str(EXAMPLE), "-o", str(out), "--no-model", "--no-progress"])
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == b"" and b"ct-screen: 40 rows" in proc.stderr
    scored = pd.read_csv(out, dtype=str, keep_default_na=False)
    original = pd.read_csv(EXAMPLE, dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(scored[list(original.columns)], original)
    assert list(scored.columns) == [*original.columns, *CT_COLUMNS]
    first = original.iloc[0][["title", "location", "company_profile", "description"]].to_dict()
    assert scored.loc[0, "ct_score"] == str(round(screener.screen(first).score, 4))


def test_real_process_stdin_to_stdout_jsonl():
    data = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate([SCAM, CLEAN, ""])).encode()
    proc = run(["score", "-", "--input-format", "jsonl", "--no-model"], input=data)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == [0, 1, 2] and rows[2]["ct_error"] == "empty text"
    assert b"\r" not in proc.stderr  # no progress bar when not on a terminal


def test_real_process_two_jobs_keep_order_and_count(tmp_path):
    texts = [SCAM if i % 5 == 0 else "" if i % 7 == 0 else f"{CLEAN} {i}" for i in range(240)]
    src = tmp_path / "many.tsv"
    pd.DataFrame({"n": range(240), "text": texts}).to_csv(src, sep="\t", index=False)
    one = run(["score", str(src), "-o", str(tmp_path / "one.parquet"), "--no-model", "-j", "1"])
    two = run(["score", str(src), "-o", str(tmp_path / "two.parquet"), "--no-model", "-j", "2",
               "--chunk-size", "20"])
    assert one.returncode == 0 and two.returncode == 0, two.stderr.decode()
    a, b = pd.read_parquet(tmp_path / "one.parquet"), pd.read_parquet(tmp_path / "two.parquet")
    assert b["n"].tolist() == [str(i) for i in range(240)]
    pd.testing.assert_frame_equal(a, b)
    assert b"2 jobs" in two.stderr


@pytest.mark.parametrize("kind", ["csv.gz", "parquet"])
def test_real_process_unreadable_file_exit_code(tmp_path, kind):
    bad = tmp_path / f"bad.{kind}"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage" if kind == "csv.gz" else b"not parquet at all")
    proc = run(["score", str(bad), "-o", str(tmp_path / "out.csv"), "--no-model"])
    assert proc.returncode == 1
    assert f"{bad}".encode() in proc.stderr and b"Traceback" not in proc.stderr
    assert not (tmp_path / "out.csv").exists()


def test_latin1_on_stdin_and_a_missing_output_folder(tmp_path):
    result = cli(["score", "-", "--no-model"], input="id,text\n1,ok\n2,caf\u00e9\n".encode("latin-1"))
    assert result.exit_code == 1 and "<stdin>: line 3:" in result.stderr and "--encoding" in result.stderr
    result = cli(["score", str(EXAMPLE), "-o", str(tmp_path / "no" / "such" / "out.csv"), "--no-model"])
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_output_may_replace_its_own_input(tmp_path):
    src = tmp_path / "posts.csv"
    src.write_bytes(EXAMPLE.read_bytes())
    assert cli(["score", str(src), "-o", str(src), "--no-model", "-j", "1", "--chunk-size", "8"]).exit_code == 0
    scored = pd.read_csv(src, dtype=str, keep_default_na=False)
    assert len(scored) == 40 and list(scored.columns)[-1] == "ct_error"

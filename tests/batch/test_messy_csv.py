"""Real exports are messy: quoted newlines, embedded delimiters and quotes, BOM, CRLF, Latin-1, huge cells,
ragged rows, duplicate headers. Every row comes out, flagged when it could not be scored."""

from __future__ import annotations

import pandas as pd
import pytest

from ct_screen.batch import BatchError, score_file

from .conftest import SCAM, cli

CLEAN = "Warehouse operative in Hull. Forklift licence preferred; apply on our careers page."  # no comma


def score(tmp_path, data: bytes, screener, name: str = "in.csv", **options) -> pd.DataFrame:
    src = tmp_path / name
    src.write_bytes(data)
    dst = tmp_path / "out.csv"
    score_file(src, dst, screener=screener, progress=False, jobs=1, **options)
    return pd.read_csv(dst, dtype=str, keep_default_na=False)


def test_quoted_newlines_embedded_delimiters_and_quotes(tmp_path, screener):
    data = ('id,text\n1,"line one\nline two, with a comma"\n2,"she said ""pay the fee"", then left"\n'
            f'3,"{SCAM}"\n').encode()
    out = score(tmp_path, data, screener)
    assert out["id"].tolist() == ["1", "2", "3"]
    assert out.loc[0, "text"] == "line one\nline two, with a comma"
    assert out.loc[1, "text"] == 'she said "pay the fee", then left'
    assert out.loc[2, "ct_score"] == str(round(screener.screen({"text": SCAM}).score, 4))


def test_bom_and_windows_line_endings(tmp_path, screener):
    data = b"\xef\xbb\xbfid,text\r\n1,\"a\r\nb\"\r\n2," + CLEAN.encode() + b"\r\n"
    out = score(tmp_path, data, screener)
    assert list(out.columns)[:2] == ["id", "text"]  # no BOM glued to the first column name
    assert out["text"].tolist() == ["a\r\nb", CLEAN]


def test_latin1_without_encoding_is_a_clear_error_with_the_line(tmp_path, screener):
    data = "id,text\n1,plain\n2,caf\u00e9 au lait job\n".encode("latin-1")
    with pytest.raises(BatchError) as err:
        score(tmp_path, data, screener)
    message = str(err.value)
    assert "in.csv: line 3:" in message and "0xE9" in message and "--encoding latin-1" in message
    assert not (tmp_path / "out.csv").exists()


def test_latin1_with_encoding(tmp_path, screener):
    data = "id,text\n1,caf\u00e9 au lait\n".encode("latin-1")
    out = score(tmp_path, data, screener, encoding="latin-1")
    assert out.loc[0, "text"] == "caf\u00e9 au lait" and out.loc[0, "ct_error"] == ""


def test_explicit_utf8_flags_rows_with_bad_bytes_and_goes_on(tmp_path, screener):
    data = b"id,text\n1,good text\n2,bad \xff byte\n3,more good text\n"
    out = score(tmp_path, data, screener, encoding="utf-8")
    assert out["id"].tolist() == ["1", "2", "3"]
    assert out.loc[1, "text"] == "bad \ufffd byte"
    assert out.loc[1, "ct_error"].startswith("undecodable bytes in column 'text'")
    assert out.loc[1, "ct_score"] == "" and out.loc[2, "ct_band"] != ""


def test_huge_cells(tmp_path, screener):
    big = "word " * 300_000  # 1.5 MB: over the default limit of 1,000,000 characters
    data = f"id,text\n1,{big}\n2,{CLEAN}\n".encode()
    out = score(tmp_path, data, screener)
    assert len(out.loc[0, "text"]) == len(big)  # kept unchanged
    assert out.loc[0, "ct_error"] == "text too long to score: 1,500,000 characters, over the limit of 1,000,000"
    assert out.loc[1, "ct_band"] in ("low", "review", "high")


def test_ragged_rows_are_flagged_not_dropped(tmp_path, screener):
    data = f"id,text,site\n1,{CLEAN}\n2,x,y,z,w\n3,{CLEAN},s\n".encode()
    out = score(tmp_path, data, screener)
    assert out["id"].tolist() == ["1", "2", "3"]
    assert out.loc[0, "site"] == "" and out.loc[0, "ct_band"] != ""  # short row: padded, scored, warned
    assert "ragged row (line 2): 2 cells where the header has 3" in out.loc[0, "ct_error"]
    assert out.loc[1, "site"] == "y,z,w" and out.loc[1, "ct_score"] == ""  # long row: kept, not scored
    assert "ragged row (line 3): 5 cells" in out.loc[1, "ct_error"]
    assert out.loc[2, "ct_error"] == ""


def test_blank_lines_duplicate_headers_and_semicolons(tmp_path, screener):
    data = f"\nid;text;text\n\n1;{CLEAN};second\n".encode()
    src = tmp_path / "in.csv"
    src.write_bytes(data)
    summary = score_file(src, tmp_path / "out.csv", screener=screener, progress=False, jobs=1, delimiter=";")
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False, sep=";")  # CSV out keeps ';'
    assert list(out.columns)[:3] == ["id", "text", "text.1"] and len(out) == 1
    assert any("'text' appears more than once" in n for n in summary.notes)


def test_unclosed_quote_at_the_end_is_kept_as_a_row(tmp_path, screener):
    data = b'id,text\n1,ok\n2,"never closed\n3,more\n'
    out = score(tmp_path, data, screener)
    assert out["id"].tolist() == ["1", "2"] and out.loc[1, "text"] == "never closed\n3,more\n"
    assert out.loc[0, "ct_error"] == "" and out.loc[0, "ct_band"] == "low"
    assert out.loc[1, "ct_error"].startswith("unclosed quote (line 3)") and out.loc[1, "ct_band"] == ""


def test_unclosed_quote_is_flagged_and_counted_in_the_summary(tmp_path, screener):
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(b'id,text\n1,"unclosed\n2,row two\n3,row three\n')
    summary = score_file(src, dst, screener=screener, progress=False, jobs=1)
    out = pd.read_csv(dst, dtype=str, keep_default_na=False)
    assert len(out) == 1 and "swallowing the 2 lines after it" in out.loc[0, "ct_error"]
    assert summary.errors == 1 and summary.unseparated == 2
    assert "2 input lines could not be separated into rows" in summary.line()


@pytest.mark.parametrize("data", [
    b'id,text\n1,"a\nb",x\n2,"closed ""quote"" here"\n',  # a closed multi-line cell and escaped quotes
    b'id,text\n1,"last, closed"',  # no newline at the end
    b'id,text\n1,say ""hi""\n',  # quotes inside an unquoted cell
])
def test_closed_quotes_are_not_flagged(tmp_path, screener, data):
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(data)
    summary = score_file(src, dst, screener=screener, progress=False, jobs=1)
    out = pd.read_csv(dst, dtype=str, keep_default_na=False)
    assert summary.unseparated == 0 and not any(e.startswith("unclosed") for e in out["ct_error"])


def test_cli_summary_reports_unclosed_quote(tmp_path):
    result = cli(["score", "-", "--no-model", "--no-progress"], input=b'id,text\n1,"unclosed\n2,row two\n3,row three\n')
    assert result.exit_code == 0
    assert "2 input lines could not be separated into rows" in result.stderr


def test_header_only_and_empty_file(tmp_path, screener):
    out = score(tmp_path, b"id,text\n", screener)
    assert len(out) == 0 and "ct_score" in out.columns
    with pytest.raises(BatchError, match="empty file"):
        score(tmp_path, b"", screener)


def test_cli_error_for_latin1_names_path_and_line(tmp_path):
    src = tmp_path / "export.csv"
    src.write_bytes("id,text\n1,na\u00efve\n".encode("latin-1"))
    result = cli(["score", str(src), "-o", str(tmp_path / "o.csv"), "--no-model"])
    assert result.exit_code == 1
    assert f"{src}: line 2:" in result.stderr and "--encoding" in result.stderr
    assert cli(["score", str(src), "--encoding", "latin-1", "--no-model"]).exit_code == 0

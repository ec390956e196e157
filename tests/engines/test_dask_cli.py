"""``ct-screen score --engine dask``: a folder of Parquet parts in, one scored part per input part out,
each exactly what ``ct-screen score`` (the local engine) writes for that part."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from ct_screen.cli import main

from .conftest import written_posts

pytest.importorskip("dask.distributed", reason="dask not installed: pip install 'ct-screen[dask]'")


def cli(args: list[str]):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def parts(tmp_path) -> Path:
    """Four parts, one in a sub-folder (kept in the output), and a _SUCCESS marker (skipped)."""
    folder = tmp_path / "posts"
    (folder / "day=2").mkdir(parents=True)
    frame = written_posts()
    bounds = [0, 20, 35, 50, len(frame)]
    names = ["part-0.parquet", "part-1.parquet", "part-2.parquet", "day=2/part-3.parquet"]
    for name, a, b in zip(names, bounds, bounds[1:], strict=False):
        frame.iloc[a:b].to_parquet(folder / name, index=False)
    (folder / "_SUCCESS").write_text("")
    return folder


def _names(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_one_scored_part_per_input_part_same_as_the_local_engine(dask_client, parts, tmp_path):
    out = tmp_path / "scored"
    result = cli(["score", "--engine", "dask", "--scheduler", dask_client.scheduler.address, parts, "-o", out,
                  "--max-chars", "10000", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert _names(out) == ["day=2/part-3.parquet", "part-0.parquet", "part-1.parquet", "part-2.parquet"]
    assert f"{len(written_posts()):,} rows" in result.stderr and "2 jobs" in result.stderr
    assert "peak memory per worker" in result.stderr
    for name in _names(out):
        local = tmp_path / "local" / name
        local.parent.mkdir(parents=True, exist_ok=True)
        assert cli(["score", parts / name, "-o", local, "--max-chars", "10000", "--no-progress", "-j", "1"]).exit_code == 0
        assert pq.read_table(out / name).equals(pq.read_table(local)), name
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".ct-tmp")]


def test_local_scheduler_with_one_worker(parts, tmp_path):
    out = tmp_path / "scored"
    result = cli(["score", "--engine", "dask", "--scheduler", "local", "-j", "1", parts / "part-0.parquet",
                  "-o", out, "--no-model", "--min-band", "review", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "1 job," in result.stderr and "20 rows" in result.stderr
    table = pq.read_table(out / "part-0.parquet").to_pandas()
    assert set(table["ct_band"]) <= {"review", "high"} and 0 < len(table) < 20


def test_thresholds_file_reaches_the_workers(dask_client, parts, tmp_path):
    from ct_screen.fuse import Thresholds, band_for
    from ct_screen.thresholds import save_thresholds

    chosen = Thresholds(review=0.05, high=0.3)
    path = save_thresholds(chosen, tmp_path / "platform.json", model_version="none")
    out = tmp_path / "scored"
    result = cli(["score", "--engine", "dask", "--scheduler", dask_client.scheduler.address, parts, "-o", out,
                  "--no-model", "--max-chars", "10000", "--thresholds", path, "--no-progress"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out / "part-0.parquet").to_pandas()
    scored = table[table["ct_score"].notna()]
    assert scored["ct_band"].tolist() == [band_for(s, chosen) for s in scored["ct_score"]]
    other = save_thresholds(chosen, tmp_path / "other.json", model_version="m-other")
    result = cli(["score", "--engine", "dask", "--scheduler", dask_client.scheduler.address, parts, "-o",
                  tmp_path / "x", "--no-model", "--thresholds", other])
    assert result.exit_code == 1 and "chosen for model m-other" in result.stderr
    assert not (tmp_path / "x").exists()


def test_what_does_not_apply_is_refused(dask_client, parts, tmp_path):
    address = dask_client.scheduler.address
    for extra, message in ((["--sort"], "--sort does not apply"), (["--format", "csv"], "can only be parquet"),
                           (["--raw"], "--raw apply to CSV")):
        result = cli(["score", "--engine", "dask", "--scheduler", address, parts, "-o", tmp_path / "x", *extra])
        assert result.exit_code == 2 and message in result.stderr
    result = cli(["score", "--engine", "dask", "--scheduler", address, parts])
    assert result.exit_code == 2 and "standard input and output" in result.stderr
    result = cli(["score", "--scheduler", address, parts / "part-0.parquet", "-o", tmp_path / "x.parquet"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr


def test_file_level_errors_leave_no_output(dask_client, parts, tmp_path):
    address = dask_client.scheduler.address
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "old.parquet").write_bytes(b"")
    result = cli(["score", "--engine", "dask", "--scheduler", address, parts, "-o", busy])
    assert result.exit_code == 1 and "not empty" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli(["score", "--engine", "dask", "--scheduler", address, empty, "-o", tmp_path / "out"])
    assert result.exit_code == 1 and "no .parquet parts" in result.stderr
    (parts / "part-9.parquet").write_bytes(b"PAR1 this is not parquet")
    result = cli(["score", "--engine", "dask", "--scheduler", address, parts, "-o", tmp_path / "out", "--no-progress"])
    assert result.exit_code == 1 and "part-9.parquet" in result.stderr and "not a readable Parquet file" in result.stderr
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".ct-tmp")]

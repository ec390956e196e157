"""A run killed outright (kill -9) leaves no orphaned workers, and its hidden temporary file is swept later."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CT_SCREEN, leftovers, run

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == str(pid) and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_kill_9_on_the_parent_ends_its_workers_and_the_next_run_sweeps_its_file(tmp_path):
    posts = tmp_path / "posts.csv"
    with open(posts, "w") as handle:
        handle.write("id,text\n")
        for i in range(40_000):
            handle.write(f"{i},Warehouse shift {i} in Hull; pay a 49 USD fee first and WhatsApp me on 07700 900123\n")
    out = tmp_path / "out.csv"
    command = [str(CT_SCREEN)] if CT_SCREEN.exists() else [sys.executable, "-c", "from ct_screen.cli import main; main()"]
    parent = subprocess.Popen([*command, "score", str(posts), "-o", str(out), "-j", "2", "--chunk-size", "200",
                               "--no-model", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        assert _wait(lambda: len(_children(parent.pid)) >= 2 and leftovers(tmp_path), 60), "workers never started"
        workers = _children(parent.pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        assert _wait(lambda: not any(_alive(w) for w in workers), 10), "workers outlived their parent"
    finally:
        for pid in [parent.pid, *workers, *_children(parent.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    stale = leftovers(tmp_path)
    assert stale and not out.exists()  # the killed run could not clean up
    small = tmp_path / "small.csv"
    small.write_text("id,text\n1,Nurse in Leeds\n")
    done = run(["score", str(small), "-o", str(out), "--no-model", "--no-progress"])
    assert done.returncode == 0, done.stderr
    assert leftovers(tmp_path) == [] and out.is_file()


def test_sweep_leaves_live_foreign_and_new_files(tmp_path):
    from ct_screen.batch.atomic import _host, sweep_stale

    live = tmp_path / f".out.csv.{_host()}-{os.getpid()}.abcd1234.ct-tmp"  # ours, and we are running
    other_host = tmp_path / ".out.csv.00000000-999999999.abcd1234.ct-tmp"
    foreign = tmp_path / ".out.csv.abcd1234.ct-tmp"  # no owner in the name (not ours to judge)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone = tmp_path / f".out.csv.{_host()}-{int(dead.stdout)}.abcd1234.ct-tmp"
    fresh = tmp_path / f".b.csv.{_host()}-{int(dead.stdout)}.zzzz9999.ct-tmp"
    for path in (live, other_host, foreign, gone, fresh):
        path.write_text("partial")
    old = time.time() - 60
    for path in (live, other_host, foreign, gone):
        os.utime(path, (old, old))
    staging = tmp_path / f".parts.{_host()}-{int(dead.stdout)}.qwer5678.ct-tmp"  # a Dask engine staging folder
    (staging / "sub").mkdir(parents=True)
    (staging / "sub" / "part.parquet").write_text("partial")
    os.utime(staging, (old, old))
    assert sorted(sweep_stale(tmp_path, before=time.time() - 30)) == sorted([gone.name, staging.name])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (live, other_host, foreign, fresh))

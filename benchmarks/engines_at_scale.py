"""Rows/s of scoring Parquet parts on Dask (1 and 2 workers), `ct-screen score -j 2` and Spark local[2].

    python benchmarks/engines_at_scale.py [--posts 1000000] [--parts 16] [--workdir /tmp/ct-engines]
                                          [--engines dask1,dask2,local2,spark2] [--model DIR] [--keep] [--quick]

The posts are EMSCAD rows repeated (our own examples/posts.csv without the
shared data), each with a fresh ``post_id``, written under ``--workdir`` (never
in the repository) as ``--parts`` Parquet parts and, for the local engine, as
one Parquet file of the same rows. Each engine runs as its own process, timed
from start to exit (start-up, model loads, reading and writing included):

* ``dask1``/``dask2``: ``ct-screen score --engine dask --scheduler local -j W PARTS -o OUT``;
* ``local2``: ``ct-screen score -j 2 ALL.parquet -o OUT.parquet`` (the baseline);
* ``spark2``: ``score_spark(spark.read.parquet(PARTS)).write.parquet(OUT)`` on ``local[2]``.

Every process of the run is sampled every 0.2 s (psutil): its peak resident
set (the largest worker processes and the JVM are reported) and its CPU time
(user + system, summed over the processes: a figure a busy machine disturbs
far less than wall time). Every engine's output is then compared with the
local engine's, row by row (by ``post_id``), on every ``ct_*`` cell.

Goal: Dask on 2 workers >= 0.8x the rows/s of ``ct-screen score -j 2`` on the
same posts, and every engine's output identical to the local engine's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from _bench import console_script, finish, header, parser
from _posts import emscad_file

REPO = Path(__file__).resolve().parents[1]
GOAL = 0.8


def make_posts(workdir: Path, posts: int, parts: int) -> tuple[Path, Path, str]:
    """Write the parts and the single file; return their paths and where the rows came from."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = emscad_file()
    if path is not None:
        rows, source = pd.read_csv(path, keep_default_na=False, dtype=str).drop(columns=["sample_weight"]), "EMSCAD"
    else:
        rows, source = pd.read_csv(REPO / "examples" / "posts.csv", keep_default_na=False, dtype=str), "examples"
        rows = rows.drop(columns=["post_id"])
    folder, single = workdir / "parts", workdir / "all.parquet"
    folder.mkdir(parents=True)
    bounds = np.linspace(0, posts, parts + 1).astype(int)
    writer = None
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        frame = rows.iloc[np.arange(a, b) % len(rows)].reset_index(drop=True)
        frame.insert(0, "post_id", [f"P{n:08d}" for n in range(a, b)])
        table = pa.Table.from_pandas(frame, preserve_index=False)
        pq.write_table(table, folder / f"part-{i:03d}.parquet")
        writer = writer or pq.ParquetWriter(single, table.schema)
        writer.write_table(table)
    writer.close()
    return folder, single, f"{source} rows repeated ({len(rows):,} distinct)"


class Sampler:
    """Peak RSS of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[int, str]] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._every = every
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _kind(self, proc) -> str:
        cmd = " ".join(proc.cmdline())
        if proc.pid == self.root.pid:
            return "main"
        if "java" in proc.name():
            return "jvm"
        if "pyspark" in cmd or "daemon" in cmd:
            return "python worker"
        return "worker"

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                    kind = self._kind(proc)  # not cached: spark-submit's shell becomes the JVM
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = (max(rss, self.peaks.get(proc.pid, (0, ""))[0]), kind)
            self._stop.wait(self._every)

    def stop(self) -> str:
        self._stop.set()
        self._thread.join()
        by_kind: dict[str, list[int]] = {}
        for rss, kind in self.peaks.values():
            by_kind.setdefault(kind, []).append(rss)
        shown = []
        for kind in ("main", "worker", "python worker", "jvm"):
            values = sorted(by_kind.get(kind, []), reverse=True)
            big = [v for v in values if v > 100 << 20][:4]  # nannies and helpers are small
            if big:
                shown.append(f"{kind} {'/'.join(f'{v / 2**20:,.0f}' for v in big)} MB")
        return ", ".join(shown)


def run(name: str, command: list[str], rows: int) -> dict[str, float]:
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = Sampler(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    memory = sampler.stop()
    cpu = sum(sampler.cpu.values())
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}):\n{err[-3000:]}")
    notes = [line for line in err.splitlines() if "peak memory per worker" in line]
    print(f"{name:>7}: {seconds:8.1f} s  {rows / seconds:8,.0f} rows/s   CPU {cpu:8.1f} s "
          f"({rows / cpu:,.0f} rows per CPU-second)   peak RSS: {memory}"
          + (f"\n{'':>9}({notes[0].split('note: ')[-1]}, by the workers themselves)" if notes else ""), flush=True)
    return {"seconds": seconds, "rate": rows / seconds, "cpu": cpu}


def spark_job(source: str, model: str, target: str) -> None:
    """The Spark run (in its own process): read the parts, score them, write them."""
    from pyspark.sql import SparkSession

    from ct_screen.spark import score_spark

    spark = (SparkSession.builder.master("local[2]").appName("ct-screen-bench").config("spark.ui.enabled", "false")
             .config("spark.pyspark.python", sys.executable).getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    score_spark(spark.read.parquet(source), model=model).write.parquet(target)
    spark.stop()


def load(path: Path):
    import pyarrow.dataset as ds

    from ct_screen.batch import CT_COLUMNS

    table = ds.dataset(path, format="parquet").to_table(columns=["post_id", *CT_COLUMNS])
    return table.to_pandas().sort_values("post_id", kind="stable").reset_index(drop=True)


def differences(got, ref, *, missing_is_empty: bool = False) -> int:
    """Rows whose ct_* cells differ (scores compared bit for bit, missing values alike).

    ``missing_is_empty``: a missing text cell equals "" (Parquet stores an empty
    ``ct_error`` from ``score_frame`` as null).
    """
    import numpy as np

    if len(got) != len(ref) or not (got["post_id"].to_numpy() == ref["post_id"].to_numpy()).all():
        return max(len(got), len(ref))
    bad = np.zeros(len(ref), dtype=bool)
    a, b = got["ct_score"].to_numpy(np.float64), ref["ct_score"].to_numpy(np.float64)
    bad |= ~((a == b) | (np.isnan(a) & np.isnan(b)))
    fill = "" if missing_is_empty else "\0"
    for column in got.columns[2:]:
        x, y = got[column].fillna(fill).astype(object).to_numpy(), ref[column].fillna(fill).astype(object).to_numpy()
        bad |= x != y
    return int(bad.sum())


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--posts", type=int, default=1_000_000)
    p.add_argument("--parts", type=int, default=16)
    p.add_argument("--workdir", type=Path, default=Path("/tmp/ct-engines"))
    p.add_argument("--engines", default="dask1,dask2,local2,spark2")
    p.add_argument("--keep", action="store_true", help="keep the posts and outputs in --workdir")
    p.add_argument("--model", default=None, help="a model folder (default: the bundled model)")
    p.add_argument("--spark-job", nargs=3, help=argparse_hidden())
    args = p.parse_args()
    if args.spark_job:
        spark_job(*args.spark_job)
        return 0
    if args.quick:
        args.posts, args.parts = min(args.posts, 2_000), min(args.parts, 4)
    header("engines_at_scale", args.quick)
    if args.workdir.exists():
        shutil.rmtree(args.workdir)
    folder, single, source = make_posts(args.workdir, args.posts, args.parts)
    print(f"{args.posts:,} posts ({source}) in {args.parts} parts under {args.workdir}; "
          f"model: {args.model or 'bundled'}", flush=True)
    ct = console_script()
    commands = {
        "dask1": [*ct, "score", "--engine", "dask", "--scheduler", "local", "-j", "1", str(folder), "-o"],
        "dask2": [*ct, "score", "--engine", "dask", "--scheduler", "local", "-j", "2", str(folder), "-o"],
        "local2": [*ct, "score", "-j", "2", str(single), "-o"],
        "spark2": [sys.executable, __file__, "--spark-job", str(folder), args.model or "default"],
    }
    model = ["--model", args.model] if args.model else []
    wanted = [e for e in args.engines.split(",") if e]
    results, outputs = {}, {}
    for name in wanted:
        target = args.workdir / (f"out-{name}.parquet" if name == "local2" else f"out-{name}")
        outputs[name] = target
        extra = [] if name == "spark2" else ["--no-progress", *model]
        results[name] = run(name, [*commands[name], str(target), *extra], args.posts)
    identical = True
    base = "local2" if "local2" in outputs else wanted[0]  # without the local engine, the first one run
    ref = load(outputs[base]) if len(wanted) > 1 else None
    for name in wanted:
        if ref is not None and name != base:
            bad = differences(load(outputs[name]), ref)
            identical &= bad == 0
            print(f"{name:>7} output vs {base}: {'identical' if bad == 0 else f'{bad:,} rows differ'}"
                  f" ({len(ref):,} rows, every ct_* cell)")
    if not args.keep:
        shutil.rmtree(args.workdir)
    if "dask2" in results and "local2" in results:
        ratio = results["dask2"]["rate"] / results["local2"]["rate"]
        summary = (f"dask 2 workers {results['dask2']['rate']:,.0f} rows/s / ct-screen score -j 2 "
                   f"{results['local2']['rate']:,.0f} rows/s = {ratio:.2f}x, outputs "
                   f"{'identical' if identical else 'DIFFER'}")
        return finish("engines_at_scale", summary, f">= {GOAL}x and identical", ratio >= GOAL and identical, args.quick)
    if ref is None:
        return finish("engines_at_scale", f"{base} only: no second output to compare (engines_vs_frame.py checks one "
                      "kept output against score_frame)", "identical", True, args.quick)
    return finish("engines_at_scale", f"outputs {'identical' if identical else 'DIFFER'} ({', '.join(wanted)})",
                  "identical", identical, args.quick)


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    sys.exit(main())

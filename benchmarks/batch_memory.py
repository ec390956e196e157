"""Peak memory of `ct-screen score` on 10,000 rows against 200,000 rows: does batch scoring stream?

    python benchmarks/batch_memory.py [--small 10000] [--large 200000] [--row-chars 200] [--jobs N] [--quick]

Writes two CSV files (columns ``post_id``, ``text``; post texts cut to
``--row-chars`` characters, EMSCAD rows cycled) into a temporary folder under
/tmp and runs ``ct-screen score`` on each, under ``/usr/bin/time -v``, while
sampling the whole process tree (the command and its worker processes) with
psutil. Reports, for each size:

* the largest single process's peak RSS (``/usr/bin/time -v``, exact);
* the peak of the tree's summed PSS (proportional set size: pages shared
  between the forked workers are counted once), sampled every 0.1 s;

The 10,000-row run is the baseline.

Goal: the 200,000-row peak within 20% of the 10,000-row peak (both measures).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
from _bench import TIME, console_script, finish, header, parser, run_at_sizes, time_v_report
from _posts import load_texts

GOAL_RATIO = 1.2


def _write(texts: list[str], count: int, chars: int, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["post_id", "text"])
        for i in range(count):
            writer.writerow((f"p{i}", texts[i % len(texts)][:chars]))


class _TreeSampler(threading.Thread):
    """Peak summed PSS (else RSS) of a process and its descendants, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = psutil.Process(pid), interval
        self.peak, self.peak_procs, self.samples = 0, 0, 0
        self.done = threading.Event()

    def _memory(self, proc: psutil.Process) -> int:
        try:
            info = proc.memory_full_info()
            return int(getattr(info, "pss", 0) or info.rss)
        except psutil.AccessDenied:
            return int(proc.memory_info().rss)

    def run(self) -> None:
        while not self.done.is_set():
            total, procs = 0, 0
            try:
                for proc in [self.root, *self.root.children(recursive=True)]:
                    try:
                        total += self._memory(proc)
                        procs += 1
                    except (psutil.NoSuchProcess, psutil.ZombieProcess):
                        pass
            except psutil.NoSuchProcess:
                break
            if total > self.peak:
                self.peak, self.peak_procs = total, procs
            self.samples += 1
            self.done.wait(self.interval)


def _run(path: Path, out: Path, jobs: int | None, chunk_size: int | None, no_model: bool) -> dict[str, float]:
    cmd = [*console_script(), "score", str(path), "-o", str(out), "--text-column", "text", "--no-progress",
           *(["--no-model"] if no_model else [])]
    if jobs is not None:
        cmd += ["-j", str(jobs)]
    if chunk_size is not None:
        cmd += ["--chunk-size", str(chunk_size)]
    start = time.perf_counter()
    proc = subprocess.Popen([TIME, "-v", *cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    sampler.done.set()
    sampler.join()
    report = time_v_report(cmd, proc.returncode, err, time.perf_counter() - start)
    return {"max_rss": report["max_rss"], "tree": sampler.peak, "procs": sampler.peak_procs,
            "samples": sampler.samples, "seconds": report["wall"]}


def main() -> int:
    p = parser(__doc__, model_flag=True)
    p.add_argument("--small", type=int, default=10_000, help="rows of the baseline run (quick: 100)")
    p.add_argument("--large", type=int, default=200_000, help="rows of the large run (quick: 1,000)")
    p.add_argument("--row-chars", type=int, default=200, help="characters of text per row (quick: 100)")
    p.add_argument("--jobs", type=int, default=None, help="the CLI's -j (default: the CLI's own, all cores)")
    p.add_argument("--chunk-size", type=int, default=None, help="the CLI's --chunk-size (default: the CLI's own; "
                   "quick: 50, so the runs hold 2 and 20 chunks)")
    args = p.parse_args()
    if args.quick:
        small, large, chars, chunk = 100, 1_000, 100, args.chunk_size or 50
    else:
        small, large, chars, chunk = args.small, args.large, args.row_chars, args.chunk_size
    header("batch_memory", args.quick)
    texts, source = load_texts(min(large, 5000))
    print(f"rows: texts from {source}, cut to {chars} characters")
    results = run_at_sizes((small, large), "ct_bench_mem_",
                           lambda rows, path: _write(texts, rows, chars, path),
                           lambda path, out: _run(path, out, args.jobs, chunk, args.no_model))
    for rows, r in results.items():
        print(f"{rows:>9,} rows: largest process peak RSS {r['max_rss'] / 2**20:8.1f} MiB; process tree peak PSS "
              f"{r['tree'] / 2**20:8.1f} MiB ({r['procs']} processes, {r['samples']} samples); {r['seconds']:.1f} s")
    s, big = results[small], results[large]
    rss_ratio, tree_ratio = big["max_rss"] / s["max_rss"], big["tree"] / max(1, s["tree"])
    ok = rss_ratio <= GOAL_RATIO and tree_ratio <= GOAL_RATIO
    summary = (f"{large:,} vs {small:,} rows: largest-process peak RSS {big['max_rss'] / 2**20:.1f} vs "
               f"{s['max_rss'] / 2**20:.1f} MiB = {rss_ratio:.3f}x; tree peak PSS {big['tree'] / 2**20:.1f} vs "
               f"{s['tree'] / 2**20:.1f} MiB = {tree_ratio:.3f}x")
    return finish("batch_memory", summary, f"<= {GOAL_RATIO:g}x", ok, args.quick)


if __name__ == "__main__":
    sys.exit(main())

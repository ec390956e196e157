"""Posts per second of screen_many and of `ct-screen score` against a bare pipeline's batched predict_proba.

    python benchmarks/batch_throughput.py [--posts 1000] [--cli-posts 20000] [--blocks 10] [--jobs N] [--quick]

* ``screen_many`` in this process (one core) on 1,000 whole EMSCAD posts
  (``--posts``), and the bare baseline ``TfidfVectorizer(ngram_range=(1, 2)) +
  LogisticRegression`` ``predict_proba`` on the same texts in batches,
  interleaved block by block (``--blocks``) so that both see the same machine
  load; posts/s in this process's CPU time (judged) and in wall time;
* ``ct-screen score`` on a CSV of 20,000 texts (``--cli-posts``, the same
  posts cycled; column ``text``, written to a temporary folder under /tmp) with
  ``-j 1`` and with all cores, each run between two timings of the bare batched
  ``predict_proba`` on all the texts; the CLI time is the whole command
  (start-up, model load, reading, writing), in wall time (it is about using
  the cores).

Goal: ``screen_many`` on one core >= 0.5x the bare batched pipeline's posts/s
in CPU time; the CLI on all cores >= 1x.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import (
    console_script,
    finish,
    fitted_baseline,
    header,
    median,
    model_description,
    parser,
    screener_for,
)
from _posts import load_texts

GOAL_ONE_CORE = 0.5
GOAL_CLI_ALL = 1.0


def _interleaved(screener, pipe, texts: list[str], blocks: int) -> dict[str, float]:
    """CPU and wall seconds of screen_many and of the batched predict_proba over all texts, block by block."""
    size = -(-len(texts) // blocks)
    out = dict.fromkeys(("ours", "base", "ours_wall", "base_wall"), 0.0)
    for i in range(0, len(texts), size):
        block = texts[i:i + size]
        order = (True, False) if (i // size) % 2 == 0 else (False, True)
        for first in order:
            start, start_cpu = time.perf_counter(), time.process_time()
            if first:
                screener.screen_many(block)
            else:
                pipe.predict_proba(block)
            who = "ours" if first else "base"
            out[who] += time.process_time() - start_cpu
            out[f"{who}_wall"] += time.perf_counter() - start
    return out


def _write_csv(texts: list[str], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["post_id", "text"])
        writer.writerows((f"p{i}", t) for i, t in enumerate(texts))


def _cli(path: Path, out: Path, jobs: int, chunk_size: int | None, no_model: bool) -> float:
    cmd = [*console_script(), "score", str(path), "-o", str(out), "--text-column", "text", "--no-progress",
           "-j", str(jobs), *(["--no-model"] if no_model else [])]
    if chunk_size is not None:
        cmd += ["--chunk-size", str(chunk_size)]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    print(f"  $ ct-screen {' '.join(cmd[len(console_script()):])}  ->  {seconds:.2f} s; {done.stderr.strip().splitlines()[-1]}")
    return seconds


def main() -> int:
    from ct_screen.batch.pool import default_jobs

    p = parser(__doc__, model_flag=True)
    p.add_argument("--posts", type=int, default=1000, help="texts for screen_many (default 1000; quick: 24)")
    p.add_argument("--cli-posts", type=int, default=20000, help="texts for the CLI runs (default 20000; quick: 24; 0: no CLI runs)")
    p.add_argument("--blocks", type=int, default=10, help="interleaving blocks for the in-process runs")
    p.add_argument("--jobs", type=int, default=None, help="cores for the all-cores CLI run (default: all)")
    p.add_argument("--chunk-size", type=int, default=None,
                   help="the CLI's --chunk-size (default: the CLI's own; quick: a third of the texts, so the "
                        "worker pool runs)")
    args = p.parse_args()
    n = 24 if args.quick else args.posts
    n_cli = 24 if args.quick else args.cli_posts
    chunk_size = args.chunk_size or (max(1, n_cli // 3) if args.quick else None)
    header("batch_throughput", args.quick)
    texts, source = load_texts(max(n, n_cli))
    cli_texts, texts = texts[:n_cli], texts[:n]
    print(f"texts: {len(texts):,} from {source}; {sum(map(len, texts)) / len(texts):,.0f} characters on average")
    screener = screener_for(args)
    pipe = fitted_baseline(args.quick)
    examples = [ex for rule in screener.rules for ex in rule.examples]
    screener.screen_many(examples)  # compile every rule and load the model before timing
    pipe.predict_proba(texts[:50])
    print(f"ct-screen: {model_description(screener)}, {len(screener.rules)} rules")

    times = _interleaved(screener, pipe, texts, max(1, args.blocks))
    ours_rate, base_rate = n / times["ours"], n / times["base"]
    one_core = ours_rate / base_rate
    print(f"screen_many (1 core)        CPU {times['ours']:8.2f} s  {ours_rate:10,.1f} posts/s   "
          f"wall {times['ours_wall']:8.2f} s  {n / times['ours_wall']:10,.1f} posts/s")
    print(f"bare batched predict_proba  CPU {times['base']:8.2f} s  {base_rate:10,.1f} posts/s   "
          f"wall {times['base_wall']:8.2f} s  {n / times['base_wall']:10,.1f} posts/s")
    print(f"  (interleaved in {args.blocks} blocks) -> CPU ratio {one_core:.3f}, wall ratio "
          f"{times['base_wall'] / times['ours_wall']:.3f}")
    from ct_screen import Screener

    start = time.process_time()
    Screener(model=None).screen_many(texts)
    rules_only = time.process_time() - start
    print(f"rules only (Screener(model=None)).screen_many: CPU {rules_only:.2f} s  {n / rules_only:10,.1f} posts/s")

    if n_cli <= 0:  # --cli-posts 0: the in-process goal alone
        summary = (f"screen_many 1 core {ours_rate:,.1f} posts/s vs bare batched {base_rate:,.1f} posts/s (CPU) = "
                   f"{one_core:.3f}x on {n:,} texts (CLI runs skipped: --cli-posts 0), {model_description(screener)}")
        return finish("batch_throughput", summary, f"1 core >= {GOAL_ONE_CORE:g}x in CPU time",
                      one_core >= GOAL_ONE_CORE, args.quick)
    jobs_all = args.jobs or default_jobs()
    cli_rates: dict[str, float] = {}
    base_runs: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ct_bench_tp_") as tmp:
        path, out = Path(tmp) / "posts.csv", Path(tmp) / "scored.csv"
        _write_csv(cli_texts, path)
        print(f"CLI on {path} ({path.stat().st_size / 1e6:.1f} MB):")
        for label, jobs in (("1 core", 1), (f"{jobs_all} cores", jobs_all)):
            base_runs.append(_time_baseline(pipe, cli_texts))
            cli_rates[label] = n_cli / _cli(path, out, jobs, chunk_size, args.no_model)
        base_runs.append(_time_baseline(pipe, cli_texts))
    cli_base_rate = n_cli / median(base_runs)
    print("bare batched predict_proba, all texts at once, around the CLI runs: "
          + ", ".join(f"{b:.2f} s" for b in base_runs[1:]) + f" -> median {cli_base_rate:,.1f} posts/s")
    for label, rate in cli_rates.items():
        print(f"ct-screen score ({label:8})     {n_cli / rate:9.2f} s  {rate:10,.1f} posts/s   ratio {rate / cli_base_rate:.3f}")
    all_ratio = cli_rates[f"{jobs_all} cores"] / cli_base_rate
    ok = one_core >= GOAL_ONE_CORE and all_ratio >= GOAL_CLI_ALL
    summary = (f"screen_many 1 core {ours_rate:,.1f} posts/s vs bare batched {base_rate:,.1f} posts/s (CPU) = "
               f"{one_core:.3f}x on {n:,} texts; ct-screen score {jobs_all} cores {cli_rates[f'{jobs_all} cores']:,.1f} "
               f"posts/s vs {cli_base_rate:,.1f} (wall) = {all_ratio:.3f}x on {n_cli:,} texts, {model_description(screener)}")
    return finish("batch_throughput", summary,
                  f"1 core >= {GOAL_ONE_CORE:g}x in CPU time, CLI all cores >= {GOAL_CLI_ALL:g}x",
                  ok, args.quick)


def _time_baseline(pipe, texts: list[str]) -> float:
    start = time.perf_counter()
    pipe.predict_proba(texts)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory of `ct-screen score` on a Parquet file of 1 row group against one of 16 row groups.

    python benchmarks/parquet_memory.py [--group-rows 62500] [--groups 16] [--score] [--quick]

Writes two Parquet files (columns ``post_id``, ``text``: whole EMSCAD posts,
cycled) whose row groups all hold ``--group-rows`` rows: the baseline has one
group, the large file ``--groups`` (the shape of one 1M-row file written by
Spark or pandas). Runs ``ct-screen score IN.parquet -o OUT.parquet -j 1`` on
each under ``/usr/bin/time -v`` and compares the peak RSS.

By default every row is flagged unscored (``--max-chars 1``): the run reads,
prepares, assembles and writes every row as ``score`` does, without the
screening in between, which costs the same memory for every chunk (see
``batch_memory.py``) and would take an hour at full size. ``--score`` screens
for real (rules only, ``--no-model``).

Goal: the 16-group peak within 20% of the 1-group peak. Reading the whole file
with one ``iter_batches`` kept what it had read in Arrow's pool (0.98 GB for
1M rows); the reader now takes one row group at a time.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _bench import console_script, finish, header, parser, time_v
from _posts import load_posts

GOAL_RATIO = 1.2


def _write(texts: list[str], groups: int, group_rows: int, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("post_id", pa.string()), ("text", pa.string())])
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for g in range(groups):
            start = g * group_rows
            ids = [f"p{i}" for i in range(start, start + group_rows)]
            rows = [texts[i % len(texts)] for i in range(start, start + group_rows)]
            writer.write_table(pa.table({"post_id": ids, "text": rows}, schema=schema), row_group_size=group_rows)


def _run(path: Path, out: Path, score: bool) -> dict[str, float]:
    return time_v([*console_script(), "score", str(path), "-o", str(out), "--text-column", "text", "--no-progress",
                   "-j", "1", *(["--no-model"] if score else ["--max-chars", "1"])])


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--group-rows", type=int, default=62_500, help="rows per row group (quick: 500)")
    p.add_argument("--groups", type=int, default=16, help="row groups of the large file (quick: 4)")
    p.add_argument("--score", action="store_true", help="screen every row (rules only) instead of flagging it")
    args = p.parse_args()
    group_rows, groups = (500, 4) if args.quick else (args.group_rows, args.groups)
    header("parquet_memory", args.quick)
    texts, source = load_posts(5000)
    print(f"posts: {source}, whole ({sum(map(len, texts)) / len(texts):,.0f} characters on average), "
          f"{group_rows:,} rows per row group; {'screened (rules only)' if args.score else 'flagged, not screened'}")
    results = {}
    with tempfile.TemporaryDirectory(prefix="ct_bench_pq_") as tmp:
        for n in (1, groups):
            path = Path(tmp) / f"posts_{n}.parquet"
            _write(texts, n, group_rows, path)
            print(f"{n} row group(s), {n * group_rows:,} rows ({path.stat().st_size / 1e6:.1f} MB):")
            results[n] = _run(path, Path(tmp) / "out.parquet", args.score)
            path.unlink()
    small, big = results[1], results[groups]
    ratio = big["max_rss"] / small["max_rss"]
    summary = (f"{groups} vs 1 row groups of {group_rows:,} rows: peak RSS {big['max_rss'] / 2**20:.1f} vs "
               f"{small['max_rss'] / 2**20:.1f} MiB = {ratio:.3f}x")
    return finish("parquet_memory", summary, f"<= {GOAL_RATIO:g}x", ratio <= GOAL_RATIO, args.quick)


if __name__ == "__main__":
    sys.exit(main())

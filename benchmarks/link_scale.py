"""Time and peak memory of `ct-screen link` on 100,000 against 1,000,000 posts: does linking grow linearly?

    python benchmarks/link_scale.py [--small 100000] [--large 1000000] [--row-chars 600] [--jobs 1] [--quick]

Posts are EMSCAD rows (fields joined as screen() joins them; our own examples
without the shared data) cut to ``--row-chars`` characters and repeated. Every
copy gets its own city, salary figure, phone number and e-mail address, so the
copies of one row link as a re-posted template (as campaigns do) and never by a
shared contact. The CSV files are written to a temporary folder under /tmp.

Each size runs ``ct-screen link FILE -o OUT.csv --no-progress`` under
``/usr/bin/time -v``: wall time, CPU time and the peak RSS of the process. The
100,000-row run is the baseline.

Goal: near-linear growth, judged on CPU time: per-row time at 1M within 1.5x of
per-row time at 100k (time(1M) <= 15 x time(100k)); peak memory growing no
faster than the rows (memory(1M) <= 10 x memory(100k)).
"""

from __future__ import annotations

import csv
from pathlib import Path

from _bench import console_script, finish, header, parser, run_at_sizes, time_v
from _posts import load_texts

GOAL_TIME = 1.5
CITIES = ("Leeds", "Lagos", "Manila", "Dubai", "Warsaw", "Houston", "Pune", "Nairobi", "Lima", "Hanoi", "Accra",
          "Bristol", "Doha", "Kraków", "Cebu", "Austin", "Kochi", "Mombasa", "Quito", "Hue")


def _write(texts: list[str], count: int, chars: int, path: Path) -> None:
    """``count`` rows: the texts cycled, each copy with its own city, salary, phone number and e-mail."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["post_id", "text"])
        for i in range(count):
            base = texts[i % len(texts)][:chars]
            city = CITIES[(i // len(texts)) % len(CITIES)]
            salary = 1800 + (i * 37) % 2400
            phone = f"+44 77{i % 10**8:08d}"
            writer.writerow((f"p{i}", f"{base} Based in {city}, pay {salary} a month. "
                                      f"Call {phone} or write to jobs{i}@example.org"))


def _run(path: Path, out: Path, jobs: int) -> dict[str, float]:
    return time_v([*console_script(), "link", str(path), "-o", str(out), "--text-column", "text", "--id-column",
                   "post_id", "--no-progress", "-j", str(jobs)])


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--small", type=int, default=100_000, help="rows of the baseline run (quick: 500)")
    p.add_argument("--large", type=int, default=1_000_000, help="rows of the large run (quick: 5,000)")
    p.add_argument("--row-chars", type=int, default=600, help="characters of post text per row (quick: 200)")
    p.add_argument("--jobs", type=int, default=1, help="the CLI's -j")
    args = p.parse_args()
    small, large, chars = (500, 5_000, 200) if args.quick else (args.small, args.large, args.row_chars)
    header("link_scale", args.quick)
    texts, source = load_texts(min(large, 5000))
    texts = list(dict.fromkeys(texts))
    print(f"rows: {len(texts):,} distinct texts from {source}, cut to {chars} characters, repeated with their "
          "city, salary and contacts varied")
    results = run_at_sizes((small, large), "ct_bench_link_", lambda rows, path: _write(texts, rows, chars, path),
                           lambda path, out: _run(path, out, args.jobs))
    for rows, r in results.items():
        print(f"{rows:>10,} rows: wall {r['wall']:8.1f} s, CPU {r['cpu']:8.1f} s ({rows / r['cpu']:,.0f} rows per "
              f"CPU-second), peak RSS {r['max_rss'] / 2**20:8.1f} MiB")
    s, big = results[small], results[large]
    scale = large / small
    cpu_growth, wall_growth, mem_growth = big["cpu"] / s["cpu"], big["wall"] / s["wall"], big["max_rss"] / s["max_rss"]
    ok = cpu_growth <= GOAL_TIME * scale and mem_growth <= scale
    summary = (f"{large:,} vs {small:,} rows ({scale:g}x): CPU time {big['cpu']:.1f} vs {s['cpu']:.1f} s = "
               f"{cpu_growth:.2f}x (wall {wall_growth:.2f}x), per-row CPU {cpu_growth / scale:.2f}x; peak RSS "
               f"{big['max_rss'] / 2**20:.0f} vs {s['max_rss'] / 2**20:.0f} MiB = {mem_growth:.2f}x")
    return finish("link_scale", summary, f"time <= {GOAL_TIME * scale:g}x, memory <= {scale:g}x", ok, args.quick)


if __name__ == "__main__":
    raise SystemExit(main())

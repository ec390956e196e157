"""`ct-screen serve` under load on loopback, beside screen_many in-process on the same posts, same run.

    python benchmarks/serve_load.py [--workers 2] [--requests 2000] [--seconds 60] [--rss-requests 10000 100000]
                                    [--quick]

Starts the real service (``ct-screen serve`` on 127.0.0.1 and a free port: no other address, ever) with the
bundled model, waits for ``/readyz``, then drives it with 1, 8 and 64 concurrent clients (threads with
keep-alive connections, http.client), each bounded by ``--requests`` and ``--seconds``: single posts to
``/v1/screen`` and batches of 32 to ``/v1/screen/batch``. Prints throughput (posts/s) and p50/p99 latency per
request, wall time, and the ratio to one in-process loop of ``screen()`` (single posts) and to
``screen_many`` (batches) on the same posts, measured in the same run. Then RSS of each worker process after
the first and the second ``--rss-requests`` count of single-post requests (flat: at most 1.1x).

Goal (issue 20): 2 workers at 8 clients reach at least 0.7x the single-post throughput of one in-process
loop; worker RSS after 100,000 requests at most 1.1x RSS after 10,000.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from _bench import finish, header, parser, percentile
from _posts import load_posts

GOAL_RATIO = 0.7
GOAL_RSS = 1.1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(workers: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    cmd = [sys.executable, "-c", "from ct_screen.cli import main; main()", "serve", "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={k: v for k, v in os.environ.items() if k != "CT_SCREEN_TOKEN"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the service exited before it was ready")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/readyz")
            if conn.getresponse().status == 200:
                return proc, port
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the service did not become ready in 120 s")


def _drive(port: int, path: str, bodies: list[bytes], clients: int, limit: int, seconds: float):
    """Send up to ``limit`` requests (or for ``seconds``) from ``clients`` threads; latencies and wall time."""
    lock, latencies, errors = threading.Lock(), [], [0]
    counter = [0]
    stop = time.monotonic() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if counter[0] >= limit or time.monotonic() > stop:
                    return
                i = counter[0]
                counter[0] += 1
            body = bodies[i % len(bodies)]
            start = time.perf_counter()
            conn.request("POST", path, body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            took = time.perf_counter() - start
            with lock:
                latencies.append(took)
                errors[0] += response.status != 200

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - started, errors[0]


def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _workers(proc: subprocess.Popen) -> list[int]:
    """The service's worker processes (its children and theirs, not multiprocessing's resource tracker)."""
    def children(pid: int) -> list[int]:
        path = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(c) for c in path.read_text().split()] if path.exists() else []

    found, todo = [], children(proc.pid)
    while todo:
        pid = todo.pop()
        todo.extend(children(pid))
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        if "resource_tracker" not in cmdline:
            found.append(pid)
    return sorted(found)


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--requests", type=int, default=2000)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--rss-requests", type=int, nargs=2, default=(10_000, 100_000))
    args = p.parse_args()
    if args.quick:
        args.requests, args.seconds, args.rss_requests = 200, 20.0, (300, 600)
    header("serve_load", args.quick)
    from ct_screen import Screener

    texts, source = load_posts(limit=400)
    texts = [t[:2000] for t in texts]
    single = [json.dumps({"text": t}).encode() for t in texts]
    batches = [json.dumps({"posts": [{"text": t} for t in texts[i:i + 32]]}).encode()
               for i in range(0, len(texts) - 31, 32)]
    screener = Screener()
    screener.screen("warm up")
    n = min(len(texts), args.requests)
    start = time.perf_counter()
    for t in texts[:n]:
        screener.screen(t)
    loop_rate = n / (time.perf_counter() - start)
    start = time.perf_counter()
    screener.screen_many(texts[:n])
    many_rate = n / (time.perf_counter() - start)
    print(f"{len(texts)} posts from {source} (cut to 2,000 characters); in-process screen() loop "
          f"{loop_rate:.1f} posts/s, screen_many {many_rate:.1f} posts/s")
    proc, port = _start(args.workers)
    ratio_at_8 = float("nan")
    try:
        for path, bodies, per in (("/v1/screen", single, 1), ("/v1/screen/batch", batches, 32)):
            for clients in (1, 8, 64):
                limit = args.requests if per == 1 else max(1, args.requests // per)
                lat, wall, errors = _drive(port, path, bodies, clients, limit, args.seconds)
                rate = len(lat) * per / wall
                base = loop_rate if per == 1 else many_rate
                print(f"{path:18} {clients:3} clients: {len(lat):6} requests, {rate:8.1f} posts/s "
                      f"({rate / base:.2f}x in-process), p50 {percentile(lat, 50) * 1e3:7.1f} ms, "
                      f"p99 {percentile(lat, 99) * 1e3:7.1f} ms, {errors} errors")
                if per == 1 and clients == 8:
                    ratio_at_8 = rate / loop_rate
        workers = _workers(proc)
        rss = []
        for count in args.rss_requests:
            done = sum(len(_drive(port, "/v1/screen", single, 8, count, 1e9)[0]) for _ in range(1))
            rss.append([_rss_mib(pid) for pid in workers])
            print(f"RSS per worker after {done:,} more single-post requests: "
                  + ", ".join(f"{r:.0f} MiB" for r in rss[-1]))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    growth = max(b / a for a, b in zip(rss[0], rss[1], strict=True)) if rss and rss[0] else float("nan")
    ok = ratio_at_8 >= GOAL_RATIO and growth <= GOAL_RSS
    return finish("serve_load", f"{args.workers} workers at 8 clients {ratio_at_8:.2f}x the in-process single-post "
                  f"loop; worker RSS grew {growth:.2f}x", f">= {GOAL_RATIO}x, RSS <= {GOAL_RSS}x", ok, args.quick)


if __name__ == "__main__":
    sys.exit(main())

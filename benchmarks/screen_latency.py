"""Latency of screen() on 2 KB posts and on 150-character posts against a bare TF-IDF+LogisticRegression.

    python benchmarks/screen_latency.py [--posts 1000] [--size 2048] [--short-size 150] [--profile N] [--quick]

Two sets of posts, each timed the same way: ``--posts`` posts of ``--size``
characters (EMSCAD posts joined and cut), and as many social-style posts of at
most ``--short-size`` characters (an EMSCAD title and the first sentence of its
description; our own posts without the data). Each post is screened with the
bundled model (rules, contacts, classifier, fusion, explanations) and,
interleaved post by post, a bare scikit-learn ``TfidfVectorizer(ngram_range=(1,
2)) + LogisticRegression`` pipeline's ``predict_proba([post])`` runs on the same
text. Prints p50/p99 of both in CPU time (this process's) and wall time, the
median CPU time of each stage of screen() (normalise, contacts, rules, model,
and the rest: language, warnings, evidence, fusion, the result) and, with
``--profile N``, the N functions where screen() spends most time (cProfile) and
the N costliest rules.

Goal (judged on CPU time): screen() p50 <= 2 ms on the 2 KB posts and <= 0.5 ms
on the 150-character posts; the ratio to the bare call is printed beside them.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time

from _bench import (
    finish,
    fitted_baseline,
    header,
    model_description,
    parser,
    percentile,
    screener_for,
    stage_times,
)
from _posts import load_posts, posts_of_size, short_posts

GOAL_P50_MS = {"long": 2.0, "short": 0.5}
"""CPU p50 of screen() per post, in milliseconds, per set of posts."""


def _warm(screener, pipe, posts) -> None:
    """Compile every rule (patterns compile on first use) and touch the model and the baseline."""
    examples = [ex for rule in screener.rules for ex in (*rule.examples, *rule.counter_examples)]
    screener.screen_many(examples)
    for post in posts:
        screener.screen(post)
        pipe.predict_proba([post])


def _interleaved(screener, pipe, posts) -> dict[str, list[float]]:
    """Per-post CPU and wall seconds of screen() and of the bare predict_proba, alternating which goes first."""
    out: dict[str, list[float]] = {"ours": [], "base": [], "ours_wall": [], "base_wall": []}
    clock, cpu = time.perf_counter, time.process_time
    for i, post in enumerate(posts):
        for first in ((True, False) if i % 2 == 0 else (False, True)):
            start, start_cpu = clock(), cpu()
            if first:
                screener.screen(post)
                out["ours"].append(cpu() - start_cpu)
                out["ours_wall"].append(clock() - start)
            else:
                pipe.predict_proba([post])
                out["base"].append(cpu() - start_cpu)
                out["base_wall"].append(clock() - start)
    return out


def _stages(screener, posts) -> dict[str, float]:
    """Median CPU milliseconds per post of each stage of screen(), and of the rest of it."""
    times: dict[str, list[float]] = {}
    for post in posts:
        stages = stage_times(screener, post, clock=time.process_time)
        whole = stages.pop("screen()")
        stages["rest"] = max(0.0, whole - sum(stages.values()))
        stages["screen()"] = whole
        for key, seconds in stages.items():
            times.setdefault(key, []).append(seconds)
    return {key: percentile(v, 50) * 1e3 for key, v in times.items()}


def _profile(screener, posts, top: int) -> None:
    profile = cProfile.Profile()
    profile.enable()
    for post in posts:
        screener.screen(post)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"cProfile of screen() over {len(posts)} posts ({total:.2f} s with profiling overhead); "
          f"top {top} by own time:")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]  # type: ignore[attr-defined]
    for (file, line, func), (_cc, calls, own, cum, _callers) in rows:
        where = file.replace(sys.prefix, "<venv>")
        print(f"  {own / total:6.1%} own {cum / total:6.1%} cum {calls:8d} calls  {func} ({where}:{line})")


def _rule_costs(screener, posts, top: int) -> None:
    """Each rule's share of the rule engine's time (the engine run on one rule at a time)."""
    from ct_screen.normalize import normalize
    from ct_screen.rules.matcher import run_rules

    texts = [normalize(post).text for post in posts]
    costs = []
    for rule in screener.rules:
        start = time.process_time()
        for text in texts:
            run_rules((rule,), text)
        costs.append((time.process_time() - start, rule.id, rule.category))
    total = sum(c for c, _, _ in costs)
    print(f"rule engine, one rule at a time: {total / len(texts) * 1e3:.3f} ms/post (CPU) in all; costliest {top}:")
    for cost, rid, category in sorted(costs, reverse=True)[:top]:
        print(f"  {rid:7} {category:24} {cost / len(texts) * 1e3:8.3f} ms/post {cost / total:6.1%}")


def _measure(screener, pipe, name: str, posts: list[str], args) -> dict[str, float]:
    """Time one set of posts; print its figures; return the CPU p50s (ms) and the ratio."""
    _warm(screener, pipe, posts[: min(20, len(posts))])
    times = _interleaved(screener, pipe, posts)
    row = {}
    for who, label in (("ours", "screen()"), ("base", "bare predict_proba")):
        cpu, wall = times[who], times[f"{who}_wall"]
        row[who] = percentile(cpu, 50) * 1e3
        print(f"  {label:20} CPU p50 {row[who]:8.3f} ms  p99 {percentile(cpu, 99) * 1e3:8.3f} ms  "
              f"mean {sum(cpu) / len(cpu) * 1e3:8.3f} ms   wall p50 {percentile(wall, 50) * 1e3:8.3f} ms")
    row["ratio"] = row["ours"] / row["base"]
    stages = _stages(screener, posts[: min(200, len(posts))])
    print(f"  stages of screen() ({name}), median CPU ms/post: " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()))
    if args.profile:
        _profile(screener, posts[: min(300, len(posts))], args.profile)
        _rule_costs(screener, posts[: min(300, len(posts))], args.profile)
    return row


def main() -> int:
    p = parser(__doc__, model_flag=True)
    p.add_argument("--posts", type=int, default=1000, help="posts to time per set (default 1000; quick: 30)")
    p.add_argument("--size", type=int, default=2048, help="characters per long post (default 2048)")
    p.add_argument("--short-size", type=int, default=150, help="characters per short post at most (default 150)")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions and rules")
    args = p.parse_args()
    n = 30 if args.quick else args.posts
    header("screen_latency", args.quick)
    _, source = load_posts(limit=1)
    long_posts = posts_of_size(args.size, n)
    long_posts = (long_posts * (1 + n // max(1, len(long_posts))))[:n]
    short, short_source = short_posts(n, args.short_size)
    screener = screener_for(args)
    pipe = fitted_baseline(args.quick)
    print(f"ct-screen: {model_description(screener)}, {len(screener.rules)} rules")
    rows = {}
    for name, posts, where in (("long", long_posts, f"{args.size} characters from {source}"),
                               ("short", short, f"<= {args.short_size} characters, {short_source}")):
        print(f"{name} posts: {len(posts)} of {where} (mean {sum(map(len, posts)) / len(posts):,.0f} characters)")
        rows[name] = _measure(screener, pipe, name, posts, args)

    ok = all(rows[name]["ours"] <= GOAL_P50_MS[name] for name in rows)
    summary = "; ".join(
        f"{label}: screen() CPU p50 {rows[name]['ours']:.3f} ms vs bare predict_proba {rows[name]['base']:.3f} ms = "
        f"{rows[name]['ratio']:.2f}x"
        for name, label in (("long", f"{args.size}-char posts"), ("short", f"{args.short_size}-char posts")))
    summary += f" ({n} posts each from {source}, {model_description(screener)})"
    goal = f"CPU p50 <= {GOAL_P50_MS['long']:g} ms on {args.size}-char posts, <= {GOAL_P50_MS['short']:g} ms on " \
           f"{args.short_size}-char posts"
    return finish("screen_latency", summary, goal, ok, args.quick)


if __name__ == "__main__":
    sys.exit(main())

"""Latency of screen() on 2 KB posts against a bare TF-IDF+LogisticRegression predict_proba on one post.

    python benchmarks/screen_latency.py [--posts 1000] [--size 2048] [--profile N] [--quick]

Screens each post with the bundled model (rules, contacts, classifier, fusion,
explanations) and, interleaved post by post, calls a bare scikit-learn
``TfidfVectorizer(ngram_range=(1, 2)) + LogisticRegression`` pipeline's
``predict_proba([post])`` on the same text. Prints p50/p99 of both, the median
time of each stage of screen() (normalise, contacts, rules, model) and, with
``--profile N``, the N functions where screen() spends most time (cProfile).

Goal: screen() p50 <= 2 ms, and p50 within 5x the bare single-post call.
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
from _posts import load_posts, posts_of_size

GOAL_P50_MS = 2.0
GOAL_RATIO = 5.0


def _warm(screener, pipe, posts) -> None:
    """Compile every rule (patterns compile on first use) and touch the model and the baseline."""
    examples = [ex for rule in screener.rules for ex in (*rule.examples, *rule.counter_examples)]
    screener.screen_many(examples)
    for post in posts:
        screener.screen(post)
        pipe.predict_proba([post])


def _interleaved(screener, pipe, posts) -> dict[str, list[float]]:
    """Per-post wall and CPU seconds of screen() and of the bare predict_proba, alternating which goes first.

    CPU time (this process's) is printed beside wall time: on a loaded machine it
    is the better guess of what an idle one would show; the goals use wall time.
    """
    out: dict[str, list[float]] = {"ours": [], "base": [], "ours_cpu": [], "base_cpu": []}
    clock, cpu = time.perf_counter, time.process_time
    for i, post in enumerate(posts):
        for first in ((True, False) if i % 2 == 0 else (False, True)):
            start, start_cpu = clock(), cpu()
            if first:
                screener.screen(post)
                out["ours"].append(clock() - start)
                out["ours_cpu"].append(cpu() - start_cpu)
            else:
                pipe.predict_proba([post])
                out["base"].append(clock() - start)
                out["base_cpu"].append(cpu() - start_cpu)
    return out


def _stages(screener, posts) -> dict[str, float]:
    """Median milliseconds (wall) per post of each stage of screen()."""
    times: dict[str, list[float]] = {}
    for post in posts:
        for key, seconds in stage_times(screener, post).items():
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
    from ct_screen.rules.engine import run_rules

    texts = [normalize(post).text for post in posts]
    costs = []
    for rule in screener.rules:
        start = time.perf_counter()
        for text in texts:
            run_rules((rule,), text)
        costs.append((time.perf_counter() - start, rule.id, rule.category))
    total = sum(c for c, _, _ in costs)
    print(f"rule engine, one rule at a time: {total / len(texts) * 1e3:.3f} ms/post in all; costliest {top}:")
    for cost, rid, category in sorted(costs, reverse=True)[:top]:
        print(f"  {rid:7} {category:24} {cost / len(texts) * 1e3:8.3f} ms/post {cost / total:6.1%}")


def main() -> int:
    p = parser(__doc__, model_flag=True)
    p.add_argument("--posts", type=int, default=1000, help="posts to time (default 1000; quick: 30)")
    p.add_argument("--size", type=int, default=2048, help="characters per post (default 2048)")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    args = p.parse_args()
    n = 30 if args.quick else args.posts
    header("screen_latency", args.quick)
    _, source = load_posts(limit=1)
    posts = posts_of_size(args.size, n)
    posts = (posts * (1 + n // max(1, len(posts))))[:n]
    print(f"posts: {len(posts)} of {args.size} characters from {source}")
    screener = screener_for(args)
    pipe = fitted_baseline(args.quick)
    _warm(screener, pipe, posts[: min(20, len(posts))])
    print(f"ct-screen: {model_description(screener)}, {len(screener.rules)} rules")

    times = _interleaved(screener, pipe, posts)
    ours, base = times["ours"], times["base"]
    o50, o99 = percentile(ours, 50) * 1e3, percentile(ours, 99) * 1e3
    b50, b99 = percentile(base, 50) * 1e3, percentile(base, 99) * 1e3
    oc50, bc50 = percentile(times["ours_cpu"], 50) * 1e3, percentile(times["base_cpu"], 50) * 1e3
    print(f"screen()              p50 {o50:8.3f} ms  p99 {o99:8.3f} ms  mean {sum(ours) / len(ours) * 1e3:8.3f} ms"
          f"   CPU p50 {oc50:8.3f} ms")
    print(f"bare predict_proba    p50 {b50:8.3f} ms  p99 {b99:8.3f} ms  mean {sum(base) / len(base) * 1e3:8.3f} ms"
          f"   CPU p50 {bc50:8.3f} ms")
    stages = _stages(screener, posts[: min(200, len(posts))])
    print("stages of screen(), median ms/post: " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()))
    if args.profile:
        _profile(screener, posts[: min(300, len(posts))], args.profile)
        _rule_costs(screener, posts[: min(300, len(posts))], args.profile)

    ratio = o50 / b50
    ok = o50 <= GOAL_P50_MS and ratio <= GOAL_RATIO
    summary = (f"screen() p50 {o50:.3f} ms (p99 {o99:.3f}, CPU p50 {oc50:.3f}) vs bare predict_proba p50 {b50:.3f} ms "
               f"(p99 {b99:.3f}) = {ratio:.2f}x on {len(posts)} posts of {args.size} chars, {model_description(screener)}")
    return finish("screen_latency", summary, f"p50 <= {GOAL_P50_MS:g} ms and <= {GOAL_RATIO:g}x", ok, args.quick)


if __name__ == "__main__":
    sys.exit(main())

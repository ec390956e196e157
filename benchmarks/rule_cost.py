"""Which rules cost most to run? Per-rule scan time against a one-word baseline pattern, same run.

    python benchmarks/rule_cost.py [--posts 300] [--top 15] [--max-ratio 40]

Prints each of the costliest rules' time per 2 KB post and its ratio to scanning the
same posts with ``\\bfee\\b``; the last line gives the ratio of all rules together.
Exits non-zero when any single rule costs more than ``--max-ratio`` baselines: such a
rule dominates screen() latency and should be rewritten (literal first, no leading
look-behind, no lazy ``[^.]{0,N}?`` spans).
"""

from __future__ import annotations

import argparse
import re
import sys
import time

from _posts import posts_of_size

from ct_screen.normalize import normalize
from ct_screen.rules import builtin_rules
from ct_screen.rules.matcher import plan_for, run_rules


def _time(fn, texts) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return (time.perf_counter() - start) / len(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--max-ratio", type=float, default=40.0)
    args = parser.parse_args()
    texts = [normalize(t).text for t in posts_of_size(2048, args.posts)]
    baseline_re = re.compile(r"\bfee\b")
    baseline = _time(lambda t: list(baseline_re.finditer(t)), texts)
    rules = builtin_rules()
    costs = []
    for rule in rules:
        plan = plan_for(rule)
        cost = _time(lambda t, p=plan.pattern: list(p.finditer(t)), texts)
        costs.append((cost, rule.id, rule.category, "re" if isinstance(plan.pattern, re.Pattern) else "regex",
                      "prefiltered" if plan.prefiltered else "always scanned"))
    costs.sort(reverse=True)
    print(f"{len(texts)} posts of 2 KB; baseline \\bfee\\b scan {baseline * 1e6:.1f} us/post")
    for cost, rid, cat, engine, mode in costs[: args.top]:
        print(f"{rid:7} {cat:24} {cost * 1e3:7.3f} ms/post  {cost / baseline:7.1f}x  {engine:5} {mode}")
    _time(lambda t: run_rules(rules, t), texts)  # warm up: the engine compiles some pattern subsets on first use
    engine_time = _time(lambda t: run_rules(rules, t), texts)
    worst = costs[0][0] / baseline
    print(f"all {len(rules)} rules via the engine: {engine_time * 1e3:.3f} ms/post = {engine_time / baseline:.1f}x "
          f"baseline; worst single rule {worst:.1f}x (goal <= {args.max_ratio:.0f}x)")
    return 0 if worst <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())

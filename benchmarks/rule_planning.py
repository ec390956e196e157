"""Rule start-up: pattern sizes and planning time of today's rules against the rules before the code check.

    python benchmarks/rule_planning.py [--runs 5] [--posts 300] [--quick]

The baseline is the built-in rule set with the three amount rules of unrealistic_pay
(CT130, CT131, CT135) put back as they were: thresholds spelled out as digit-class
alternations (``tests/rules/legacy_unrealistic_pay.py``). For both it prints the
number of patterns, their total and largest size, the CPU time to plan the rules
(parse, literal analysis and compile, :class:`~ct_screen.rules.engine.RuleEngine`;
median of ``--runs``), how many rules the literal prefilter can skip, and the
rules-only time per 2 KB post.

Goal: planning <= 0.5 s CPU, total pattern text <= a quarter of 271,560 characters,
no pattern over about 1,000 characters.
"""

from __future__ import annotations

import sys
import time

from _bench import REPO, finish, header, median, parser
from _posts import posts_of_size

from ct_screen.normalize import normalize
from ct_screen.rules import builtin_rules
from ct_screen.rules.engine import RuleEngine, plan_for

GOAL_PLAN_S = 0.5
GOAL_TOTAL = 271_560 // 4
GOAL_LARGEST = 1_000


def _baseline_rules() -> tuple:
    sys.path.insert(0, str(REPO))
    from tests.rules.legacy_unrealistic_pay import LEGACY_RULES

    legacy = {r.id: r for r in LEGACY_RULES}
    return tuple(legacy.get(r.id, r) for r in builtin_rules())


def _plan_seconds(rules: tuple) -> float:
    plan_for.cache_clear()
    start = time.process_time()
    RuleEngine(rules)
    return time.process_time() - start


def _sizes(rules: tuple) -> tuple[int, int, int, int]:
    sizes = [len(p) for r in rules for p in r.patterns]
    return len(sizes), sum(sizes), max(sizes), sum(s > GOAL_LARGEST for s in sizes)


def _per_post(rules: tuple, texts: list[str]) -> float:
    engine = RuleEngine(rules)
    for text in texts[:20]:
        engine.run(text)  # warm up: subsets of patterns are compiled on first use
    start = time.perf_counter()
    for text in texts:
        engine.run(text)
    return (time.perf_counter() - start) / len(texts)


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--posts", type=int, default=300)
    args = p.parse_args()
    runs, posts = (2, 20) if args.quick else (args.runs, args.posts)
    header("rule_planning", args.quick)
    texts = [normalize(t).text for t in posts_of_size(2048, posts)]
    figures = {}
    for label, rules in (("before (spelled-out thresholds)", _baseline_rules()), ("now (code check)", builtin_rules())):
        count, total, largest, over = _sizes(rules)
        plan = median([_plan_seconds(rules) for _ in range(runs)])
        engine = RuleEngine(rules)
        prefiltered = sum(plan.prefiltered for plan in engine._plans)
        per_post = _per_post(rules, texts)
        figures[label] = (total, largest, plan)
        print(f"{label:34} {count} patterns, {total:,} chars, largest {largest:,}, {over} over {GOAL_LARGEST:,}; "
              f"planning {plan:.3f} s CPU; {prefiltered}/{len(engine._plans)} rules prefiltered; "
              f"rules {per_post * 1e3:.3f} ms per 2 KB post")
    (_, _, old_plan), (total, largest, plan) = figures.values()
    ok = plan <= GOAL_PLAN_S and total <= GOAL_TOTAL and largest <= GOAL_LARGEST
    summary = (f"planning {plan:.3f} s CPU vs {old_plan:.3f} s before = {plan / old_plan:.2f}x; "
               f"{total:,} pattern chars, largest {largest:,}")
    return finish("rule_planning", summary,
                  f"planning <= {GOAL_PLAN_S} s CPU, <= {GOAL_TOTAL:,} chars, largest <= {GOAL_LARGEST:,}", ok,
                  args.quick)


if __name__ == "__main__":
    sys.exit(main())

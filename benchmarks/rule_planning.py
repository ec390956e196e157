"""Rule start-up: pattern sizes and planning time of today's rules against the rules before the code check.

    python benchmarks/rule_planning.py [--runs 5] [--posts 300] [--top 10] [--quick]

The baseline is the built-in rule set with the three amount rules of unrealistic_pay
(CT130, CT131, CT135) put back as they were: thresholds spelled out as digit-class
alternations (``tests/rules/legacy_unrealistic_pay.py``). For both it prints the
number of patterns, their total and largest size, the CPU time to plan the rules
(parse, literal analysis and compile, :class:`~ct_screen.rules.matcher.RuleMatcher`;
median of ``--runs``), how many rules the literal prefilter can skip, and the
rules-only time per 2 KB post.

Then, for today's rules, where the pattern text is: the ``--top`` largest patterns
(rule, pattern name, characters), the characters per category, and the rules as
written: each pattern with its ``{name}`` references to named terms
(:mod:`ct_screen.rules.vocabulary`) plus every term's definition once
(:func:`~ct_screen.rules.vocabulary.written_size`). The expanded text is what the
regular-expression engines compile; the written text is what a rule author reads
and maintains.

Goal: planning <= 0.5 s CPU, total pattern text <= a quarter of 271,560 characters,
no pattern over about 1,000 characters. Both sizes are printed; the goal line judges
the written text, and says the expanded one beside it.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from _bench import REPO, finish, header, median, parser
from _posts import posts_of_size

from ct_screen.normalize import normalize
from ct_screen.rules import builtin_rules, matcher, plan_cache
from ct_screen.rules import native as native_db
from ct_screen.rules.matcher import RuleMatcher, plan_for
from ct_screen.rules.vocabulary import written_size

GOAL_PLAN_S = 0.5
GOAL_TOTAL = 271_560 // 4
GOAL_LARGEST = 1_000


def _baseline_rules() -> tuple:
    sys.path.insert(0, str(REPO))
    from tests.rules.legacy_unrealistic_pay import LEGACY_RULES

    legacy = {r.id: r for r in LEGACY_RULES}
    return tuple(legacy.get(r.id, r) for r in builtin_rules())


def _plan_seconds(rules: tuple, native: bool = False, shipped: bool = True, compiled: bool = False) -> float:
    """CPU time to build an engine: every rule planned (``native=False``), or with the native prefilter, which
    plans a rule only when a text first makes it a candidate (its database is loaded here).

    ``shipped=False`` works out every pattern's facts at start-up, as before the facts were shipped
    (:mod:`ct_screen.rules.plan_cache`); ``compiled=True`` also compiles every rule's pattern, which the
    matcher otherwise does on a rule's first use.
    """
    plan_for.cache_clear()
    native_db._load.cache_clear()
    plan_cache.shipped_facts.cache_clear()
    saved = matcher.cached_facts
    if not shipped:
        matcher.cached_facts = lambda patterns: None
    try:
        start = time.process_time()
        built = RuleMatcher(rules, native=native)
        if compiled:
            for rule in built.rules:
                if rule.patterns:
                    plan_for(rule).pattern  # noqa: B018 - compiled on first use
        return time.process_time() - start
    finally:
        matcher.cached_facts = saved


def _sizes(rules: tuple) -> tuple[int, int, int, int]:
    sizes = [len(p) for r in rules for p in r.patterns]
    return len(sizes), sum(sizes), max(sizes), sum(s > GOAL_LARGEST for s in sizes)


def _where(rules: tuple, top: int) -> tuple[int, int]:
    """Print where the pattern text is; return the written total and largest pattern (:func:`written_size`)."""
    sizes = sorted(((len(p), r.id, name) for r in rules for p, name in zip(r.patterns, r.pattern_names,
                                                                             strict=True)), reverse=True)
    print(f"largest {top} patterns (expanded): " + "; ".join(f"{rid} {name} {n:,}" for n, rid, name in sizes[:top]))
    per_category = Counter()
    for r in rules:
        per_category[r.category] += sum(map(len, r.patterns))
    print("chars per category (expanded): " + ", ".join(f"{c} {n:,}" for c, n in per_category.most_common()))
    total, largest = written_size([p for r in rules for p in r.patterns])
    over = sum(len(p) > GOAL_LARGEST for r in rules for p in r.written_patterns)
    print(f"as written (named terms once each): {total:,} chars, largest {largest:,}, {over} over {GOAL_LARGEST:,}")
    return total, largest


def _per_post(rules: tuple, texts: list[str], native: bool = False) -> float:
    engine = RuleMatcher(rules, native=native)
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
    p.add_argument("--top", type=int, default=10, help="how many of the largest patterns to list")
    args = p.parse_args()
    runs, posts = (2, 20) if args.quick else (args.runs, args.posts)
    header("rule_planning", args.quick)
    texts = [normalize(t).text for t in posts_of_size(2048, posts)]
    figures = {}
    for label, rules in (("before (spelled-out thresholds)", _baseline_rules()), ("now (code check)", builtin_rules())):
        count, total, largest, over = _sizes(rules)
        plan = median([_plan_seconds(rules, shipped=False) for _ in range(runs)])
        prefiltered = sum(plan_for(r).prefiltered for r in rules if r.patterns)
        per_post = _per_post(rules, texts)
        figures[label] = (total, largest, plan)
        print(f"{label:34} {count} patterns, {total:,} chars, largest {largest:,}, {over} over {GOAL_LARGEST:,}; "
              f"planning {plan:.3f} s CPU; {prefiltered}/{sum(1 for r in rules if r.patterns)} rules prefiltered; "
              f"rules {per_post * 1e3:.3f} ms per 2 KB post")
    shipped_plan = median([_plan_seconds(builtin_rules()) for _ in range(runs)])
    shipped_compiled = median([_plan_seconds(builtin_rules(), compiled=True) for _ in range(runs)])
    print(f"{'now, shipped pattern facts':34} planning {shipped_plan:.3f} s CPU; with every rule's pattern compiled "
          f"(done on a rule's first use) {shipped_compiled:.3f} s CPU")
    native_start = median([_plan_seconds(builtin_rules(), native=True) for _ in range(runs)])
    native_on = RuleMatcher(builtin_rules(), native=True).native is not None
    if native_on:
        print(f"{'now, native prefilter':34} start-up {native_start:.3f} s CPU (rules planned when first a "
              f"candidate); rules {_per_post(builtin_rules(), texts, native=True) * 1e3:.3f} ms per 2 KB post")
    else:
        print("native prefilter: not available (pip install 'ct-screen[fast]'); start-up is the planning above")
    total, largest = _where(builtin_rules(), args.top)
    (_, _, old_plan), (expanded, expanded_largest, _) = figures.values()
    plan = shipped_compiled
    ok = plan <= GOAL_PLAN_S and total <= GOAL_TOTAL and largest <= GOAL_LARGEST
    summary = (f"planning with every pattern compiled {plan:.3f} s CPU vs {old_plan:.3f} s before = "
               f"{plan / old_plan:.2f}x "
               f"(start-up with the native prefilter: {native_start:.3f} s CPU{'' if native_on else ', not installed'}); "
               f"{total:,} pattern chars as written, largest {largest:,} "
               f"(expanded {expanded:,}, largest {expanded_largest:,})")
    return finish("rule_planning", summary,
                  f"planning <= {GOAL_PLAN_S} s CPU, <= {GOAL_TOTAL:,} chars, largest <= {GOAL_LARGEST:,}", ok,
                  args.quick)


if __name__ == "__main__":
    sys.exit(main())

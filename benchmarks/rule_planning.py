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
(rule, pattern name, characters), the characters per category, and what the total
would be if each named vocabulary of :mod:`ct_screen.rules.patterns` and the category
modules (every module-level string of 60 characters or more, and the gap helpers)
were written once and referred to wherever it is used: the most that sharing
sub-patterns could save without changing what any rule matches.

Goal: planning <= 0.5 s CPU, total pattern text <= a quarter of 271,560 characters,
no pattern over about 1,000 characters.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from collections import Counter

from _bench import REPO, finish, header, median, parser
from _posts import posts_of_size

from ct_screen.normalize import normalize
from ct_screen.rules import builtin_rules, matcher, patterns, plan_cache
from ct_screen.rules import native as native_db
from ct_screen.rules.matcher import RuleMatcher, plan_for

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


def _vocabularies() -> list[str]:
    """Every named sub-pattern of 60 characters or more: module-level strings of the pattern vocabulary and of
    the category modules, and the gap helpers at each width."""
    import ct_screen.rules.categories as categories

    modules = [patterns] + [importlib.import_module(f"{categories.__name__}.{m.name}")
                            for m in pkgutil.iter_modules(categories.__path__)]
    found = {v for m in modules for v in vars(m).values() if isinstance(v, str) and len(v) >= 60}
    gaps = (patterns.GAP, patterns.GAP_ATOMIC, patterns.GAP_NO_NEG, patterns.GAP_LINES)
    found |= {g % w for g in gaps for w in range(26)} | {patterns.clause_gap(w) for w in range(26)}
    found.add(patterns.NEG_TOKEN)
    return sorted((v for v in found if len(v) >= 60), key=len, reverse=True)


def shared_total(rules: tuple) -> tuple[int, int]:
    """Total pattern text and largest pattern if each named vocabulary were written once and referred to
    (by a 7-character reference) everywhere it is used."""
    texts = [p for r in rules for p in r.patterns]
    definitions = 0
    for vocabulary in _vocabularies():  # longest first, so a vocabulary inside a longer one is counted once
        if any(vocabulary in t for t in texts):
            definitions += len(vocabulary)
            texts = [t.replace(vocabulary, "(?&ref)") for t in texts]
    return sum(map(len, texts)) + definitions, max(map(len, texts))


def _where(rules: tuple, top: int) -> None:
    sizes = sorted(((len(p), r.id, name) for r in rules for p, name in zip(r.patterns, r.pattern_names,
                                                                             strict=True)), reverse=True)
    print(f"largest {top} patterns: " + "; ".join(f"{rid} {name} {n:,}" for n, rid, name in sizes[:top]))
    per_category = Counter()
    for r in rules:
        per_category[r.category] += sum(map(len, r.patterns))
    print("chars per category: " + ", ".join(f"{c} {n:,}" for c, n in per_category.most_common()))
    total, largest = shared_total(rules)
    print(f"with each named vocabulary written once: {total:,} chars, largest {largest:,} "
          f"(a bound for sharing sub-patterns with the same matches)")


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
    _where(builtin_rules(), args.top)
    (_, _, old_plan), (total, largest, _) = figures.values()
    plan = shipped_compiled
    ok = plan <= GOAL_PLAN_S and total <= GOAL_TOTAL and largest <= GOAL_LARGEST
    summary = (f"planning with every pattern compiled {plan:.3f} s CPU vs {old_plan:.3f} s before = "
               f"{plan / old_plan:.2f}x "
               f"(start-up with the native prefilter: {native_start:.3f} s CPU{'' if native_on else ', not installed'}); "
               f"{total:,} pattern chars, largest {largest:,}")
    return finish("rule_planning", summary,
                  f"planning <= {GOAL_PLAN_S} s CPU, <= {GOAL_TOTAL:,} chars, largest <= {GOAL_LARGEST:,}", ok,
                  args.quick)


if __name__ == "__main__":
    sys.exit(main())

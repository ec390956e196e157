"""Hostile input: screen() on 1 MB of adversarial text, and how its time grows from 100 KB to 1 MB.

    python benchmarks/hostile_input.py [--small 100000] [--large 1000000] [--reps 3] [--quick]

Adversarial texts (sizes in characters), each built at both sizes:

* ``near_matches``: every rule's own examples, lightly broken (last word dropped,
  two letters of the longest word swapped, a long filler inserted mid-sentence)
  so patterns start matching and fail late, repeated to size;
* ``near_matches_zw``: the same with a zero-width character after every 9th
  character (100,000 of them in 1 MB);
* ``run_<c>``: one character repeated (``a``, space, ``7``, ``.``);
* ``nesting``: brackets and quotes nested to half the size, a lure at the centre;
* ``obfuscated``: letter-spaced, leetspeak and homoglyph words with phone numbers,
  e-mails, wa.me / t.me links and handles (the normaliser and contact finder's work);
* ``amounts``: amounts like ``usd5k`` beside leetspeak words, each a digit between letters
  (the normaliser once checked each such digit against every amount: 6 s at 100,000);
* ``warnings``: one-word warning sentences, then 400 contacts (each contact was once checked
  against every warning sentence);
* ``quotations``: one warning sentence holding a quotation with a comma, over and over (each clause end was
  once checked against every quotation of its sentence);
* ``mixed``: a slice of each of the above.

Each case is screened at both sizes (medians of ``--reps`` runs, the sizes
interleaved), and the bare TF-IDF+LogisticRegression ``predict_proba`` is timed
on the same 1 MB text for reference.

Goal (issue 18): every case < 0.5 s of CPU time at 1 MB, and time at 1 MB <= 12x time at
100 KB. The growth is judged on this process's CPU time: it is a property of
the algorithms, and on a machine loaded by other jobs the wall time of a short
call is mostly the scheduler's (both growths are printed).
"""

from __future__ import annotations

import random
import sys
import time

from _bench import (
    finish,
    fitted_baseline,
    header,
    median,
    model_description,
    parser,
    screener_for,
    stage_times,
)

GOAL_SECONDS = 0.5
"""CPU seconds any case may take at 1 MB (wall time is printed beside it)."""
GOAL_GROWTH = 12.0
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
FILLER = " and then of course there is the other thing we talked about before "


def _broken(example: str, rng: random.Random) -> list[str]:
    """Three lightly broken copies of a rule example."""
    words = example.split()
    out = []
    if len(words) > 1:
        out.append(" ".join(words[:-1]))
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) > 3:
        i = rng.randrange(1, len(word) - 2)
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        out.append(" ".join([*words[:longest], swapped, *words[longest + 1:]]))
    mid = len(words) // 2
    out.append(" ".join(words[:mid]) + FILLER + " ".join(words[mid:]))
    return out


def near_matches(rules, size: int) -> str:
    rng = random.Random(0)
    pieces = [piece for rule in rules for ex in rule.examples for piece in _broken(ex, rng)]
    return _fill(" ".join(pieces) + " ", size)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def with_zero_width(text: str, every: int = 9) -> str:
    chunks = [text[i:i + every] for i in range(0, len(text), every)]
    out = "".join(c + ZERO_WIDTH[i % len(ZERO_WIDTH)] for i, c in enumerate(chunks))
    return out[: len(text)]


def nesting(size: int) -> str:
    core = " pay the fee first, then WhatsApp me "
    opens, closes = "([{<\"'«", ")]}>\"'»"
    depth = max(0, (size - len(core)) // 2)
    core += " " * (size - len(core) - 2 * depth)
    return "".join(opens[i % 7] for i in range(depth)) + core + "".join(closes[i % 7] for i in reversed(range(depth)))


def obfuscated(size: int) -> str:
    unit = ("t e l e g r a m  w h a t s a p p  w.h.a.t.s.a.p.p t3l3gr4m r3g1str4t10n f33 "
            "\u0440\u0430y \u0430 d\u0435p\u043esit +44 7700 900123 (0044) 7700-900-123 +1 (555) 010-0199 "
            "wa.me/447700900123 t.me/recruit_desk @hr_desk_01 jobs.desk@gmail.com bit.ly/x1y2 "
            "0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 ")
    return _fill(unit, size)


def _warnings_then_contacts(size: int) -> str:
    contacts = " ".join(f"+44 7700 900{i:03d} a{i}@mail{i}.com https://site{i}.com/x @user{i}" for i in range(100))
    return _fill("Scam! ", max(0, size - len(contacts) - 1)) + " " + contacts


def cases(rules, size: int) -> dict[str, str]:
    near = near_matches(rules, size)
    out = {
        "near_matches": near,
        "near_matches_zw": with_zero_width(near),
        "run_a": "a" * size,
        "run_space": " " * size,
        "run_7": "7" * size,
        "run_dot": "." * size,
        "nesting": nesting(size),
        "obfuscated": obfuscated(size),
        "amounts": _fill("usd5k t3st gbp2m pa1d ", size),
        "warnings": _warnings_then_contacts(size),
        "quotations": _fill("beware of fake offers like 'earn 300 a day, pay 50 first', ", size),
    }
    part = -(-size // len(out))
    out["mixed"] = "".join(text[:part] for text in out.values())[:size]
    return out


def main() -> int:
    p = parser(__doc__, model_flag=True)
    p.add_argument("--small", type=int, default=100_000, help="small size in characters (quick: 5,000)")
    p.add_argument("--large", type=int, default=1_000_000, help="large size in characters (quick: 50,000)")
    p.add_argument("--reps", type=int, default=3, help="runs per case and size (quick: 1)")
    p.add_argument("--stages", action="store_true",
                   help="also print the CPU time of each stage of screen() (normalise, contacts, rules, model) "
                        "for every case at the large size")
    args = p.parse_args()
    small, large, reps = (5_000, 50_000, 1) if args.quick else (args.small, args.large, args.reps)
    header("hostile_input", args.quick)
    screener = screener_for(args)
    screener.screen_many([ex for rule in screener.rules for ex in rule.examples])  # compile rules, load model
    pipe = fitted_baseline(args.quick)
    print(f"ct-screen: {model_description(screener)}, {len(screener.rules)} rules; sizes {small:,} and {large:,} "
          f"characters, median of {reps}")
    small_cases, large_cases = cases(screener.rules, small), cases(screener.rules, large)
    zw = sum(large_cases["near_matches_zw"].count(c) for c in ZERO_WIDTH)
    print(f"near_matches_zw at {large:,} characters holds {zw:,} zero-width characters")

    keys = ("small", "large", "small_cpu", "large_cpu")
    times: dict[str, dict[str, list[float]]] = {name: {k: [] for k in keys} for name in small_cases}
    for rep in range(reps):
        for name in small_cases:
            order = ("small", "large") if rep % 2 == 0 else ("large", "small")
            for which in order:
                text = small_cases[name] if which == "small" else large_cases[name]
                start, start_cpu = time.perf_counter(), time.process_time()
                screener.screen(text)
                times[name][which].append(time.perf_counter() - start)
                times[name][f"{which}_cpu"].append(time.process_time() - start_cpu)

    print(f"{'':18} {'wall time':^35} {'CPU time':^35}")
    print(f"{'case':18} {small:>10,} ch {large:>10,} ch  growth {small:>10,} ch {large:>10,} ch  growth"
          f"   bare TF-IDF+LR at {large:,} (wall)")
    worst_time, worst_growth, worst_wall_growth = (0.0, ""), (0.0, ""), (0.0, "")
    for name, t in times.items():
        s, big = median(t["small"]), median(t["large"])
        s_cpu, big_cpu = median(t["small_cpu"]), median(t["large_cpu"])
        start = time.perf_counter()
        pipe.predict_proba([large_cases[name]])
        bare = time.perf_counter() - start
        growth, cpu_growth = big / s, (big_cpu / s_cpu if s_cpu > 0 else float("inf"))
        print(f"{name:18} {s * 1e3:10.1f} ms {big * 1e3:10.1f} ms {growth:6.2f}x {s_cpu * 1e3:10.1f} ms "
              f"{big_cpu * 1e3:10.1f} ms {cpu_growth:6.2f}x {bare * 1e3:10.1f} ms")
        worst_time = max(worst_time, (big_cpu, name))
        worst_growth = max(worst_growth, (cpu_growth, name))
        worst_wall_growth = max(worst_wall_growth, (growth, name))

    if args.stages:
        print(f"CPU ms per stage at {large:,} characters:")
        for name, text in large_cases.items():
            stages = stage_times(screener, text, clock=time.process_time)
            print(f"  {name:18} " + ", ".join(f"{k} {v * 1e3:.1f}" for k, v in stages.items()))

    ok = worst_time[0] < GOAL_SECONDS and worst_growth[0] <= GOAL_GROWTH
    summary = (f"worst CPU time at {large:,} chars {worst_time[0]:.3f} s ({worst_time[1]}); worst growth "
               f"{small:,} -> {large:,} chars {worst_growth[0]:.2f}x in CPU time ({worst_growth[1]}; in wall time "
               f"{worst_wall_growth[0]:.2f}x, {worst_wall_growth[1]}); {model_description(screener)}")
    return finish("hostile_input", summary, f"< {GOAL_SECONDS:g} s CPU at 1 MB, growth <= {GOAL_GROWTH:g}x", ok, args.quick)


if __name__ == "__main__":
    sys.exit(main())

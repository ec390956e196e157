"""Cold start: a fresh interpreter's time to the first screen() result against importing scikit-learn.

    python benchmarks/cold_start.py [--runs 7] [--quick]

Times, in fresh interpreters, round-robin with the order rotated each round:

* ``python -c "import sklearn"`` (the baseline),
* ``python -c "import ct_screen; ct_screen.screen('x')"`` (import, model load, first result),
* ``python -c "import ct_screen"`` (the import alone),

and reports the medians of their CPU time (user + system, from the child's
rusage) and wall time. A further fresh interpreter splits the first result's CPU
time into its stages: the import, building the screener, planning the rules
(built on first use, timed here on its own), loading the model, the first
``screen()`` and, for the record, the first post long enough for the language
detector (which loads its model then). It also checks, with an audit hook on
``open``, that ``import ct_screen`` alone opens no model file and imports no
model-loading module, and that the first ``screen()`` does (so the check can fail).

Goal (judged on CPU time): ``import ct_screen`` and the first ``screen('x')``
take < 0.5 s CPU, interpreter start included; ``import ct_screen`` alone loads
no model.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

from _bench import finish, header, median, parser

GOAL_CPU_S = 0.5

COMMANDS = {
    "import sklearn": "import sklearn",
    "import ct_screen; screen('x')": "import ct_screen; ct_screen.screen('x')",
    "import ct_screen": "import ct_screen",
}

# Run in a fresh interpreter: record every file opened and every module imported, before and after screen().
PROBE = r"""
import json, sys
MODEL_SUFFIXES = (".joblib", ".pkl", ".pickle", ".npz", ".npy", ".skops", ".safetensors")
opened = []
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes)):
        opened.append(args[0] if isinstance(args[0], str) else args[0].decode("utf-8", "replace"))
sys.addaudithook(hook)
def model_files():
    return sorted({p for p in opened if p.endswith(MODEL_SUFFIXES) or p.endswith("manifest.json")})
def model_modules():
    return sorted(m for m in sys.modules if m.startswith("ct_screen.model.") and m != "ct_screen.model.api")
import ct_screen
after_import = {"files": model_files(), "modules": model_modules(), "sklearn": "sklearn" in sys.modules}
screener = ct_screen.Screener()
result = screener.screen("Pay a registration fee of $50 and message me on WhatsApp")
after_screen = {"files": model_files(), "modules": model_modules(), "sklearn": "sklearn" in sys.modules,
                "model": screener.model is not None}
print(json.dumps({"import": after_import, "screen": after_screen}))
"""


# Run in a fresh interpreter: the CPU time of each stage of the first result.
STAGES = r"""
import json, time
cpu = time.process_time
marks = [("start", cpu())]
import ct_screen
marks.append(("import ct_screen", cpu()))
from ct_screen.screener import ScreenerSpec
screener = ScreenerSpec().shared()
marks.append(("build the screener", cpu()))
from ct_screen.rules.matcher import matcher_for
matcher_for(screener.rules)
marks.append(("plan the rules", cpu()))
screener.model
marks.append(("load the model", cpu()))
screener.screen("x")
marks.append(("first screen('x')", cpu()))
screener.screen("We are hiring drivers for the summer season, send your CV and two references today")
marks.append(("first readable post (language model)", cpu()))
print(json.dumps({b[0]: b[1] - a[1] for a, b in zip(marks, marks[1:])}))
"""


def _run(code: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, from the child's rusage) of a fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"python -c {code!r} failed:\n{done.stderr}")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _probe() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"probe failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--runs", type=int, default=7, help="fresh interpreters per command (default 7; quick: 1)")
    args = p.parse_args()
    runs = 1 if args.quick else args.runs
    header("cold_start", args.quick)
    if not args.quick:
        for code in COMMANDS.values():  # warm the OS file cache and the .pyc files once, untimed
            _run(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    cpu: dict[str, list[float]] = {name: [] for name in COMMANDS}
    names = list(COMMANDS)
    for i in range(runs):
        for name in names[i % len(names):] + names[: i % len(names)]:
            wall, used = _run(COMMANDS[name])
            times[name].append(wall)
            cpu[name].append(used)
    for name, values in times.items():
        print(f"python -c \"{COMMANDS[name]}\"".ljust(62) + f" median {median(values):6.3f} s, CPU "
              f"{median(cpu[name]):6.3f} s  (runs: {', '.join(f'{v:.2f}' for v in values)})")

    probe = _probe()
    imp, scr = probe["import"], probe["screen"]
    print(f"after `import ct_screen`: model files opened {imp['files'] or 'none'}; model modules "
          f"{imp['modules'] or 'none'}; sklearn imported: {imp['sklearn']}")
    print(f"after the first screen(): model loaded: {scr['model']}; model files opened {scr['files'] or 'none'}; "
          f"model modules {scr['modules'] or 'none'}; sklearn imported: {scr['sklearn']}")
    no_model_on_import = not imp["files"] and not imp["modules"]
    check_can_fail = not scr["model"] or bool(scr["files"])
    if not check_can_fail:
        print("warning: a model was loaded but no model file was seen opening; the file check is blind")

    stages = _stages()
    first_stages = {k: v for k, v in stages.items() if not k.startswith("first readable")}
    total = sum(first_stages.values())
    print(f"CPU of the first result by stage (one fresh interpreter, {total:.3f} s in all after its start): "
          + ", ".join(f"{k} {v:.3f} s ({v / total:.0%})" for k, v in first_stages.items()))
    print(f"  rules planning: {stages['plan the rules']:.3f} s of it; "
          f"without it {total - stages['plan the rules']:.3f} s; then the first readable post: "
          f"{stages['first readable post (language model)']:.3f} s")

    base_cpu, first_cpu, bare_cpu = (median(cpu[n]) for n in names)
    ok = first_cpu < GOAL_CPU_S and no_model_on_import and check_can_fail
    summary = (f"import + first screen() CPU {first_cpu:.3f} s (wall {median(times[names[1]]):.3f} s; rules planning "
               f"{stages['plan the rules']:.3f} s of it) vs import sklearn CPU {base_cpu:.3f} s "
               f"= {first_cpu / base_cpu:.2f}x; import ct_screen alone CPU {bare_cpu:.3f} s, loads no model: "
               f"{'yes' if no_model_on_import else 'NO'}; "
               f"{'model loaded on first screen()' if scr['model'] else 'no model (rules only)'}")
    return finish("cold_start", summary, f"< {GOAL_CPU_S:g} s CPU for import and first screen(), import loads no model",
                  ok, args.quick and no_model_on_import)


def _stages() -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", STAGES], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"stage probe failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())

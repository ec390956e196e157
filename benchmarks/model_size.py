"""The bundled model's size on disk and load time, against a bare TF-IDF+LogisticRegression pipeline's.

    python benchmarks/model_size.py [--runs 5] [--quick]

Finds the bundled model by loading it (``Screener(model="default").model``) in
a fresh interpreter with an audit hook on ``open``: the files it opens are the
model, and their folder is what ships. Reports the bytes of those files and of
the whole folder. Load time is measured in fresh interpreters (scikit-learn,
joblib and ct_screen already imported, so only the load itself counts: checksum,
unpickling, set-up), interleaved with the baseline: a bare pipeline
(``TfidfVectorizer(ngram_range=(1, 2), min_df=2)`` + ``LogisticRegression``)
fitted on the same posts, saved with ``joblib.dump`` to /tmp and loaded with
``joblib.load``.

Goal: bundled model <= 25 MB on disk, load <= 1 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _bench import finish, fitted_baseline, header, median, parser

GOAL_BYTES = 25 * 10**6
GOAL_LOAD_S = 1.0

MODEL_PROBE = r"""
import json, os, sys, time
import joblib, numpy, scipy.sparse, sklearn
import ct_screen
opened = []
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes)):
        opened.append(args[0] if isinstance(args[0], str) else args[0].decode("utf-8", "replace"))
screener = ct_screen.Screener()
sys.addaudithook(hook)
start, start_cpu = time.perf_counter(), time.process_time()
model = screener.model
seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
package = os.path.dirname(os.path.abspath(ct_screen.__file__))
def is_model_file(path):
    path = os.path.abspath(path)
    if path.endswith((".py", ".pyc", ".so", ".pth")) or path.startswith(("/proc/", "/sys/", "/dev/")):
        return False
    if path.startswith(sys.base_prefix) or ("site-packages" in path and not path.startswith(package)):
        return False
    return os.path.isfile(path)
files = sorted({os.path.abspath(p) for p in opened if is_model_file(p)})
print(json.dumps({"seconds": seconds, "cpu": cpu, "loaded": model is not None, "files": files,
                  "version": getattr(model, "version", None)}))
"""

BASELINE_PROBE = r"""
import json, sys, time
import joblib, numpy, scipy.sparse, sklearn
import ct_screen
start, start_cpu = time.perf_counter(), time.process_time()
pipe = joblib.load(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - start_cpu}))
"""


def _probe(code: str, *argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"probe failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _files_on_disk(paths: list[str]) -> tuple[int, Path | None, int]:
    """Bytes of the opened files, their common folder and its bytes."""
    files = [Path(p).resolve() for p in paths if Path(p).is_file()]
    if not files:
        return 0, None, 0
    folder = Path(os.path.commonpath(files))
    if folder.is_file():
        folder = folder.parent
    return sum(f.stat().st_size for f in files), folder, sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main() -> int:
    import joblib

    p = parser(__doc__)
    p.add_argument("--runs", type=int, default=5, help="fresh interpreters per load (default 5; quick: 1)")
    args = p.parse_args()
    runs = 1 if args.quick else args.runs
    header("model_size", args.quick)
    pipe = fitted_baseline(args.quick)
    ours: list[float] = []
    base: list[float] = []
    ours_cpu: list[float] = []
    base_cpu: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ct_bench_model_") as tmp:
        baseline_file = Path(tmp) / "baseline.joblib"
        joblib.dump(pipe, baseline_file)
        base_bytes = baseline_file.stat().st_size
        first = _probe(MODEL_PROBE)
        for i in range(runs):
            for which in (("model", "base") if i % 2 == 0 else ("base", "model")):
                got = _probe(MODEL_PROBE) if which == "model" else _probe(BASELINE_PROBE, str(baseline_file))
                (ours if which == "model" else base).append(got["seconds"])
                (ours_cpu if which == "model" else base_cpu).append(got["cpu"])
    print(f"bare pipeline (joblib.dump): {base_bytes / 1e6:.2f} MB; load median {median(base):.3f} s, "
          f"CPU {median(base_cpu):.3f} s "
          f"(runs: {', '.join(f'{v:.3f}' for v in base)})")
    if not first["loaded"]:
        print("ct-screen: no bundled model: Screener(model='default') screens with rules only")
        return finish("model_size", "no bundled model to measure (rules only)",
                      f"<= {GOAL_BYTES / 1e6:g} MB, load <= {GOAL_LOAD_S:g} s", False, args.quick)
    opened_bytes, folder, folder_bytes = _files_on_disk(first["files"])
    print(f"ct-screen model {first['version']}: files opened while loading: "
          + ", ".join(f"{Path(f).name} ({Path(f).stat().st_size / 1e6:.2f} MB)" for f in first["files"]))
    print(f"  folder {folder}: {folder_bytes / 1e6:.2f} MB in all; load median {median(ours):.3f} s, "
          f"CPU {median(ours_cpu):.3f} s "
          f"(runs: {', '.join(f'{v:.3f}' for v in ours)})")
    size = max(opened_bytes, folder_bytes)
    load = median(ours)
    ok = size <= GOAL_BYTES and load <= GOAL_LOAD_S
    summary = (f"model {size / 1e6:.2f} MB on disk, load {load:.3f} s vs bare pipeline {base_bytes / 1e6:.2f} MB, "
               f"load {median(base):.3f} s = {size / base_bytes:.2f}x size, {load / median(base):.2f}x load time")
    return finish("model_size", summary, f"<= {GOAL_BYTES / 1e6:g} MB, load <= {GOAL_LOAD_S:g} s", ok, args.quick)


if __name__ == "__main__":
    sys.exit(main())

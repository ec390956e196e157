"""What every benchmark script shares: the --quick flag, the baseline pipeline, timing and the final line.

Every script measures ct-screen and a baseline in the same run (these machines
are noisy), prints its figures, then one final line::

    <name>: <figures> = <ratio> (goal: <goal>) -> OK | MISSED

and exits 1 when the goal is missed. With ``--quick`` it runs small sizes and
never fails on timings (CI mode: it only has to keep working).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def parser(doc: str | None, *, model_flag: bool = False) -> argparse.ArgumentParser:
    """An argument parser with ``--quick`` (and ``--no-model``) and the script's docstring as help."""
    first = (doc or "").strip().splitlines()[0] if doc else ""
    p = argparse.ArgumentParser(description=first, formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=doc)
    p.add_argument("--quick", action="store_true",
                   help="small sizes for CI; timings are printed but never fail the run")
    if model_flag:
        p.add_argument("--no-model", action="store_true",
                       help="screen with the rules only (Screener(model=None), ct-screen score --no-model)")
    return p


def screener_for(args: argparse.Namespace):
    """The Screener a script measures: the bundled model, or rules only with ``--no-model``."""
    from ct_screen import Screener

    return Screener(model=None) if getattr(args, "no_model", False) else Screener()


def load_average() -> str:
    """The 1/5/15-minute load averages and the core count, for the record."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return f"load average unknown, {os.cpu_count()} cores"
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def header(name: str, quick: bool) -> None:
    """Print what is measured where: script, mode, Python, scikit-learn, machine load."""
    import sklearn

    mode = "quick (CI: timings never fail)" if quick else "full"
    print(f"== {name} [{mode}] python {platform.python_version()}, scikit-learn {sklearn.__version__}, "
          f"{load_average()}")


def model_description(screener: Any) -> str:
    """``model <version>`` or ``no model (rules only)`` for a Screener."""
    model = screener.model
    return f"model {model.version}" if model is not None else "no model (rules only)"


def baseline_pipeline(texts: Sequence[str], labels: Sequence[int], weights: Sequence[float] | None = None):
    """The bare baseline: TF-IDF (word 1-2 grams) + LogisticRegression, fitted on ``texts``.

    The same settings as the classifier issue's baseline:
    ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)`` and
    ``LogisticRegression(class_weight="balanced")``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                         LogisticRegression(class_weight="balanced", max_iter=1000))
    fit_params = {} if weights is None else {"logisticregression__sample_weight": list(weights)}
    pipe.fit(list(texts), list(labels), **fit_params)
    return pipe


def fitted_baseline(quick: bool):
    """The baseline fitted on the labelled posts (a few hundred of them in quick mode)."""
    from _posts import load_labelled

    texts, labels, weights, source = load_labelled(limit=250 if quick else None)
    pipe = baseline_pipeline(texts, labels, weights)
    vocab = len(pipe[0].vocabulary_)
    print(f"baseline: TF-IDF(1-2 grams, min_df=2)+LogisticRegression fitted on {len(texts)} posts from {source} "
          f"({vocab:,} terms)")
    return pipe


def timed(fn: Callable[[], Any]) -> float:
    """Seconds taken by one call of ``fn``."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def stage_times(screener: Any, post: Any, clock: Callable[[], float] = time.perf_counter) -> dict[str, float]:
    """Seconds of each stage of ``screener.screen(post)``: the same functions called one by one.

    Stages: normalise (join fields, normalise), contacts, rules (the rule engine),
    model (what the classifier is given, :func:`ct_screen.reading.model_view`, and ``predict_many``, when
    there is a model), then a whole ``screen()``
    of the same post for comparison (its excess over the stages is evidence,
    fusion and building the result).
    """
    from ct_screen.contacts import extract_contacts
    from ct_screen.fields import join_fields
    from ct_screen.normalize import normalize
    from ct_screen.reading import model_view
    from ct_screen.rules.matcher import scan_rules

    model = screener.model
    t0 = clock()
    text = join_fields(post).text
    norm = normalize(text)
    t1 = clock()
    contacts = extract_contacts(norm)
    t2 = clock()
    skipped = scan_rules(screener.rules, norm.text).skipped
    t3 = clock()
    if model is not None:
        view = model_view(norm, contacts, (), skipped)
        model.predict_many([view.text], [view.contacts])
    t4 = clock()
    screener.screen(post)
    t5 = clock()
    out = {"normalise": t1 - t0, "contacts": t2 - t1, "rules": t3 - t2, "model": t4 - t3, "screen()": t5 - t4}
    if model is None:
        del out["model"]
    return out


def console_script(name: str = "ct-screen") -> list[str]:
    """The command line that runs ``ct-screen`` with this interpreter's environment."""
    beside = Path(sys.executable).with_name(name)
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(name)
    if found:
        return [found]
    return [sys.executable, "-c", "from ct_screen.cli import main; main()"]


TIME = "/usr/bin/time"


def time_v_report(cmd: Sequence[str], returncode: int, err: str, seconds: float) -> dict[str, float]:
    """Check and read a command's ``/usr/bin/time -v`` report; print the command and its summary line.

    Returns ``wall`` (``seconds``), ``cpu`` (user + system seconds) and ``max_rss``
    (bytes). Exits with the command's error output if it failed.
    """
    if returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({returncode}):\n{err[-3000:]}")

    def grab(label: str) -> float:
        found = re.search(rf"{re.escape(label)}: ([\d.]+)", err)
        if found is None:
            raise SystemExit(f"no {label!r} in the output of {TIME} -v:\n{err[-3000:]}")
        return float(found.group(1))

    summary = next((line for line in err.splitlines()
                    if line.startswith("ct-screen: ") and not line.startswith("ct-screen: note:")), "")
    print(f"  $ {TIME} -v ct-screen {' '.join(cmd[len(console_script()):])}\n    {seconds:.1f} s; {summary}")
    return {"wall": seconds, "cpu": grab("User time (seconds)") + grab("System time (seconds)"),
            "max_rss": grab("Maximum resident set size (kbytes)") * 1024}


def time_v(cmd: Sequence[str]) -> dict[str, float]:
    """Run ``cmd`` under ``/usr/bin/time -v``: see :func:`time_v_report`."""
    start = time.perf_counter()
    proc = subprocess.run([TIME, "-v", *cmd], capture_output=True, text=True)
    return time_v_report(cmd, proc.returncode, proc.stderr, time.perf_counter() - start)


def run_at_sizes(sizes: Sequence[int], prefix: str, write: Callable[[int, Path], None],
                 run: Callable[[Path, Path], dict[str, float]]) -> dict[int, dict[str, float]]:
    """For each row count: ``write`` a CSV of that many rows to a temporary folder, ``run`` on it, delete it."""
    results = {}
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        for rows in sizes:
            path = Path(tmp) / f"posts_{rows}.csv"
            write(rows, path)
            print(f"{rows:,} rows ({path.stat().st_size / 1e6:.1f} MB):")
            results[rows] = run(path, Path(tmp) / "out.csv")
            path.unlink()
    return results


def finish(name: str, summary: str, goal: str, ok: bool, quick: bool) -> int:
    """Print the final line and return the exit status (always 0 in quick mode)."""
    print(f"[after the run: {load_average()}]")
    verdict = "OK" if ok else ("MISSED (quick mode: not failing)" if quick else "MISSED")
    print(f"{name}: {summary} (goal: {goal}) -> {verdict}")
    return 0 if ok or quick else 1

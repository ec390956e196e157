"""Quick mode, small samples and output folders, so notebooks run in CI in minutes.

With ``CT_SCREEN_QUICK=1`` the notebooks train with the library's quick grid
and work on a class-stratified sample of the posts; everything they write goes
to a folder they are given (``CT_SCREEN_OUT``, else ``out/``, which git
ignores), never into ``models/``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["QUICK_ENV", "OUT_ENV", "quick_mode", "sample_posts", "output_dir", "show"]

QUICK_ENV, OUT_ENV = "CT_SCREEN_QUICK", "CT_SCREEN_OUT"


def quick_mode(environ: dict[str, str] | None = None) -> bool:
    """True when ``CT_SCREEN_QUICK`` is set to anything but ``""``, ``0``, ``false`` or ``no``."""
    value = (os.environ if environ is None else environ).get(QUICK_ENV, "")
    return value.strip().lower() not in ("", "0", "false", "no")


def sample_posts(df: pd.DataFrame, n: int | None, *, seed: int = 0) -> pd.DataFrame:
    """A class-stratified random sample of ``n`` rows (all rows if ``n`` is None or not smaller).

    Each class keeps its share (at least one row each); rows keep their
    original order and the index is reset. ``attrs`` are cleared: the sample is
    not the file it came from, so a model trained on it does not claim the
    file's checksum.
    """
    if n is None or n >= len(df):
        return df
    if n < 2:
        raise ValueError(f"a sample needs at least 2 rows, got {n}")
    if "fraudulent" not in df.columns:
        raise ValueError("sample_posts needs a 'fraudulent' column to stratify on")
    parts = []
    for _, rows in df.groupby("fraudulent", sort=True):
        k = max(1, round(n * len(rows) / len(df)))
        parts.append(rows.sample(n=min(k, len(rows)), random_state=seed))
    out = pd.concat(parts).sort_index().reset_index(drop=True)
    out.attrs = {}
    return out


def output_dir(name: str, base: str | os.PathLike[str] | None = None) -> Path:
    """``<base>/<name>``, created: ``base`` else ``$CT_SCREEN_OUT`` else ``out``."""
    root = Path(base if base is not None else os.environ.get(OUT_ENV) or "out")
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def show(figure: Any, path: str | os.PathLike[str]) -> Any:
    """Save ``figure`` as PNG at ``path`` and return it as an image a notebook displays.

    Outside IPython the saved path is returned instead.
    """
    from .plots import save_figure

    saved = save_figure(figure, path)
    try:
        from IPython.display import Image
    except ImportError:  # pragma: no cover - IPython comes with the notebooks extra
        return saved
    return Image(filename=str(saved))

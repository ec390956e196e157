"""``score_frame``: screen the posts of a DataFrame and add the ``ct_*`` columns.

This is the one place a table row becomes a post and a screened post becomes
cells; :func:`ct_screen.batch.run.score_file` streams a file through the same
two steps, :func:`prepare` and :func:`assemble`, one chunk at a time.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from ..fields import field_text
from ..fuse import Thresholds
from ..screener import Screener, ScreenerSpec
from ..thresholds import ThresholdFileError, load_thresholds
from .columns import BANDS_ORDER, CT_COLUMNS, ColumnPlan, error_cells, resolve_columns
from .errors import BatchError
from .options import DEFAULT_CHUNK_SIZE, DEFAULT_MAX_CHARS
from .pool import Cells, ordered_map

__all__ = ["score_frame", "prepare", "assemble", "make_screener", "filter_band", "sort_by_score",
           "DEFAULT_MAX_CHARS", "DEFAULT_CHUNK_SIZE"]



def make_screener(screener: Screener | None = None, *, model: Any = "default",
                  rules: str | os.PathLike[str] | None = None,
                  thresholds: Thresholds | str | os.PathLike[str] | None = None,
                  model_sha256: str | None = None) -> Screener:
    """The screener to use: the given one, the process-wide shared one, or a new one with extra rules.

    ``thresholds`` (a :class:`~ct_screen.fuse.Thresholds` or a file written by
    :func:`ct_screen.thresholds.save_thresholds`) replaces the model's band
    cut-offs; a file chosen on another model's scores is refused (``BatchError``).
    ``model_sha256`` pins the model file's hash (see :class:`~ct_screen.Screener`).
    """
    if screener is not None:
        for name, value in (("thresholds", thresholds), ("model_sha256", model_sha256)):
            if value is not None:
                raise BatchError(f"give the {name} to the Screener (Screener({name}=...)), not beside it")
        return screener
    if thresholds is not None:
        base = make_screener(model=model, rules=rules, model_sha256=model_sha256)
        return replace(base.spec, thresholds=_thresholds(thresholds, base)).build()
    spec = ScreenerSpec(model=model, extra_rules=rules, model_sha256=model_sha256)
    if rules is None and model_sha256 is None and (model is None or (isinstance(model, str) and model == "default")):
        return spec.shared()  # the same instance screen() uses: the default model loads once per process
    return spec.build()


def _thresholds(spec: Thresholds | str | os.PathLike[str], screener: Screener) -> Thresholds:
    if isinstance(spec, Thresholds):
        return spec
    if not isinstance(spec, str | os.PathLike):
        raise TypeError(f"thresholds must be Thresholds or a path, not {type(spec).__name__}")
    try:  # the model version is "none" without a model: a file chosen on a model's scores is refused
        return load_thresholds(spec, model_version=screener.version["model"])
    except FileNotFoundError:
        raise BatchError(f"no thresholds file at {str(spec)!r}") from None
    except ThresholdFileError as exc:
        raise BatchError(str(exc)) from None


def _text(label: Hashable, value: Any) -> str:
    """A cell's text, read as ``screen()`` reads a field (:func:`~ct_screen.fields.field_text`); missing is empty.

    Raises ``TypeError`` for a list or an object (a nested JSON value): a row error, see :func:`prepare`.
    """
    if value is pd.NA or value is pd.NaT:
        return ""
    text = field_text(str(label), value, what="column")
    return "" if text is None else text


def _positions(frame: pd.DataFrame, labels: Sequence[Hashable]) -> list[int]:
    positions = []
    for label in labels:
        loc = frame.columns.get_loc(label)
        if not isinstance(loc, int | np.integer):
            raise BatchError(f"column {str(label)!r} appears more than once; rename one of them")
        positions.append(int(loc))
    return positions


def prepare(frame: pd.DataFrame, plan: ColumnPlan, *, max_chars: int = DEFAULT_MAX_CHARS,
            row_errors: Sequence[str | None] | None = None) -> tuple[list[dict[str, str]], list[int], list[str | None]]:
    """Turn rows into posts; say which rows cannot be scored.

    Returns
    -------
    posts : list of dict
        One mapping of fields per scorable row.
    rows : list of int
        The row position of each post.
    errors : list of str or None
        Per row, why it is not scored (``None`` for scored rows).
    """
    columns = [frame.iloc[:, p].tolist() for p in _positions(frame, plan.text_columns)]
    errors: list[str | None] = list(row_errors) if row_errors is not None else [None] * len(frame)
    posts: list[dict[str, str]] = []
    rows: list[int] = []
    for i, values in enumerate(zip(*columns, strict=True)):
        if errors[i] is not None:
            continue
        post: dict[str, str] = {}
        for key, label, value in zip(plan.keys, plan.text_columns, values, strict=True):
            try:
                post[key] = _text(label, value)
            except TypeError as exc:
                errors[i] = f"{exc}; not scored"
                break
        if errors[i] is not None:
            continue
        size = sum(len(v) for v in post.values())
        if size > max_chars:
            errors[i] = f"text too long to score: {size:,} characters, over the limit of {max_chars:,}"
        elif not any(v.strip() for v in post.values()):
            errors[i] = "empty text" if len(post) == 1 else f"empty text in {', '.join(map(str, plan.text_columns))}"
        else:
            posts.append(post)
            rows.append(i)
    return posts, rows, errors


def assemble(frame: pd.DataFrame, cells: Sequence[Cells], rows: Sequence[int], errors: Sequence[str | None],
             warnings: Sequence[str | None] | None = None) -> pd.DataFrame:
    """The input columns unchanged, then the ``ct_*`` columns (old ``ct_*`` columns are replaced)."""
    table: list[Cells] = [error_cells(e) if e is not None else () for e in errors]
    for row, row_cells in zip(rows, cells, strict=True):
        table[row] = row_cells
    if warnings is not None:
        at = CT_COLUMNS.index("ct_error")
        for i, warning in enumerate(warnings):
            if warning is not None and table[i][at] is None:  # a scored row: the warning goes in ct_error
                table[i] = (*table[i][:at], warning, *table[i][at + 1:])
    if any(not t for t in table):
        raise AssertionError("a scored row has no cells")
    stale = [c for c in frame.columns if c in CT_COLUMNS]
    out = frame.drop(columns=stale) if stale else frame.copy(deep=False)
    by_column = list(zip(*table, strict=True)) if table else [() for _ in CT_COLUMNS]
    for name, values in zip(CT_COLUMNS, by_column, strict=True):
        dtype = np.float64 if name == "ct_score" else object
        out[name] = np.array(values, dtype=dtype) if len(values) else np.array([], dtype=dtype)
    return out


def filter_band(frame: pd.DataFrame, min_band: str | None) -> pd.DataFrame:
    """Keep rows at or above ``min_band``, and rows that could not be scored (nothing is lost silently)."""
    if min_band is None:
        return frame
    if min_band not in BANDS_ORDER:
        raise BatchError(f"min_band must be one of {', '.join(BANDS_ORDER)}, not {min_band!r}")
    floor = BANDS_ORDER[min_band]
    keep = [not isinstance(b, str) or BANDS_ORDER.get(b, 0) >= floor for b in frame["ct_band"].tolist()]
    return frame[np.array(keep, dtype=bool)] if len(frame) else frame


def sort_by_score(frame: pd.DataFrame) -> pd.DataFrame:
    """Highest score first; ties keep input order; unscored rows last."""
    return frame.sort_values("ct_score", ascending=False, kind="stable", na_position="last")


def score_frame(df: pd.DataFrame, text_columns: str | Sequence[Hashable] | None = None, *,
                id_column: Hashable | None = None, screener: Screener | None = None, model: Any = "default",
                rules: str | os.PathLike[str] | None = None, min_band: str | None = None, sort: bool = False,
                max_chars: int = DEFAULT_MAX_CHARS, jobs: int = 1, chunk_size: int = DEFAULT_CHUNK_SIZE,
                thresholds: Thresholds | str | os.PathLike[str] | None = None,
                model_sha256: str | None = None) -> pd.DataFrame:
    """Screen every row of a DataFrame; return it with the ``ct_*`` columns added.

    Parameters
    ----------
    df : pandas.DataFrame
        One post per row. It is not modified.
    text_columns : str or sequence, optional
        Columns that hold the post, joined as the fields of one post (as
        ``screen({...})`` joins a mapping). Default: the EMSCAD field names
        present (``title``, ``company_profile``, ``description`` ...), else a
        single obvious text column (``text``, ``body``, ``post`` ...).
    id_column : label, optional
        A column identifying each post; checked to exist.
    screener : Screener, optional
        Screen with this screener (else one from ``model`` and ``rules``).
    model : "default", None or path
        The model (``None``: rules only). Ignored when ``screener`` is given.
    rules : path, optional
        Extra rules (YAML/TOML). Ignored when ``screener`` is given.
    min_band : {"low", "review", "high"}, optional
        Keep only rows at or above this band (and rows that could not be scored).
    sort : bool
        Highest score first (stable); else input order.
    max_chars : int
        Rows whose text is longer are not scored (``ct_error``).
    jobs : int
        Worker processes (each loads the model once).
    chunk_size : int
        Rows per unit of work.
    thresholds : Thresholds or path, optional
        Band cut-offs instead of the model's: a :class:`~ct_screen.fuse.Thresholds`
        or a file from :func:`ct_screen.thresholds.save_thresholds` (refused if
        chosen on another model). Not with ``screener`` (give them to it).
    model_sha256 : str, optional
        The sha256 of the model file you trust; another model file is refused
        (``ModelIntegrityError``). Not with ``screener`` (give it to it).

    Returns
    -------
    pandas.DataFrame
        ``df``'s columns and index, then ``ct_score`` (float, NaN when not
        scored), ``ct_band``, ``ct_categories`` (``;``-joined ids),
        ``ct_reasons`` and ``ct_top_terms`` (``"; "``-joined), ``ct_contacts``
        (``kind:value``, ``;``-joined), ``ct_notices`` (notice codes,
        ``;``-joined), ``ct_evidence`` (JSON text: each rule that fired with its
        evidence spans, see :data:`~ct_screen.batch.columns.JSON_COLUMNS`) and
        ``ct_error`` (why a row was not
        scored, or a warning about it; ``None`` otherwise). One row per input
        row, in input order unless ``sort``.

    Raises
    ------
    BatchError
        If a named column is missing, no text column can be found, or the
        thresholds file is missing, invalid or chosen on another model.

    Examples
    --------
    >>> import pandas as pd
    >>> from ct_screen import score_frame
    >>> out = score_frame(pd.DataFrame({"text": ["Pay a $50 fee, then WhatsApp me"]}), model=None)
    >>> list(out.columns)[1:3]
    ['ct_score', 'ct_band']
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"score_frame() takes a pandas DataFrame, not {type(df).__name__}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    plan = resolve_columns(list(df.columns), text_columns, id_column)
    local = make_screener(screener, model=model, rules=rules, thresholds=thresholds, model_sha256=model_sha256)
    bounds = [(a, min(a + chunk_size, len(df))) for a in range(0, len(df), chunk_size)] or [(0, 0)]

    def work():
        for a, b in bounds:
            chunk = df.iloc[a:b]
            posts, rows, errors = prepare(chunk, plan, max_chars=max_chars)
            yield (chunk, rows, errors), posts

    parts = [assemble(chunk, cells, rows, errors)
             for (chunk, rows, errors), cells, _ in ordered_map(work(), local.spec, jobs=jobs, screener=local)]
    out = parts[0] if len(parts) == 1 else pd.concat(parts, axis=0)
    out = filter_band(out, min_band)
    return sort_by_score(out) if sort else out

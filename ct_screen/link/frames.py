"""Turn what :func:`ct_screen.link_posts` is given (an iterable or a DataFrame) into posts, ids and scores."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..fields import TEXT_FIELDS

__all__ = ["resolve_input", "frame_posts", "default_text_columns"]


def default_text_columns(columns: Iterable[str]) -> list[str]:
    """``["text"]`` if there is a ``text`` column, else the EMSCAD text fields present.

    Raises
    ------
    ValueError
        If neither is there: say which columns hold the post (``text_columns=``).
    """
    columns = list(columns)
    if "text" in columns:
        return ["text"]
    found = [c for c in TEXT_FIELDS if c in columns]
    if not found:
        raise ValueError(f"no 'text' column and none of {list(TEXT_FIELDS)}: pass text_columns= "
                         f"(columns are {columns[:20]})")
    return found


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return value if isinstance(value, str) else str(value)


def frame_posts(frame: Any, text_columns: Sequence[str] | None = None) -> Iterator[str | dict[str, str]]:
    """The posts of a DataFrame, in row order.

    One column that is not an EMSCAD field name gives plain strings; otherwise
    each post is a mapping of the chosen columns (so that ``company_profile`` is
    linked on). Missing cells are empty strings.
    """
    columns = list(text_columns) if text_columns is not None else default_text_columns(frame.columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"text columns not in the frame: {missing}")
    values = [frame[c].tolist() for c in columns]
    if len(columns) == 1 and columns[0] not in TEXT_FIELDS:
        return (_cell(v) for v in values[0])
    return ({c: _cell(v) for c, v in zip(columns, row, strict=True)} for row in zip(*values, strict=True))


def _column_or(frame: Any, spec: Sequence[Any] | str | None, what: str) -> Sequence[Any] | None:
    if isinstance(spec, str):
        if spec not in frame.columns:
            raise KeyError(f"{what} column {spec!r} not in the frame")
        return frame[spec].tolist()
    return spec


def resolve_input(posts: Any, *, ids: Sequence[Any] | str | None, text_columns: Sequence[str] | None,
                  scores: Sequence[Any] | str | None) -> tuple[Iterable[Any], Sequence[Any] | None, Sequence[Any] | None]:
    """``(posts, ids, scores)`` for the linker, whatever form the input takes."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if pd is not None and isinstance(posts, pd.DataFrame):
        post_ids = _column_or(posts, ids, "ids")
        if post_ids is None:
            post_ids = posts.index.tolist()
        return frame_posts(posts, text_columns), post_ids, _column_or(posts, scores, "scores")
    if isinstance(posts, str | bytes) or (pd is not None and isinstance(posts, pd.Series) and text_columns):
        raise TypeError("link_posts() takes an iterable of posts or a DataFrame, not a single post")
    if isinstance(ids, str) or isinstance(scores, str):
        raise TypeError("ids= and scores= name columns only for DataFrame input; pass sequences")
    if text_columns is not None:
        raise TypeError("text_columns= applies to DataFrame input only")
    return posts, ids, scores

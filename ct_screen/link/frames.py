"""Turn what :func:`ct_screen.link_posts` is given (an iterable or a DataFrame) into posts, ids and scores."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Any

import pandas as pd

__all__ = ["resolve_input", "frame_posts"]


def _cell(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def frame_posts(frame: pd.DataFrame, text_columns: str | Sequence[Hashable] | None = None
                ) -> Iterator[dict[str, str]]:
    """The posts of a DataFrame, in row order, chosen as :func:`ct_screen.score_frame` chooses them.

    Each post is a mapping of the text columns (EMSCAD field names in their
    canonical form, so that ``company_profile`` is linked on); missing cells are
    empty strings.

    Raises
    ------
    ct_screen.batch.BatchError
        (a ``ValueError``) if a named column is missing or no text column can be chosen.
    """
    from ..batch.columns import resolve_columns

    plan = resolve_columns(list(frame.columns), text_columns)
    values = [frame[c].tolist() for c in plan.text_columns]
    return ({k: _cell(v) for k, v in zip(plan.keys, row, strict=True)} for row in zip(*values, strict=True))


def _column_or(frame: Any, spec: Sequence[Any] | str | None, what: str) -> Sequence[Any] | None:
    if isinstance(spec, str):
        if spec not in frame.columns:
            raise KeyError(f"{what} column {spec!r} not in the frame")
        return frame[spec].tolist()
    return spec


def resolve_input(posts: Any, *, ids: Sequence[Any] | str | None, text_columns: Sequence[str] | None,
                  scores: Sequence[Any] | str | None) -> tuple[Iterable[Any], Sequence[Any] | None, Sequence[Any] | None]:
    """``(posts, ids, scores)`` for the linker, whatever form the input takes."""
    if isinstance(posts, pd.DataFrame):
        post_ids = _column_or(posts, ids, "ids")
        if post_ids is None:
            post_ids = posts.index.tolist()
        return frame_posts(posts, text_columns), post_ids, _column_or(posts, scores, "scores")
    if isinstance(posts, str | bytes):
        raise TypeError("link_posts() takes an iterable of posts or a DataFrame, not a single post")
    if isinstance(ids, str) or isinstance(scores, str):
        raise TypeError("ids= and scores= name columns only for DataFrame input; pass sequences")
    if text_columns is not None:
        raise TypeError("text_columns= applies to DataFrame input only")
    return posts, ids, scores

"""The work behind the routes, free of HTTP: screen one post, a batch, link posts, score an uploaded export.

Each function takes a ``deadline`` (a :func:`time.monotonic` value): a batch
or an upload stops screening when it passes, so one large request cannot hold
a worker's thread much beyond the service's timeout.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..batch.formats import FORMATS, detect_format, name_suffixes
from ..screener import Screener
from .errors import ApiError
from .schemas import LinkBody, parse_post, post_chars, post_value

__all__ = ["screen_batch", "link_rows", "score_upload", "ScoredFile", "upload_format", "BATCH_CHUNK",
           "error_entry"]

BATCH_CHUNK = 16
"""Posts screened together (the classifier runs once per chunk); the deadline is checked between chunks."""

UPLOAD_CHUNK = 200


def error_entry(index: int, code: str, message: str) -> dict[str, Any]:
    """The entry that stands in a batch's results for a post that could not be screened."""
    return {"index": index, "error": {"code": code, "message": message}}


def _prepared(posts: Sequence[Any], max_chars: int) -> list[str | dict[str, str] | dict[str, Any]]:
    out: list[Any] = []
    for i, item in enumerate(posts):
        try:
            post = parse_post(item, i)
        except ApiError as exc:
            out.append(error_entry(i, exc.code, exc.message))
            continue
        if post_chars(post) > max_chars:
            out.append(error_entry(i, "post_too_large", f"post {i} has {post_chars(post)} characters; the limit "
                                                        f"is {max_chars}"))
            continue
        out.append(post)
    return out


def screen_batch(screener: Screener, posts: Sequence[Any], *, max_chars: int, deadline: float) -> list[dict[str, Any]]:
    """One entry per post, in order: ``screen(post).to_dict()`` or an error entry; never a lost or shifted row."""
    prepared = _prepared(posts, max_chars)
    entries: list[dict[str, Any] | None] = [p if _is_error(p) else None for p in prepared]
    todo = [i for i, p in enumerate(prepared) if not _is_error(p)]
    for start in range(0, len(todo), BATCH_CHUNK):
        chunk = todo[start:start + BATCH_CHUNK]
        if time.monotonic() > deadline:
            for i in todo[start:]:
                entries[i] = error_entry(i, "timeout", f"post {i} was not screened: the request ran out of time")
            break
        for i, result in zip(chunk, _screen_chunk(screener, [prepared[i] for i in chunk], chunk), strict=True):
            entries[i] = result
    return [e for e in entries if e is not None]


def _is_error(item: Any) -> bool:
    return isinstance(item, dict) and "error" in item and "index" in item


def _screen_chunk(screener: Screener, posts: list[Any], indices: list[int]) -> list[dict[str, Any]]:
    try:
        return [r.to_dict() for r in screener.screen_many(posts)]
    except Exception:  # isolate the post that fails, keep the others
        out = []
        for i, post in zip(indices, posts, strict=True):
            try:
                out.append(screener.screen(post).to_dict())
            except Exception as exc:
                out.append(error_entry(i, "invalid_post", f"post {i} could not be screened ({type(exc).__name__})"))
        return out


def _json_safe(value: Any) -> Any:
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()  # numpy scalar
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def link_rows(body: LinkBody) -> list[dict[str, Any]]:
    """``link_posts(...).to_frame()`` as JSON-safe rows, in input order."""
    from ..link import link_posts

    kwargs: dict[str, Any] = {"template_threshold": body.template_threshold, "max_share": body.max_share,
                              "min_common": body.min_common}
    if body.link_on is not None:
        kwargs["link_on"] = body.link_on
    campaigns = link_posts([post_value(p) for p in body.posts], ids=body.ids, **kwargs)
    frame = campaigns.to_frame()
    return [{k: _json_safe(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def upload_format(filename: str) -> str:
    """The format suffix of an uploaded export's name (``.csv``, ``.jsonl.gz`` ...); 415 for any other."""
    name = filename.lower()
    suffixes = name_suffixes()
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    raise ApiError("unknown_format", f"cannot tell the format from the file name; name it with one of "
                                     f"{', '.join(suffixes)}")


@dataclass(frozen=True)
class ScoredFile:
    """A scored export: its bytes, media type, name and row counts."""

    content: bytes
    media_type: str
    filename: str
    rows: int
    errors: int


def _deadline_stage(deadline: float):  # noqa: ANN202 - a batch Stage
    def stage(frames: Iterator[Any]) -> Iterator[Any]:
        for frame in frames:
            if time.monotonic() > deadline:
                raise TimeoutError
            yield frame
    return stage


def score_upload(screener: Screener, content: bytes, filename: str, *, text_columns: list[str] | None,
                 max_chars: int, deadline: float) -> ScoredFile:
    """Score an uploaded export with :func:`ct_screen.batch.score_file` and return the scored file.

    Raises
    ------
    ApiError
        ``unknown_format`` for a name without a known suffix, ``unreadable_file``
        when the batch layer cannot read it (its message says why), ``timeout``
        when the deadline passed.
    """
    from ..batch import BatchError, score_file

    suffix = upload_format(filename)
    kind = detect_format(f"upload{suffix}").kind
    with tempfile.TemporaryDirectory(prefix="ct-serve-") as tmp:
        source, target = Path(tmp) / f"upload{suffix}", Path(tmp) / f"scored{suffix}"
        source.write_bytes(content)
        try:
            summary = score_file(source, target, screener=screener, jobs=1, progress=False, chunk_size=UPLOAD_CHUNK,
                                 text_columns=text_columns, max_chars=max_chars, stages=[_deadline_stage(deadline)])
        except BatchError as exc:
            raise ApiError("unreadable_file", str(exc).replace(str(source), "the uploaded file")) from None
        except TimeoutError:
            raise ApiError("timeout", "the file was not scored: the request ran out of time; send a smaller "
                                      "file or use 'ct-screen score'") from None
        stem = Path(filename).name[: -len(suffix)] or "export"
        media = "application/gzip" if suffix.endswith(".gz") else FORMATS[kind].media_type
        return ScoredFile(target.read_bytes(), media, f"{_safe_stem(stem)}.scored{suffix}", summary.rows,
                          summary.errors)


def _safe_stem(stem: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem)[:80].strip("._")
    return cleaned or "export"

"""The routes: ``/v1/screen``, ``/v1/screen/batch``, ``/v1/link``, ``/v1/score-file``, ``/v1/rules``,
``/healthz``, ``/readyz`` and ``/metrics``.

Each route checks the limits of its request, then runs the library in a worker
thread under the service's timeout. CPU work never runs on the event loop, so
``/healthz`` and ``/metrics`` answer while posts are being screened.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

import anyio
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from ..rules import category_descriptions
from ..screener import Screener
from .errors import ApiError
from .metrics import CONTENT_TYPE, Metrics
from .options import ServeOptions
from .schemas import BatchBody, LinkBody, PostBody, post_chars, post_value
from .work import link_rows, score_upload, screen_batch

__all__ = ["router", "ServiceState", "TIMEOUT_GRACE"]

log = logging.getLogger("ct_screen.serve")
T = TypeVar("T")

TIMEOUT_GRACE = 5.0
"""Seconds past the timeout that a batch's last chunk may take before the request is answered 503."""


@dataclass(frozen=True)
class ServiceState:
    """What a worker process holds: its options, its one screener and its metrics."""

    options: ServeOptions
    screener: Screener
    metrics: Metrics

    @property
    def version(self) -> dict[str, str]:
        return self.screener.version


router = APIRouter()


def _state(request: Request) -> ServiceState:
    state = getattr(request.app.state, "service", None)
    if state is None:
        raise ApiError("not_ready", "the service is still loading its model; try again shortly")
    return state


async def _run(state: ServiceState, fn: Callable[[float], T]) -> T:
    """Run ``fn(deadline)`` in a worker thread; 503 if it takes longer than the timeout (plus grace)."""
    timeout = state.options.timeout
    deadline = time.monotonic() + timeout
    try:
        with anyio.fail_after(timeout + TIMEOUT_GRACE):
            return await anyio.to_thread.run_sync(fn, deadline, abandon_on_cancel=True)
    except TimeoutError:
        raise ApiError("timeout", f"the request took longer than {timeout:g} seconds") from None
    except ApiError:
        raise
    except Exception as exc:  # no stack trace, no message (it could quote the post) leaves the service
        log.error("internal error %s in %s", type(exc).__name__, getattr(fn, "__name__", "work"))
        raise ApiError("internal_error", "the service failed on this request; it has been logged") from None


def _check_post_size(post: str | dict[str, str], limit: int, label: str = "the post") -> None:
    chars = post_chars(post)
    if chars > limit:
        raise ApiError("post_too_large", f"{label} has {chars} characters; the limit is {limit}")


@router.post("/v1/screen", tags=["screen"], summary="Screen one post",
             response_description="Exactly ct_screen.screen(post).to_dict()")
async def screen_one(body: PostBody, request: Request) -> JSONResponse:
    """Screen one post (``text`` or EMSCAD-style ``fields``); the answer is ``screen(post).to_dict()``."""
    state = _state(request)
    post = post_value(body)
    _check_post_size(post, state.options.max_post_chars)
    result = await _run(state, lambda deadline: state.screener.screen(post).to_dict())
    state.metrics.count_bands([result["band"]])
    return JSONResponse(result)


@router.post("/v1/screen/batch", tags=["screen"], summary="Screen posts in order")
async def screen_many(body: BatchBody, request: Request) -> JSONResponse:
    """Screen up to ``max_batch_posts`` posts. ``results[i]`` belongs to ``posts[i]``: the post's
    ``to_dict()``, or ``{"index": i, "error": {"code", "message"}}`` if it could not be screened."""
    state = _state(request)
    limit = state.options.max_batch_posts
    if len(body.posts) > limit:
        raise ApiError("too_many_posts", f"{len(body.posts)} posts in one request; the limit is {limit}")
    results = await _run(state, lambda deadline: screen_batch(
        state.screener, body.posts, max_chars=state.options.max_post_chars, deadline=deadline))
    errors = [r["error"]["code"] for r in results if "error" in r]
    state.metrics.count_bands(r.get("band", "error") for r in results)
    for code in errors:
        state.metrics.count_error(code)
    return JSONResponse({"results": results, "count": len(results), "errors": len(errors), "version": state.version})


@router.post("/v1/link", tags=["link"], summary="Link posts into campaigns")
async def link(body: LinkBody, request: Request) -> JSONResponse:
    """Link posts by shared contacts, company profiles and near-identical text: one row per post, in order,
    as ``link_posts(...).to_frame()`` (``post_id``, ``campaign_id``, ``campaign_size``, ``campaign_links``)."""
    state = _state(request)
    limit = state.options.max_link_posts
    if len(body.posts) > limit:
        raise ApiError("too_many_posts", f"{len(body.posts)} posts in one request; the limit is {limit}")
    for i, post in enumerate(body.posts):
        _check_post_size(post_value(post), state.options.max_post_chars, f"post {i}")
    rows = await _run(state, lambda deadline: link_rows(body))
    return JSONResponse({"rows": rows, "version": state.version})


FileName = Annotated[str, Query(max_length=255, description=(
    "The export's file name; its suffix tells the format: .csv, .tsv, .jsonl, .parquet (text formats may end in .gz)"))]
TextColumns = Annotated[list[str] | None, Query(description="Columns holding the post (default as in 'ct-screen score')")]


@router.post("/v1/score-file", tags=["screen"], summary="Score an uploaded export",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
             response_class=Response)
async def score_file(request: Request, filename: FileName, text_column: TextColumns = None) -> Response:
    """Score an export (the raw file as the body) as ``ct-screen score`` does and get the scored file back."""
    state = _state(request)
    content = await request.body()
    scored = await _run(state, lambda deadline: score_upload(
        state.screener, content, filename, text_columns=text_column, max_chars=state.options.max_post_chars,
        deadline=deadline))
    return Response(scored.content, media_type=scored.media_type, headers={
        "Content-Disposition": f'attachment; filename="{scored.filename}"',
        "X-CT-Screen-Rows": str(scored.rows), "X-CT-Screen-Row-Errors": str(scored.errors)})


@router.get("/v1/rules", tags=["rules"], summary="The rule catalogue")
async def rules(request: Request) -> JSONResponse:
    """Every rule in force (built-in and extra, less disabled ones) and the built-in categories."""
    state = _state(request)
    rows = [{"id": r.id, "category": r.category, "severity": r.severity, "weight": r.weight, "name": r.name,
             "explanation": r.explanation} for r in state.screener.rules]
    return JSONResponse({"rules": rows, "categories": category_descriptions(), "version": state.version})


@router.get("/healthz", tags=["service"], summary="Alive")
async def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@router.get("/readyz", tags=["service"], summary="Ready: screener and model loaded")
async def readyz(request: Request) -> JSONResponse:
    """200 once the screener (and its model) is loaded, with the versions; 503 before."""
    state = _state(request)
    model_loaded = state.screener.version["model"] != "none"
    return JSONResponse({"ready": True, "model_loaded": model_loaded, "version": state.version})


@router.get("/metrics", tags=["service"], summary="Prometheus metrics", response_class=Response)
async def metrics(request: Request) -> Response:
    """Requests, latency histogram, posts by band and errors, in the Prometheus text format."""
    state = _state(request)
    return Response(state.metrics.exposition(), media_type=CONTENT_TYPE)


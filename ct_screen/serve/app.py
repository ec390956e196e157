"""``create_app``: the ASGI app of ``ct-screen serve``.

The screener is built (model loaded, one warm-up post screened) in the app's
lifespan, which uvicorn runs in each worker process before that worker accepts
its first request. Middleware, outermost first: CORS (only if origins are
configured), metrics, the guard (versions, token, limits, JSON checks).
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..screener import Screener
from .api import ServiceState, router
from .auth import load_token
from .errors import ApiError, error_body, error_response
from .limits import GuardMiddleware, GuardSettings
from .metrics import Metrics, MetricsMiddleware
from .options import OPTIONS_ENV, ServeOptions
from .schemas import PostBody
from .screening import build_screener

__all__ = ["create_app", "app_from_env", "STATIC_DIR"]

log = logging.getLogger("ct_screen.serve")

STATIC_DIR = Path(str(resources.files(__package__) / "static"))
"""The triage page's files, shipped in the package."""

PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _version(app: FastAPI) -> dict[str, str]:
    state = getattr(app.state, "service", None)
    return state.version if state is not None else {"package": __version__}


def _count_error(app: FastAPI, code: str) -> None:
    state = getattr(app.state, "service", None)
    if state is not None:
        state.metrics.count_error(code)


def create_app(options: ServeOptions | None = None, *, screener: Screener | None = None) -> FastAPI:
    """Build the service for ``options`` (the safe defaults if ``None``).

    The bearer token is read here (``options.token_file`` or ``CT_SCREEN_TOKEN``);
    the screener is built when the app starts (its lifespan), not here.

    Parameters
    ----------
    options : ServeOptions, optional
        The settings.
    screener : Screener, optional
        A screener already built from ``options`` (see
        :func:`~ct_screen.serve.screening.build_screener`), used instead of
        building one at start-up.

    Returns
    -------
    fastapi.FastAPI
        An ASGI app; run it with uvicorn or :func:`ct_screen.serve.run`.

    Raises
    ------
    ValueError
        If the token file cannot be read or holds too short a token.
    """
    options = options or ServeOptions()
    token = load_token(options.token_file)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ready = screener if screener is not None else build_screener(options)
        app.state.service = ServiceState(options=options, screener=ready, metrics=Metrics(ready.version))
        log.info("ct-screen serve worker %d ready: versions %s, token %s", os.getpid(), ready.version,
                 "required" if token else "not required")
        yield

    app = FastAPI(title="ct-screen", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Screen posts for scam and human-trafficking recruitment: a calibrated score, a band "
                              "and the evidence. Send 'Authorization: Bearer <token>' when the service has a token.")
    app.state.service = None
    app.include_router(router)
    _add_page(app)
    _add_error_handlers(app)
    endpoints = frozenset({getattr(r, "path", "") for r in router.routes} | {"/", "/openapi.json"})
    app.add_middleware(GuardMiddleware, settings=GuardSettings(  # type: ignore[arg-type]
        token=token, max_body_bytes=options.max_body_bytes, max_upload_bytes=options.max_upload_bytes,
        body_timeout=options.timeout), version=lambda: _version(app), on_error=lambda code: _count_error(app, code))
    app.add_middleware(MetricsMiddleware, metrics=_LazyMetrics(app), endpoints=lambda: endpoints)  # type: ignore[arg-type]
    if options.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(options.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    _add_schemas(app)
    return app


class _LazyMetrics:
    """The worker's :class:`Metrics` once the lifespan made them; requests before that are not counted."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app

    def __getattr__(self, name: str):  # noqa: ANN204
        state = getattr(self._app.state, "service", None)
        if state is None:
            return _Ignore()
        return getattr(state.metrics, name)


class _Ignore:
    def labels(self, *args: object) -> _Ignore:
        return self

    def inc(self, *args: object) -> None:
        pass

    def observe(self, *args: object) -> None:
        pass


def _add_page(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        _count_error(request.app, exc.code)
        return error_response(exc, _version(request.app))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": list(e.get("loc", ())), "type": e.get("type", ""), "message": e.get("msg", "")}
                   for e in exc.errors()]  # never the 'input': it may be post text
        where = "; ".join(f"{'.'.join(str(p) for p in d['loc'])}: {d['message']}" for d in details[:5])
        return await api_error(request, ApiError("invalid_request", f"the request does not fit the schema ({where})",
                                                 details=details))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
        if code is None:
            return JSONResponse(error_body("internal_error", str(exc.detail), _version(request.app)),
                                status_code=exc.status_code)
        message = "no such endpoint" if code == "not_found" else f"{request.method} is not allowed here"
        return error_response(ApiError(code, message), _version(request.app))


def _add_schemas(app: FastAPI) -> None:
    """Put :class:`PostBody` in the OpenAPI components (the batch items refer to it)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.setdefault("PostBody", PostBody.model_json_schema(ref_template="#/components/schemas/{model}"))
            schema["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def app_from_env() -> FastAPI:
    """The app for a uvicorn worker process: options from ``CT_SCREEN_SERVE_OPTIONS`` (see ``server.run``)."""
    text = os.environ.get(OPTIONS_ENV)
    return create_app(ServeOptions.from_json(text) if text else None)

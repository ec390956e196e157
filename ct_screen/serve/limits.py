"""The guard in front of every route: version headers, the token, body limits, UTF-8 and JSON checks.

A pure ASGI middleware, so that it acts before a body is read: a request
without the token is refused before any byte of its body is taken in, and a
body larger than the limit is refused as soon as its ``Content-Length`` or its
running size says so. A JSON body is decoded and parsed here once, so that a
body that is not UTF-8 or not JSON gets a 400 that names the problem; the
route then sees the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import anyio

from .auth import token_matches
from .errors import ApiError, error_response

__all__ = ["GuardMiddleware", "GuardSettings", "VERSION_HEADERS"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

VERSION_HEADERS = {"package": "x-ct-screen-package", "rules": "x-ct-screen-rules", "model": "x-ct-screen-model"}
"""Response headers that carry the versions, on every response."""

OPEN_PATHS = frozenset({"/", "/healthz", "/readyz", "/openapi.json", "/favicon.ico"})
"""Paths that need no token (the page's own files are under ``/static/``)."""


@dataclass(frozen=True)
class GuardSettings:
    """What the guard enforces."""

    token: str | None
    max_body_bytes: int
    max_upload_bytes: int
    body_timeout: float
    raw_body_paths: frozenset[str] = frozenset({"/v1/score-file"})


def _is_open(path: str) -> bool:
    return path in OPEN_PATHS or path.startswith("/static/")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def check_json(body: bytes) -> None:
    """Raise :class:`ApiError` unless ``body`` is UTF-8 JSON; the message names what is wrong and where."""
    if not body.strip():
        raise ApiError("empty_body", "the request body is empty; send a JSON object")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError("not_utf8", f"the request body is not UTF-8 (invalid byte at offset {exc.start}); "
                                   "send JSON encoded as UTF-8") from None
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ApiError("invalid_json", f"the request body is not valid JSON: {exc.msg} at line {exc.lineno}, "
                                       f"column {exc.colno}") from None
    except RecursionError:
        raise ApiError("invalid_json", "the request body nests JSON too deeply") from None


class GuardMiddleware:
    """Version headers, token, body size limit, UTF-8 and JSON checks, in that order.

    Parameters
    ----------
    app : ASGI app
    settings : GuardSettings
    version : callable
        Returns the ``{package, rules, model}`` versions to put in the headers.
    on_error : callable, optional
        Told the code of every request the guard refuses (for the metrics).
    """

    def __init__(self, app: ASGIApp, settings: GuardSettings, version: Callable[[], dict[str, str]],
                 on_error: Callable[[str], None] | None = None) -> None:
        self.app = app
        self.settings = settings
        self.version = version
        self.on_error = on_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        version = self.version()
        extra = [(VERSION_HEADERS[k].encode(), str(v).encode("latin-1", "replace")) for k, v in version.items()
                 if k in VERSION_HEADERS]

        async def send_with_versions(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            receive = await self._checked(scope, receive)
        except ApiError as exc:
            if self.on_error is not None:
                self.on_error(exc.code)
            await error_response(exc, version)(scope, receive, send_with_versions)
            return
        await self.app(scope, receive, send_with_versions)

    async def _checked(self, scope: Scope, receive: Receive) -> Receive:
        path = scope.get("path", "")
        settings = self.settings
        if settings.token is not None and not _is_open(path) \
                and not token_matches(_header(scope, b"authorization"), settings.token):
            raise ApiError("unauthorized", "a bearer token is required: send 'Authorization: Bearer <token>'")
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            return receive
        raw = path in settings.raw_body_paths
        limit = settings.max_upload_bytes if raw else settings.max_body_bytes
        too_large = ApiError("body_too_large", f"the request body is larger than the limit of {limit} bytes"
                             + ("" if raw else "; send fewer or shorter posts per request"))
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            raise too_large
        body = await self._read_body(receive, limit, too_large)
        if not raw:
            check_json(body)
        return _replay(body, receive)

    async def _read_body(self, receive: Receive, limit: int, too_large: ApiError) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            with anyio.fail_after(self.settings.body_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        break
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > limit:
                        raise too_large
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            raise ApiError("body_timeout", f"the request body did not arrive within {self.settings.body_timeout:g} "
                                           "seconds") from None
        return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay

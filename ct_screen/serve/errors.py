"""Error responses of the service: a stable code, a plain message, the versions; never a stack trace."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

__all__ = ["ApiError", "error_body", "error_response", "ERROR_CODES"]

ERROR_CODES = {
    "unauthorized": 401,
    "body_too_large": 413,
    "post_too_large": 413,
    "too_many_posts": 413,
    "empty_body": 400,
    "not_utf8": 400,
    "invalid_json": 400,
    "invalid_request": 422,
    "invalid_post": 422,
    "unknown_format": 415,
    "unreadable_file": 400,
    "body_timeout": 408,
    "timeout": 503,
    "not_ready": 503,
    "not_found": 404,
    "method_not_allowed": 405,
    "internal_error": 500,
}
"""Every error code the service answers with, and its HTTP status."""


class ApiError(Exception):
    """A request the service refuses, with a stable ``code`` and a message naming the problem.

    The message must never hold post text: it is sent to the client and may be logged.
    """

    def __init__(self, code: str, message: str, *, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.message = message
        self.details = details

    @property
    def status(self) -> int:
        return ERROR_CODES[self.code]


def error_body(code: str, message: str, version: dict[str, str] | None,
               details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """``{"error": {"code", "message"[, "details"]}, "version": {...}}``."""
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return {"error": error, "version": version or {}}


def error_response(exc: ApiError, version: dict[str, str] | None) -> JSONResponse:
    """The JSON response for an :class:`ApiError`."""
    headers = {"WWW-Authenticate": "Bearer"} if exc.code == "unauthorized" else None
    return JSONResponse(error_body(exc.code, exc.message, version, exc.details), status_code=exc.status,
                        headers=headers)

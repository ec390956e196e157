"""Every setting of the service, in one frozen value that travels to worker processes as JSON.

This module imports nothing of the web stack, so the command line can check
its options and say what to install before anything heavy is loaded.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = ["ServeOptions", "WebStackMissing", "check_web_stack", "OPTIONS_ENV"]

OPTIONS_ENV = "CT_SCREEN_SERVE_OPTIONS"
"""Environment variable through which :func:`ct_screen.serve.server.run` hands the options to its workers."""

WEB_STACK = ("fastapi", "uvicorn", "prometheus_client")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class WebStackMissing(RuntimeError):
    """The optional web stack is not installed (``pip install "ct-screen[serve]"``)."""


def check_web_stack() -> None:
    """Raise :class:`WebStackMissing` naming what to install if the ``serve`` extra is missing."""
    missing = [name for name in WEB_STACK if importlib.util.find_spec(name) is None]
    if missing:
        raise WebStackMissing(f"the service needs {', '.join(missing)}: pip install \"ct-screen[serve]\"")


@dataclass(frozen=True)
class ServeOptions:
    """Settings of ``ct-screen serve``; the defaults are the safe ones.

    Parameters
    ----------
    host, port : str, int
        Address to bind: loopback unless told otherwise.
    workers : int
        Worker processes, each with its own screener.
    model : str or None
        ``"default"`` (the bundled model), a model folder, or ``None`` for rules only.
    rules : str, optional
        Extra rules file (YAML/TOML).
    thresholds : str, optional
        Band cut-offs file (see :func:`ct_screen.thresholds.load_thresholds`).
    model_sha256 : str, optional
        The sha256 the model file must have (the hash pin); needs a
        :class:`~ct_screen.Screener` that takes ``model_sha256``.
    token_file : str, optional
        File holding the bearer token; else the ``CT_SCREEN_TOKEN`` environment
        variable; neither: no token asked.
    max_body_bytes : int
        Largest JSON request body (413 beyond).
    max_post_chars : int
        Largest post, in characters over all its fields (413 for one post; an
        error entry in a batch).
    max_batch_posts, max_link_posts : int
        Most posts in one ``/v1/screen/batch`` or ``/v1/link`` request.
    max_upload_bytes : int
        Largest export uploaded to ``/v1/score-file``.
    timeout : float
        Seconds a request may take before it is answered 503; a batch or an
        upload stops screening at that point too.
    cors_origins : tuple of str
        Origins allowed to call the API from a browser; empty: no CORS headers.
    log_level : str
        Level of the service's own log (never holds post text).
    """

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    model: str | None = "default"
    rules: str | None = None
    thresholds: str | None = None
    model_sha256: str | None = None
    token_file: str | None = None
    max_body_bytes: int = 2 * 1024 * 1024
    max_post_chars: int = 100_000
    max_batch_posts: int = 100
    max_link_posts: int = 1_000
    max_upload_bytes: int = 5 * 1024 * 1024
    timeout: float = 30.0
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    log_level: str = "info"

    def __post_init__(self) -> None:
        for name in ("port", "workers", "max_body_bytes", "max_post_chars", "max_batch_posts", "max_link_posts",
                     "max_upload_bytes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < (0 if name == "port" else 1):
                raise ValueError(f"{name} must be a positive whole number, not {value!r}")
        if not self.timeout > 0:
            raise ValueError(f"timeout must be positive, not {self.timeout!r}")
        if self.model_sha256 is not None and not _SHA256.fullmatch(self.model_sha256.lower()):
            raise ValueError("model_sha256 must be 64 hexadecimal digits")
        object.__setattr__(self, "cors_origins", tuple(self.cors_origins))

    def to_json(self) -> str:
        """The options as JSON (for worker processes)."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> ServeOptions:
        """Options from :meth:`to_json`; unknown keys are an error."""
        data: Any = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("serve options must be a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown serve options: {', '.join(unknown)}")
        return cls(**data)

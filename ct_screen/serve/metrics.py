"""Prometheus metrics of the service, with prometheus-client.

Labels hold route templates, methods, status codes, bands and error codes:
never post text, contacts or raw paths (an unknown path is counted as
``other``). With several worker processes, :func:`ct_screen.serve.server.run`
sets ``PROMETHEUS_MULTIPROC_DIR`` and every scrape adds up all workers.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import multiprocess as prometheus_multiprocess

from .limits import ASGIApp, Message, Receive, Scope, Send

__all__ = ["Metrics", "MetricsMiddleware", "CONTENT_TYPE", "MULTIPROC_ENV"]

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """The service's counters and histograms, in a registry of their own.

    Parameters
    ----------
    version : dict
        ``{package, rules, model}``, exported once as ``ct_screen_info``.
    """

    def __init__(self, version: dict[str, str]) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        reg = self.registry
        self.requests = Counter("ct_screen_requests", "HTTP requests answered", ["endpoint", "method", "status"],
                                registry=reg)
        self.latency = Histogram("ct_screen_request_seconds", "Time to answer a request", ["endpoint"],
                                 buckets=LATENCY_BUCKETS, registry=reg)
        self.posts = Counter("ct_screen_posts", "Posts screened, by band ('error': could not be screened)",
                             ["band"], registry=reg)
        self.errors = Counter("ct_screen_errors", "Error answers and per-post error entries, by code", ["code"],
                              registry=reg)
        self.info = Gauge("ct_screen_info", "Versions of the package, rules and model in this service",
                          ["package", "rules", "model"], registry=reg, multiprocess_mode="max")
        self.info.labels(version.get("package", ""), version.get("rules", ""), version.get("model", "")).set(1)

    def count_bands(self, bands: Iterable[str]) -> None:
        """Count screened posts by band (``"error"`` for a post that could not be screened)."""
        for band in bands:
            self.posts.labels(band).inc()

    def count_error(self, code: str) -> None:
        self.errors.labels(code).inc()

    def exposition(self) -> bytes:
        """The Prometheus text exposition (all workers added up when running multi-process)."""
        if os.environ.get(MULTIPROC_ENV):
            registry = CollectorRegistry()
            prometheus_multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry)
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Count every request and time it, by route template (``other`` for unknown paths)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, endpoints: Callable[[], frozenset[str]]) -> None:
        self.app = app
        self.metrics = metrics
        self.endpoints = endpoints

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        endpoint = path if path in self.endpoints() else ("/static" if path.startswith("/static/") else "other")
        status = 500
        started = time.perf_counter()

        async def send_counted(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_counted)
        finally:
            self.metrics.latency.labels(endpoint).observe(time.perf_counter() - started)
            self.metrics.requests.labels(endpoint, scope.get("method", ""), str(status)).inc()

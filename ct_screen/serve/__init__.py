"""``ct-screen serve``: an HTTP service and a triage page over the library.

>>> from ct_screen.serve import ServeOptions
>>> ServeOptions().host
'127.0.0.1'

The web stack (FastAPI, uvicorn, prometheus-client) is the optional extra
``ct-screen[serve]``; importing :mod:`ct_screen` or this package's
:mod:`~ct_screen.serve.options` never imports it. :func:`ct_screen.serve.app.create_app`
builds the ASGI app and :func:`ct_screen.serve.server.run` runs it with uvicorn.

Modules
-------
options   ServeOptions: every setting of the service, passed to worker processes as JSON
screening the one Screener per worker process, built from the options
auth      the optional bearer token
limits    body and post size limits, JSON and UTF-8 checks, error responses
metrics   Prometheus counters and histograms (no post text in any label)
schemas   request bodies (pydantic), which also make the OpenAPI schema
api       the /v1 routes, /healthz, /readyz, /metrics
app       create_app: the routes, the middleware and the static triage page
server    run: uvicorn with one or more worker processes
"""

from __future__ import annotations

from .options import ServeOptions, WebStackMissing

__all__ = ["ServeOptions", "WebStackMissing"]

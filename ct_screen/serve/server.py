"""``run``: serve the app with uvicorn, in one or several worker processes."""

from __future__ import annotations

import os
import shutil
import tempfile

from .auth import load_token
from .metrics import MULTIPROC_ENV
from .options import OPTIONS_ENV, ServeOptions, check_web_stack
from .screening import build_screener

__all__ = ["run"]


def run(options: ServeOptions) -> None:
    """Check the options, then serve until interrupted.

    The token and the screener are checked once here, so that a bad model,
    rules file, thresholds file, hash pin or token file stops the command with
    one message before any worker starts. Each worker then builds its own
    screener before it accepts requests.

    Raises
    ------
    WebStackMissing
        If the ``serve`` extra is not installed.
    ValueError
        If the token file is unreadable or its token too short.
    ServeSetupError
        If the screener cannot be built.
    """
    check_web_stack()
    import uvicorn

    load_token(options.token_file)
    common = {"host": options.host, "port": options.port, "log_level": options.log_level,
              "timeout_keep_alive": 5, "server_header": False, "proxy_headers": False}
    screener = build_screener(options)
    if options.workers == 1:
        from .app import create_app

        uvicorn.run(create_app(options, screener=screener), **common)
        return
    del screener  # each worker builds its own
    os.environ[OPTIONS_ENV] = options.to_json()
    metrics_dir = None
    if not os.environ.get(MULTIPROC_ENV):
        metrics_dir = tempfile.mkdtemp(prefix="ct-serve-metrics-")
        os.environ[MULTIPROC_ENV] = metrics_dir
    try:
        uvicorn.run("ct_screen.serve.app:app_from_env", factory=True, workers=options.workers, **common)
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)

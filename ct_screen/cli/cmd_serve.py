"""``ct-screen serve``: the HTTP service and triage page (``pip install "ct-screen[serve]"``).

A thin shell over :func:`ct_screen.serve.server.run`: it turns options into a
:class:`~ct_screen.serve.options.ServeOptions` and setup errors into one
``Error:`` line and exit code 1.
"""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Loopback by default; give 0.0.0.0 only behind a proxy or firewall.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes, each with its own screener (and model in memory).")
@click.option("--model", "model", type=click.Path(), default=None, help="Model folder (default: the bundled model).")
@click.option("--no-model", is_flag=True, help="Screen with the rules only.")
@click.option("--model-sha256", default=None, metavar="HEX",
              help="Refuse to start unless the model file has this sha256 (the hash pin).")
@click.option("--rules", "rules", type=click.Path(dir_okay=False), default=None, help="Extra rules (YAML/TOML).")
@click.option("--thresholds", type=click.Path(dir_okay=False), default=None,
              help="Band cut-offs file (see 'ct-screen score --thresholds').")
@click.option("--token-file", type=click.Path(dir_okay=False), default=None,
              help="File whose first line is the bearer token (else $CT_SCREEN_TOKEN; neither: no token).")
@click.option("--max-body-bytes", type=click.IntRange(min=1), default=2 * 1024 * 1024, show_default=True,
              help="Largest JSON request body (413 beyond).")
@click.option("--max-post-chars", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Largest post in characters (413 for one post, an error entry in a batch).")
@click.option("--max-batch", "max_batch_posts", type=click.IntRange(min=1), default=100, show_default=True,
              help="Most posts in one /v1/screen/batch request.")
@click.option("--max-link", "max_link_posts", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Most posts in one /v1/link request.")
@click.option("--max-upload-bytes", type=click.IntRange(min=1), default=5 * 1024 * 1024, show_default=True,
              help="Largest export uploaded on the page or to /v1/score-file.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds a request may take (and its body may take to arrive) before it is refused.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow browser calls from this origin (repeatable). Default: no CORS.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
def command(model: str | None, no_model: bool, **settings: object) -> None:
    """Serve the screening API (/v1/...) and the triage page (/) over HTTP.

    API schema at /openapi.json; health at /healthz and /readyz; Prometheus
    metrics at /metrics. Post text never goes to the log.
    """
    from ..serve.options import ServeOptions, WebStackMissing
    from ..serve.screening import ServeSetupError

    if model is not None and no_model:
        raise click.UsageError("--model and --no-model contradict each other")
    try:
        options = ServeOptions(model=None if no_model else (model or "default"), **settings)  # type: ignore[arg-type]
        from ..serve.server import run

        run(options)
    except (WebStackMissing, ServeSetupError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None

"""The one :class:`~ct_screen.Screener` of a worker process, built from the options and loaded up front."""

from __future__ import annotations

import inspect
from dataclasses import replace
from typing import Any

from ..screener import Screener
from ..thresholds import load_thresholds
from .options import ServeOptions

__all__ = ["build_screener", "ServeSetupError", "WARM_UP_TEXT"]

WARM_UP_TEXT = "Warm-up post: easy job from home, pay a fee, WhatsApp me."
"""Screened once at start-up so that the first real request pays no loading cost."""


class ServeSetupError(RuntimeError):
    """The service cannot start with these options (bad model, rules, thresholds or hash pin)."""


def _takes_model_sha256() -> bool:
    return "model_sha256" in inspect.signature(Screener.__init__).parameters


def build_screener(options: ServeOptions) -> Screener:
    """Build the screener, load its model and screen one warm-up post.

    Raises
    ------
    ServeSetupError
        If the model, rules or thresholds cannot be loaded, or the hash pin is
        asked for and this version of the library cannot check it.
    """
    kwargs: dict[str, Any] = {"model": options.model, "extra_rules": options.rules}
    if options.model_sha256 is not None:
        if options.model is None:
            raise ServeSetupError("--model-sha256 pins a model's hash; it makes no sense with --no-model")
        if not _takes_model_sha256():
            raise ServeSetupError("--model-sha256: this version of ct_screen's Screener cannot check a model hash "
                                  "(it takes no model_sha256); refusing to start unpinned")
        kwargs["model_sha256"] = options.model_sha256
    try:
        screener = Screener(**kwargs)
        model = screener.model  # load now, before the first request is accepted
        if options.thresholds is not None:
            cutoffs = load_thresholds(options.thresholds, model_version=screener.version["model"])
            screener = replace(screener.spec, model=model, thresholds=cutoffs).build()
        screener.screen(WARM_UP_TEXT)
    except (OSError, ValueError, TypeError, RuntimeError) as exc:  # the library's load errors derive from these
        raise ServeSetupError(f"cannot build the screener: {exc}") from exc
    return screener

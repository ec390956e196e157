"""Options shared by several ``ct-screen`` commands."""

from __future__ import annotations

import string
from typing import Any

import click

__all__ = ["model_sha256_option", "load_checked_model", "delimiter_value", "exit_on_sigterm"]


def _hex_digest(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    if len(value) != 64 or any(c not in string.hexdigits for c in value):
        raise click.BadParameter("give the 64 hex digits of a sha256 (model_sha256 in a trusted model's manifest)")
    return value


def exit_on_sigterm(signum: int, frame: Any) -> None:
    """SIGTERM handler of the file commands: unwinds like Ctrl-C, so the temporary output file is removed."""
    raise SystemExit(128 + signum)


def delimiter_value(value: str | None) -> str | None:
    """``--delimiter`` as a character: ``tab``/``\\t``, ``comma``, ``semicolon``, ``pipe`` or the text given."""
    if value is None:
        return None
    return {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}.get(value.lower(), value)


def load_checked_model(model: Any, model_sha256: str | None) -> Any:
    """The model a command asked for, loaded now (pin checked); a refused model is one ``Error:`` line."""
    from ..model.bundle import ModelIntegrityError
    from ..screener import Screener

    try:
        return Screener(model=model, rules=(), model_sha256=model_sha256).model
    except (ModelIntegrityError, ValueError) as exc:
        raise click.ClickException(f"cannot load the model: {exc}") from None


def model_sha256_option(function: Any) -> Any:
    """``--model-sha256 HEX``: pin the hash of the model file a command may load."""
    return click.option(
        "--model-sha256", "model_sha256", default=None, metavar="HEX", callback=_hex_digest,
        help="Load the model only if its model file has this sha256 (copy model_sha256 from the manifest of a "
             "model you trust and keep it apart from the model folder); any other file is refused unread.",
    )(function)

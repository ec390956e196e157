"""The ``ct-screen`` command: a thin shell over library functions.

Each sub-command lives in its own module ``cmd_<name>.py`` exposing ``command``
(a ``click.Command``); modules are discovered by name, so adding a command is
adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from .._version import __version__
from ..rules import RuleDefinitionError


class _Group(click.Group):
    """The command group: a bad rules file is one ``Error:`` line, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RuleDefinitionError as exc:
            raise click.ClickException(f"bad rule: {exc}") from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ct-screen")
def main() -> None:
    """Screen job and classified posts for scam and trafficking recruitment."""


for _module in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_")):
    main.add_command(importlib.import_module(f"{__name__}.{_module}").command)

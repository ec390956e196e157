"""ct-screen: screen job and classified posts for scam and human-trafficking recruitment.

>>> from ct_screen import screen
>>> result = screen("Easy job from home, pay 49 USD for your starter kit, then WhatsApp me")
>>> sorted(result.to_dict())
['band', 'contacts', 'hits', 'notices', 'reasons', 'score', 'terms', 'version']

Importing the package loads no model and no batch or linking code; the bundled
model is loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._version import __version__
from .notices import Notice
from .result import Contact, Evidence, RuleHit, ScreenResult, TermWeight
from .screener import Screener, screen, screen_many

# Public names that live in heavier sub-packages, imported on first access.
_LAZY = {
    "score_frame": "ct_screen.batch",
    "score_file": "ct_screen.batch",
    "ScoreOptions": "ct_screen.batch",
    "link_posts": "ct_screen.link",
    "Campaigns": "ct_screen.link",
}

__all__ = ["screen", "screen_many", "Screener", "ScreenResult", "RuleHit", "Evidence", "Contact", "TermWeight", "Notice",
           "__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'ct_screen' has no attribute {name!r}")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise AttributeError(f"module 'ct_screen' has no attribute {name!r} ({module_name} not built)") from exc
        raise
    value = getattr(module, name)
    globals()[name] = value
    return value

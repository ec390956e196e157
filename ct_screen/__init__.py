"""ct-screen: screen job and classified posts for scam and human-trafficking recruitment.

>>> from ct_screen import screen
>>> result = screen("Easy job from home, pay 49 USD for your starter kit, then WhatsApp me")
>>> sorted(result.to_dict())
['band', 'contacts', 'hits', 'reasons', 'score', 'terms', 'version']

Importing the package loads no model; the bundled model is loaded on first use.
"""

__version__ = "0.1.0"

from .result import Contact, Evidence, RuleHit, ScreenResult, TermWeight  # noqa: E402
from .screener import Screener, screen, screen_many  # noqa: E402

__all__ = ["screen", "screen_many", "Screener", "ScreenResult", "RuleHit", "Evidence", "Contact", "TermWeight",
           "__version__"]

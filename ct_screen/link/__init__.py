"""Campaign linking: posts that share a contact, a company profile or a text template.

>>> from ct_screen.link import link_posts
>>> campaigns = link_posts(["WhatsApp +44 7700 900123", "wa.me/447700900123 for work"])
>>> campaigns.to_frame()["campaign_size"].tolist()
[2, 2]

Linking needs no classifier: it reads contacts with :func:`ct_screen.contacts.extract_contacts`.
"""

from __future__ import annotations

from .campaigns import Campaign, Campaigns, Indicator
from .linker import DEFAULTS, Linker, link_posts

__all__ = ["link_posts", "Campaigns", "Campaign", "Indicator", "Linker", "DEFAULTS"]

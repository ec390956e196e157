"""Posts written for these tests (no EMSCAD text), with known campaigns."""

from __future__ import annotations

import random

PHONE_FIVE_WAYS = [
    "Easy packing work from home, paid daily. Call +44 7700 900123 to start.",
    "Drivers wanted this week, no licence checks. Ring 07700 900123.",
    "Hostess jobs abroad, flights paid: message us at wa.me/447700900123",
    "Cleaning staff needed urgently, text 0 7 7 0 0 9 0 0 1 2 3 for details",
    "Warehouse pickers, cash in hand. WhatsApp +44\u200b7700\u200b900\u200b123 now",
]

TEMPLATE = (
    "Join our friendly team in {city}! We are looking for motivated people to help with customer care and light "
    "admin duties. No experience needed, full training is provided from day one. You will earn {salary} per week "
    "with weekly bonuses, free accommodation close to the {city} office and travel costs covered. Working hours "
    "are flexible and you can choose your own shifts. Send your CV and a recent photo today, places are limited "
    "and interviews in {city} are happening this week."
)
CITIES = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Derby"]
SALARIES = ["£450", "£520", "$600", "€480", "£700", "$550"]


def template_posts() -> list[str]:
    return [TEMPLATE.format(city=c, salary=s) for c, s in zip(CITIES, SALARIES, strict=True)]


HONEST = [
    "Riverside Dental Practice is hiring a part-time dental nurse for our surgery in York. GDC registration "
    "required, four days a week, salary according to experience. Apply at www.bigjobs.example/apply",
    "Hartley & Sons Joinery need an apprentice carpenter to join a small workshop making bespoke kitchens. "
    "You will learn on the job and attend college one day a week. Apply at www.bigjobs.example/apply",
]

_WORDS = ["accounts", "audit", "bakery", "barista", "brick", "civil", "clinic", "coach", "courier", "data", "design", "driver", "engineer", "estate", "finance", "florist", "garden", "grocer", "guard", "hotel", "kitchen", "laboratory", "legal", "library", "logistics", "marketing", "mechanic", "nursery", "office", "painter", "pharmacy", "plumber", "porter", "print", "project", "retail", "roofing", "school", "science", "security", "software", "studio", "surveyor", "teacher", "theatre", "tutor", "veterinary", "welder", "writer", "yard", "zoo"]


def board_posts(count: int, *, seed: int = 7, url: str = "www.bigjobs.example/apply") -> list[str]:
    """Unrelated honest posts (each its own random text) that all end with the job board's URL."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(30)) + f" role number {i}. Apply at {url}" for i in range(count)]


def unrelated_posts(count: int, *, seed: int = 11) -> list[str]:
    """Posts sharing nothing: random words, no contacts."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(25)) for _ in range(count)]

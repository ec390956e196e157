"""appearance_requirement: castings are excluded, revealing photos never are."""

from __future__ import annotations

from ct_screen import Screener

SCREENER = Screener(model=None)


def fired(text: str) -> bool:
    return "appearance_requirement" in SCREENER.screen(text).categories


def test_casting_calls_are_not_flagged():
    assert not fired("Open casting at our model agency: bring a headshot and a full length photo.")
    assert not fired("Casting call: female, playing age 18-25, send your showreel via Spotlight.")


def test_revealing_photos_are_flagged_even_in_a_casting():
    assert fired("Casting for a brand shoot: send bikini photos to the manager.")


def test_looks_and_age_for_ordinary_jobs():
    assert fired("Receptionist wanted: female, 20-26 years, must be slim and pretty.")
    assert fired("G\u0456rls 18-25 only, sl1m & attractive, send selfies.")
    assert not fired("Receptionist wanted: professional appearance and two years' experience.")

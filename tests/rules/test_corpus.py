"""Every category catches its own labelled positives and spares its labelled negatives."""

from __future__ import annotations

from collections import Counter

import pytest

from ct_screen import Screener
from ct_screen.rules import CATEGORIES
from ct_screen.training.recipe import STRONG_CATEGORIES

from .corpus import load_corpus

POSTS = load_corpus()
SCREENER = Screener(model=None)


@pytest.mark.parametrize("post", POSTS, ids=[p.id for p in POSTS])
def test_post_fires_as_labelled(post):
    # a hit discounted as a quoted red flag inside a warning (ct_screen.context) adds nothing to the score: a
    # negative that warns may show it, as long as it is discounted
    fired = {h.category for h in SCREENER.screen(post.text).hits if not h.discounted}
    if post.label:
        assert post.file_category in fired, f"{post.file_category} missed; fired {sorted(fired)}"
    else:
        assert post.file_category not in fired, f"{post.file_category} fired on a negative"
    missing = set(post.also) - fired
    assert not missing, f"expected also {sorted(missing)}; fired {sorted(fired)}"


def test_every_category_has_five_positives_and_five_negatives():
    counts = Counter((p.file_category, p.label) for p in POSTS)
    short = [c for c in CATEGORIES if counts[(c, 1)] < 5 or counts[(c, 0)] < 5]
    assert not short, f"categories with fewer than 5 positive and 5 negative posts: {short}"


_WRAPPERS = ("Beware of fake agents and report scammers. {}", "Scam alert: real employers never ask for money! {}",
             "{}\nBeware of scams, report fake pages.")
_STRONG_POSITIVES = [p for p in POSTS if p.label and p.file_category in STRONG_CATEGORIES]


@pytest.mark.parametrize("wrapper", _WRAPPERS)
@pytest.mark.parametrize("post", _STRONG_POSITIVES, ids=[p.id for p in _STRONG_POSITIVES])
def test_a_warning_beside_a_strong_red_flag_does_not_switch_it_off(post, wrapper):
    # session 9: a warning word in a rule's exclude cancels a match in its own sentence only, so a warning
    # sentence placed before or after a scam leaves the scam's strong categories firing (before, 'Report fake
    # pages!' before 'modelling for girls 16-19' switched CT210 off, and payment_mule and debt_bondage rules went
    # the same way)
    fired = {h.category for h in SCREENER.screen(post.text.rstrip()).hits if not h.discounted}
    if post.file_category not in fired:
        pytest.skip("the post does not fire its category unwrapped")
    wrapped = {h.category for h in SCREENER.screen(wrapper.format(post.text.rstrip())).hits if not h.discounted}
    assert post.file_category in wrapped, sorted(wrapped)

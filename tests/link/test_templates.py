"""Near-identical text: MinHash/LSH finds re-posted templates without comparing every pair."""

from __future__ import annotations

import numpy as np
import pytest

from ct_screen import link_posts
from ct_screen.link.extract import MIN_SHINGLES, shingle_hashes
from ct_screen.link.templates import NUM_PERM, choose_bands, signatures, template_edges

from .samples import TEMPLATE, template_posts, unrelated_posts


def test_template_reposted_with_other_cities_and_salaries_links():
    posts = unrelated_posts(4) + template_posts() + unrelated_posts(4, seed=99)
    found = link_posts(posts)
    frame = found.to_frame()
    assert frame["campaign_id"][4:10].nunique() == 1
    assert frame["campaign_size"].tolist() == [1] * 4 + [6] * 6 + [1] * 4
    campaign = found.campaign(frame["campaign_id"][4])
    assert [i.kind for i in campaign.indicators] == ["template"]
    assert 0.7 <= campaign.template_similarity <= 1.0
    assert "similarity >= " in frame["campaign_links"][5]


def test_a_different_text_does_not_join_the_template():
    other = ("Our bakery in York is looking for an early-morning baker. You will prepare bread, pastries and cakes "
             "for two shops, keep the kitchen clean and order flour. Experience in a craft bakery is essential.")
    posts = template_posts()[:2] + [other, TEMPLATE.replace("customer care", "bakery") .format(city="York", salary="£1")]
    sizes = link_posts(posts).to_frame()["campaign_size"].tolist()
    assert sizes == [3, 3, 1, 3]
    assert link_posts(posts, template_threshold=1.0).to_frame()["campaign_size"].tolist() == [1, 1, 1, 1]


def test_numbers_fold_so_salary_changes_keep_shingles():
    a = shingle_hashes("you will earn 450 per week and 20 days holiday " * 2)
    b = shingle_hashes("you will earn 999 per week and 31 days holiday " * 2)
    assert len(a) >= MIN_SHINGLES and np.array_equal(a, b)
    assert len(shingle_hashes("too short to be a template")) == 0


def test_signatures_are_fixed_and_estimate_similarity():
    a = np.arange(0, 1000, dtype=np.uint32)
    b = np.arange(200, 1200, dtype=np.uint32)  # Jaccard 800 / 1200 = 0.67
    sig, has = signatures([a, b, np.empty(0, np.uint32)])
    again, _ = signatures([a])
    assert sig.shape == (3, NUM_PERM) and sig.dtype == np.uint16
    assert has.tolist() == [True, True, False]
    assert np.array_equal(sig[0], again[0])
    assert abs((sig[0] == sig[1]).mean() - 0.67) < 0.2


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7, 0.9, 1.0])
def test_bands_find_pairs_at_the_threshold(threshold):
    bands, rows = choose_bands(threshold)
    assert bands * rows <= NUM_PERM
    assert 1 - (1 - threshold**rows) ** bands >= 0.95


def test_identical_posts_give_linear_not_quadratic_links():
    n = 3000
    sig = np.tile(np.arange(NUM_PERM, dtype=np.uint16), (n, 1))
    u, v, sim = template_edges(sig, np.ones(n, dtype=bool), 0.7)
    assert len(u) <= 2 * n  # a representative and a neighbour per post, never n*(n-1)/2 pairs
    assert (sim == 1.0).all() and (u < v).all()
    from ct_screen.link.components import components
    assert components(n, np.empty(0, np.int64), np.empty(0, np.int64), 0, u, v).max() == 0


def test_bad_threshold_is_refused():
    with pytest.raises(ValueError):
        link_posts(["a"], template_threshold=0)

"""The Campaigns result: frames, listing, scores, DataFrame input and bad input."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ct_screen import Campaigns, Screener, link_posts
from ct_screen.rules.categories.upfront_fee import RULES as UPFRONT_FEE

from .samples import PHONE_FIVE_WAYS, template_posts, unrelated_posts


def test_to_frame_is_one_row_per_post_in_input_order():
    posts = unrelated_posts(2) + PHONE_FIVE_WAYS[:2] + template_posts()[:3] + PHONE_FIVE_WAYS[2:3]
    found = link_posts(posts, ids=list("abcdefgh"))
    assert isinstance(found, Campaigns)
    frame = found.to_frame()
    assert list(frame.columns) == ["post_id", "campaign_id", "campaign_size", "campaign_links"]
    assert frame["post_id"].tolist() == list("abcdefgh")
    assert frame["campaign_id"].tolist() == ["C000001", "C000002", "C000003", "C000003", "C000004", "C000004",
                                             "C000004", "C000003"]  # numbered by first row
    assert frame["campaign_size"].tolist() == [1, 1, 3, 3, 3, 3, 3, 3]
    assert frame["campaign_links"][0] == ""
    assert len(found) == 4 and found.n_posts == 8


def test_listing_and_campaign_lookup():
    found = link_posts(PHONE_FIVE_WAYS[:3] + template_posts()[:2] + unrelated_posts(1))
    listing = found.listing()
    assert listing["campaign_id"].tolist() == ["C000001", "C000002"]  # size >= 2, largest first
    row = listing.iloc[0]
    assert (row["size"], row["first_row"], row["last_row"]) == (3, 0, 2)
    assert row["member_ids"] == [0, 1, 2]
    assert row["indicators"] == ["phone:+447700900123 (3 posts)"]
    assert len(found.listing(min_size=1)) == 3
    assert found.campaign(1).campaign_id == "C000002"
    assert found.campaign("C000002").to_dict()["indicators"][0]["kind"] == "template"
    for missing in ("C000009", "X", 7):
        with pytest.raises(KeyError):
            found.campaign(missing)
    assert found.summary()["size_histogram"] == {1: 1, 2: 1, 3: 1}


def test_campaign_score_is_the_highest_member_score():
    posts = PHONE_FIVE_WAYS[:3] + unrelated_posts(2)
    found = link_posts(posts, scores=[0.1, 0.92, None, 0.3, None])
    frame = found.to_frame()
    assert frame["campaign_score"][:3].tolist() == [0.92] * 3  # the bland posts inherit their sibling's score
    assert frame["campaign_score"][3] == 0.3 and math.isnan(frame["campaign_score"][4])
    assert found.campaign(0).score == 0.92


def test_scores_can_be_screen_results():
    posts = ["Pay a 50 USD registration fee first, then WhatsApp +44 7700 900123", "Friendly team, call 07700 900123"]
    results = Screener(model=None, rules=UPFRONT_FEE).screen_many(posts)
    assert results[0].score > results[1].score
    frame = link_posts(posts, scores=results).to_frame()
    assert frame["campaign_score"].tolist() == [max(r.score for r in results)] * 2


def test_dataframe_input_with_fields_ids_and_score_column():
    profile = "Acme Logistics moves parcels for online shops across the north of England every day."
    df = pd.DataFrame({"job_id": [10, 11, 12], "title": ["Driver", "Sorter", "Chef"],
                       "company_profile": [profile, profile, np.nan], "description": ["Vans", "Depot", None],
                       "ct_score": [0.2, 0.4, 0.9]}, index=[5, 6, 7])
    frame = link_posts(df, ids="job_id", scores="ct_score").to_frame()
    assert frame["post_id"].tolist() == [10, 11, 12]
    assert frame["campaign_size"].tolist() == [2, 2, 1]
    assert frame["campaign_score"].tolist() == [0.4, 0.4, 0.9]
    assert link_posts(df).to_frame()["post_id"].tolist() == [5, 6, 7]  # default ids: the index
    text_only = pd.DataFrame({"body": PHONE_FIVE_WAYS[:2]})  # an obvious text column, as in score_frame
    assert link_posts(text_only).to_frame()["campaign_size"].tolist() == [2, 2]
    unclear = pd.DataFrame({"headline": PHONE_FIVE_WAYS[:2], "blurb": ["a", "b"]})
    assert link_posts(unclear, text_columns=["headline"]).to_frame()["campaign_size"].tolist() == [2, 2]
    with pytest.raises(ValueError, match="text_columns"):
        link_posts(unclear)
    with pytest.raises(ValueError, match="nope"):
        link_posts(unclear, text_columns=["nope"])


def test_bad_input_gives_clear_errors():
    with pytest.raises(TypeError):
        link_posts("one post, not a list")
    with pytest.raises(TypeError):
        link_posts(["fine", b"bytes"])
    with pytest.raises(ValueError, match="ids"):
        link_posts(["a", "b"], ids=[1])
    with pytest.raises(ValueError, match="scores"):
        link_posts(["a", "b"], scores=[0.1])
    with pytest.raises(ValueError, match="link kinds"):
        link_posts(["a"], link_on=["fax"])
    with pytest.raises(ValueError, match="max_share"):
        link_posts(["a"], max_share=0)


def test_empty_input_and_hostile_text():
    empty = link_posts([])
    assert len(empty) == 0 and empty.to_frame().empty
    assert list(empty.to_frame().columns) == ["post_id", "campaign_id", "campaign_size", "campaign_links"]
    hostile = ["", "\u200b" * 1000, "\ud800 \u202e", "9" * 5000, "@" * 3000, "a " * 20000]
    assert link_posts(hostile).to_frame()["campaign_size"].tolist() == [1] * 6


def test_parallel_extraction_gives_the_same_result():
    posts = PHONE_FIVE_WAYS + template_posts() + unrelated_posts(600)
    one = link_posts(posts).to_frame()
    two = link_posts(posts, n_jobs=2).to_frame()
    assert one.equals(two)

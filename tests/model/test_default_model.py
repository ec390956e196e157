"""The bundled default model: loads once, meets the contract, scores plain text like fields, lifts red flags."""

from __future__ import annotations

import json
import threading

import pytest

from ct_screen import Screener, screen
from ct_screen.fields import join_fields
from ct_screen.model.api import ScreeningModel
from ct_screen.model.bundle import (
    MANIFEST_FILE,
    default_model_dir,
    load_default_model,
    load_model,
)

# Our own posts, written for these tests.
FIELD_POSTS = [
    {"title": "Data Entry Assistant (Remote)", "location": "US, TX, Houston",
     "company_profile": "",
     "description": "Work from home and earn up to $600 weekly. No experience needed, flexible hours. "
                    "We will send you a cheque to buy your equipment from our vendor.",
     "requirements": "Computer and internet access. Must be 18+.", "benefits": "Weekly pay"},
    {"title": "Senior Payroll Officer", "location": "GB, ENG, Leeds",
     "company_profile": "Northwind Logistics runs twelve regional depots and employs 400 people.",
     "description": "You will run the monthly payroll for 400 staff, handle pension enrolment and answer "
                    "queries from managers. You will report to the Finance Director.",
     "requirements": "CIPP qualification or equivalent experience; Sage Payroll.",
     "benefits": "Pension, 25 days leave, hybrid working after probation."},
    {"title": "Customer Service Representative", "location": "US, NY, New York", "company_profile": "",
     "description": "Immediate start!! Answer calls for our clients. Training provided online. "
                    "Contact our HR manager at hiring.dept@gmail.com with your full name and phone.",
     "requirements": "", "benefits": ""},
]
TRAFFICKING = [
    "Waitress and hostess jobs in Dubai for girls 18-24, slim, send full body photos. Visa and flight ticket "
    "paid by the agency, you repay from your salary. The agency keeps your passport for safety. "
    "Message on WhatsApp only and do not tell your family.",
    "Well-paid farm work in Canada, we arrange visa and travel. Your employer will hold your passport and ID "
    "until the debt for the ticket is paid back from your wages.",
    "Earn 30,000 USD by selling a kidney. Surgery in a private hospital abroad, flights and hotel paid.",
]


@pytest.fixture(scope="module")
def model():
    return load_default_model()


def test_bundled_model_ships_with_its_manifest():
    folder = default_model_dir()
    assert (folder / "model.npz").is_file() and (folder / MANIFEST_FILE).is_file()
    assert (folder / "model.npz").stat().st_size <= 25 * 10**6
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    assert manifest["base_rate"] == 0.0484 and set(manifest["thresholds"]) == {"review", "high"}


def test_loaded_once_and_thread_safe(model):
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(load_default_model())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(m is model for m in seen)
    assert load_model(default_model_dir()) is not model  # an explicit load is a new object


def test_meets_the_contract(model):
    assert isinstance(model, ScreeningModel)
    assert 0 < model.thresholds["review"] < model.thresholds["high"] < 1
    result = screen(FIELD_POSTS[0])
    assert result.version["model"] == model.version and result.model_score is not None


@pytest.mark.parametrize("post", FIELD_POSTS, ids=["scam", "legit", "contact"])
@pytest.mark.parametrize("separator", ["\n", " ", "\n\n\n"])
def test_plain_text_scores_like_the_same_fields(post, separator):
    # free text is read as free text (the job-board field signals apply only to posts given as fields), so
    # the layout of a plain text must not matter: compare the joined text with its other layouts
    as_fields = screen(join_fields(post).text)
    plain = separator.join(v for v in join_fields(post).text.split("\n\n"))
    as_text = screen(plain)
    assert abs(as_text.score - as_fields.score) <= 0.05
    assert abs(as_text.model_score - as_fields.model_score) <= 0.05


def test_field_scam_ranks_above_field_legit():
    scam, legit, _ = (screen(p) for p in FIELD_POSTS)
    assert scam.model_score > legit.model_score and scam.band == "high" and legit.band != "high"


@pytest.mark.parametrize("post", TRAFFICKING, ids=["hostess-abroad", "passport-held", "organ"])
def test_trafficking_red_flags_reach_review_or_high(post):
    result = screen(post)
    assert result.band in ("review", "high"), (result.score, result.model_score, [h.category for h in result.hits])
    # the classifier alone (EMSCAD never shows these) would not flag them as high
    assert result.score >= result.model_score


def test_terms_are_slices_of_the_original_text():
    post = FIELD_POSTS[2]
    result = screen(post)
    assert result.terms
    for term in result.terms:
        for e in term.evidence:
            assert post[e.field][e.start:e.end] == e.text
    text = TRAFFICKING[0]
    for term in screen(text).terms:
        for e in term.evidence:
            assert text[e.start:e.end] == e.text and e.field is None


def test_screen_many_batches_match_single(model):
    posts = [*FIELD_POSTS, *TRAFFICKING, ""]
    single = [screen(p).to_dict() for p in posts]
    assert [r.to_dict() for r in Screener().screen_many(posts, batch_size=3)] == single


def test_plain_vs_fields_on_real_posts(emscad_path, model):
    """The classifier's probability for 200 real posts as one plain text, with blank lines or single newlines
    between the fields: the same (free text is free text, whatever its layout). As fields, the job-board
    signals apply: they separate the posts better (grouped CV in the model card), so the two differ."""
    from ct_screen.datasets import load_emscad
    from ct_screen.evaluation import roc_auc

    df = load_emscad(emscad_path).sample(200, random_state=0)
    rows = df.to_dict("records")
    joined = model.predict_posts([join_fields(r).text for r in rows])
    plain = model.predict_posts(["\n".join(join_fields(r).text.split("\n\n")) for r in rows])
    assert abs(joined - plain).max() <= 0.05
    fields = model.predict_posts(rows)
    y = df["fraudulent"].to_numpy()
    assert roc_auc(y, fields) >= roc_auc(y, joined) > 0.5  # training rows: both near 1

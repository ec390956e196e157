"""The classifier's view of a post: masked tokens with spans, and TF-IDF equal to scikit-learn's."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from ct_screen.contacts import extract_contacts, mask_contacts
from ct_screen.model.features import NgramTfidf, TextFeatures, analyse, field_signals, ngrams

POSTS = [
    "Call me on +44 7700 900123 or write to jobs.hr@gmail.com, see www.example-jobs.com/apply",
    "Data Entry CLERK needed!!! Earn $500/week. WhatsApp: +1 415 555 0132",
    "Masked contacts: #URL_" + "a" * 64 + "# and #EMAIL_" + "b" * 64 + "# here",
    "Naïve café owner seeks barista; 2-3 years' experience.",
    "",
]


def test_tokens_match_mask_contacts_then_sklearn():
    analyzer = TfidfVectorizer().build_analyzer()
    for post in POSTS:
        doc = analyse(post)
        assert list(doc.tokens) == analyzer(mask_contacts(post))


def test_spans_point_into_the_original_text():
    for post in POSTS:
        contacts = extract_contacts(post)
        doc = analyse(post, contacts)
        for token, (a, b) in zip(doc.tokens, doc.spans, strict=True):
            if token.startswith("ct") and any(c.start == a and c.end == b for c in contacts):
                continue
            assert post[a:b].lower() == token
    doc = analyse(POSTS[0])
    assert "ctphone" in doc.tokens and "ctemail" in doc.tokens and "cturl" in doc.tokens


def test_live_and_masked_contacts_look_alike():
    live = analyse("Apply at jobs@example.org or www.example.org today")
    masked = analyse("Apply at #EMAIL_" + "c" * 64 + "# or #URL_" + "d" * 64 + "# today")
    assert live.tokens == masked.tokens


def test_ngram_tfidf_equals_sklearn():
    docs = [analyse(p).tokens for p in POSTS * 3]
    ours = NgramTfidf((1, 2), min_df=2, max_df=0.9).fit(docs)
    ref = TfidfVectorizer(analyzer=lambda t: ngrams(t, (1, 2)), min_df=2, max_df=0.9, sublinear_tf=True).fit(docs)
    assert list(ours.terms_) == list(ref.get_feature_names_out())
    new = [analyse(p).tokens for p in ["Earn $500 a week, call +44 7700 900123 now", "nothing known here zzz"]]
    assert np.allclose(ours.transform(new).toarray(), ref.transform(new).toarray(), atol=1e-12)


def test_head_block_reads_only_the_opening():
    fielded = field_signals({"title": "x"})
    docs = [analyse(p, (), fielded) for p in ["alpha beta gamma delta", "alpha beta omega delta",
                                               "gamma delta alpha beta"]]
    features = TextFeatures(min_df=1, max_df=1.0, head_tokens=2).fit(docs)
    names = list(features.feature_names())
    assert "head:alpha beta" in names and "head:gamma delta" in names and "head:omega" not in names
    assert features.transform(docs).shape == (3, features.n_features)
    # free text is read as free text: the head block stays empty for a post not given as fields
    free = analyse("alpha beta gamma delta", ())
    rows, cols, _ = features.coo([free])
    assert all(not n.startswith("head:") for n in np.asarray(names)[cols])
    # a term shared by both blocks has one term id
    ids = dict(zip(names, features.term_ids_, strict=True))
    assert ids["head:alpha"] == ids["full:alpha"]

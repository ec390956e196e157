"""Train a model on pooled labelled posts with nested, grouped, cross-fitted validation.

:func:`train` goes from :class:`~ct_screen.training.data.LabelledPosts` (EMSCAD,
social/SMS, a platform's own decisions, pooled and grouped) to a model bundle
and the figures that describe it:

1. **What screen() sees.** Every post, and short free-text views of the posts
   given as fields (:func:`~ct_screen.training.data.short_views`, in their post's
   group), goes through :meth:`ct_screen.Screener.analyse`: warning sentences
   blanked, contacts masked, rule hits, and whether the classifier can read it.
   Posts it cannot read (too little text, another language) are judged by the
   rules alone, in training as in use.
2. **Outer grouped folds** (whole near-duplicate groups on one side; a view
   goes where its post goes). In each, the classifier setting is chosen by
   inner grouped CV on the outer training rows only, then fitted there and
   scores the outer test rows: out-of-fold decisions chosen without the rows
   they are measured on.
3. **Cross-fitted post-processing.** For each outer fold, calibration, fusion
   and thresholds are fitted on the other folds' out-of-fold scores and applied
   to it: the reported figures are not the figures the choices were made on.
4. **Shipped model.** The setting chosen most often, fitted on all rows;
   calibration, fusion and thresholds fitted on all out-of-fold scores of that
   setting (folds that chose another are refitted with it).
   The ``review`` threshold flags at most ``review_flag_rate`` of the legitimate
   posts of *each* domain family (EMSCAD, short views, social/SMS).

No n-gram that occurs in only one row of a social/SMS domain enters a
vocabulary (their text may not ship).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..evaluation import grouped_folds, roc_auc, threshold_for_flag_rate, threshold_for_precision
from ..fuse import Fusion
from ..model.calibrate import Calibration, fit_calibration
from ..model.features import Analysed, TextFeatures, analyse, ngrams
from ..model.folding import fold_table
from ..model.weak_terms import WEAK_WORDS, capped_decision, is_weak_term, weak_columns, weak_part
from .baseline import fit_baseline
from .data import LabelledPosts, short_views
from .fusion import cap_weak_categories, fit_fusion, fused_scores, weak_term_cap
from .recipe import Recipe

__all__ = ["Prepared", "prepare", "TrainResult", "train", "family", "with_views", "fit_classifier",
           "fit_post_processing", "apply_post_processing"]

Folds = Sequence[tuple[np.ndarray, np.ndarray]]


def family(domain: str) -> str:
    """The domain family a threshold must hold in: ``emscad``, ``emscad:view``, ``social`` or the domain."""
    if domain.endswith(":view"):
        return f"{domain.split(':')[0]}:view"
    return domain.split(":")[0]


@dataclass(frozen=True)
class Prepared:
    """Pooled posts and their views, as the screener sees them."""

    data: LabelledPosts           # posts, then views (parent >= 0)
    n_posts: int
    docs: list[Analysed]
    readable: np.ndarray
    rule_weights: list[dict[str, float]]
    texts: list[str]
    families: np.ndarray
    categories: tuple[str, ...]
    strongest: dict[str, float]
    rules_version: str


def prepare(data: LabelledPosts, recipe: Recipe, *, progress: Callable[[str], None] | None = None) -> Prepared:
    """Add short views and analyse every post with the rules-only screener."""
    from ..fuse import category_weights
    from ..rules import CATEGORIES
    from ..screener import Screener

    say = progress or (lambda message: None)
    views = short_views(data, per_post=recipe.views_per_post, weight=recipe.view_weight, seed=recipe.seed)
    parent = np.r_[np.full(len(data), -1), views.parent if views.parent is not None else []].astype(np.int64)
    both = LabelledPosts(data.posts + views.posts, np.r_[data.y, views.y], np.r_[data.weight, views.weight],
                         np.r_[data.domain, views.domain], groups=np.r_[data.groups, views.groups], parent=parent)
    screener = Screener(model=None)
    folds = fold_table(recipe.folds)
    say(f"analysing {len(data)} posts and {len(views)} short views (rules, warnings, language)")
    docs, readable, weights, texts = [], [], [], []
    for post in both.posts:
        analysis = screener.analyse(post)
        docs.append(analyse(analysis.view.text, analysis.view.contacts, analysis.signals, keep_parts=False,
                            folds=folds))
        readable.append(analysis.view.readable)
        weights.append(category_weights(analysis.hits))
        texts.append(analysis.joined.text)
    strongest: dict[str, float] = {}
    for rule in screener.rules:
        strongest[rule.category] = max(strongest.get(rule.category, 0.0), float(rule.weight))
    return Prepared(both, len(data), docs, np.array(readable, bool), weights, texts,
                    np.array([family(str(d)) for d in both.domain], dtype=object), tuple(CATEGORIES), strongest,
                    screener.version["rules"])


def forbidden_terms(docs: Sequence[Analysed], domains: np.ndarray, ngram_range: tuple[int, int]) -> frozenset[str]:
    """N-grams found in exactly one row of a social/SMS domain (their text may not ship)."""
    counts: Counter[str] = Counter()
    for doc, domain in zip(docs, domains, strict=True):
        if str(domain).startswith("social"):
            counts.update(set(ngrams(doc.tokens, ngram_range)))
    return frozenset(t for t, n in counts.items() if n == 1)


def contact_terms(docs: Sequence[Analysed], ngram_range: tuple[int, int]) -> frozenset[str]:
    """Every n-gram of ``docs`` that is a weak-signal term (:func:`ct_screen.model.weak_terms.is_weak_term`)."""
    out: set[str] = set()
    for doc in docs:
        if not WEAK_WORDS.isdisjoint(doc.tokens):
            out.update(g for g in ngrams(doc.tokens, ngram_range) if is_weak_term(g))
    return frozenset(out)


@dataclass(frozen=True)
class Classifier:
    """A fitted linear classifier over :class:`TextFeatures`; ``weak`` marks its weak-signal columns."""

    features: TextFeatures
    coef: np.ndarray
    intercept: float
    weak: np.ndarray

    def decision_parts(self, docs: Sequence[Analysed]) -> tuple[np.ndarray, np.ndarray]:
        """``(decision, weak part)``: the uncapped decision and the weak-signal terms' share of it."""
        rows, cols, values = self.features.coo(docs)
        contributions = values * self.coef[cols]
        total = np.bincount(rows, weights=contributions, minlength=len(docs)) + self.intercept
        weak = weak_part(rows, contributions, self.weak[cols], len(docs))
        return total, weak

    def decision(self, docs: Sequence[Analysed]) -> np.ndarray:
        """The uncapped decision (ranking only: nested CV's selection)."""
        return self.decision_parts(docs)[0]


def classifier_weak_columns(features: TextFeatures) -> np.ndarray:
    """The weak-signal columns of fitted features (:func:`ct_screen.model.weak_terms.weak_columns`)."""
    blocks = [(0, features.full_.terms_)]
    if features.head_tokens:
        blocks.append((features.full_.n_features, features.head_.terms_))
    return weak_columns(blocks, features.n_features)


def fit_classifier(prep: Prepared, rows: np.ndarray, setting: dict[str, Any], recipe: Recipe) -> Classifier:
    """Fit features and a balanced logistic regression on ``rows`` (readable ones only)."""
    from sklearn.linear_model import LogisticRegression

    # every social row counts for the licence filter, also the ones the classifier does not read
    forbidden = forbidden_terms([prep.docs[i] for i in rows], prep.data.domain[rows], recipe.ngram_range)
    if not recipe.contact_terms:
        forbidden |= contact_terms([prep.docs[i] for i in rows], recipe.ngram_range)
    rows = rows[prep.readable[rows]]
    docs = [prep.docs[i] for i in rows]
    head = int(setting["head_tokens"]) if any(d.signals for d in docs) else 0
    features = TextFeatures(ngram_range=recipe.ngram_range, min_df=recipe.min_df, max_df=recipe.max_df,
                            head_tokens=head, signals=True, folds=recipe.folds)
    features.fit(docs, forbidden)
    model = LogisticRegression(C=float(setting["C"]), class_weight="balanced", max_iter=5000)
    model.fit(features.transform(docs), prep.data.y[rows], sample_weight=prep.data.weight[rows])
    return Classifier(features, model.coef_.ravel().astype(np.float64), float(model.intercept_[0]),
                      classifier_weak_columns(features))


def with_views(prep: Prepared, post_rows: np.ndarray) -> np.ndarray:
    """``post_rows`` and the views of those posts."""
    views = np.flatnonzero(np.isin(prep.data.parent, post_rows))
    return np.r_[post_rows, views].astype(np.int64)


def _selection_score(prep: Prepared, rows: np.ndarray, decision: np.ndarray) -> float:
    """Mean weighted ROC-AUC over the domain families present with both classes."""
    scores = []
    for fam in sorted(set(prep.families[rows].tolist())):
        mask = prep.families[rows] == fam
        y = prep.data.y[rows][mask]
        if min((y == 1).sum(), (y == 0).sum()) >= 5:
            scores.append(roc_auc(y, decision[mask], prep.data.weight[rows][mask]))
    return float(np.mean(scores)) if scores else 0.0


def _choose(prep: Prepared, post_rows: np.ndarray, recipe: Recipe) -> tuple[dict[str, Any], list[float]]:
    """Inner grouped CV on ``post_rows``: the setting with the best selection score."""
    if len(recipe.grid) == 1:
        return dict(recipe.grid[0]), []
    data = prep.data
    inner = grouped_folds(data.y[post_rows], data.groups[post_rows], n_splits=recipe.inner_splits,
                          seed=recipe.seed + 1)
    scores = []
    for setting in recipe.grid:
        rows_all, dec_all = [], []
        for tr, te in inner:
            model = fit_classifier(prep, with_views(prep, post_rows[tr]), setting, recipe)
            test = with_views(prep, post_rows[te])
            rows_all.append(test)
            dec_all.append(model.decision([prep.docs[i] for i in test]))
        rows, dec = np.concatenate(rows_all), np.concatenate(dec_all)
        keep = prep.readable[rows]
        scores.append(_selection_score(prep, rows[keep], dec[keep]))
    best = int(np.argmax(np.round(scores, 4)))
    return dict(recipe.grid[best]), scores


def _baseline(prep: Prepared, folds: Folds) -> np.ndarray:
    """The bare baseline's out-of-fold decisions (trained on the posts, not the views, of each fold)."""
    data, out = prep.data, np.zeros(len(prep.data))
    for tr, te in folds:
        decide = fit_baseline([prep.texts[i] for i in tr], data.y[tr], data.weight[tr])
        test = with_views(prep, te)
        out[test] = decide([prep.texts[i] for i in test])
    return out


@dataclass(frozen=True)
class PostProcessing:
    """Calibration, fusion, thresholds and the weak-term cap fitted on out-of-fold decisions."""

    calibration: Calibration
    fusion: Fusion
    thresholds: dict[str, float]
    weak_cap: float = float("inf")


def _constraint_families(prep: Prepared, rows: np.ndarray) -> list[str]:
    fams = []
    for fam in sorted(set(prep.families[rows].tolist())):
        legit = (prep.families[rows] == fam) & (prep.data.y[rows] == 0)
        if legit.sum() >= 5:
            fams.append(fam)
    return fams


def fit_post_processing(prep: Prepared, rows: np.ndarray, decision: np.ndarray, recipe: Recipe,
                        weak: np.ndarray | None, *, intercept: float) -> PostProcessing:
    """Fit calibration (readable rows), fusion, per-family thresholds and the weak-term cap on ``rows``.

    ``decision`` holds uncapped out-of-fold decisions and ``weak`` their weak-signal parts
    (:mod:`ct_screen.model.weak_terms`; ``None``: no cap); ``intercept`` is the classifier's (the decision of
    a post with no known term, see :func:`~ct_screen.training.fusion.weak_term_cap`). The cap depends on the calibration, fusion and
    ``review`` threshold fitted on the capped decisions, so the two are fitted in turn until the cap settles.
    """
    cap = float("inf")
    post = _fit_post_processing(prep, rows, decision, recipe)
    if weak is None or not recipe.cap_weak_terms:
        return post
    for _ in range(4):
        wanted = weak_term_cap(post.calibration, post.fusion, post.thresholds["review"], intercept=intercept)
        if abs(wanted - cap) < 0.01:
            break
        cap = wanted
        post = _fit_post_processing(prep, rows, capped_decision(decision, weak, cap), recipe)
    return PostProcessing(post.calibration, post.fusion, post.thresholds, weak_cap=cap)


def _fit_post_processing(prep: Prepared, rows: np.ndarray, decision: np.ndarray, recipe: Recipe) -> PostProcessing:
    data = prep.data
    y, w = data.y[rows], data.weight[rows]
    readable = prep.readable[rows]
    calibration = fit_calibration(decision[rows][readable], y[readable], w[readable], base_rate=recipe.base_rate)
    prob = np.where(readable, calibration.probability(decision[rows]), recipe.base_rate)
    weights = [prep.rule_weights[i] for i in rows]
    fusion = fit_fusion(prob, weights, y, w, categories=prep.categories, strong=recipe.strong_categories,
                        base_rate=recipe.base_rate, prior_sd=recipe.prior_sd)
    thresholds: dict[str, float] = {}
    for _ in range(3):  # capping weak categories lowers scores a little: choose again until stable
        fused = fused_scores(prob, weights, fusion)
        thresholds = thresholds_per_domain(prep, rows, fused, recipe)
        capped = cap_weak_categories(fusion, prep.strongest, thresholds["review"], strong=recipe.strong_categories)
        if capped == fusion:
            break
        fusion = capped
    return PostProcessing(calibration, fusion, thresholds)


def thresholds_per_domain(prep: Prepared, rows: np.ndarray, fused: np.ndarray, recipe: Recipe) -> dict[str, float]:
    """``review``: flags at most ``review_flag_rate`` of each family's legitimate posts; ``high``: precision
    ``high_precision`` at the base rate on the posts (not the views)."""
    from ..evaluation import base_rate_weights

    data = prep.data
    y, w, fams = data.y[rows], data.weight[rows], prep.families[rows]
    review = max(threshold_for_flag_rate(y[fams == fam], fused[fams == fam], recipe.review_flag_rate,
                                         w[fams == fam]) for fam in _constraint_families(prep, rows))
    posts = data.parent[rows] < 0
    high = threshold_for_precision(y[posts], fused[posts], recipe.high_precision,
                                   base_rate_weights(y[posts], w[posts], recipe.base_rate))
    return {"review": round(float(review), 6), "high": round(float(max(high, review)), 6)}


def apply_post_processing(prep: Prepared, rows: np.ndarray, decision: np.ndarray, post: PostProcessing,
                          weak: np.ndarray | None = None) -> np.ndarray:
    """Fused scores of ``rows`` (``weak``: the decisions' weak-signal parts, capped at ``post.weak_cap``)."""
    if weak is not None:
        decision = capped_decision(decision, weak, post.weak_cap)
    prob = np.where(prep.readable[rows], post.calibration.probability(decision[rows]), post.fusion.neutral_probability)
    return fused_scores(prob, [prep.rule_weights[i] for i in rows], post.fusion)


def _decisions_of(prep: Prepared, folds: Folds, chosen: list[dict[str, Any]], setting: dict[str, Any],
                  decision: np.ndarray, weak: np.ndarray, recipe: Recipe,
                  say: Callable[[str], None]) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold decisions (and weak-signal parts) of ``setting`` in every outer fold.

    The shipped calibration, fusion and thresholds must be fitted on decisions of the shipped setting: where nested
    CV chose another setting in a fold (``C=4`` beside a shipped ``C=16``), that fold's decisions have another
    scale, and post-processing fitted on the mix misjudged the shipped classifier (on EMSCAD and social_dev the
    shipped ``review`` threshold was 0.0917 on the mix, 0.0982 on the shipped setting's decisions). Folds that chose
    ``setting`` keep their decisions;
    the others are refitted with it. The cross-fitted figures still come from the nested choice.
    """
    differs = [k for k, chosen_setting in enumerate(chosen) if chosen_setting != setting]
    if not differs:
        return decision, weak
    say(f"out-of-fold decisions of the shipped setting in outer folds {[k + 1 for k in differs]}")
    decision, weak = decision.copy(), weak.copy()
    for k in differs:
        _fold_decisions(prep, folds[k], setting, recipe, decision, weak)
    return decision, weak


def _fold_decisions(prep: Prepared, fold: tuple[np.ndarray, np.ndarray], setting: dict[str, Any], recipe: Recipe,
                    decision: np.ndarray, weak: np.ndarray) -> tuple[np.ndarray, Classifier]:
    """Fit ``setting`` on the fold's training posts and their views, write its decisions and weak-signal parts of
    the fold's test posts and their views into ``decision`` and ``weak``; return those rows and the model."""
    tr, te = fold
    model = fit_classifier(prep, with_views(prep, tr), setting, recipe)
    test = with_views(prep, te)
    decision[test], weak[test] = model.decision_parts([prep.docs[i] for i in test])
    return test, model


@dataclass(frozen=True)
class TrainResult:
    """What :func:`train` returns.

    Attributes
    ----------
    classifier : Classifier
        Fitted on all rows with the chosen setting.
    post : PostProcessing
        Calibration, fusion and thresholds fitted on all out-of-fold scores (shipped).
    prepared : Prepared
    folds : list of (train, test)
        Outer folds over the posts.
    decision, baseline : numpy.ndarray
        Out-of-fold decisions (posts and views) of the model (uncapped) and of the bare baseline.
    weak : numpy.ndarray
        The weak-signal terms' part of each out-of-fold decision (:mod:`ct_screen.model.weak_terms`).
    cross_fitted : numpy.ndarray
        Fused scores with post-processing fitted without each row's fold.
    cross_thresholds : list of dict
        The thresholds each fold was banded with.
    fold_of : numpy.ndarray
        Outer fold index of each row.
    setting : dict
        The shipped setting; ``chosen`` the one chosen in each outer fold, ``inner_scores`` their scores.
    """

    classifier: Classifier
    post: PostProcessing
    prepared: Prepared
    folds: list[tuple[np.ndarray, np.ndarray]]
    decision: np.ndarray
    weak: np.ndarray
    baseline: np.ndarray
    cross_fitted: np.ndarray
    cross_thresholds: list[dict[str, float]]
    fold_of: np.ndarray
    setting: dict[str, Any]
    chosen: list[dict[str, Any]]
    inner_scores: list[list[float]]
    recipe: Recipe


def train(data: LabelledPosts, recipe: Recipe | None = None, *,
          progress: Callable[[str], None] | None = None) -> TrainResult:
    """Train on pooled, grouped posts (see the module notes)."""
    recipe = recipe or Recipe()
    say = progress or (lambda message: None)
    if data.groups is None:
        raise ValueError("pool() the posts first: training needs near-duplicate groups")
    if len(np.unique(data.y)) != 2:
        raise ValueError("training data needs both scams and legitimate posts")
    prep = prepare(data, recipe, progress=say)
    n = prep.n_posts
    folds = grouped_folds(data.y, data.groups, n_splits=recipe.n_splits, seed=recipe.seed)
    decision, weak = np.zeros(len(prep.data)), np.zeros(len(prep.data))
    fold_of = np.zeros(len(prep.data), dtype=np.int64)
    chosen, inner_scores, intercepts = [], [], []
    for k, (tr, te) in enumerate(folds):
        setting, scores = _choose(prep, tr, recipe)
        chosen.append(setting)
        inner_scores.append(scores)
        say(f"outer fold {k + 1}/{len(folds)}: setting {setting}")
        test, model = _fold_decisions(prep, (tr, te), setting, recipe, decision, weak)
        intercepts.append(model.intercept)
        fold_of[test] = k
    say("bare baseline on the same folds")
    baseline = _baseline(prep, folds)
    say("cross-fitted calibration, fusion and thresholds")
    cross = np.zeros(len(prep.data))
    cross_thresholds = []
    everything = np.arange(len(prep.data))
    for k in range(len(folds)):
        post = fit_post_processing(prep, everything[fold_of != k], decision, recipe, weak,
                                   intercept=float(np.mean(intercepts)))
        rows = everything[fold_of == k]
        cross[rows] = apply_post_processing(prep, rows, decision, post, weak)
        cross_thresholds.append(post.thresholds)
    counts = Counter(tuple(sorted(s.items())) for s in chosen)
    setting = dict(max(counts.items(), key=lambda kv: (kv[1], -recipe.grid.index(dict(kv[0]))))[0])
    say(f"final model: setting {setting} on all {n} posts and their views")
    classifier = fit_classifier(prep, everything, setting, recipe)
    shipped, shipped_weak = _decisions_of(prep, folds, chosen, setting, decision, weak, recipe, say)
    post = fit_post_processing(prep, everything, shipped, recipe, shipped_weak, intercept=classifier.intercept)
    return TrainResult(classifier, post, prep, folds, decision, weak, baseline, cross, cross_thresholds, fold_of,
                       setting, chosen, inner_scores, recipe)

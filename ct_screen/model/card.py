"""MODEL_CARD.md for a model folder, written from its manifest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["model_card"]

_METRICS = [("roc_auc", "ROC-AUC"), ("average_precision", "Average precision (file's fraud share)"),
            ("average_precision_at_base_rate", "Average precision at the base rate"),
            ("recall_at_1pct_fpr", "Recall at 1% FPR"), ("recall_at_5pct_fpr", "Recall at 5% FPR"),
            ("recall_at_10pct_fpr", "Recall at 10% FPR"),
            ("calibration_error_at_base_rate", "Calibration error at the base rate (ECE, 10 bins)"),
            ("recall_at_review", "Fraud recall at `review`"), ("legit_flagged_at_review", "Legitimate flagged at `review`"),
            ("precision_at_high_at_base_rate", "Precision at `high` (base rate)")]


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else ("-" if value is None else str(value))


def _metrics_table(cv: Mapping[str, Any]) -> list[str]:
    columns = [("fused", "fused score (shipped)"), ("model", "classifier alone"), ("baseline", "bare baseline")]
    lines = ["| metric | " + " | ".join(title for _, title in columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for key, title in _METRICS:
        lines.append(f"| {title} | " + " | ".join(_fmt(cv.get(name, {}).get(key)) for name, _ in columns) + " |")
    return lines


def _bands(cv: Mapping[str, Any]) -> list[str]:
    lines = ["| score | posts | low | review | high |", "|---|---|---|---|---|"]
    for name in ("fused", "baseline"):
        for label in ("fraud", "legit"):
            shares = cv.get(name, {}).get("bands", {}).get(label)
            if shares:
                lines.append(f"| {name} | {label} | " + " | ".join(f"{shares[b]:.1%}" for b in ("low", "review", "high"))
                             + " |")
    return lines


def model_card(manifest: Mapping[str, Any]) -> str:
    """The model card text for a manifest."""
    cv = manifest.get("cv_metrics", {})
    data = manifest.get("training_data", {})
    settings = manifest.get("settings", {})
    fusion = manifest.get("fusion", {})
    floor = fusion.get("floor", {})
    ablation = ["| step | ROC-AUC | average precision |", "|---|---|---|"]
    ablation += [f"| {row['step']} | {_fmt(row.get('roc_auc'))} | {_fmt(row.get('average_precision'))} |"
                 for row in cv.get("ablation", [])]
    scales = ", ".join(f"{c} {k:.2f} ({fusion.get('category_support', {}).get(c, 0)} posts)"
                       for c, k in fusion.get("category_scales", {}).items())
    lines = [
        f"# Model card: {manifest.get('model_version')}",
        "",
        "## What it is",
        "A word n-gram TF-IDF + logistic regression classifier of job and classified posts as scam or not, trained on "
        "EMSCAD (Employment Scam Aegean Dataset, University of the Aegean; Vidros et al., *Future Internet* 2017), "
        "calibrated and moved to a platform base rate, then fused with ct-screen's rule categories. "
        f"Package {manifest.get('package_version')}, rules {manifest.get('trained_with', {}).get('rules_version')}, "
        f"scikit-learn {manifest.get('sklearn_version')}.",
        "",
        "## Intended use",
        "Triage for trust-and-safety moderators: the `review` band fills a reviewer queue, `high` asks for quick action. "
        "It is a screening aid, not a verdict: every flag should be read by a person, with the rule evidence and terms "
        "shown. Not for automated account bans, and not for judging people.",
        "",
        "## Training data and its limits",
        f"- {data.get('rows')} EMSCAD posts ({data.get('fraudulent')} fraudulent), sha256 `{data.get('sha256')}`; "
        f"weighted fraud share {data.get('weighted_fraud_share')}, moved to a base rate of {manifest.get('base_rate')}.",
        "- English, 2012-2014, mostly US/UK/Greek employers on one applicant-tracking platform. It holds fake "
        "recruiters, fake data-entry/admin jobs, work-from-home and reshipping scams, **not** trafficking lures "
        "(work abroad, appearance, debt bondage, document control): those come from the rules.",
        "- Legitimate rows over-represent fully filled-in posts; `sample_weight` corrects this in fitting and measuring.",
        f"- Fraud comes in campaigns; all figures are from grouped {manifest.get('n_splits')}-fold cross-validation "
        f"(near-duplicate groups kept on one side: {data.get('groups', {}).get('groups')} groups, the largest "
        f"{data.get('groups', {}).get('largest')} posts), seed {manifest.get('seed')}.",
        "",
        "## Settings (chosen by grouped CV)",
        f"Word 1-2-gram TF-IDF (sublinear tf, min_df {settings.get('min_df')}, max_df {settings.get('max_df')}) "
        f"over the post and over its first {settings.get('head_tokens')} tokens; contacts masked as kind tokens; "
        f"logistic regression C={settings.get('C')}, balanced classes; {settings.get('n_features')} features.",
        "",
        "## Metrics (grouped out-of-fold, weighted)",
        *_metrics_table(cv),
        "",
        "Calibration, fusion and thresholds (a few parameters) are fitted on the out-of-fold classifier scores. "
        "Refitted without each held-out fold, the fused score gives ROC-AUC "
        f"{_fmt(cv.get('fused_cross_fitted', {}).get('roc_auc'))} and average precision "
        f"{_fmt(cv.get('fused_cross_fitted', {}).get('average_precision'))} (baseline treated the same way: "
        f"{_fmt(cv.get('baseline_cross_fitted', {}).get('roc_auc'))} and "
        f"{_fmt(cv.get('baseline_cross_fitted', {}).get('average_precision'))}); pooling folds with different score "
        "scales costs about 0.01.",
        "",
        f"Thresholds: review {manifest.get('thresholds', {}).get('review')}, high "
        f"{manifest.get('thresholds', {}).get('high')} "
        f"({manifest.get('threshold_rules', {}).get('review')}; {manifest.get('threshold_rules', {}).get('high')}).",
        "",
        "Band shares (weighted):",
        "",
        *_bands(cv),
        "",
        "What each step gained:",
        "",
        *ablation,
        "",
        "## Fusion with the rules",
        "Fused log-odds = intercept + a * logit(classifier probability) + sum over fired categories of "
        "k_c * max(0, logit(rule weight) - logit(base rate)). Each k_c has a prior N(1, "
        f"{fusion.get('prior', {}).get('scale_sd')}^2), k_c >= 0, fitted on the out-of-fold classifier probabilities. "
        f"Fitted: a = {fusion.get('model_coef')}; {scales}.",
        f"Floor: for categories with fewer than {fusion.get('prior', {}).get('min_support')} training posts, and "
        "any category the model does not know, the fused score is at least the rules-only score mapped onto the "
        f"model's bands. Categories exempt from the floor: {', '.join(floor.get('exempt', [])) or 'none'}.",
        "",
        "## Known failure modes",
        "- Ranks by wording learned from 2012-2014 job boards: short social-media or SMS posts, other languages and "
        "new scam scripts are scored mostly by the rules.",
        "- How a post opens matters (the head block): a scam that opens with a real-looking company introduction "
        "scores lower; a legitimate post that opens with pay and perks scores higher.",
        "- A post without a company description reads as riskier, as EMSCAD's fraud mostly lacks one.",
        "- Probabilities assume the base rate above; on a platform with another fraud share retrain with "
        "`--base-rate` (the thresholds move with it).",
        "",
    ]
    return "\n".join(lines)

"""The bundled classifier's cost per post against the bare TF-IDF+LogisticRegression pipeline, same run.

    python benchmarks/classifier_cost.py [--posts 1000] [--runs 3] [--quick]

Times, in CPU seconds, the classifier alone as ``screen()`` runs it (``ModelBundle.predict_many``:
tokens, contact masking, the word and field blocks, calibrated probability and the terms that
explain it) against the bare pipeline's ``predict_proba`` on the same posts, interleaved, best of
``--runs``. Both get the posts' text; contacts are found beforehand for the bundle, as the screener
finds them in its own stage. Goal (issue 15): the classifier costs at most 1.5x the bare pipeline. The
line before the last also gives scoring alone (tokens, features, decision; no explanation terms).
"""

from __future__ import annotations

import sys
import time

from _bench import finish, fitted_baseline, header, parser
from _posts import load_posts

GOAL = 1.5


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--posts", type=int, default=1000)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    header("classifier_cost", args.quick)
    from ct_screen.contacts import extract_contacts
    from ct_screen.model.bundle import load_default_model

    texts, source = load_posts(limit=100 if args.quick else args.posts)
    bundle = load_default_model()
    contacts = [extract_contacts(t) for t in texts]
    pipe = fitted_baseline(args.quick)
    bundle.predict_many(texts[:5], contacts[:5])  # warm up
    from ct_screen.model.features import analyse

    ours, scoring, bare = [], [], []
    for _ in range(max(1, args.runs)):
        ours.append(cpu(lambda: bundle.predict_many(texts, contacts)))
        scoring.append(cpu(lambda: bundle.decision_function([analyse(t, c) for t, c in zip(texts, contacts, strict=True)])))
        bare.append(cpu(lambda: pipe.predict_proba(texts)))
    a, s, b = min(ours), min(scoring), min(bare)
    print(f"{len(texts)} posts from {source}; model {bundle.version}")
    print(f"bundled classifier with explanations: {a / len(texts) * 1e3:.3f} ms/post CPU; scoring alone "
          f"{s / len(texts) * 1e3:.3f} ms/post ({s / b:.2f}x); bare pipeline: {b / len(texts) * 1e3:.3f} ms/post CPU")
    return finish("classifier_cost", f"{a / b:.2f}x the bare pipeline", f"<= {GOAL}x", a / b <= GOAL, args.quick)


if __name__ == "__main__":
    sys.exit(main())

"""Campaigns found in the EMSCAD training file: how many, how big, how pure, and what guilt by association costs.

    python benchmarks/link_quality.py [--data PATH] [--quick]

Not a speed goal: the figures the linking issue asks for, measured with
``link_posts`` at its default settings on ``emscad_train.csv.gz`` (from
``--data``, ``$CT_SCREEN_DATA/emscad/`` or ``../shared/data/emscad/``). Each
figure is given per post and weighted with the file's ``sample_weight`` (which
corrects how many legitimate posts the file holds), and the baseline is what the
same share would be if posts were put in campaigns at random with the same sizes.

* campaigns found and their size distribution;
* share of fraudulent posts in a campaign of size >= 2;
* campaign purity: share of posts whose campaign is all one label;
* share of fraudulent posts linked to at least one other fraudulent post;
* share of legitimate posts linked to any fraudulent post (the cost of guilt by association).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from _bench import finish, header, parser
from _posts import emscad_file

from ct_screen import link_posts


def _figures(labels: np.ndarray, fraud: np.ndarray, weight: np.ndarray) -> dict[str, float]:
    n_campaigns = int(labels.max()) + 1
    size = np.bincount(labels, minlength=n_campaigns)[labels]
    frauds = np.bincount(labels, weights=fraud.astype(float), minlength=n_campaigns)[labels]
    pure = (frauds == 0) | (frauds == size)

    def share(mask: np.ndarray, among: np.ndarray) -> tuple[float, float]:
        return float(mask[among].mean()), float(np.average(mask[among], weights=weight[among]))

    return {
        "fraud in a campaign of size >= 2": share(size >= 2, fraud),
        "posts whose campaign is all one label": share(pure, np.ones_like(fraud)),
        "  ... of posts in campaigns of size >= 2": share(pure, size >= 2),
        "fraud linked to another fraudulent post": share(frauds - 1 >= 1, fraud),
        "legitimate linked to a fraudulent post": share(frauds >= 1, ~fraud),
    }


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--data", type=Path, default=None, help="the EMSCAD training file")
    args = p.parse_args()
    header("link_quality", args.quick)
    path = args.data or emscad_file()
    if path is None:
        return finish("link_quality", "EMSCAD data not found (set CT_SCREEN_DATA or --data), nothing measured",
                      "none, figures only", True, args.quick)
    df = pd.read_csv(path, keep_default_na=False, dtype=str)
    if args.quick:
        df = df.iloc[:300]
    fraud = df["fraudulent"].astype(int).to_numpy() == 1
    weight = df["sample_weight"].astype(float).to_numpy() if "sample_weight" in df else np.ones(len(df))
    start = time.perf_counter()
    found = link_posts(df, ids="job_id")
    seconds = time.perf_counter() - start
    labels = np.asarray(found.labels)
    sizes = np.asarray(found.sizes)
    print(f"{len(df):,} posts ({int(fraud.sum()):,} fraudulent) from {path}; linked in {seconds:.1f} s")
    print(f"campaigns: {len(found):,} ({int((sizes >= 2).sum()):,} of size >= 2, largest {int(sizes.max())})")
    bins = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 50), (51, 10**9)]
    print("size distribution (campaigns / posts): " + "; ".join(
        f"{lo if lo == hi else f'{lo}-{hi}' if hi < 10**9 else f'{lo}+'}: "
        f"{int(((sizes >= lo) & (sizes <= hi)).sum()):,} / {int(sizes[(sizes >= lo) & (sizes <= hi)].sum()):,}"
        for lo, hi in bins))
    observed = _figures(labels, fraud, weight)
    rng = np.random.default_rng(0)
    shuffled = _figures(labels, rng.permutation(fraud), weight)
    print(f"{'':45} {'posts':>8} {'weighted':>9}   {'random campaigns of the same sizes':>10}")
    for name, (plain, weighted) in observed.items():
        base = shuffled[name]
        print(f"{name:45} {plain:8.3f} {weighted:9.3f}   {base[0]:8.3f} {base[1]:9.3f}")
    kinds: dict[str, int] = {}
    for campaign in found.iter_campaigns(min_size=2):
        for kind in {i.kind for i in campaign.indicators}:
            kinds[kind] = kinds.get(kind, 0) + 1
    print("campaigns of size >= 2 linked (partly) by: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    common = found.summary()
    print(f"values too common to link (reported, not used): {common['common_values']} (cut-off: shared by more "
          f"than {common['cutoff']} posts)")
    fr = observed["fraud linked to another fraudulent post"][0]
    legit = observed["legitimate linked to a fraudulent post"][0]
    summary = (f"{fr:.3f} of fraudulent posts linked to another fraudulent post vs {legit:.3f} of legitimate posts "
               f"linked to any fraudulent one; {len(found):,} campaigns (largest {int(sizes.max())}) in {len(df):,} posts")
    return finish("link_quality", summary, "none, figures only", True, args.quick)


if __name__ == "__main__":
    sys.exit(main())

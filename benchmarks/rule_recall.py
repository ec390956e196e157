"""Rule recall on real phrasing: rules alone on the measuring half of social_dev (issue 16, item 5).

    CT_SCREEN_DATA=/work/shared/data python benchmarks/rule_recall.py [--quick]

Splits ``$CT_SCREEN_DATA/social/social_dev.csv.gz`` once (seed 16, stratified by
label and platform, grouped by near-duplicates: :mod:`ct_screen.rules.recall`)
and screens the *measuring* half with ``Screener(model=None)``. Prints, per
category, how many English scams it flags and how many legitimate posts it fires
on (a hit not discounted as a warning), then the share of English scams the rules
flag (band review or high, rules alone). The reading half is never measured.

Goal: at least 0.60 of the measuring half's English scams flagged.

Before the recall work (the rules at main 3d06af6, same split), measuring half,
29 English scams, 29 English legitimate posts: flagged (review/high) 10/29 = 0.34
of English scams, 1/29 legitimate posts flagged; any hit on 15/29 scams and 17/29
legitimate posts (16 of them CT113, a link or handle). Per category, scams flagged /
legitimate fired: off_platform_contact 11/16, vague_remote_work 5/1, adult_content 3/0,
unrealistic_pay 3/0, urgency_pressure 2/0, work_abroad_lure 0/1, every other 0/0.

After the recall work (branch wip-recall): 17/29 = 0.59 flagged, 2/29 legitimate posts
flagged; any hit on 21/29 scams and 18/29 legitimate posts.

Second pass (branch wip-recall, 7c01316: CT106, CT128, CT206 new; CT116, CT127, CT137, CT187
widened), measured once beside the rules of main 7e0fa42 in the same run: unchanged at 17/29 =
0.59 flagged, 2/29 legitimate posts flagged, per-category counts identical. The new phrasings
(fees under hiring-step names, fake-cheque vendors, trial-period data, chat-only interviews,
earning-named addresses) do not occur among the measuring half's missed scams as the rules read them.
"""

from __future__ import annotations

import sys

from _bench import finish, header, parser

GOAL = 0.60


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    header("rule_recall", args.quick)
    from ct_screen import Screener
    from ct_screen.rules import CATEGORIES
    from ct_screen.rules.recall import category_recall, load_social_split

    try:
        split = load_social_split()
    except FileNotFoundError as exc:
        print(f"no data: {exc}")
        return finish("rule_recall", "no social_dev file, nothing measured", f">= {GOAL:.2f}", False, args.quick)
    frame = split.measuring_frame
    screener = Screener(model=None)
    results = screener.screen_many(frame["text"].fillna("").astype(str).tolist())
    fired = [tuple(h.category for h in r.hits if not h.discounted) for r in results]
    english = (frame["language"] == "en").to_numpy()
    labels = frame["label"].astype(int).to_numpy()
    en_fired = [f for f, e in zip(fired, english, strict=True) if e]
    en_labels = labels[english]
    n_scam, n_legit = int((en_labels == 1).sum()), int((en_labels == 0).sum())
    print(f"measuring half: {len(frame)} posts, {n_scam} English scams, {n_legit} English legitimate posts; "
          f"reading half: {len(split.reading)} posts (not measured)")
    print(f"{'category':<26}{'scams flagged':>15}{'legit fired':>13}")
    for row in category_recall(en_fired, en_labels, CATEGORIES):
        print(f"{row.category:<26}{row.scams_flagged:>9}/{n_scam:<5}{row.legit_fired:>8}/{n_legit}")
    hit = sum(1 for f, y in zip(en_fired, en_labels, strict=True) if y == 1 and f)
    legit = sum(1 for f, y in zip(en_fired, en_labels, strict=True) if y == 0 and f)
    bands = [r.band != "low" for r, e in zip(results, english, strict=True) if e]
    flagged = sum(1 for b, y in zip(bands, en_labels, strict=True) if y == 1 and b)
    legit_flagged = sum(1 for b, y in zip(bands, en_labels, strict=True) if y == 0 and b)
    for platform in sorted(frame["platform"].unique()):
        mask = english & (frame["platform"] == platform).to_numpy()
        scams = [bool(f) for f, y, m in zip(fired, labels, mask, strict=True) if m and y == 1]
        legits = [bool(f) for f, y, m in zip(fired, labels, mask, strict=True) if m and y == 0]
        print(f"  {platform}: scams flagged {sum(scams)}/{len(scams)}, legitimate with a hit {sum(legits)}/{len(legits)}")
    print(f"English scams with any hit: {hit}/{n_scam}; legitimate English posts with any hit: {legit}/{n_legit}")
    print(f"legitimate English posts flagged (review/high): {legit_flagged}/{n_legit}")
    share = flagged / n_scam if n_scam else 0.0
    return finish("rule_recall", f"English scams flagged by the rules {flagged}/{n_scam} = {share:.2f}",
                  f">= {GOAL:.2f}", share >= GOAL, args.quick)


if __name__ == "__main__":
    sys.exit(main())

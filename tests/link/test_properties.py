"""Properties: every post is in exactly one campaign, and input order changes nothing but id names."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ct_screen import link_posts

from .samples import CITIES, SALARIES, TEMPLATE

CONTACTS = ["+44 7700 900123", "07700 900456", "wa.me/447700900789", "jobs.desk@example.net",
            "telegram @quick_tasks", "https://apply.example.com/form", "call 0 7 7 0 0 9 0 0 4 5 6"]
FILLERS = ["Shop assistant wanted", "Evening cleaner, two hours", "Van driver for deliveries", "Tutor for maths"]

post = st.one_of(
    st.builds(lambda f, c: f"{f}. Contact {c}", st.sampled_from(FILLERS), st.sampled_from(CONTACTS)),
    st.builds(lambda c, s: TEMPLATE.format(city=c, salary=s), st.sampled_from(CITIES), st.sampled_from(SALARIES)),
    st.sampled_from(FILLERS),
    st.text(max_size=40),
)


def partition(campaigns, ids):
    frame = campaigns.to_frame()
    groups: dict[str, set] = {}
    for pid, cid in zip(ids, frame["campaign_id"], strict=True):
        groups.setdefault(cid, set()).add(pid)
    return {frozenset(g) for g in groups.values()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts=st.lists(post, min_size=1, max_size=25), data=st.data())
def test_order_does_not_matter_and_each_post_is_in_one_campaign(posts, data):
    ids = [f"post{i}" for i in range(len(posts))]
    order = data.draw(st.permutations(range(len(posts))))
    first = link_posts(posts, ids=ids, min_common=3)
    second = link_posts([posts[i] for i in order], ids=[ids[i] for i in order], min_common=3)

    groups = partition(first, ids)
    assert groups == partition(second, [ids[i] for i in order])
    assert sorted(len(g) for g in groups) == sorted(first.sizes.tolist())
    assert sum(len(g) for g in groups) == len(posts)  # every post in exactly one campaign
    frame = first.to_frame()
    assert frame["post_id"].tolist() == ids
    assert (frame.groupby("campaign_id")["post_id"].count() == frame.groupby("campaign_id")["campaign_size"].first()).all()
    # the same campaign is linked by the same indicators, and the same values are reported common
    links = {frozenset(c.member_ids): {i.key for i in c.indicators} for c in first}
    assert links == {frozenset(c.member_ids): {i.key for i in c.indicators} for c in second}
    assert first.common == second.common
    # same input, same ids
    assert link_posts(posts, ids=ids, min_common=3).to_frame().equals(frame)

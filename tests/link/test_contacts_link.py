"""Linking on contacts: one number written many ways links; common values are reported, not linked."""

from __future__ import annotations

from ct_screen import link_posts

from .samples import HONEST, PHONE_FIVE_WAYS, board_posts, template_posts, unrelated_posts


def campaign_of(campaigns, row: int) -> str:
    return campaigns.to_frame()["campaign_id"][row]


def test_same_phone_five_ways_is_one_campaign():
    posts = PHONE_FIVE_WAYS + unrelated_posts(5)
    found = link_posts(posts)
    frame = found.to_frame()
    assert frame["campaign_id"][:5].nunique() == 1
    assert (frame["campaign_size"][:5] == 5).all()
    assert (frame["campaign_size"][5:] == 1).all()
    assert all("phone:+447700900123 (5 posts)" in links for links in frame["campaign_links"][:5])
    campaign = found.campaign(frame["campaign_id"][0])
    assert campaign.member_ids == (0, 1, 2, 3, 4)
    assert [i.key for i in campaign.indicators] == ["phone:+447700900123"]


def test_handles_emails_and_telegram_links_join():
    posts = ["Models wanted, write to Bookings.Agent@Example.org", "Apply: bookings.agent@example.org today",
             "Telegram @fastcash_jobs for tasks", "tasks paid hourly t.me/fastcash_jobs", "nothing in common here"]
    frame = link_posts(posts).to_frame()
    assert frame["campaign_id"][0] == frame["campaign_id"][1] != frame["campaign_id"][2]
    assert frame["campaign_id"][2] == frame["campaign_id"][3] != frame["campaign_id"][4]
    assert "handle:telegram:fastcash_jobs (2 posts)" in frame["campaign_links"][3]


def test_honest_employers_sharing_a_job_board_url_do_not_link():
    posts = HONEST + board_posts(30) + template_posts()
    found = link_posts(posts)
    assert campaign_of(found, 0) != campaign_of(found, 1)
    assert found.to_frame()["campaign_size"][0] == 1
    assert [(i.kind, i.value, i.posts) for i in found.common] == [("url", "bigjobs.example/apply", 32)]


def test_common_contact_is_reported_not_linked_and_cutoff_follows_the_batch():
    posts = board_posts(25) + unrelated_posts(15)
    found = link_posts(posts)  # 25 of 40 posts: over min_common=20
    assert len(found) == 40
    assert found.common[0].key == "url:bigjobs.example/apply"
    assert found.common_frame().to_dict("records") == [{"kind": "url", "value": "bigjobs.example/apply", "posts": 25}]
    relaxed = link_posts(posts, min_common=30)  # the same value under the cut-off links all 25
    assert relaxed.common == ()
    assert relaxed.to_frame()["campaign_size"][:25].eq(25).all()
    by_share = link_posts(posts, max_share=0.5, min_common=2)  # cut-off = 20 posts
    assert by_share.cutoff == 20 and len(by_share.common) == 1


def test_company_profile_links_mapping_input_and_short_profiles_do_not():
    profile = "Northwind Staffing places skilled trades people with building firms across the Midlands since 1998."
    posts = [{"title": "Bricklayer", "company_profile": profile,
              "description": "Site work in Derby on a new primary school: laying facing bricks and blocks, reading "
                             "drawings, keeping the scaffold tidy. CSCS card needed; own hand tools; eight weeks."},
             {"title": "Electrician", "company_profile": profile,
              "description": "Commercial fit-outs in Coventry offices: containment, lighting circuits, testing and "
                             "certification to the wiring regulations. Approved electrician status, ECS gold card."},
             {"title": "Plasterer", "company_profile": "We hire.", "description": "Domestic jobs."},
             {"title": "Roofer", "company_profile": "We hire.", "description": "Slate and tile."}]
    found = link_posts(posts)
    frame = found.to_frame()
    assert frame["campaign_size"].tolist() == [2, 2, 1, 1]
    assert frame["campaign_links"][0].startswith("profile:northwind staffing places")
    assert link_posts(posts, link_on=["phone", "template"]).to_frame()["campaign_size"].max() == 1
    assert [i.kind for i in found.campaign(0).indicators] == ["profile"]


def test_run_on_sentences_and_bare_shorteners_are_not_links():
    posts = ["We serve every market.At our firm you grow. Links: bit.ly", "Top markets.At last a job. See bit.ly",
             "Short link bit.ly/Ab12Cd for the form", "The form is at https://bit.ly/Ab12Cd"]
    frame = link_posts(posts, link_on=["url"]).to_frame()
    assert frame["campaign_size"].tolist() == [1, 1, 2, 2]


def test_salary_ranges_read_as_phone_numbers_do_not_link():
    posts = ["Senior analyst, London. Salary 80000-102000 plus bonus.", "Data engineer, remote. 80000-102000 a year.",
             {"title": "Nurse", "salary_range": "80000-116000"}, {"title": "Medic", "salary_range": "80000-116000"},
             "Call 07700 900123 about the analyst role", "Ring 07700 900123 for the engineer role"]
    assert link_posts(posts).to_frame()["campaign_size"].tolist() == [1, 1, 1, 1, 2, 2]

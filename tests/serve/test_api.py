"""The API answers exactly what the library computes, in order, with the versions on every response."""

from __future__ import annotations

import re

import pytest

from ct_screen import Screener, link_posts, screen
from ct_screen.rules import category_descriptions

from .conftest import PLAIN, SCAM

RULES_ONLY = Screener(model=None)


def test_screen_text_equals_library(client):
    response = client.post("/v1/screen", json={"text": SCAM})
    assert response.status_code == 200
    assert response.json() == RULES_ONLY.screen(SCAM).to_dict()
    assert response.json()["band"] != "low"


def test_screen_fields_equals_library_with_field_spans(client):
    fields = {"title": "Home data entry", "description": SCAM, "benefits": None}
    response = client.post("/v1/screen", json={"fields": fields})
    assert response.status_code == 200
    expected = RULES_ONLY.screen({"title": "Home data entry", "description": SCAM}).to_dict()
    assert response.json() == expected
    assert {ev["field"] for hit in expected["hits"] for ev in hit["evidence"]} == {"description"}


def test_screen_with_the_bundled_model_equals_screen(model_client):
    for text in (SCAM, PLAIN):
        response = model_client.post("/v1/screen", json={"text": text})
        assert response.status_code == 200
        assert response.json() == screen(text).to_dict()
        assert response.json()["version"]["model"] != "none"


def test_batch_keeps_order_and_puts_an_error_entry_in_place_of_a_bad_post(client):
    posts = [SCAM, {"text": PLAIN}, 42, {"text": "a", "fields": {"title": "b"}}, {"fields": {"title": ["x"]}},
             "x" * 200, PLAIN]
    with client:
        response = client.post("/v1/screen/batch", json={"posts": posts})
    assert response.status_code == 200
    body = response.json()
    results = body["results"]
    assert body["count"] == len(posts) == len(results)
    assert body["errors"] == 3
    assert results[0] == RULES_ONLY.screen(SCAM).to_dict()
    assert results[1] == RULES_ONLY.screen(PLAIN).to_dict()
    for i in (2, 3, 4):
        assert results[i]["index"] == i and results[i]["error"]["code"] == "invalid_post", results[i]
        assert f"post {i}" in results[i]["error"]["message"]
    assert results[5] == RULES_ONLY.screen("x" * 200).to_dict()
    assert results[6] == RULES_ONLY.screen(PLAIN).to_dict()


def test_batch_with_the_model_equals_screen_many(model_client):
    posts = [PLAIN, SCAM, PLAIN + " " + SCAM]
    response = model_client.post("/v1/screen/batch", json={"posts": posts})
    assert response.json()["results"] == [r.to_dict() for r in Screener().screen_many(posts)]


def test_batch_oversized_post_is_an_error_entry_not_a_lost_row():
    from .conftest import make_client

    with make_client(max_post_chars=50) as c:
        response = c.post("/v1/screen/batch", json={"posts": ["short post", "y" * 51, "another short post"]})
    results = response.json()["results"]
    assert [("error" in r) for r in results] == [False, True, False]
    assert results[1]["error"]["code"] == "post_too_large" and "limit is 50" in results[1]["error"]["message"]


def test_batch_above_max_posts_is_413_naming_the_limit():
    from .conftest import make_client

    with make_client(max_batch_posts=3) as c:
        response = c.post("/v1/screen/batch", json={"posts": ["a", "b", "c", "d"]})
        ok = c.post("/v1/screen/batch", json={"posts": ["a", "b", "c"]})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_many_posts" and "limit is 3" in response.json()["error"]["message"]
    assert ok.status_code == 200


def test_link_rows_equal_link_posts_frame(client):
    posts = ["Call +44 7700 900123 for easy work", {"text": "Easy cash, WhatsApp 07700 900123"},
             {"fields": {"title": "Nurse", "description": "Leeds clinic, day shifts"}}]
    response = client.post("/v1/link", json={"posts": posts, "ids": ["a", "b", "c"]})
    assert response.status_code == 200
    expected = link_posts([posts[0], posts[1]["text"], posts[2]["fields"]], ids=["a", "b", "c"]).to_frame()
    assert response.json()["rows"] == expected.to_dict(orient="records")
    assert [r["campaign_id"] for r in response.json()["rows"]][:2] == ["C000001", "C000001"]


def test_link_options_and_mismatched_ids(client):
    posts = ["Call +44 7700 900123 for easy work", "Easy cash, WhatsApp 07700 900123"]
    only_templates = client.post("/v1/link", json={"posts": posts, "link_on": ["template"]})
    assert [r["campaign_size"] for r in only_templates.json()["rows"]] == [1, 1]
    bad = client.post("/v1/link", json={"posts": posts, "ids": ["a"]})
    assert bad.status_code == 422 and "'ids' has 1 entries for 2 posts" in bad.json()["error"]["message"]
    unknown = client.post("/v1/link", json={"posts": posts, "link_on": ["gossip"]})
    assert unknown.status_code == 422


def test_rules_catalogue_lists_the_screeners_rules(client):
    body = client.get("/v1/rules").json()
    assert [r["id"] for r in body["rules"]] == [r.id for r in RULES_ONLY.rules]
    assert set(body["rules"][0]) == {"id", "category", "severity", "weight", "name", "explanation"}
    assert body["categories"] == category_descriptions()


def test_rules_catalogue_includes_extra_rules(tmp_path):
    from .conftest import make_client

    rules = tmp_path / "acme.yaml"
    rules.write_text("rules:\n  - id: ACME001\n    category: upfront_fee\n    name: onboarding-kit\n"
                     "    severity: medium\n    weight: 0.45\n    patterns: ['\\bonboarding kit\\b']\n"
                     "    explanation: Asks applicants to buy an onboarding kit.\n"
                     "    examples: ['Buy the onboarding kit before day one']\n", encoding="utf-8")
    with make_client(rules=str(rules)) as c:
        ids = [r["id"] for r in c.get("/v1/rules").json()["rules"]]
        hit = c.post("/v1/screen", json={"text": "Buy the onboarding kit first"}).json()
    assert "ACME001" in ids
    assert [h["rule_id"] for h in hit["hits"]] == ["ACME001"]


def test_health_and_readiness(client, model_client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready == {"ready": True, "model_loaded": False, "version": RULES_ONLY.version}
    assert model_client.get("/readyz").json()["model_loaded"] is True


def test_readyz_is_503_before_the_screener_is_loaded():
    from .conftest import make_client

    c = make_client()  # not entered: the lifespan (model loading) has not run
    response = c.get("/readyz")
    assert response.status_code == 503 and response.json()["error"]["code"] == "not_ready"
    assert c.get("/healthz").status_code == 200


@pytest.mark.parametrize("method,path,kwargs", [
    ("get", "/healthz", {}), ("get", "/readyz", {}), ("get", "/v1/rules", {}), ("get", "/metrics", {}),
    ("post", "/v1/screen", {"json": {"text": "hi"}}), ("post", "/v1/screen", {"content": b"{"}),
    ("post", "/v1/screen/batch", {"json": {"posts": ["hi"]}}), ("post", "/v1/link", {"json": {"posts": ["hi"]}}),
    ("get", "/nowhere", {}), ("get", "/", {}), ("get", "/openapi.json", {}),
])
def test_every_response_carries_the_versions(client, method, path, kwargs):
    response = getattr(client, method)(path, **kwargs)
    version = RULES_ONLY.version
    assert response.headers["x-ct-screen-package"] == version["package"]
    assert response.headers["x-ct-screen-rules"] == version["rules"]
    assert response.headers["x-ct-screen-model"] == version["model"]
    if path.startswith("/v1") or path in ("/readyz", "/nowhere"):
        assert response.json()["version"] == version


def test_openapi_schema_is_served_and_names_every_route(client):
    schema = client.get("/openapi.json").json()
    assert {"/v1/screen", "/v1/screen/batch", "/v1/link", "/v1/rules", "/v1/score-file", "/healthz", "/readyz",
            "/metrics"} <= set(schema["paths"])
    assert "PostBody" in schema["components"]["schemas"]
    assert client.get("/docs").status_code == 404  # no page that loads scripts from a CDN


def test_metrics_count_requests_bands_and_errors_without_post_text(client):
    client.post("/v1/screen", json={"text": SCAM})
    client.post("/v1/screen/batch", json={"posts": [PLAIN, 7]})
    client.post("/v1/screen", content=b"not json")
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    band = RULES_ONLY.screen(SCAM).band
    assert f'ct_screen_posts_total{{band="{band}"}}' in text
    assert 'ct_screen_posts_total{band="error"} 1.0' in text
    assert 'ct_screen_requests_total{endpoint="/v1/screen",method="POST",status="200"} 1.0' in text
    assert 'ct_screen_requests_total{endpoint="/v1/screen",method="POST",status="400"} 1.0' in text
    assert 'ct_screen_errors_total{code="invalid_json"} 1.0' in text
    assert 'ct_screen_request_seconds_bucket{endpoint="/v1/screen/batch"' in text
    assert "ct_screen_info{" in text
    # a sample's value is a number that may hold any digits (a latency of 0.0054762770 s holds "7700"): the
    # post's text must not be in the names, labels and help lines, which is everything but those values
    words = re.sub(r"(?m)^([^#].*?) \S+$", r"\1", text)
    for secret in ("7700", "WhatsApp", "registration", "Leeds", "not json"):
        assert secret not in words


def test_unknown_paths_are_one_metric_label(client):
    client.get("/wp-admin/" + "secret-phone-07700900123")
    text = client.get("/metrics").text
    assert 'endpoint="other"' in text and "07700900123" not in text

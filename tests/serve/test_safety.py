"""Safe by default: loopback, token, limits, clear 400/413/422, no stack trace or post text leaked, no CORS."""

from __future__ import annotations

import logging
import time

import pytest

from ct_screen import Screener
from ct_screen.serve import ServeOptions
from ct_screen.serve.auth import load_token

from .conftest import PLAIN, SCAM, TOKEN, make_client


def test_defaults_bind_loopback_with_limits():
    options = ServeOptions()
    assert options.host == "127.0.0.1" and options.cors_origins == ()
    assert options.max_body_bytes > 0 and options.max_post_chars > 0 and options.timeout > 0


@pytest.mark.parametrize("source", ["env", "file"])
def test_token_is_required_when_configured(monkeypatch, tmp_path, source):
    monkeypatch.delenv("CT_SCREEN_TOKEN", raising=False)
    options = {}
    if source == "env":
        monkeypatch.setenv("CT_SCREEN_TOKEN", TOKEN)
    else:
        (tmp_path / "token").write_text(TOKEN + "\n", encoding="utf-8")
        options["token_file"] = str(tmp_path / "token")
    with make_client(**options) as c:
        for headers in ({}, {"Authorization": "Bearer wrong-token-wrong-token"}, {"Authorization": TOKEN},
                        {"Authorization": f"Basic {TOKEN}"}):
            response = c.post("/v1/screen", json={"text": SCAM}, headers=headers)
            assert response.status_code == 401, headers
            assert response.json()["error"]["code"] == "unauthorized"
            assert response.headers["www-authenticate"] == "Bearer"
        assert c.get("/metrics").status_code == 401
        assert c.get("/v1/rules").status_code == 401
        good = c.post("/v1/screen", json={"text": SCAM}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert good.status_code == 200
        for path in ("/healthz", "/readyz", "/", "/openapi.json"):  # probes, the page and the schema stay open
            assert c.get(path).status_code == 200, path


def test_token_is_checked_before_the_body_is_read(monkeypatch):
    monkeypatch.setenv("CT_SCREEN_TOKEN", TOKEN)
    with make_client(max_body_bytes=10) as c:
        response = c.post("/v1/screen", content=b"\xff" * 100)
    assert response.status_code == 401


def test_short_or_missing_token_file_refuses_to_start(monkeypatch, tmp_path):
    monkeypatch.delenv("CT_SCREEN_TOKEN", raising=False)
    (tmp_path / "short").write_text("abc", encoding="utf-8")
    with pytest.raises(ValueError, match="shorter than 16"):
        load_token(str(tmp_path / "short"))
    with pytest.raises(ValueError, match="cannot read the token file"):
        load_token(str(tmp_path / "absent"))
    assert load_token(None) is None


def test_body_over_the_limit_is_413_by_header_and_by_stream(client):
    with make_client(max_body_bytes=1000) as c:
        big = c.post("/v1/screen", json={"text": "a" * 2000})
        assert big.status_code == 413
        assert big.json()["error"]["code"] == "body_too_large"
        assert "1000 bytes" in big.json()["error"]["message"]

        def chunks():  # no Content-Length: the running size must stop it
            yield b'{"text": "'
            for _ in range(50):
                yield b"a" * 100
            yield b'"}'

        streamed = c.post("/v1/screen", content=chunks(), headers={"Content-Type": "application/json"})
        assert streamed.status_code == 413
        assert c.post("/v1/screen", json={"text": "a" * 100}).status_code == 200


def test_post_over_the_character_limit_is_413():
    with make_client(max_post_chars=100) as c:
        text = c.post("/v1/screen", json={"text": "b" * 101})
        fields = c.post("/v1/screen", json={"fields": {"title": "b" * 60, "description": "c" * 60}})
        link = c.post("/v1/link", json={"posts": ["ok", "d" * 101]})
    for response in (text, fields, link):
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "post_too_large"
        assert "limit is 100" in response.json()["error"]["message"]
    assert "post 1" in link.json()["error"]["message"]


@pytest.mark.parametrize("body,code,words", [
    (b"", "empty_body", "empty"),
    (b"   ", "empty_body", "empty"),
    (b'{"text": "caf\xe9"}', "not_utf8", "not UTF-8"),
    (b'{"text": "unclosed', "invalid_json", "line 1"),
    (b"[[[[" * 5000, "invalid_json", "JSON"),
])
def test_bad_bodies_are_400_naming_the_problem(client, body, code, words):
    response = client.post("/v1/screen", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code
    assert words in response.json()["error"]["message"]


@pytest.mark.parametrize("payload,where", [
    ({"text": 5}, "body.text"),
    ({"text": ["a"]}, "body.text"),
    ({"fields": {"title": 3}}, "body.fields.title"),
    ({"fields": "title"}, "body.fields"),
    ({}, "exactly one of 'text' and 'fields'"),
    ({"text": "a", "fields": {"title": "b"}}, "exactly one of 'text' and 'fields'"),
    ({"text": "a", "colour": "red"}, "body.colour"),
    (["a"], "body"),
])
def test_wrong_types_are_422_naming_the_field(client, payload, where):
    response = client.post("/v1/screen", json=payload)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert where in response.json()["error"]["message"]


def test_422_does_not_echo_the_input(client):
    secret = "Please WhatsApp Maria on +44 7700 900999"
    response = client.post("/v1/screen", json={"fields": {"title": secret, "description": 3}})
    assert response.status_code == 422
    assert "Maria" not in response.text and "900999" not in response.text
    batch = client.post("/v1/screen/batch", json={"posts": [{"fields": {"title": secret, "n": 3}}]})
    assert "Maria" not in batch.text


class _Exploding(Screener):
    """A screener whose failure message quotes the post, as a careless library error might."""

    def screen_many(self, posts, *, batch_size=256):
        raise RuntimeError(f"cannot screen {posts!r}")

    def screen(self, post):
        raise RuntimeError(f"cannot screen {post!r}")


def test_internal_errors_give_no_stack_trace_and_no_post_text(caplog):
    caplog.set_level(logging.DEBUG)
    with make_client(screener=_Exploding(model=None)) as c:
        one = c.post("/v1/screen", json={"text": SCAM})
        batch = c.post("/v1/screen/batch", json={"posts": [PLAIN, SCAM]})
    assert one.status_code == 500
    assert one.json()["error"]["code"] == "internal_error"
    assert "Traceback" not in one.text and "7700" not in one.text and "RuntimeError" not in one.text
    assert batch.status_code == 200  # each post gets its own error entry, none is lost
    assert [r["error"]["code"] for r in batch.json()["results"]] == ["invalid_post", "invalid_post"]
    assert "7700" not in batch.text and "Leeds" not in batch.text
    assert "7700" not in caplog.text and "WhatsApp" not in caplog.text and "Leeds" not in caplog.text
    assert "internal error RuntimeError" in caplog.text


class _Slow(Screener):
    def screen_many(self, posts, *, batch_size=256):
        time.sleep(0.3)
        return super().screen_many(posts, batch_size=batch_size)


def test_a_batch_stops_screening_at_the_timeout_and_keeps_every_row():
    with make_client(screener=_Slow(model=None), timeout=0.2) as c:
        started = time.monotonic()
        response = c.post("/v1/screen/batch", json={"posts": [f"post number {i}" for i in range(64)]})
        took = time.monotonic() - started
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == 64
    assert "error" not in results[0]  # the first chunk ran, then the deadline had passed
    assert results[-1] == {"index": 63, "error": {"code": "timeout", "message": "post 63 was not screened: the "
                                                                                 "request ran out of time"}}
    assert took < 2.0  # 4 chunks of 0.3 s were not all run


def test_a_single_slow_post_is_503_after_the_timeout(monkeypatch):
    monkeypatch.setattr("ct_screen.serve.api.TIMEOUT_GRACE", 0.0)

    class _VerySlow(Screener):
        def screen(self, post):
            time.sleep(1.0)
            return super().screen(post)

    with make_client(screener=_VerySlow(model=None), timeout=0.2) as c:
        started = time.monotonic()
        response = c.post("/v1/screen", json={"text": PLAIN})
        took = time.monotonic() - started
        assert c.get("/healthz").status_code == 200
    assert response.status_code == 503 and response.json()["error"]["code"] == "timeout"
    assert took < 0.9


def test_no_cors_unless_configured(client):
    preflight = {"Origin": "https://moderation.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in client.options("/v1/screen", headers=preflight).headers
    assert "access-control-allow-origin" not in client.post(
        "/v1/screen", json={"text": "hi"}, headers={"Origin": "https://moderation.example"}).headers
    with make_client(cors_origins=("https://moderation.example",)) as c:
        allowed = c.post("/v1/screen", json={"text": "hi"}, headers={"Origin": "https://moderation.example"})
        other = c.post("/v1/screen", json={"text": "hi"}, headers={"Origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://moderation.example"
    assert "access-control-allow-origin" not in other.headers


def test_logs_hold_no_post_text_or_contacts(caplog):
    caplog.set_level(logging.DEBUG)
    secret = "Unique scam text: pay 80 USD fee to maria.k@example.com or WhatsApp +44 7700 900555"
    with make_client() as c:
        c.post("/v1/screen", json={"text": secret})
        c.post("/v1/screen/batch", json={"posts": [secret, 5, {"fields": {"title": secret}}]})
        c.post("/v1/link", json={"posts": [secret, secret]})
        c.post("/v1/screen", json={"text": secret, "fields": {}})
        c.post("/v1/screen", content=secret.encode())
        c.post("/v1/score-file?filename=x.csv", content=f"text\n{secret}\n".encode())
    assert caplog.records  # the service did log (start-up)
    for needle in ("maria", "900555", "7700", "Unique scam"):
        assert needle not in caplog.text


def test_unknown_routes_and_methods_are_json_errors(client):
    missing = client.get("/v2/screen")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    wrong = client.get("/v1/screen")
    assert wrong.status_code == 405 and wrong.json()["error"]["code"] == "method_not_allowed"

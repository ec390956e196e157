"""The service as a real process on a free loopback port, and the command line around it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ct_screen import Screener

from .conftest import SCAM, TOKEN

CLI = [sys.executable, "-c", "from ct_screen.cli import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, headers=headers or {}, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=20) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the service exited: {proc.stdout.read()}")
        try:
            if _request(url + "/readyz")[0] == 200:
                return proc, url
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise AssertionError("the service did not become ready in 60 s")


@pytest.fixture(scope="module")
def service() -> Iterator[tuple[str, subprocess.Popen]]:
    env = {**os.environ, "CT_SCREEN_TOKEN": TOKEN}
    proc, url = _start(["--no-model", "--max-body-bytes", "4096"], env)
    try:
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _auth(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json", **(extra or {})}


def test_real_process_screens_like_the_library(service):
    url, _ = service
    status, body = _request(url + "/v1/screen", json.dumps({"text": SCAM}).encode(), _auth())
    assert status == 200
    assert json.loads(body) == Screener(model=None).screen(SCAM).to_dict()


@pytest.mark.parametrize("name,body,headers,status", [
    ("no token", b'{"text": "hi"}', {"Content-Type": "application/json"}, 401),
    ("wrong token", b'{"text": "hi"}', {"Authorization": "Bearer not-the-token-at-all"}, 401),
    ("oversized", json.dumps({"text": "z" * 5000}).encode(), None, 413),
    ("malformed JSON", b'{"text": ', None, 400),
    ("not UTF-8", b'{"text": "\xff\xfe"}', None, 400),
    ("wrong type", b'{"text": 12}', None, 422),
    ("batch too large", json.dumps({"posts": ["a"] * 101}).encode(), None, 413),
])
def test_bad_requests_over_the_socket(service, name, body, headers, status):
    url, proc = service
    got, raw = _request(url + ("/v1/screen/batch" if name == "batch too large" else "/v1/screen"), body,
                        headers if headers is not None else _auth())
    assert got == status, (name, raw)
    assert "error" in json.loads(raw)
    assert proc.poll() is None  # nothing crashed
    assert _request(url + "/healthz")[0] == 200


def test_process_log_holds_no_post_text():
    env = {**os.environ}
    env.pop("CT_SCREEN_TOKEN", None)
    proc, url = _start(["--no-model"], env)
    secret = "Send 90 USD to lucia.q@example.com or Telegram @lucia_jobs_0042 for the job"
    try:
        for path, body in (("/v1/screen", {"text": secret}), ("/v1/screen/batch", {"posts": [secret, 3]}),
                           ("/v1/link", {"posts": [secret, secret]})):
            assert _request(url + path, json.dumps(body).encode(), {"Content-Type": "application/json"})[0] == 200
        _request(url + "/v1/screen", secret.encode(), {"Content-Type": "application/json"})
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert "POST /v1/screen" in out  # the access log is there
    for needle in ("lucia", "jobs_0042", "90 USD"):  # not "0042" alone: a client port (127.0.0.1:40042) holds it
        assert needle not in out


def test_two_workers_answer_and_metrics_add_up():
    env = {**os.environ}
    env.pop("CT_SCREEN_TOKEN", None)
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc, url = _start(["--no-model", "--workers", "2"], env)
    try:
        for _ in range(6):
            assert _request(url + "/v1/screen", json.dumps({"text": SCAM}).encode(),
                            {"Content-Type": "application/json"})[0] == 200
        status, text = _request(url + "/metrics")
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    assert status == 200
    line = next(s for s in text.decode().splitlines()
                if s.startswith('ct_screen_requests_total{endpoint="/v1/screen",method="POST",status="200"}'))
    assert float(line.split()[-1]) == 6.0


def test_cli_refuses_contradictions_and_unpinnable_models(tmp_path):
    both = subprocess.run([*CLI, "serve", "--model", str(tmp_path), "--no-model"], capture_output=True, text=True)
    assert both.returncode == 2 and "contradict" in both.stderr
    pin = subprocess.run([*CLI, "serve", "--no-model", "--model-sha256", "0" * 64], capture_output=True, text=True)
    assert pin.returncode == 1 and pin.stderr.startswith("Error:") and "Traceback" not in pin.stderr
    badhex = subprocess.run([*CLI, "serve", "--model-sha256", "xyz"], capture_output=True, text=True)
    assert badhex.returncode == 1 and "64 hexadecimal digits" in badhex.stderr
    rules = tmp_path / "bad.yaml"
    rules.write_text("rules: 5\n", encoding="utf-8")
    bad_rules = subprocess.run([*CLI, "serve", "--no-model", "--rules", str(rules)], capture_output=True, text=True)
    assert bad_rules.returncode == 1 and bad_rules.stderr.startswith("Error:")


def test_model_sha256_is_passed_to_the_screener_or_refused(monkeypatch):
    from ct_screen.serve import ServeOptions, screening

    options = ServeOptions(model="default", model_sha256="a" * 64)
    if screening._takes_model_sha256():  # the hash pin of the hardening issue is in: a wrong pin must refuse
        with pytest.raises(screening.ServeSetupError):
            screening.build_screener(options)
    else:
        with pytest.raises(screening.ServeSetupError, match="cannot check a model hash"):
            screening.build_screener(options)


def test_importing_ct_screen_does_not_import_the_web_stack():
    code = ("import sys, ct_screen, ct_screen.serve, ct_screen.cli; "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'prometheus_client') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent).stdout
    assert out.strip() == "[]"


def test_model_sha256_reaches_a_screener_that_takes_it(monkeypatch):
    from ct_screen.serve import ServeOptions, screening

    seen = {}

    class Pinned(Screener):
        def __init__(self, *, model_sha256=None, **kwargs):
            seen["pin"] = model_sha256
            super().__init__(**{**kwargs, "model": None})

    monkeypatch.setattr(screening, "Screener", Pinned)
    screening.build_screener(ServeOptions(model="some-dir", model_sha256="AB" * 32))
    assert seen["pin"] == "AB" * 32

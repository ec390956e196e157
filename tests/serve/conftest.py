"""Fixtures of the service tests: apps on the framework's test client, rules-only unless a test needs the model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed")
pytest.importorskip("httpx", reason="the test client needs httpx")

from fastapi.testclient import TestClient  # noqa: E402

from ct_screen import Screener  # noqa: E402
from ct_screen.serve import ServeOptions  # noqa: E402
from ct_screen.serve.app import create_app  # noqa: E402

TOKEN = "s3cret-token-for-tests-0123456789"

# Posts written for these tests (no data rows): one scam-like, one ordinary.
SCAM = "Easy job from home! Pay a 50 USD registration fee today, then WhatsApp me on +44 7700 900123"
PLAIN = "Staff nurse wanted for the night shift at our Leeds clinic; apply through our careers page."


def make_client(screener: Screener | None = None, **options: Any) -> TestClient:
    """A test client on a fresh app (rules only unless ``model`` is given)."""
    options.setdefault("model", None)
    return TestClient(create_app(ServeOptions(**options), screener=screener), raise_server_exceptions=False)


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.delenv("CT_SCREEN_TOKEN", raising=False)
    with make_client() as c:
        yield c


@pytest.fixture(scope="module")
def model_client() -> Iterator[TestClient]:
    """The service with the bundled model (loaded once per module)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("CT_SCREEN_TOKEN", raising=False)
        with make_client(model="default") as c:
            yield c

"""Bare domains (no scheme, no ``www.``) are recognised by the public-suffix list (tldextract's bundled snapshot)."""

from __future__ import annotations

import socket

import pytest

from ct_screen import contacts
from ct_screen.contacts import extract_contacts


def urls(text: str) -> list[str]:
    return [c.value for c in extract_contacts(text) if c.kind == "url"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Apply at quickhire.ai today", ["quickhire.ai"]),
    ("Portfolio: jobs.dev/openings", ["jobs.dev/openings"]),
    ("Pay the fee at tl085.bid now", ["tl085.bid"]),
    ("Forms at careers.state.gov/apply", ["careers.state.gov/apply"]),
    ("Short link shorturl.asia/Ab12", ["shorturl.asia/ab12"]),
    ("Our site is Example.com, call us", ["example.com"]),
    ("We use VB.NET and C#", ["vb.net"]),
])
def test_any_public_suffix_makes_a_domain(text, expected):
    assert urls(text) == expected


@pytest.mark.parametrize("text", [
    "Thanks for your interest.You will hear from us",
    "We grow fast.In the next year we hire ten people",
    "Meet the team.At our office you will",
    "Apply on the form.HOW to apply: see below",
    "A B.SC in chemistry is required",
    "Work from the office.Work hard, play hard",
    "version 2.0 of the tool",
    "Send your CV as cv.docx or cv.pdf",
])
def test_sentences_run_together_are_not_domains(text):
    assert urls(text) == []


def test_the_public_suffix_list_is_read_from_the_package_never_fetched(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network call attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    contacts._public_suffixes.cache_clear()
    try:
        assert urls("see hiring.dev and paid.ai") == ["hiring.dev", "paid.ai"]
        extractor = contacts._public_suffixes()
        assert extractor.suffix_list_urls == () and extractor.extract_str("a.co.uk").suffix == "co.uk"
    finally:
        contacts._public_suffixes.cache_clear()

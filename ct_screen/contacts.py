"""Find contact points in a post and give each a canonical value.

Phones (any region, via ``phonenumbers``), e-mail addresses (with free-mail
detection and ``name (at) domain (dot) com`` obfuscation), URLs (with link
shorteners and the ``wa.me`` / ``t.me`` / ``chat.whatsapp.com`` forms),
messenger handles and EMSCAD's masked ``#URL_<hash>#`` / ``#EMAIL_<hash>#`` /
``#PHONE_<hash>#`` tokens. Canonical values are what campaign linking joins
on; :func:`mask_contacts` turns contacts into the kind tokens the classifier
sees, so that EMSCAD's masked training text and live posts look alike.

This module holds no rule logic.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

import regex

from .hinted import hinted_matches
from .normalize import NormalizedText, normalize
from .result import Contact
from .window import read_pieces

__all__ = ["extract_contacts", "find_contacts", "ContactScan", "MAX_PER_KIND", "mask_contacts", "CONTACT_TOKENS", "FREE_MAIL_DOMAINS", "SHORTENER_HOSTS"]

MAX_PER_KIND = 100
"""At most this many contacts of each kind are reported per post (attacker text can hold millions)."""
MAX_CONTACTS = MAX_PER_KIND  # the old name
_CANDIDATES_PER_KIND = 4 * MAX_PER_KIND
"""Phone and URL candidates read per post (each costs a parse) before the kind counts as capped."""

FREE_MAIL_DOMAINS = frozenset(["gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.in", "yahoo.fr", "ymail.com", "rocketmail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "mail.com", "email.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "protonmail.com", "proton.me", "pm.me", "tutanota.com", "tuta.io", "yandex.com", "yandex.ru", "mail.ru", "inbox.ru", "list.ru", "bk.ru", "rambler.ru", "qq.com", "163.com", "126.com", "sina.com", "rediffmail.com", "zoho.com", "zohomail.com", "usa.com", "post.com", "consultant.com", "engineer.com", "hushmail.com"])

SHORTENER_HOSTS = frozenset(["bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "cutt.ly", "rb.gy", "rebrand.ly", "shorturl.at", "tiny.cc", "t.ly", "s.id", "v.gd", "lnkd.in", "linktr.ee", "bl.ink", "shorte.st", "adf.ly", "bit.do", "qrco.de", "zurl.co", "short.gy", "surl.li", "gg.gg", "u.to", "clck.ru", "urlz.fr", "cli.re"])

# Tokens the classifier sees in place of a contact (see mask_contacts).
CONTACT_TOKENS = {"phone": "ctphone", "email": "ctemail", "url": "cturl", "handle": "cthandle"}

_MESSENGERS = {
    "whatsapp": "whatsapp", "whats app": "whatsapp", "watsapp": "whatsapp", "wa": "whatsapp",
    "telegram": "telegram", "tg": "telegram", "signal": "signal", "wechat": "wechat",
    "we chat": "wechat", "weixin": "wechat", "viber": "viber", "kik": "kik", "snapchat": "snapchat",
    "snap": "snapchat", "skype": "skype", "line": "line", "instagram": "instagram", "insta": "instagram",
    "ig": "instagram", "discord": "discord", "imo": "imo", "threema": "threema", "session": "session",
}
_MESSENGER_ALT = "|".join(sorted((regex.escape(k) for k in _MESSENGERS), key=len, reverse=True))

_MASKED = regex.compile(r"#(url|email|phone)_([0-9a-f]{64})#")
_EMAIL = regex.compile(
    r"(?<![\w.%+-])([a-z0-9][a-z0-9._%+-]{0,63})"
    r"(?:@|\s{0,2}[(\[{]\s{0,2}at\s{0,2}[)\]}]\s{0,2})"
    r"([a-z0-9-]{1,63}(?:(?:\.|\s{0,2}[(\[{]\s{0,2}dot\s{0,2}[)\]}]\s{0,2})[a-z0-9-]{1,63}){1,5})(?![\w-])"
)
_URL = regex.compile(
    r"(?:(?:https?://|www\.)[^\s<>\"'`]{1,300}"
    r"|(?<![\w@.-])(?P<host>(?:[a-z0-9-]{1,63}\.){1,4}(?P<suffix>[a-z]{2,24}|xn--[a-z0-9-]{1,59}))(?![\w-])"
    r"(?:/[^\s<>\"'`]{0,300})?)"
)
_URL_HINT = re.compile(r"https?://|www\.|[a-z0-9-]\.(?:[a-z]{2}|xn--[a-z0-9-])")
"""What every match of :data:`_URL` holds, where it starts: its scheme or ``www.`` (at the match's start), or
the last character of a name before its last dot, that dot and the start of an ending (the host's last label,
as ``_URL`` reads it). Plain characters only, so ``re`` reads it as ``regex`` would (and faster)."""
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_HOST_REACH = 4 * 64
r"""How far before its last dot a host can start: ``(?:[a-z0-9-]{1,63}\.){1,4}``."""
_PHONE_CANDIDATE = regex.compile(r"(?<![\w+])(?:\+ ?|00)?\(?\d(?:[ \-.()/]{0,2}\d){6,16}(?!\d)")
_NON_DIGITS = regex.compile(r"\D")
_DIGIT_WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_SEED = regex.compile(r"\d+|\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b")
"""A run of digits or one digit word (a run counts as many digits as it holds)."""
_SPREAD_TOKEN = regex.compile(r"\+|\d|[^\W\d_]{1,40}")
"""Tokens of the spread-phone scan: a plus, one digit, or a word (longer words are cut into 40-letter tokens)."""
_LETTER = regex.compile(r"[^\W\d_]")
_SPREAD_GAP = 3
"""At most this many other characters between two tokens of one spread phone number."""
_SPREAD_MIN_DIGITS = 10
_SPREAD_SEGMENTS = 8
"""Digit groups (between filler words) kept per run: a phone number has a few, a long list is not one."""
_FILLER = regex.compile(r"[a-z]{1,12}")
"""A word between digit groups of a phone number: short, in Latin letters (``call``, ``me``, ``dot``)."""
_QUANTITY_WORDS = frozenset({"to", "and", "or", "of", "on", "at", "by", "from", "till", "until", "per", "x", "k", "m",
                             "h", "st", "nd", "rd", "th", "am", "pm", "days", "hours", "floor", "floors", "room"})
"""Words that join quantities, dates and ranges (``20,000 to 25,000``): a run of digits does not go past them."""
_SPREAD_GAP_CHARS = " .-()/"
_DIGIT_STRETCH = regex.compile(r"(?:[ .\-()/]{0,3}+\d)*+")
"""More digits with short gaps between them (possessive: one linear pass), skipped in a group too long to be a phone."""
"""Characters that may separate the tokens of a spread phone number (a comma or colon ends it: ``11:59``)."""
_HANDLE_AFTER_MESSENGER = regex.compile(
    r"\b(" + _MESSENGER_ALT + r")\s{0,3}"
    r"(?:(?:id|user ?name|handle|account)\s{0,3}[:=-]?\s{0,3}@?|[:=]\s{0,3}@?|@|-\s{0,3}@?|is\s{1,3}@)"
    r"([a-z][a-z0-9_.]{2,31})(?![\w@])"
)
_BARE_HANDLE = regex.compile(r"(?<![\w@.])@([a-z][a-z0-9_]{2,31})(?![\w@])")
_MESSENGER_BEFORE = regex.compile(r"\b(" + _MESSENGER_ALT + r")\b(?![./])[^\n]{0,25}\Z")
_TRAILING_PUNCT = ".,;:!?)]}'\"*"
PHONE_REGIONS = ("US", "GB", "NG", "IN", "PH", "KE", "ZA", "AU", "GH", "PK", "MY", "AE", "DE", "FR", "IT", "ES")
"""Regions tried, in order, for numbers written without a country code."""
_UK_MOBILE = regex.compile(r"07\d{9}")
_RANGE = regex.compile(r"([1-9]\d{0,5})\s?[-\u2013/]\s?([1-9]\d{0,5})")
_EMAIL_SIGN = regex.compile(r"@|[(\[{]\s{0,2}at\s{0,2}[)\]}]")
"""What follows the local part of every :data:`_EMAIL` match (after at most two spaces, for ``(at)``)."""
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_ONE_SPACE = regex.compile(r"\s")
_NOT_HANDLES = frozenset({"gmail", "yahoo", "hotmail", "outlook", "the", "and", "you", "our", "for", "only", "me", "number", "app"})


@lru_cache(maxsize=4096)
def _parse_phone(digits: str, international: bool) -> str | None:
    """Return the E.164 form of a digit string, or ``None`` if it is not a phone number.

    International numbers (written with ``+`` or ``00``) need only be possible;
    national ones must be valid in one of :data:`PHONE_REGIONS`, tried in order.
    A national number is ambiguous by nature (``0703...`` is a UK and a Nigerian
    mobile); the fixed order keeps the answer deterministic.
    """
    import phonenumbers  # on the first phone-like number: a post without one never needs it

    if international or (len(digits) >= 11 and not digits.startswith("0")):
        try:
            parsed = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return None
        ok = phonenumbers.is_valid_number(parsed) or (international and phonenumbers.is_possible_number(parsed))
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) if ok else None
    if _UK_MOBILE.fullmatch(digits):
        return "+44" + digits[1:]
    for region in PHONE_REGIONS:
        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


def _looks_like_range(raw: str, text: str, start: int) -> bool:
    """``2012-2014``, ``40000 - 60000``, ``$1200/1500``: numbers, not phones."""
    if start > 0 and text[start - 1] in "$\u00a3\u20ac\u20b9#":
        return True
    match = _RANGE.fullmatch(raw)
    return bool(match and len(match.group(1)) == len(match.group(2)))


def canonical_url(url: str) -> str:
    """Canonical form of a URL: no scheme, no ``www.``, lower-case host, no trailing slash."""
    url = url.rstrip(_TRAILING_PUNCT)
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix):]
    if url.startswith("www."):
        url = url[4:]
    host, _, path = url.partition("/")
    path = path.rstrip("/")
    return f"{host}/{path}" if path else host


_AMBIGUOUS_MESSENGERS = frozenset({"line", "session", "imo"})  # "direct line: 020 ...", not LINE


def _platform_before(text: str, start: int) -> str | None:
    match = _MESSENGER_BEFORE.search(text[max(0, start - 40):start])
    if match is None or match.group(1) in _AMBIGUOUS_MESSENGERS:
        return None
    return _MESSENGERS[match.group(1)]


@dataclass(frozen=True)
class ContactScan:
    """The contacts of a post and the kinds whose cap was reached.

    Attributes
    ----------
    contacts : tuple of Contact
        In order of position; offsets point into the original text.
    capped : tuple of str
        Kinds (``phone``, ``email``, ``url``, ``handle``, ``masked``) of which
        more were written than :data:`MAX_PER_KIND` (or than the candidates
        read for them): some of that kind are missing from ``contacts``.
    spread_skipped : bool
        True when the post was too long to be searched whole for phone numbers written digit by digit (or
        with words between the digits): only its head and tail were (:mod:`ct_screen.window`).
    """

    contacts: tuple[Contact, ...]
    capped: tuple[str, ...] = ()
    spread_skipped: bool = False


class _Found:
    """Contacts found so far (base-text spans), counted per kind against :data:`MAX_PER_KIND`."""

    def __init__(self, norm: NormalizedText) -> None:
        self.norm = norm
        self.items: list[tuple[int, int, dict]] = []
        self.taken: list[tuple[int, int]] = []
        self._starts: list[int] = []
        """The starts of the spans taken, in order, and the furthest end among each one and those before it:
        whether a span is free (or inside one taken) is one binary search, however many were found."""
        self._reach: list[int] = []
        self.counts: dict[str, int] = {}
        self.read: dict[str, int] = {}
        self.capped: dict[str, None] = {}
        self.spread_skipped = False

    def original(self, a: int, b: int) -> str:
        """The caller's text behind base-text span ``[a, b)``."""
        start, end = self.norm.span(a, b, base=True)
        return self.norm.original[start:end]

    def free(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` overlaps no span taken: none that starts before ``b`` reaches past ``a``."""
        i = bisect_left(self._starts, b)
        return i == 0 or self._reach[i - 1] <= a

    def within_one(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` lies inside a span taken (e.g. the digits of a masked ``#URL_<hash>#``): no
        contact found in it would be free. One that starts at or before ``a`` reaches ``b``."""
        i = bisect_right(self._starts, a)
        return i > 0 and self._reach[i - 1] >= b

    def full(self, kind: str) -> bool:
        """Whether ``kind`` reached its cap (and note that a contact of it was left out)."""
        if self.counts.get(kind, 0) >= MAX_PER_KIND:
            self.capped.setdefault(kind, None)
            return True
        return False

    def may_read(self, kind: str) -> bool:
        """Whether one more candidate of ``kind`` may be read (parsed): its cap and candidate budget allow it."""
        self.read[kind] = self.read.get(kind, 0) + 1
        if self.read[kind] > _CANDIDATES_PER_KIND:
            self.capped.setdefault(kind, None)
            return False
        return not self.full(kind)

    def add(self, start: int, end: int, fields: dict, kind: str | None = None) -> None:
        kind = kind or fields["kind"]
        self.items.append((start, end, fields))
        self.taken.append((start, end))
        if not self._starts or start >= self._starts[-1]:  # found left to right (the usual case): appended
            self._starts.append(start)
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)
        else:
            ordered = sorted(self.taken)
            self._starts = [s for s, _ in ordered]
            self._reach = list(accumulate((e for _, e in ordered), max))
        self.counts[kind] = self.counts.get(kind, 0) + 1


def _masked(text: str, found: _Found) -> None:
    for m in _MASKED.finditer(text):
        if found.full("masked"):
            return
        kind, digest = m.group(1), m.group(2)
        found.add(m.start(), m.end(), {"kind": kind, "value": f"#{kind.upper()}_{digest}#", "masked": True}, "masked")


def _email_matches(text: str) -> Iterator[regex.Match]:
    """The matches of ``_EMAIL.finditer(text)``, tried only where an ``@`` or ``(at)`` is.

    An address's local part ends at its ``@`` (or up to two spaces before its ``(at)``), and starts where a run
    of local-part characters does (after none of them): the next match at or after ``pos`` starts there for
    the first such sign, or after that sign.
    """
    pos = 0
    while pos < len(text) and (sign := _EMAIL_SIGN.search(text, pos)) is not None:
        at = end = sign.start()
        if text[at] != "@":
            while end > max(pos, at - 2) and _ONE_SPACE.match(text, end - 1):
                end -= 1
        start, floor = end, max(pos, end - 64)
        while start > floor and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        m = _EMAIL.match(text, start) if start < end else None
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()


def _emails(text: str, found: _Found) -> None:
    for m in _email_matches(text):
        if not found.free(*m.span()):
            continue
        if found.full("email"):
            return
        local = m.group(1)
        domain = regex.sub(r"\s{0,2}[(\[{]\s{0,2}dot\s{0,2}[)\]}]\s{0,2}", ".", m.group(2)).strip(".")
        found.add(m.start(), m.end(), {"kind": "email", "value": f"{local}@{domain}",
                                       "free_mail": domain in FREE_MAIL_DOMAINS})


def _url_fields(value: str) -> dict:
    host, _, path = value.partition("/")
    fields: dict = {"kind": "url", "value": value, "shortener": host in SHORTENER_HOSTS}
    if host in ("wa.me", "api.whatsapp.com", "chat.whatsapp.com"):
        fields["platform"] = "whatsapp"
        digits = regex.sub(r"\D", "", path.partition("?")[0]) if host == "wa.me" else ""
        if host == "api.whatsapp.com":
            digits = regex.sub(r"\D", "", regex.sub(r"^.*phone=", "", path))
        phone = _parse_phone(digits, True) if 7 <= len(digits) <= 15 else None
        if phone:
            fields = {"kind": "phone", "value": phone, "platform": "whatsapp"}
    elif host in ("t.me", "telegram.me") and path:
        fields = {"kind": "handle", "value": "telegram:" + path.split("/")[0].lstrip("@"), "platform": "telegram"}
    return fields


@lru_cache(maxsize=1)
def _public_suffixes() -> Any:
    """The public-suffix list of the installed tldextract (its bundled snapshot: never fetched)."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


def _bare_domain(m: regex.Match, found: _Found) -> bool:
    """Whether a name with no scheme or ``www.`` is a domain: its ending is a public suffix, and it is written
    as names are, the ending in lower case, or the whole name in capitals with a domain of 2+ characters
    ("companies.In", "form.HOW" and "B.SC" are sentences or degrees run together)."""
    parts = _public_suffixes().extract_str(m.group("host"))
    if not parts.suffix:
        return False
    written = found.original(*m.span("suffix"))
    if not any(c.isupper() for c in written):
        return True
    return len(parts.domain) >= 2 and not any(c.islower() for c in found.original(*m.span("host")))


def _url_matches(text: str) -> Iterator[regex.Match]:
    """The matches of ``_URL.finditer(text)``, tried only where a :data:`_URL_HINT` says one can start.

    The next match at or after ``pos`` holds a hint at or after the first hint ``h`` there. It starts at ``h``
    (a scheme, ``www.`` or a host written from there) or at the start of the run of host characters that ends at
    ``h`` (a host whose last dot follows ``h``): a host cannot start inside the run, since ``_URL`` wants no word
    character, dot or hyphen before it, nor before the run, since a host is made of host characters only. When
    neither position holds a match, none starts before ``h + 1``.
    """
    return hinted_matches(text, _URL_HINT, _HOST_CHARS, _HOST_REACH,
                          lambda start, h: (start < h and _URL.match(text, start)) or _URL.match(text, h))


def _urls(text: str, found: _Found) -> None:
    for m in _url_matches(text):
        if m.group("host") is not None and not _bare_domain(m, found):
            continue
        raw = m.group().rstrip(_TRAILING_PUNCT)
        start, end = m.start(), m.start() + len(raw)
        if not raw or not found.free(start, end):
            continue
        found.read["url"] = found.read.get("url", 0) + 1
        if found.read["url"] > _CANDIDATES_PER_KIND:
            found.capped.setdefault("url", None)
            return
        fields = _url_fields(canonical_url(raw))
        if not found.full(fields["kind"]):
            found.add(start, end, fields)


def _phones(text: str, found: _Found) -> None:
    for m in _PHONE_CANDIDATE.finditer(text):
        if not found.free(*m.span()):
            continue
        raw = m.group()
        digits = _NON_DIGITS.sub("", raw)
        if not 7 <= len(digits) <= 15 or _looks_like_range(raw, text, m.start()):
            continue
        if not found.may_read("phone"):
            return
        international = raw.startswith("+") or raw.startswith("00")
        if raw.startswith("00"):
            digits = digits[2:]
        phone = _parse_phone(digits, international)
        if phone is not None:
            found.add(m.start(), m.end(), {"kind": "phone", "value": phone,
                                           "platform": _platform_before(text, m.start())})


class _Run:
    """A run of digit groups being read by :func:`_spread_runs`."""

    def __init__(self, international: bool) -> None:
        self.international = international
        self.segments: list[list] = []  # [digits, start, end], one per group between filler words
        self.filler = False
        self.end = -1

    def digit(self, value: str, start: int, end: int) -> None:
        if self.filler or not self.segments:
            self.segments.append(["", start, end])
            del self.segments[:-_SPREAD_SEGMENTS]
            self.filler = False
        group = self.segments[-1]
        group[0] = (group[0] + value)[-16:]  # a group of 16+ digits is no phone: its digits need not all be kept
        group[2] = self.end = end

    def result(self) -> tuple[bool, list[tuple[str, int, int]]] | None:
        groups = [(d, a, b) for d, a, b in self.segments]
        return (self.international, groups) if sum(len(d) for d, _, _ in groups) >= _SPREAD_MIN_DIGITS else None


def _digit_clusters(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` with at least :data:`_SPREAD_MIN_DIGITS` digits (or digit words) close together.

    Two digits of one spread number are at most a filler word and two gaps apart,
    so the scan of :func:`_spread_runs` need only read these stretches.
    """
    reach = 2 * _SPREAD_GAP + 12
    first = last = -1
    count = 0
    for m in _DIGIT_SEED.finditer(text):
        if first >= 0 and m.start() - last > reach:
            if count >= _SPREAD_MIN_DIGITS:
                yield max(0, first - _SPREAD_GAP - 1), last
            first, count = -1, 0
        if first < 0:
            first = m.start()
        last, count = m.end(), count + (len(m.group()) if m.group()[0].isdigit() else 1)
    if count >= _SPREAD_MIN_DIGITS:
        yield max(0, first - _SPREAD_GAP - 1), last


def _spread_runs(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[bool, list[tuple[str, int, int]]]]:
    """Runs of digits (or digit words) with words between them: ``7700 call 900 me 123``, ``zero seven ...``.

    Yields ``(international, groups)``: each group is ``(digits, start, end)`` in
    ``text``, groups being separated by one short filler word. A run ends at a
    line break, a gap of more than :data:`_SPREAD_GAP` other characters, two
    words in a row, a word that is not :data:`_FILLER` or joins quantities, or
    a word written against the digits. One linear scan.
    """
    run: _Run | None = None
    plus_end, pos, hi = -1, lo, len(text) if hi is None else hi
    while (m := _SPREAD_TOKEN.search(text, pos, hi)) is not None:
        token, start, pos = m.group(), m.start(), m.end()
        gap = text[run.end:start] if run is not None else ""
        near = run is not None and len(gap) <= _SPREAD_GAP and not gap.strip(_SPREAD_GAP_CHARS)
        spaced = " " in gap  # words stand apart from the digits around them ("4c81ae" is a hash, not a number)
        value = token if token.isdigit() else _DIGIT_WORDS.get(token)
        if value is not None and near and (spaced or not run.filler):  # type: ignore[union-attr]
            run.digit(value, start, m.end())  # type: ignore[union-attr]
            if len(run.segments[-1][0]) > 15:  # type: ignore[union-attr]  # no phone: skip the rest of the digits
                pos = run.segments[-1][2] = run.end = _DIGIT_STRETCH.match(text, pos, hi).end()  # type: ignore
            continue
        if (near and spaced and not run.filler and _FILLER.fullmatch(token)  # type: ignore[union-attr]
                and token not in _QUANTITY_WORDS):
            run.filler, run.end = True, m.end()  # type: ignore[union-attr]
            continue
        found = run.result() if run is not None else None
        if found is not None:
            yield found
        run = None
        if value is not None:
            run = _Run(international=plus_end >= 0 and start - plus_end <= _SPREAD_GAP)
            run.digit(value, start, m.end())
        plus_end = m.end() if token == "+" else -1
    found = run.result() if run is not None else None
    if found is not None:
        yield found


def _spread_phones(text: str, found: _Found) -> None:
    """Phone numbers with words between or instead of the digits (after the plainly written ones)."""
    if "phone" in found.capped and found.counts.get("phone", 0) >= MAX_PER_KIND:
        return  # the first candidate read would find the cap reached (and say so again): none is added
    # a long text is searched at its head and tail only: digit-dense hostile text is read token by token
    pieces = read_pieces(text)
    found.spread_skipped = len(pieces) > 1
    clusters = ((lo + offset, hi + offset) for offset, piece in pieces for lo, hi in _digit_clusters(piece))
    runs = (run for lo, hi in clusters if not found.within_one(lo, hi) for run in _spread_runs(text, lo, hi))
    for international, groups in runs:
        i = 0
        while i < len(groups):
            for j in range(len(groups) - 1, i - 1, -1):  # the longest run of groups from i that is a phone
                digits = "".join(d for d, _, _ in groups[i:j + 1])
                start, end = groups[i][1], groups[j][2]
                if (not _SPREAD_MIN_DIGITS <= len(digits) <= 15 or not found.free(start, end)
                        or not _LETTER.search(text, start, end)):  # no letters: the plain pass read it
                    continue
                if not found.may_read("phone"):
                    return
                plus = international and i == 0
                phone = _parse_phone(digits[2:] if digits.startswith("00") else digits,
                                     plus or digits.startswith("00"))
                if phone is not None:
                    start = text.rfind("+", 0, start) if plus else start
                    found.add(start, end, {"kind": "phone", "value": phone, "platform": _platform_before(text, start)})
                    i = j
                    break
            i += 1


def _handles(text: str, found: _Found) -> None:
    for pattern in (_HANDLE_AFTER_MESSENGER, _BARE_HANDLE):
        for m in pattern.finditer(text):
            name = m.group(m.lastindex).rstrip(".")
            if name in _NOT_HANDLES or not found.free(m.start(m.lastindex), m.end(m.lastindex)):
                continue
            if found.full("handle"):
                return
            platform = _MESSENGERS[m.group(1)] if pattern is _HANDLE_AFTER_MESSENGER else _platform_before(text, m.start())
            value = f"{platform}:{name}" if platform else f"@{name}"
            found.add(m.start(), m.end(m.lastindex), {"kind": "handle", "value": value, "platform": platform})


_PASSES = (_masked, _emails, _urls, _phones, _spread_phones, _handles)
"""In this order: a span taken by an earlier pass (an e-mail, a wa.me link) is not read again by a later one."""


def _contacts_in(norm: NormalizedText) -> _Found:
    """All contacts in base-text coordinates, each kind up to its own cap."""
    found = _Found(norm)
    for scan in _PASSES:
        scan(norm.base_text, found)
    return found


def find_contacts(text: str | NormalizedText, *, field: str | None = None) -> ContactScan:
    """Find the contacts in a post, and say which kinds were capped.

    Each kind (phones, e-mail addresses, URLs, handles, masked tokens) has its
    own cap of :data:`MAX_PER_KIND`, so a flood of decoys of one kind cannot
    push a real contact of another out of the result (or out of campaign
    linking).

    Parameters
    ----------
    text : str or NormalizedText
        The caller's text, or its normalisation (to avoid normalising twice).
    field : str, optional
        Field name recorded on each contact (for mapping input).
    """
    norm = text if isinstance(text, NormalizedText) else normalize(text)
    found = _contacts_in(norm)
    out = []
    for start, end, fields in sorted(found.items, key=lambda item: (item[0], item[1])):
        a, b = norm.span(start, end, base=True)
        out.append(Contact(start=a, end=b, text=norm.original[a:b], field=field, **fields))
    return ContactScan(tuple(out), tuple(found.capped), found.spread_skipped)


def extract_contacts(text: str | NormalizedText, *, field: str | None = None) -> tuple[Contact, ...]:
    """Find the contacts in a post (see :func:`find_contacts`, which also says which kinds were capped).

    Parameters
    ----------
    text : str or NormalizedText
        The caller's text, or its normalisation (to avoid normalising twice).
    field : str, optional
        Field name recorded on each contact (for mapping input).

    Returns
    -------
    tuple of Contact
        In order of position; offsets point into the original text.
    """
    return find_contacts(text, field=field).contacts


def mask_contacts(text: str, contacts: tuple[Contact, ...] | None = None) -> str:
    """Replace every contact in ``text`` by its kind token (``ctphone``, ``ctemail``, ...).

    EMSCAD masks contacts as ``#URL_<hash>#`` etc.; live posts carry real ones.
    Both become the same tokens, so training and screening see the same thing.
    """
    contacts = extract_contacts(text) if contacts is None else contacts
    pieces, pos = [], 0
    for contact in sorted(contacts, key=lambda c: c.start):
        if contact.start < pos:
            continue
        pieces.append(text[pos:contact.start])
        pieces.append(f" {CONTACT_TOKENS[contact.kind]} ")
        pos = contact.end
    pieces.append(text[pos:])
    return "".join(pieces)

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

from functools import lru_cache

import phonenumbers
import regex

from .normalize import NormalizedText, normalize
from .result import Contact

__all__ = ["extract_contacts", "mask_contacts", "CONTACT_TOKENS", "FREE_MAIL_DOMAINS", "SHORTENER_HOSTS"]

MAX_CONTACTS = 100
"""At most this many contacts are reported per post (attacker text can hold millions)."""

FREE_MAIL_DOMAINS = frozenset(["gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.in", "yahoo.fr", "ymail.com", "rocketmail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "mail.com", "email.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "protonmail.com", "proton.me", "pm.me", "tutanota.com", "tuta.io", "yandex.com", "yandex.ru", "mail.ru", "inbox.ru", "list.ru", "bk.ru", "rambler.ru", "qq.com", "163.com", "126.com", "sina.com", "rediffmail.com", "zoho.com", "zohomail.com", "usa.com", "post.com", "consultant.com", "engineer.com", "hushmail.com"])

SHORTENER_HOSTS = frozenset(["bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "cutt.ly", "rb.gy", "rebrand.ly", "shorturl.at", "tiny.cc", "t.ly", "s.id", "v.gd", "lnkd.in", "linktr.ee", "bl.ink", "shorte.st", "adf.ly", "bit.do", "qrco.de"])

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
_TLDS = (
    "com|net|org|info|biz|io|co|me|ly|gl|gd|at|cc|us|uk|ca|au|in|ng|ke|za|ph|de|fr|es|it|ru|cn|ae|qa|"
    "sa|my|sg|id|vn|th|pk|bd|gh|eu|online|site|xyz|top|club|shop|link|live|work|jobs|app|page|ee"
)
_URL = regex.compile(
    r"(?:(?:https?://|www\.)[^\s<>\"'`]{1,300}"
    r"|(?<![\w@.-])(?:[a-z0-9-]{1,63}\.){1,4}(?:" + _TLDS + r")(?![\w-])(?:/[^\s<>\"'`]{0,300})?)"
)
_PHONE_CANDIDATE = regex.compile(r"(?<![\w+])(?:\+|00)?\(?\d(?:[ \-.()/]{0,2}\d){6,16}(?!\d)")
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
_AT_WORD = regex.compile(r"[(\[{]\s{0,2}at\s{0,2}[)\]}]")
_NOT_HANDLES = frozenset({"gmail", "yahoo", "hotmail", "outlook", "the", "and", "you", "our", "for", "only", "me", "number", "app"})


@lru_cache(maxsize=4096)
def _parse_phone(digits: str, international: bool) -> str | None:
    """Return the E.164 form of a digit string, or ``None`` if it is not a phone number.

    International numbers (written with ``+`` or ``00``) need only be possible;
    national ones must be valid in one of :data:`PHONE_REGIONS`, tried in order.
    A national number is ambiguous by nature (``0703...`` is a UK and a Nigerian
    mobile); the fixed order keeps the answer deterministic.
    """
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


def _contacts_in(norm: NormalizedText) -> list[tuple[int, int, dict]]:
    """All contacts in base-text coordinates, as (start, end, fields)."""
    text = norm.base_text
    found: list[tuple[int, int, dict]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _MASKED.finditer(text):
        kind, digest = m.group(1), m.group(2)
        found.append((m.start(), m.end(), {"kind": kind, "value": f"#{kind.upper()}_{digest}#", "masked": True}))
        taken.append(m.span())
        if len(found) >= MAX_CONTACTS:
            return found
    emails = _EMAIL.finditer(text) if ("@" in text or _AT_WORD.search(text)) else ()
    for m in emails:
        if not free(*m.span()):
            continue
        local = m.group(1)
        domain = regex.sub(r"\s{0,2}[(\[{]\s{0,2}dot\s{0,2}[)\]}]\s{0,2}", ".", m.group(2)).strip(".")
        found.append((m.start(), m.end(), {"kind": "email", "value": f"{local}@{domain}",
                                           "free_mail": domain in FREE_MAIL_DOMAINS}))
        taken.append(m.span())
        if len(found) >= MAX_CONTACTS:
            return found
    for m in _URL.finditer(text):
        raw = m.group().rstrip(_TRAILING_PUNCT)
        start, end = m.start(), m.start() + len(raw)
        if not raw or not free(start, end):
            continue
        value = canonical_url(raw)
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
        found.append((start, end, fields))
        taken.append((start, end))
        if len(found) >= MAX_CONTACTS:
            return found
    parsed = 0
    for m in _PHONE_CANDIDATE.finditer(text):
        if not free(*m.span()):
            continue
        raw = m.group()
        digits = regex.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15 or _looks_like_range(raw, text, m.start()):
            continue
        parsed += 1
        if parsed > 2 * MAX_CONTACTS:
            break
        international = raw.startswith("+") or raw.startswith("00")
        if raw.startswith("00"):
            digits = digits[2:]
        phone = _parse_phone(digits, international)
        if phone is None:
            continue
        found.append((m.start(), m.end(), {"kind": "phone", "value": phone,
                                           "platform": _platform_before(text, m.start())}))
        taken.append(m.span())
        if len(found) >= MAX_CONTACTS:
            return found
    for pattern in (_HANDLE_AFTER_MESSENGER, _BARE_HANDLE):
        for m in pattern.finditer(text):
            name = m.group(m.lastindex).rstrip(".")
            if name in _NOT_HANDLES or not free(m.start(m.lastindex), m.end(m.lastindex)):
                continue
            platform = _MESSENGERS[m.group(1)] if pattern is _HANDLE_AFTER_MESSENGER else _platform_before(text, m.start())
            value = f"{platform}:{name}" if platform else f"@{name}"
            start = m.start() if pattern is _HANDLE_AFTER_MESSENGER else m.start()
            found.append((start, m.end(m.lastindex), {"kind": "handle", "value": value, "platform": platform}))
            taken.append((start, m.end(m.lastindex)))
            if len(found) >= MAX_CONTACTS:
                return found
    return found


def extract_contacts(text: str | NormalizedText, *, field: str | None = None) -> tuple[Contact, ...]:
    """Find the contacts in a post.

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
    norm = text if isinstance(text, NormalizedText) else normalize(text)
    out = []
    for start, end, fields in sorted(_contacts_in(norm), key=lambda item: (item[0], item[1])):
        a, b = norm.span(start, end, base=True)
        out.append(Contact(start=a, end=b, text=norm.original[a:b], field=field, **fields))
    return tuple(out)


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

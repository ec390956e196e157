"""The optional bearer token: ``CT_SCREEN_TOKEN`` or a file; without one, no token is asked."""

from __future__ import annotations

import hmac
import os
from pathlib import Path

__all__ = ["TOKEN_ENV", "load_token", "token_matches", "MIN_TOKEN_CHARS"]

TOKEN_ENV = "CT_SCREEN_TOKEN"
MIN_TOKEN_CHARS = 16


def load_token(token_file: str | None) -> str | None:
    """The token from ``token_file`` (first line, trimmed) or from ``CT_SCREEN_TOKEN``; ``None`` if neither.

    Raises
    ------
    ValueError
        If the file cannot be read, or the token is shorter than 16 characters.
    """
    if token_file is not None:
        try:
            lines = Path(token_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"cannot read the token file {token_file!r}: {type(exc).__name__}") from None
        token = lines[0].strip() if lines else ""
        source = f"the token file {token_file!r}"
    else:
        value = os.environ.get(TOKEN_ENV)
        if value is None:
            return None
        token, source = value.strip(), TOKEN_ENV
    if len(token) < MIN_TOKEN_CHARS:
        raise ValueError(f"{source} holds a token shorter than {MIN_TOKEN_CHARS} characters")
    return token


def token_matches(header: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header carries ``Bearer <token>`` (compared in constant time)."""
    if not header:
        return False
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))

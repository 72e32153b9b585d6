"""A book's private link: `/stories/{id}/open/{token}`, where the token is an HMAC of the book's id
under SECRET_KEY. Whoever holds the link may open the book on any device, which then counts the
book among its own (a parent's other phone, or the same browser after its cookies were cleared)."""

from __future__ import annotations

import base64
import hashlib
import hmac

TOKEN_LENGTH = 32


def private_link_token(secret_key: str, story_id: str) -> str:
    """The secret part of the book's private link."""
    digest = hmac.new(secret_key.encode(), f"private-link:{story_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:TOKEN_LENGTH]


def private_link_path(secret_key: str, story_id: str) -> str:
    return f"/stories/{story_id}/open/{private_link_token(secret_key, story_id)}"


def is_private_link(secret_key: str, story_id: str, token: str) -> bool:
    """Whether `token` opens the book `story_id` (compared in constant time)."""
    return hmac.compare_digest(private_link_token(secret_key, story_id).encode(), token.encode())

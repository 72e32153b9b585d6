"""Signed links to a book's pictures (its cover and first pages), for the merchant's list and the
storefront's preview: pages that Shopify serves from other origins, with no session of ours."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from urllib.parse import urlencode

from storyloom.config import ShopifySettings

PREVIEW_SECONDS = 24 * 3600
PREVIEW_NAME = re.compile(r"^(cover|pages/0[1-3])\.png$")


def _signature(settings: ShopifySettings, story_id: str, name: str, expires: int) -> str:
    message = f"preview:{story_id}:{name}:{expires}".encode()
    return hmac.new(settings.api_secret.get_secret_value().encode(), message, hashlib.sha256).hexdigest()


def preview_link(settings: ShopifySettings, story_id: str, name: str, *, width: int = 480) -> str:
    """A link to the picture `name` (cover.png, pages/01.png to pages/03.png) that works for a day."""
    expires = (int(time.time()) // 3600 + 25) * 3600  # stable for an hour, so browsers cache it
    query = urlencode(
        {"w": width, "expires": expires, "signature": _signature(settings, story_id, name, expires)}
    )
    return f"{settings.app_url.rstrip('/')}/shopify/previews/{story_id}/{name}?{query}"


def verify_preview(settings: ShopifySettings, story_id: str, name: str, expires: str, signature: str) -> bool:
    """Whether a picture link is ours, names a previewable picture and has not expired."""
    if not PREVIEW_NAME.match(name):
        return False
    try:
        deadline = int(expires)
    except ValueError:
        return False
    expected = _signature(settings, story_id, name, deadline)
    return hmac.compare_digest(expected, signature) and deadline >= time.time()

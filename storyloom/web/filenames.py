"""The Content-Disposition of every download: the book's title kept in any script (RFC 6266's
`filename*=UTF-8''…`) with a plain ASCII `filename` for clients that know only that."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

MAX_TITLE = 80
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def _ascii_fallback(name: str, default: str) -> str:
    """Accents dropped, not letters: "Lucía y la brújula" -> "Lucia y la brujula"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^A-Za-z0-9 ._()'-]+", "", plain)
    plain = re.sub(r"\s+", " ", plain).strip(" .-")
    return plain or default


def content_disposition(title: str | None, suffix: str, *, download: bool = True) -> str:
    """The header for a file named after `title` plus `suffix` (such as "-print.pdf" or ".mp3")."""
    cleaned = re.sub(r"\s+", " ", _UNSAFE.sub(" ", unicodedata.normalize("NFC", title or ""))).strip()
    cleaned = cleaned[:MAX_TITLE].strip() or "storybook"
    kind = "attachment" if download else "inline"
    fallback = _ascii_fallback(cleaned, "storybook") + suffix
    full = cleaned + suffix
    if full == fallback:
        return f'{kind}; filename="{fallback}"'
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(full, safe='')}"

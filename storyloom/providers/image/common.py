"""What the image adapters share: decoding the image a service sent, sizes and aspect ratios."""

from __future__ import annotations

import base64
import binascii
import io

from PIL import Image, UnidentifiedImageError

from storyloom.errors import ProviderOutputError

NEGATIVE_PROMPT = (
    "text, letters, words, watermark, signature, logo, frightening, violent, gore, deformed hands, "
    "extra limbs, blurry, low quality"
)


def to_png(provider: str, data: bytes) -> tuple[bytes, int, int]:
    """`data` (PNG, JPEG or WebP) as PNG bytes with its size; a broken image is a provider output error."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            width, height = image.size
            if image.format == "PNG":
                return data, width, height
            out = io.BytesIO()
            image.convert("RGB").save(out, format="PNG")
            return out.getvalue(), width, height
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ProviderOutputError(
            f"{provider} sent an image that could not be decoded", provider=provider
        ) from exc


def from_base64(provider: str, text: object) -> tuple[bytes, int, int]:
    """A base64 image from a JSON answer, decoded and checked."""
    if not isinstance(text, str) or not text:
        raise ProviderOutputError(f"{provider} sent no image data", provider=provider)
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ProviderOutputError(
            f"{provider} sent image data that is not base64", provider=provider
        ) from exc
    return to_png(provider, data)


def aspect_ratio(width: int, height: int, choices: tuple[str, ...]) -> str:
    """The choice (like "3:2") closest to width:height."""

    def distance(choice: str) -> float:
        w, h = (int(part) for part in choice.split(":"))
        return abs(w / h - width / height)

    return min(choices, key=distance)


def diffusion_size(width: int, height: int, limit: int) -> tuple[int, int]:
    """The request's size scaled to fit `limit` on its longer side, in multiples of 64."""
    scale = min(1.0, limit / max(width, height))
    return max(64, int(width * scale) // 64 * 64), max(64, int(height * scale) // 64 * 64)

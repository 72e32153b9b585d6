"""Other ways to tell a pool's phrase: a long book draws nearly every phrase of its pools, so two long
books of one kind would share them word for word; each phrase listed here is told in one of its ways.

Each language module (`variants_<language>.py`) holds `VARIANTS`: a phrase of `pages_<language>.py` or
`situations_<language>.py`, exactly as written there, and its other ways. A way says the same thing with
the same slots in other words (not a synonym or two: other words throughout), so that it fits every
place the phrase fits. The book chooses a phrase's way once (`Pools.alternative`): drawn again, the
phrase is recognised as said.
"""

from __future__ import annotations

import importlib
from functools import cache


@cache
def _variants(language: str) -> dict[str, tuple[str, ...]]:
    try:
        module = importlib.import_module(f"storyloom.providers.text.engine.variants_{language}")
    except ModuleNotFoundError:
        return {}
    variants: dict[str, tuple[str, ...]] = module.VARIANTS
    return variants


def ways(template: str, language: str) -> tuple[str, ...]:
    """The template's ways: its own alternatives ("A|B") and those `VARIANTS` lists."""
    return (*template.split("|"), *_variants(language).get(template, ()))

"""Unguessable, time-ordered ids (UUIDv7 layout, hex without dashes)."""

from __future__ import annotations

import secrets
import time


def new_id() -> str:
    """A 32-character id: 48 bits of milliseconds, then 74 random bits (UUIDv7 layout)."""
    millis = time.time_ns() // 1_000_000
    random_bits = secrets.randbits(74)
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (random_bits >> 62) << 64
    value |= 0b10 << 62
    value |= random_bits & ((1 << 62) - 1)
    return f"{value:032x}"


def is_id(value: str) -> bool:
    """Whether `value` has the shape of an id made by `new_id`."""
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)

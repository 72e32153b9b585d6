"""Comparing signatures, tokens and MACs that arrive from outside.

Every such comparison goes through `signature_matches`: it is constant-time, exact (an upper-cased
hex digest is a different signature), and refuses malformed input (missing, empty, non-ASCII, or
longer than any signature we make) by answering False, never by raising, so a forged header or query
gets a 401 and never a 500.
"""

from __future__ import annotations

import hmac

MAX_SIGNATURE_LENGTH = 512


def well_formed(received: object, *, max_length: int = MAX_SIGNATURE_LENGTH) -> bool:
    """Whether `received` could be a signature at all: a non-empty ASCII string of at most `max_length`."""
    return isinstance(received, str) and 0 < len(received) <= max_length and received.isascii()


def signature_matches(expected: str, received: object, *, max_length: int = MAX_SIGNATURE_LENGTH) -> bool:
    """Whether `received` is exactly `expected`, compared in constant time; False for malformed input."""
    if not well_formed(received, max_length=max_length) or not expected.isascii():
        return False
    assert isinstance(received, str)
    return hmac.compare_digest(expected.encode("ascii"), received.encode("ascii"))

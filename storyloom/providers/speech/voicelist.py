"""A cloud speech provider's list of voices, fetched from its API at most once an hour per account and
shared by every request of the process, so checking a book's voice costs no call most of the time."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

import httpx

from storyloom.errors import ProviderError, ProviderServerError
from storyloom.providers.base import check_response, mapped_http_errors

KEEP_SECONDS = 3600.0
"""How long a fetched list is trusted (a voice added to the account shows after at most this)."""
RETRY_SECONDS = 60.0
"""After a failed fetch, how long voices are let through unchecked before the list is asked again."""


class VoiceList:
    """The voice names `fetch` returns, kept for `keep` seconds; None while the list cannot be had."""

    def __init__(
        self,
        fetch: Callable[[], frozenset[str]],
        *,
        keep: float = KEEP_SECONDS,
        retry: float = RETRY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._keep = keep
        self._retry = retry
        self._clock = clock
        self._names: frozenset[str] | None = None
        self._until = float("-inf")
        self._lock = threading.Lock()

    def names(self) -> frozenset[str] | None:
        with self._lock:  # one fetch at a time; the others wait for its answer
            now = self._clock()
            if now < self._until:
                return self._names
            try:
                self._names = self._fetch()
                self._until = now + self._keep
            except ProviderError:
                self._names = None
                self._until = now + self._retry
            return self._names


_lists: dict[tuple[str, str, str], VoiceList] = {}
_lists_lock = threading.Lock()


def shared_voice_list(
    provider: str, base_url: str, key: str, fetch: Callable[[], frozenset[str]]
) -> VoiceList:
    """The process's one VoiceList for this provider, address and account (the key is kept hashed)."""
    account = hashlib.sha256(key.encode()).hexdigest()
    with _lists_lock:
        return _lists.setdefault((provider, base_url, account), VoiceList(fetch))


def fetch_voice_names(
    provider: str, url: str, headers: dict[str, str], timeout: httpx.Timeout, *, field: str, service: str
) -> frozenset[str]:
    """GET the voice list at `url`: the `field` of each entry of its "voices". Failures are provider
    errors; a list without that field is `service`'s server error."""
    with mapped_http_errors(provider), httpx.Client(timeout=timeout) as client:
        response = check_response(provider, client.get(url, headers=headers))
    try:
        return frozenset(str(voice[field]) for voice in response.json()["voices"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ProviderServerError(
            f"{service} sent a voice list without voice {field.removeprefix('voice_')}s", provider=provider
        ) from exc

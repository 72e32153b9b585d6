"""The official `openai` SDK as the adapters use it: one client per adapter with our timeout and no
retries of its own (the pipeline retries), and its exceptions mapped onto the error tree."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import openai

from storyloom.errors import ProviderConnectionError, ProviderTimeoutError
from storyloom.providers.base import error_for_status


def sdk_client(key: str, base_url: str, timeout: float) -> openai.OpenAI:
    """An OpenAI client for `key` (at `base_url` when set) that never retries on its own."""
    return openai.OpenAI(api_key=key, base_url=base_url or None, timeout=timeout, max_retries=0)


@contextmanager
def mapped_openai_errors(provider: str) -> Iterator[None]:
    """Turn the SDK's timeouts, connection failures and HTTP errors into provider errors (quota,
    rate limit with its Retry-After, auth, bad request) through `error_for_status`."""
    try:
        yield
    except openai.APITimeoutError as exc:
        raise ProviderTimeoutError(f"{provider} did not answer in time", provider=provider) from exc
    except openai.APIConnectionError as exc:
        raise ProviderConnectionError(f"could not reach {provider}", provider=provider) from exc
    except openai.APIStatusError as exc:
        response: Any = exc.response  # the SDK's own httpx response
        raise error_for_status(provider, response) from exc

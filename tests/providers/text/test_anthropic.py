"""The Anthropic text adapter against a local server speaking the Messages API wire format."""

from __future__ import annotations

import pytest

from tests.providers.text.adapter_contract import *  # noqa: F403 (the contract's tests run here)


@pytest.fixture
def api() -> str:
    return "anthropic"

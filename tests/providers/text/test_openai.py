"""The OpenAI text adapter against a local server speaking the chat-completions wire format."""

from __future__ import annotations

import pytest

from storyloom.providers.text.base import StoryRequest
from tests.providers.text.adapter_contract import *  # noqa: F403 (the contract's tests run here)
from tests.providers.text.adapter_contract import MakeWriter
from tests.providers.text.fake_api import serve
from tests.providers.text.wire import PARAMS, success, valid_story


@pytest.fixture
def api() -> str:
    return "openai"


def test_a_reasoning_model_is_asked_for_no_reasoning_so_tool_output_and_temperature_apply(
    make_writer: MakeWriter,
) -> None:
    # given the default model, gpt-6-luna, whose Chat Completions take tool calls only without reasoning
    with serve(success("openai", valid_story())) as server:
        writer = make_writer(server)
        # when
        writer.write_story(StoryRequest(params=PARAMS, seed=1, max_words=600))
    # then
    body = server.received[0].body
    assert body["model"] == "gpt-6-luna"
    assert body["reasoning_effort"] == "none"
    assert body["temperature"] == 0.8

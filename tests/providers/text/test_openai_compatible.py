"""The OpenAI-compatible adapter (Ollama, vLLM, llama.cpp) against a local chat-completions server."""

from __future__ import annotations

import json

import pytest

from storyloom.config import load_settings
from storyloom.providers.text.base import StoryRequest
from storyloom.providers.text.openai import OpenAICompatibleStoryWriter
from tests.providers.text.adapter_contract import *  # noqa: F403 (the contract's tests run here)
from tests.providers.text.fake_api import Reply, serve
from tests.providers.text.wire import PARAMS, valid_story


@pytest.fixture
def api() -> str:
    return "openai-compatible"


def _content_reply(output: dict[str, object]) -> Reply:
    return Reply(
        200,
        {
            "id": "chatcmpl-3",
            "object": "chat.completion",
            "created": 1700000000,
            "model": "llama3.1:8b",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": json.dumps(output), "refusal": None},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": {"prompt_tokens": 900, "completion_tokens": 1800, "total_tokens": 2700},
        },
    )


@pytest.mark.parametrize(
    ("mode", "sent_key"),
    [("native", "response_format"), ("prompted", None)],
    ids=["native-json-schema", "prompted-json"],
)
def test_servers_without_tool_calls_can_use_json_output(
    mode: str, sent_key: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    monkeypatch.setenv("OPENAI_COMPATIBLE_OUTPUT_MODE", mode)
    monkeypatch.setenv("OPENAI_COMPATIBLE_MODEL", "llama3.1:8b")
    with serve(_content_reply(valid_story())) as server:
        monkeypatch.setenv("OPENAI_COMPATIBLE_BASE_URL", f"{server.url}/v1")
        writer = OpenAICompatibleStoryWriter(load_settings())
        # when
        draft = writer.write_story(StoryRequest(params=PARAMS, seed=1, max_words=600))
    # then
    body = server.received[0].body
    assert "tools" not in body
    if sent_key:
        assert body[sent_key]["type"] == "json_schema"
    assert len(draft.story.chapters) == 8
    assert (draft.call.model, draft.call.cost_usd, draft.call.details["output_tokens"]) == (
        "llama3.1:8b",
        0.0,
        1800,
    )

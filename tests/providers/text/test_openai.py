"""The OpenAI text adapter against a local server speaking the chat-completions wire format."""

from __future__ import annotations

import pytest

from storyloom.providers.text.base import StoryRequest
from tests.providers.text.adapter_contract import (  # noqa: F401
    MakeWriter,
    make_writer,
    test_a_missing_setting_is_named,
    test_a_safety_refusal_is_a_content_policy_error,
    test_a_story_for_the_wrong_child_is_sent_back_with_the_problem,
    test_a_timeout_is_retryable,
    test_customer_text_is_sent_as_data_not_instructions,
    test_http_errors_map_onto_the_error_tree,
    test_malformed_json_is_a_retryable_server_fault,
    test_output_that_breaks_the_schema_is_retried_then_fails_cleanly,
    test_output_that_breaks_the_schema_once_is_repaired_by_a_retry,
    test_writes_a_story_and_records_tokens_and_cost,
    test_writes_one_chapter_again,
)
from tests.providers.text.fake_api import serve
from tests.providers.text.wire import PARAMS, success, valid_story


@pytest.fixture
def api() -> str:
    return "openai"


def test_a_reasoning_model_is_asked_for_no_reasoning_so_tool_output_and_temperature_apply(
    make_writer: MakeWriter,  # noqa: F811
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

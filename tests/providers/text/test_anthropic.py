"""The Anthropic text adapter against a local server speaking the Messages API wire format."""

from __future__ import annotations

import pytest

from tests.providers.text.adapter_contract import (  # noqa: F401
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


@pytest.fixture
def api() -> str:
    return "anthropic"

"""Answers in the documented wire formats of the OpenAI, Gemini and Anthropic APIs, for FakeAPI."""

from __future__ import annotations

import json
from typing import Any

from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import StoryParams
from tests.providers.text.fake_api import Received, Reply

PARAMS = StoryParams(
    child_name="Mia", age_group="3-5", genre="space", moral_lesson="Sharing is caring", page_count=8
)


def valid_story(params: StoryParams = PARAMS) -> dict[str, Any]:
    """A story that validates as StoryContent for `params`, as an LLM would return it."""
    return compose_story(params, 7, 5000).model_dump(mode="json")


def broken_story() -> dict[str, Any]:
    """Output that breaks the schema: no chapters key, a colour that is not #rrggbb."""
    story = valid_story()
    del story["chapters"]
    story["characters"][0]["bible"]["colours"]["skin"] = "peach"
    return story


def tool_name(request: Received, api: str) -> str:
    tools = request.body["tools"]
    if api == "google":
        return str(tools[0]["functionDeclarations"][0]["name"])
    if api == "anthropic":
        return str(tools[0]["name"])
    return str(tools[0]["function"]["name"])


def success(api: str, output: dict[str, Any], input_tokens: int = 1000, output_tokens: int = 2000) -> Any:
    """A responder answering with a structured-output tool call carrying `output`."""

    def respond(request: Received) -> Reply:
        name = tool_name(request, api)
        if api == "google":
            return Reply(
                200,
                {
                    "candidates": [
                        {
                            "content": {
                                "role": "model",
                                "parts": [{"functionCall": {"name": name, "args": output}}],
                            },
                            "finishReason": "STOP",
                            "index": 0,
                        }
                    ],
                    "usageMetadata": {
                        "promptTokenCount": input_tokens,
                        "candidatesTokenCount": output_tokens,
                        "totalTokenCount": input_tokens + output_tokens,
                    },
                    "modelVersion": "gemini-3.8-flash",
                },
            )
        if api == "anthropic":
            return Reply(
                200,
                {
                    "id": "msg_01",
                    "type": "message",
                    "role": "assistant",
                    "model": "claude-sonnet-4-5",
                    "content": [{"type": "tool_use", "id": "toolu_01", "name": name, "input": output}],
                    "stop_reason": "tool_use",
                    "stop_sequence": None,
                    "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
                },
            )
        return Reply(
            200,
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 1700000000,
                "model": "gpt-6-luna",
                "choices": [
                    {
                        "index": 0,
                        "message": {
                            "role": "assistant",
                            "content": None,
                            "refusal": None,
                            "tool_calls": [
                                {
                                    "id": "call_1",
                                    "type": "function",
                                    "function": {"name": name, "arguments": json.dumps(output)},
                                }
                            ],
                        },
                        "finish_reason": "tool_calls",
                        "logprobs": None,
                    }
                ],
                "usage": {
                    "prompt_tokens": input_tokens,
                    "completion_tokens": output_tokens,
                    "total_tokens": input_tokens + output_tokens,
                },
            },
        )

    return respond


def refusal(api: str) -> Reply:
    """A successful HTTP answer in which the model refused on safety grounds, as each API reports it."""
    if api == "google":
        return Reply(
            200,
            {
                "candidates": [
                    {
                        "content": {"role": "model", "parts": []},
                        "finishReason": "SAFETY",
                        "index": 0,
                        "safetyRatings": [
                            {
                                "category": "HARM_CATEGORY_DANGEROUS_CONTENT",
                                "probability": "HIGH",
                                "blocked": True,
                            }
                        ],
                    }
                ],
                "usageMetadata": {"promptTokenCount": 10, "totalTokenCount": 10},
            },
        )
    if api == "anthropic":
        return Reply(
            200,
            {
                "id": "msg_02",
                "type": "message",
                "role": "assistant",
                "model": "claude-sonnet-4-6",
                "content": [],
                "stop_reason": "refusal",
                "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 0},
            },
        )
    return Reply(
        200,
        {
            "id": "chatcmpl-2",
            "object": "chat.completion",
            "created": 1700000000,
            "model": "gpt-6-luna",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": None, "refusal": None},
                    "finish_reason": "content_filter",
                    "logprobs": None,
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 0, "total_tokens": 10},
        },
    )


def error(api: str, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    """An error response in the API's own error envelope."""
    if api == "google":
        body: Any = {"error": {"code": status, "message": message, "status": kind}}
    elif api == "anthropic":
        body = {"type": "error", "error": {"type": kind, "message": message}}
    else:
        body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
    return Reply(status, body, headers=headers or {})


ERRORS = {
    "openai": {
        "unauthorized": (401, "invalid_api_key", "Incorrect API key provided"),
        "rate_limited": (429, "rate_limit_exceeded", "Rate limit reached for requests"),
        "server_error": (500, "server_error", "The server had an error while processing your request"),
        "policy": (
            400,
            "content_policy_violation",
            "Your request was rejected as a result of our safety system",
        ),
    },
    "google": {
        "unauthorized": (401, "UNAUTHENTICATED", "API key not valid. Please pass a valid API key."),
        "rate_limited": (429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."),
        "server_error": (500, "INTERNAL", "An internal error has occurred."),
        "policy": (400, "INVALID_ARGUMENT", "The request was blocked by safety filters."),
    },
    "anthropic": {
        "unauthorized": (401, "authentication_error", "invalid x-api-key"),
        "rate_limited": (429, "rate_limit_error", "Number of requests has exceeded your rate limit"),
        "server_error": (500, "api_error", "Internal server error"),
        "policy": (400, "invalid_request_error", "Output blocked by content filtering policy"),
    },
}
ERRORS["openai-compatible"] = ERRORS["openai"]

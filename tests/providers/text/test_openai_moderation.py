"""OpenAI's moderation endpoint as the second child-safety check, against a local server."""

from __future__ import annotations

import pytest

from storyloom.config import load_settings
from storyloom.errors import ContentRejectedError, ProviderServerError
from storyloom.pipeline.text import write_story
from storyloom.providers.text.openai import OpenAIStoryWriter
from tests.providers.text.fake_api import FakeAPI, Received, Reply, serve
from tests.providers.text.wire import PARAMS, success, valid_story


def _moderation(flagged: bool, status: int = 200) -> Reply:
    if status != 200:
        return Reply(status, {"error": {"message": "The server had an error", "type": "server_error"}})
    # Every category OpenAI's moderation answer carries (its spec requires them all).
    names = [
        "hate",
        "hate/threatening",
        "harassment",
        "harassment/threatening",
        "illicit",
        "illicit/violent",
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    ]
    categories = {name: flagged and name == "violence" for name in names}
    return Reply(
        200,
        {
            "id": "modr-1",
            "model": "omni-moderation-latest",
            "results": [
                {
                    "flagged": flagged,
                    "categories": categories,
                    "category_scores": {name: 0.9 if on else 0.01 for name, on in categories.items()},
                    "category_applied_input_types": {name: ["text"] for name in categories},
                }
            ],
        },
    )


def _api(moderation: Reply) -> object:
    chat = success("openai", valid_story())

    def respond(request: Received) -> Reply:
        return moderation if request.path.endswith("/moderations") else chat(request)

    return respond


def _writer(
    server: FakeAPI, monkeypatch: pytest.MonkeyPatch, model: str = "omni-moderation-latest"
) -> OpenAIStoryWriter:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")
    monkeypatch.setenv("OPENAI_MODERATION_MODEL", model)
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "2")
    return OpenAIStoryWriter(load_settings())


def test_a_clean_story_passes_moderation_and_the_call_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    # given
    with serve(_api(_moderation(flagged=False))) as server:  # type: ignore[arg-type]
        writer = _writer(server, monkeypatch)
        # when
        written = write_story([writer], PARAMS, seed=1, max_words=5000)
    # then
    paths = [request.path for request in server.received]
    assert paths[:2] == ["/v1/chat/completions", "/v1/moderations"]
    assert server.received[1].body["model"] == "omni-moderation-latest"
    assert "Mia" in server.received[1].body["input"]
    assert [call.model for call in written.calls][:2] == ["gpt-6-luna", "omni-moderation-latest"]
    assert written.calls[1].details["flagged"] == []


def test_a_flagged_story_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    # given
    with serve(_api(_moderation(flagged=True))) as server:  # type: ignore[arg-type]
        writer = _writer(server, monkeypatch)
        # when
        with pytest.raises(ContentRejectedError) as raised:
            write_story([writer], PARAMS, seed=1, max_words=5000)
    # then
    assert raised.value.code == "CONTENT_REJECTED"
    assert "openai's moderation flagged it as unsuitable for children (violence)" in raised.value.message


def test_a_moderation_outage_is_retryable(monkeypatch: pytest.MonkeyPatch) -> None:
    # given
    with serve(_api(_moderation(flagged=False, status=500))) as server:  # type: ignore[arg-type]
        writer = _writer(server, monkeypatch)
        # when
        with pytest.raises(ProviderServerError) as raised:
            writer.moderate("A gentle story.")
    # then
    assert raised.value.retryable is True


def test_moderation_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # given
    with serve(_api(_moderation(flagged=True))) as server:  # type: ignore[arg-type]
        writer = _writer(server, monkeypatch, model="off")
        # when
        flagged, record = writer.moderate("A gentle story.")
    # then
    assert (flagged, record) == ([], None)
    assert server.received == []

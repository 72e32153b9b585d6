from __future__ import annotations

import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.speech.openai import INSTRUCTIONS, OpenAINarrator
from tests.providers.speech.conftest import FakeServer, Received, Reply
from tests.providers.speech.openai_sentences import (
    SENTENCES,
    TEXT,
    assert_words_placed_in_their_sentences,
    clip,
)

KEY = "sk-test-openai-789"


def speak(received: Received) -> Reply:
    return Reply(200, clip(received.json()["input"]), {"Content-Type": "application/octet-stream"})


@pytest.fixture
def settings(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")
    # the /v1/audio/speech models, until their shutdown on 2027-01-06 (the Realtime default has its own tests)
    monkeypatch.setenv("OPENAI_SPEECH_MODEL", "gpt-4o-mini-tts")
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "0.5")
    return load_settings()


def test_each_sentence_is_one_request_for_raw_pcm(server: FakeServer, settings: Settings) -> None:
    server.handler = speak

    OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert sorted(sent.json()["input"] for sent in server.received) == sorted(SENTENCES)
    for sent in server.received:
        assert sent.path == "/v1/audio/speech"
        assert sent.headers["authorization"] == f"Bearer {KEY}"
        assert {k: v for k, v in sent.json().items() if k != "input"} == {
            "model": "gpt-4o-mini-tts",
            "voice": "marin",
            "response_format": "pcm",
            "instructions": INSTRUCTIONS,
        }


def test_words_are_placed_within_their_sentences_speech_by_length(
    server: FakeServer, settings: Settings
) -> None:
    server.handler = speak

    narration = OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert_words_placed_in_their_sentences(narration)


def test_gpt_4o_mini_tts_costs_per_minute_of_audio(server: FakeServer, settings: Settings) -> None:
    server.handler = speak

    narration = OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert narration.call.model == "gpt-4o-mini-tts"
    assert narration.call.cost_usd == pytest.approx(0.015 * narration.duration_ms / 60000)


def test_tts_1_costs_per_character_and_takes_the_speed(
    server: FakeServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_SPEECH_MODEL", "tts-1")
    server.handler = speak

    narration = OpenAINarrator(load_settings()).narrate(SpeechRequest(text=TEXT, language="en", voice="nova"))

    characters = sum(len(s) for s in SENTENCES)
    assert narration.call.cost_usd == pytest.approx(characters * 15e-6)
    sent = server.received[0].json()
    assert sent["speed"] == 0.85
    assert sent["voice"] == "nova"
    assert "instructions" not in sent


def openai_error(status: int, message: str, code: str, **headers: str) -> Reply:
    body = {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}
    return Reply.json(body, status=status, **headers)


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (
            openai_error(401, f"Incorrect API key provided: {KEY[:6]}****", "invalid_api_key"),
            ProviderAuthError,
        ),
        (
            openai_error(
                400, "Your request was rejected as a result of our safety system.", "content_policy_violation"
            ),
            ContentPolicyError,
        ),
        (
            openai_error(500, "The server had an error while processing your request.", "server_error"),
            ProviderServerError,
        ),
        (Reply.json({"unexpected": True}), ProviderServerError),
        (Reply(delay_seconds=1.5), ProviderTimeoutError),
    ],
    ids=["401", "content-policy", "500", "json-instead-of-audio", "timeout"],
)
def test_failures_map_onto_the_error_tree(
    server: FakeServer, settings: Settings, reply: Reply, error: type[ProviderError]
) -> None:
    server.handler = lambda received: reply
    server.check_answers = reply.status >= 300  # a JSON answer where audio belongs breaks the spec on purpose

    with pytest.raises(error) as raised:
        OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.provider == "openai"
    assert KEY[:6] not in str(raised.value)


def test_rate_limiting_honours_retry_after(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: openai_error(
        429, "Rate limit reached", "rate_limit_exceeded", **{"Retry-After": "2"}
    )

    with pytest.raises(ProviderRateLimitError) as raised:
        OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.retry_after == 2.0

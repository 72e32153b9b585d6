"""OpenAI narration through the Realtime API, against a local WebSocket server speaking its wire format."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderConnectionError,
    ProviderError,
    ProviderQuotaError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.speech.openai import OpenAINarrator
from storyloom.providers.speech.openai_realtime import instructions
from tests.providers.speech.openai_sentences import (
    SENTENCES,
    TEXT,
    assert_words_placed_in_their_sentences,
    clip,
)
from tests.providers.speech.realtime_server import (
    Drop,
    RealtimeServer,
    Session,
    error_event,
    failed,
    running,
    spoken,
)

KEY = "sk-test-realtime-456"
USAGE = {
    "total_tokens": 260,
    "input_tokens": 150,
    "output_tokens": 110,
    "input_token_details": {"text_tokens": 150, "audio_tokens": 0, "cached_tokens": 50},
    "output_token_details": {"text_tokens": 10, "audio_tokens": 100},
}


def read_aloud(session: Session) -> list[object]:
    return spoken(clip(session.text), session.text, usage=USAGE)


@pytest.fixture
def server() -> Iterator[RealtimeServer]:
    for fake in running():
        yield fake
        assert fake.violations == []


@pytest.fixture
def settings(server: RealtimeServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "1")
    return load_settings()


def narrate(settings: Settings, language: str = "en", voice: str | None = None) -> object:
    return OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language=language, voice=voice))


def test_the_realtime_model_is_the_default_and_each_sentence_gets_its_own_session(
    server: RealtimeServer, settings: Settings
) -> None:
    server.reply = read_aloud

    narrate(settings)

    assert sorted(session.text for session in server.sessions) == sorted(SENTENCES)
    for session in server.sessions:
        assert session.path == "/v1/realtime?model=gpt-realtime-2.1-mini"
        assert session.headers["authorization"] == f"Bearer {KEY}"
        assert [event["type"] for event in session.events] == [
            "session.update",
            "conversation.item.create",
            "response.create",
        ]
        (update,) = session.sent("session.update")
        assert update["session"] == {
            "type": "realtime",
            "output_modalities": ["audio"],
            "instructions": instructions("en"),
            "audio": {
                "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 0.85}
            },
        }
        (item,) = session.sent("conversation.item.create")
        assert item["item"] == {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": session.text}],
        }


def test_the_instructions_name_the_books_language_and_the_voice_is_the_requests(
    server: RealtimeServer, settings: Settings
) -> None:
    server.reply = read_aloud

    narrate(settings, language="fr", voice="cedar")

    update = server.sessions[0].sent("session.update")[0]["session"]
    assert "in French" in update["instructions"]
    assert "word for word" in update["instructions"]
    assert update["audio"]["output"]["voice"] == "cedar"


def test_audio_deltas_are_joined_and_words_placed_within_their_sentences_speech(
    server: RealtimeServer, settings: Settings
) -> None:
    server.reply = read_aloud

    narration = OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert_words_placed_in_their_sentences(narration)


def test_the_call_record_prices_the_tokens_each_response_used(
    server: RealtimeServer, settings: Settings
) -> None:
    server.reply = read_aloud

    narration = OpenAINarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    # 100 text input at $0.60, 50 cached at $0.06, 10 text output at $2.40, 100 audio output at $20 per 1M
    per_sentence = (100 * 0.60 + 50 * 0.06 + 10 * 2.40 + 100 * 20.00) / 1e6
    assert narration.call.model == "gpt-realtime-2.1-mini"
    assert narration.call.cost_usd == pytest.approx(3 * per_sentence)
    assert narration.call.details["audio_tokens"] == 300
    assert narration.call.details["sentences"] == 3


def test_a_voice_that_says_something_else_is_retried(server: RealtimeServer, settings: Settings) -> None:
    server.reply = lambda session: spoken(clip(session.text), "Sure! Here is a story about the moon.")

    with pytest.raises(ProviderServerError, match="something other than the sentence"):
        narrate(settings)


def test_a_bad_key_is_refused_without_naming_it(server: RealtimeServer, settings: Settings) -> None:
    # OpenAI accepts the handshake and answers a wrong key with an error event, then closes
    server.on_connect = [
        error_event("invalid_request_error", "invalid_api_key", f"Incorrect API key provided: {KEY[:8]}****")
    ]

    with pytest.raises(ProviderAuthError) as raised:
        narrate(settings)

    assert raised.value.provider == "openai"
    assert not raised.value.retryable
    assert "OPENAI_API_KEY" in str(raised.value)
    assert KEY[:8] not in str(raised.value)


def test_a_handshake_refused_with_401_is_an_auth_error(server: RealtimeServer, settings: Settings) -> None:
    server.refuse = (401, {"error": {"message": "Missing bearer", "code": "invalid_api_key"}}, {})

    with pytest.raises(ProviderAuthError):
        narrate(settings)


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(
            lambda session: [
                failed("insufficient_quota", "insufficient_quota", "You exceeded your current quota")
            ],
            id="failed-response",
        ),
        pytest.param(
            lambda session: [
                error_event("insufficient_quota", "insufficient_quota", "You exceeded your quota")
            ],
            id="error-event",
        ),
    ],
)
def test_no_credit_is_terminal_and_says_what_to_do(
    server: RealtimeServer, settings: Settings, reply: object
) -> None:
    server.reply = reply  # type: ignore[assignment]

    with pytest.raises(ProviderQuotaError) as raised:
        narrate(settings)

    assert not raised.value.retryable
    assert str(raised.value).startswith("the OpenAI account has no credit or quota left")
    assert "platform.openai.com/settings/organization/billing" in str(raised.value)


def test_a_handshake_refused_for_quota_is_terminal(server: RealtimeServer, settings: Settings) -> None:
    server.refuse = (
        429,
        {"error": {"message": "You exceeded your current quota", "code": "insufficient_quota"}},
        {},
    )

    with pytest.raises(ProviderQuotaError):
        narrate(settings)


def test_a_rate_limit_is_retryable_with_the_wait_it_names(server: RealtimeServer, settings: Settings) -> None:
    server.reply = lambda session: [
        error_event(
            "rate_limit_error",
            "rate_limit_exceeded",
            "Rate limit reached for gpt-realtime-2.1-mini: Please try again in 1.5s.",
        )
    ]

    with pytest.raises(ProviderRateLimitError) as raised:
        narrate(settings)

    assert raised.value.retryable
    assert raised.value.retry_after == 1.5


def test_a_handshake_refused_with_429_honours_retry_after(server: RealtimeServer, settings: Settings) -> None:
    server.refuse = (
        429,
        {"error": {"message": "Too many sessions", "code": "rate_limit_exceeded"}},
        {"Retry-After": "3"},
    )

    with pytest.raises(ProviderRateLimitError) as raised:
        narrate(settings)

    assert raised.value.retry_after == 3.0


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(
            lambda session: [
                error_event("server_error", None, "The server had an error processing your request.")
            ],
            id="error-event",
        ),
        pytest.param(
            lambda session: [failed("server_error", "server_error", "The server had an error.")],
            id="failed-response",
        ),
    ],
)
def test_a_server_error_is_retryable(server: RealtimeServer, settings: Settings, reply: object) -> None:
    server.reply = reply  # type: ignore[assignment]

    with pytest.raises(ProviderServerError) as raised:
        narrate(settings)

    assert raised.value.retryable


def test_a_connection_dropped_mid_audio_is_retryable(server: RealtimeServer, settings: Settings) -> None:
    server.reply = lambda session: Drop(read_aloud(session)[:4])

    with pytest.raises(ProviderConnectionError) as raised:
        narrate(settings)

    assert raised.value.retryable


def test_a_server_that_stops_answering_times_out(server: RealtimeServer, settings: Settings) -> None:
    server.reply = lambda session: read_aloud(session)[:3]

    with pytest.raises(ProviderTimeoutError):
        narrate(settings)


def test_nothing_listening_is_a_connection_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for fake in running():
        url = fake.url
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", url)

    with pytest.raises((ProviderConnectionError, ProviderTimeoutError)) as raised:
        narrate(load_settings())

    assert isinstance(raised.value, ProviderError)
    assert raised.value.retryable


@pytest.mark.parametrize(
    ("model", "voice", "known"),
    [
        ("gpt-realtime-2.1-mini", "marin", True),
        ("gpt-realtime-2.1-mini", "nova", False),
        ("gpt-4o-mini-tts", "nova", True),
        ("tts-1", "marin", False),
        ("tts-1-hd", "onyx", True),
    ],
)
def test_voices_are_the_ones_each_model_documents(
    model: str, voice: str, known: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_SPEECH_MODEL", model)

    assert OpenAINarrator(load_settings()).has_voice(voice, "en") is known


def test_a_transcript_given_only_when_the_response_is_done_is_checked_too(
    server: RealtimeServer, settings: Settings
) -> None:
    def said_at_the_end(session: Session, transcript: str) -> list[object]:
        events = [e for e in spoken(clip(session.text), "") if "transcript" not in str(e["type"])]
        item = {
            "id": "item_001",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_audio", "transcript": transcript}],
        }
        events[-1]["response"]["output"] = [item]
        return events

    server.reply = lambda session: said_at_the_end(session, session.text.replace("round", "very round"))
    narrate(settings)

    server.reply = lambda session: said_at_the_end(session, "I would love to help with that!")
    with pytest.raises(ProviderServerError, match="something other than the sentence"):
        narrate(settings)


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        pytest.param(
            lambda session: [
                error_event(
                    "invalid_request_error",
                    "model_not_found",
                    "The model 'gpt-realtime-2.1-mini' does not exist or you do not have access to it.",
                )
            ],
            ProviderBadRequestError,
            id="model-not-found",
        ),
        pytest.param(
            lambda session: [
                {
                    "type": "response.done",
                    "event_id": "event_900",
                    "response": {
                        "object": "realtime.response",
                        "id": "resp_001",
                        "status": "incomplete",
                        "status_details": {"type": "incomplete", "reason": "content_filter"},
                    },
                }
            ],
            ContentPolicyError,
            id="content-filter",
        ),
    ],
)
def test_a_refused_request_is_terminal(
    server: RealtimeServer, settings: Settings, reply: object, error: type[ProviderError]
) -> None:
    server.reply = reply  # type: ignore[assignment]

    with pytest.raises(error) as raised:
        narrate(settings)

    assert not raised.value.retryable

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlsplit

import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import (
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
    TerminalProviderError,
)
from storyloom.providers.speech.audio import ENCODER_DELAY_SAMPLES
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.speech.elevenlabs import ElevenLabsNarrator, character_anchors
from storyloom.providers.speech.timing import split_words
from tests.providers.speech.conftest import FakeServer, Reply, speech_like
from tests.providers.speech.readalong import assert_read_along

TEXT = "Bo the bear said, “Good night, stars!”"
STARTS = [0.05, 0.3, 0.45, 0.8, 1.3, 1.6, 1.9]
RATE = 24000
DELAY_MS = ENCODER_DELAY_SAMPLES * 1000 / RATE
KEY = "xi-test-key-456"


def alignment(text: str, word_starts: list[float], total: float) -> dict[str, list[object]]:
    """ElevenLabs' character alignment: every character of the text with its start and end."""
    words = split_words(text)
    starts: list[float] = []
    for position in range(len(text)):
        index = max((i for i, word in enumerate(words) if word.start <= position), default=0)
        word = words[index]
        following = word_starts[index + 1] if index + 1 < len(words) else total
        share = (following - word_starts[index]) / (len(word.text) + 1)
        starts.append(
            round(word_starts[index] + share * max(0, min(position - word.start, len(word.text))), 3)
        )
    ends = [*starts[1:], total]
    return {
        "characters": list(text),
        "character_start_times_seconds": starts,
        "character_end_times_seconds": ends,
    }


def answer(word_starts: list[float], total: float = 2.4) -> Reply:
    audio = speech_like([s * 1000 for s in word_starts], total * 1000, RATE).astype("<i2").tobytes()
    aligned = alignment(TEXT, word_starts, total)
    return Reply.json(
        {
            "audio_base64": base64.b64encode(audio).decode(),
            "alignment": aligned,
            "normalized_alignment": aligned,
        }
    )


@pytest.fixture
def settings(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", server.url)
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "0.5")
    return load_settings()


def test_the_request_asks_for_timestamps_and_raw_pcm(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: answer(STARTS)

    ElevenLabsNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    (sent,) = server.received
    url = urlsplit(sent.path)
    assert url.path == "/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps"
    assert parse_qs(url.query) == {"output_format": ["pcm_24000"]}
    assert sent.headers["xi-api-key"] == KEY
    assert sent.json() == {
        "text": TEXT,
        "model_id": "eleven_multilingual_v2",
        "voice_settings": {"stability": 0.6, "similarity_boost": 0.75, "speed": 0.85},
    }


def test_character_alignment_is_grouped_into_words(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: answer(STARTS)

    narration = ElevenLabsNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert [w.word for w in narration.words] == ["Bo", "the", "bear", "said", "Good", "night", "stars"]
    assert [w.start_ms for w in narration.words] == [round(s * 1000 + DELAY_MS) for s in STARTS]
    assert_read_along(narration.words, TEXT, narration.mp3, narration.duration_ms)


def test_alignment_letters_are_matched_to_the_text_in_order_and_punctuation_gives_no_anchor() -> None:
    text = "Hi, Bo!"
    aligned = {
        "characters": ["H", "i", ",", " ", "B", "o", "!"],
        "character_start_times_seconds": [0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5],
    }

    assert character_anchors(text, aligned) == [(0, 0.0), (1, 100.0), (4, 300.0), (5, 400.0)]


def test_a_model_with_language_codes_is_told_the_language(
    server: FakeServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ELEVENLABS_MODEL", "eleven_flash_v2_5")
    server.handler = lambda received: answer(STARTS)

    call = (
        ElevenLabsNarrator(load_settings())
        .narrate(SpeechRequest(text=TEXT, language="de", voice="voice-9"))
        .call
    )

    assert server.received[0].json()["language_code"] == "de"
    assert "/v1/text-to-speech/voice-9/" in server.received[0].path
    assert call.cost_usd == pytest.approx(len(TEXT) * 0.05 / 1000)


@pytest.mark.parametrize("model", ["eleven_multilingual_v2", "eleven_v3", "eleven_flash_v2"])
def test_a_model_without_language_enforcement_gets_no_language_code(
    server: FakeServer, settings: Settings, monkeypatch: pytest.MonkeyPatch, model: str
) -> None:
    # given a model ElevenLabs' spec says answers an error to `language_code`
    monkeypatch.setenv("ELEVENLABS_MODEL", model)
    server.handler = lambda received: answer(STARTS)

    # when
    ElevenLabsNarrator(load_settings()).narrate(SpeechRequest(text=TEXT, language="de"))

    # then
    body = server.received[0].json()
    assert body["model_id"] == model
    assert "language_code" not in body


def test_cost_is_per_character_for_the_model(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: answer(STARTS)

    call = ElevenLabsNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en")).call

    assert call.model == "eleven_multilingual_v2"
    assert call.cost_usd == pytest.approx(len(TEXT) * 0.10 / 1000)
    assert call.details["characters"] == len(TEXT)


def detail(status: int, code: str, message: str, **headers: str) -> Reply:
    return Reply.json({"detail": {"status": code, "message": message}}, status=status, **headers)


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (detail(401, "invalid_api_key", "Invalid API key"), ProviderAuthError),
        (detail(400, "voice_not_found", "A voice with that id was not found."), ProviderBadRequestError),
        (
            Reply.json(
                {"detail": [{"loc": ["body", "text"], "msg": "field required", "type": "missing"}]}, 422
            ),
            ProviderBadRequestError,
        ),
        (detail(500, "internal_error", "Something went wrong"), ProviderServerError),
        (Reply(200, b'{"audio_base64": ', {"Content-Type": "application/json"}), ProviderServerError),
        (Reply.json({"audio_base64": "", "alignment": None}), ProviderServerError),
        (Reply(delay_seconds=1.5), ProviderTimeoutError),
    ],
    ids=["401", "voice-not-found", "422", "500", "malformed-json", "empty-audio", "timeout"],
)
def test_failures_map_onto_the_error_tree(
    server: FakeServer, settings: Settings, reply: Reply, error: type[ProviderError]
) -> None:
    server.handler = lambda received: reply

    with pytest.raises(error) as raised:
        ElevenLabsNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.provider == "elevenlabs"
    assert KEY not in str(raised.value)


def test_a_used_up_quota_is_terminal_and_says_so(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: detail(401, "quota_exceeded", "This request exceeds your quota.")

    with pytest.raises(TerminalProviderError, match="quota") as raised:
        ElevenLabsNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.code == "PROVIDER_QUOTA"


def test_too_many_requests_is_retryable_after_the_given_delay(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: detail(
        429, "too_many_concurrent_requests", "Too many concurrent requests", **{"Retry-After": "3"}
    )

    with pytest.raises(ProviderRateLimitError) as raised:
        ElevenLabsNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.retry_after == 3.0

"""Google's and ElevenLabs' voice lists, asked through their real APIs (`GET v1/voices`), kept for an
hour, and let through unchecked (None) while the list cannot be had; local models answer from their
own files."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import InvalidInputError, ProviderServerError
from storyloom.pipeline.voices import check_voice
from storyloom.providers.speech.base import VoiceCatalogue
from storyloom.providers.speech.elevenlabs import ElevenLabsNarrator
from storyloom.providers.speech.google import GoogleNarrator
from storyloom.providers.speech.voicelist import VoiceList
from tests.providers.speech.conftest import FakeServer, Received, Reply

GOOGLE_KEY = "google-voices-key-1"
ELEVEN_KEY = "eleven-voices-key-1"


def google_voices(received: Received) -> Reply:
    if received.method != "GET" or received.path != "/v1/voices":
        return Reply.json({"error": {"code": 404, "message": "not here"}}, status=404)
    return Reply.json(
        {
            "voices": [
                {
                    "languageCodes": ["en-US"],
                    "name": "en-US-Wavenet-F",
                    "ssmlGender": "FEMALE",
                    "naturalSampleRateHertz": 24000,
                },
                {
                    "languageCodes": ["es-ES"],
                    "name": "es-ES-Neural2-A",
                    "ssmlGender": "FEMALE",
                    "naturalSampleRateHertz": 24000,
                },
            ]
        }
    )


def eleven_voice(voice_id: str, name: str) -> dict[str, object]:
    return {
        "voice_id": voice_id,
        "name": name,
        "category": "premade",
        "labels": {"accent": "american", "gender": "female"},
        "available_for_tiers": [],
        "high_quality_base_model_ids": ["eleven_multilingual_v2"],
    }


def eleven_voices(received: Received) -> Reply:
    if received.method != "GET" or received.path.split("?")[0] != "/v1/voices":
        return Reply.json({"detail": {"status": "not_found", "message": "not here"}}, status=404)
    return Reply.json(
        {
            "voices": [
                eleven_voice("21m00Tcm4TlvDq8ikWAM", "Rachel"),
                eleven_voice("EXAVITQu4vr4xnSDxMaL", "Bella"),
            ]
        }
    )


@pytest.fixture
def google(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("GOOGLE_TTS_API_KEY", GOOGLE_KEY)
    monkeypatch.setenv("GOOGLE_TTS_BASE_URL", server.url)
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "0.5")
    return load_settings()


@pytest.fixture
def eleven(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ELEVENLABS_API_KEY", ELEVEN_KEY)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", server.url)
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "0.5")
    return load_settings()


def test_google_checks_voices_against_its_voice_list_asked_once(server: FakeServer, google: Settings) -> None:
    server.handler = google_voices
    narrator = GoogleNarrator(google)

    answers = [
        narrator.has_voice("en-US-Wavenet-F", "en"),
        narrator.has_voice("es-ES-Neural2-A", "es"),
        narrator.has_voice("en-US-Nobody-Z", "en"),
        GoogleNarrator(google).has_voice("en-US-Wavenet-F", "en"),  # another instance, same account
    ]

    assert isinstance(narrator, VoiceCatalogue)
    assert answers == [True, True, False, True]
    (sent,) = server.received
    assert (sent.method, sent.path, sent.headers["x-goog-api-key"]) == ("GET", "/v1/voices", GOOGLE_KEY)


def test_elevenlabs_checks_voice_ids_against_the_accounts_voices(
    server: FakeServer, eleven: Settings
) -> None:
    server.handler = eleven_voices  # the answers are checked against ElevenLabs' OpenAPI file
    narrator = ElevenLabsNarrator(eleven)

    answers = [
        narrator.has_voice("21m00Tcm4TlvDq8ikWAM", "en"),
        narrator.has_voice("Rachel", "en"),  # the API speaks with ids, not names
        narrator.has_voice("zz-no-such-voice", "fr"),
    ]

    assert isinstance(narrator, VoiceCatalogue)
    assert answers == [True, False, False]
    (sent,) = server.received
    assert (sent.method, sent.path.split("?")[0], sent.headers["xi-api-key"]) == (
        "GET",
        "/v1/voices",
        ELEVEN_KEY,
    )


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(
            Reply.json({"detail": {"status": "server_error", "message": "down"}}, status=503), id="503"
        ),
        pytest.param(Reply(200, b"<html>oops</html>", {"Content-Type": "text/html"}), id="not-json"),
        pytest.param(Reply(200, b"", {}, delay_seconds=1.5), id="timeout"),
    ],
)
def test_an_unreachable_list_lets_the_voice_through_and_is_not_asked_again_at_once(
    server: FakeServer, eleven: Settings, reply: Reply
) -> None:
    server.check_answers = False
    server.handler = lambda received: reply
    narrator = ElevenLabsNarrator(eleven)

    first = narrator.has_voice("21m00Tcm4TlvDq8ikWAM", "en")
    second = narrator.has_voice("zz-no-such-voice", "en")

    assert (first, second) == (None, None)
    assert len(server.received) == 1


def test_a_kept_list_is_asked_again_after_an_hour_and_a_failed_one_after_a_minute() -> None:
    now = [0.0]
    answers: list[frozenset[str] | Exception] = [
        frozenset({"a"}),
        ProviderServerError("down", provider="x"),
        frozenset({"a", "b"}),
    ]
    calls = []

    def fetch() -> frozenset[str]:
        calls.append(now[0])
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    voices = VoiceList(fetch, keep=3600, retry=60, clock=lambda: now[0])
    seen = []
    for moment in (0, 3599, 3600, 3630, 3660, 3700):
        now[0] = moment
        seen.append(voices.names())

    assert calls == [0, 3600, 3660]
    assert seen == [{"a"}, {"a"}, None, None, {"a", "b"}, {"a", "b"}]


def test_a_book_asked_with_a_voice_elevenlabs_lacks_is_refused_naming_the_field(
    server: FakeServer, eleven: Settings
) -> None:
    server.handler = eleven_voices
    narrator = ElevenLabsNarrator(eleven)
    runtime = SimpleNamespace(
        settings=SimpleNamespace(limits=SimpleNamespace(enable_audio_generation=True)),
        speech_providers=lambda: [narrator],
    )

    check_voice(runtime, "21m00Tcm4TlvDq8ikWAM", "en")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as refused:
        check_voice(runtime, "zz-no-such-voice", "en")  # type: ignore[arg-type]

    assert refused.value.field == "narration_voice"
    assert "elevenlabs" in str(refused.value) and "'zz-no-such-voice'" in str(refused.value)

from __future__ import annotations

import base64
import io
import re
import wave

import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import (
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.speech.audio import ENCODER_DELAY_SAMPLES
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.speech.google import GoogleNarrator, marked_ssml, request_spans
from storyloom.providers.speech.timing import split_words
from tests.providers.speech.conftest import FakeServer, Received, Reply, speech_like
from tests.providers.speech.readalong import assert_read_along

TEXT = "The little fox & the owl watched the moon rise."
RATE = 24000
DELAY_MS = ENCODER_DELAY_SAMPLES * 1000 / RATE
KEY = "google-test-key-123"


def wav(samples: object) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(RATE)
        writer.writeframes(samples.tobytes())  # type: ignore[attr-defined]
    return buffer.getvalue()


def answer(starts_s: list[float | None], total_s: float) -> Reply:
    known = [start for start in starts_s if start is not None]
    audio = wav(speech_like([s * 1000 for s in known], total_s * 1000, RATE))
    timepoints = [
        {"markName": f"w{index}", "timeSeconds": start}
        for index, start in enumerate(starts_s)
        if start is not None
    ]
    return Reply.json(
        {
            "audioContent": base64.b64encode(audio).decode(),
            "timepoints": timepoints,
            "audioConfig": {"audioEncoding": "LINEAR16", "speakingRate": 0.85, "sampleRateHertz": RATE},
        }
    )


@pytest.fixture
def settings(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("GOOGLE_TTS_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_TTS_BASE_URL", server.url)
    monkeypatch.setenv("PROVIDER_TIMEOUT_SECONDS", "0.5")
    return load_settings()


STARTS = [0.05, 0.25, 0.6, 0.95, 1.1, 1.3, 1.7, 1.9, 2.2]


def test_the_request_is_ssml_with_a_mark_before_every_word(server: FakeServer, settings: Settings) -> None:
    server.handler = lambda received: answer(STARTS, 2.6)

    GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    (sent,) = server.received
    assert sent.path == "/v1beta1/text:synthesize"
    assert sent.headers["x-goog-api-key"] == KEY
    body = sent.json()
    assert body["input"]["ssml"] == (
        '<speak><mark name="w0"/>The <mark name="w1"/>little <mark name="w2"/>fox &amp; <mark name="w3"/>the '
        '<mark name="w4"/>owl <mark name="w5"/>watched <mark name="w6"/>the <mark name="w7"/>moon '
        '<mark name="w8"/>rise.</speak>'
    )
    assert body["enableTimePointing"] == ["SSML_MARK"]
    assert body["voice"] == {"languageCode": "en-US", "name": "en-US-Wavenet-F"}
    assert body["audioConfig"] == {
        "audioEncoding": "LINEAR16",
        "sampleRateHertz": 24000,
        "speakingRate": 0.85,
    }


def test_timepoints_become_word_timings_in_the_mp3s_time(server: FakeServer, settings: Settings) -> None:
    # given Google's timepoints for every word
    server.handler = lambda received: answer(STARTS, 2.6)

    narration = GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    # then each word starts at its timepoint, shifted by the MP3 encoder's delay
    assert [w.start_ms for w in narration.words] == [round(s * 1000 + DELAY_MS) for s in STARTS]
    assert_read_along(narration.words, TEXT, narration.mp3, narration.duration_ms)


def test_a_word_without_a_timepoint_is_interpolated(server: FakeServer, settings: Settings) -> None:
    starts: list[float | None] = [0.05, 0.25, None, 0.95, 1.1, 1.3, 1.7, None, 2.2]
    server.handler = lambda received: answer(starts, 2.6)

    narration = GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert len(narration.words) == 9
    assert narration.words[1].start_ms < narration.words[2].start_ms < narration.words[3].start_ms
    assert narration.words[6].start_ms < narration.words[7].start_ms < narration.words[8].start_ms
    assert_read_along(narration.words, TEXT, narration.mp3, narration.duration_ms)


def test_cost_is_charged_per_character_of_ssml_at_the_voice_familys_price(
    server: FakeServer, settings: Settings
) -> None:
    server.handler = lambda received: answer(STARTS, 2.6)

    call = GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en")).call

    characters = len(marked_ssml(TEXT))
    assert call.details["characters"] == characters
    assert call.cost_usd == pytest.approx(characters * 16e-6)
    assert call.model == "en-US-Wavenet-F"
    assert call.provider == "google"


@pytest.mark.parametrize(
    ("language", "voice", "language_code"),
    [
        ("es", "es-ES-Wavenet-C", "es-ES"),
        ("fr", "fr-FR-Wavenet-C", "fr-FR"),
        ("de", "de-DE-Wavenet-C", "de-DE"),
    ],
    ids=["es", "fr", "de"],
)
def test_each_language_has_its_own_voice(
    server: FakeServer, settings: Settings, language: str, voice: str, language_code: str
) -> None:
    server.handler = lambda received: answer(STARTS, 2.6)

    GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language=language))

    assert server.received[0].json()["voice"] == {"languageCode": language_code, "name": voice}


def google_error(status: int, message: str, code: str) -> Reply:
    return Reply.json({"error": {"code": status, "message": message, "status": code}}, status=status)


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (google_error(401, "API key not valid.", "UNAUTHENTICATED"), ProviderAuthError),
        (google_error(403, "Text-to-Speech API has not been used", "PERMISSION_DENIED"), ProviderAuthError),
        (google_error(400, "Invalid SSML", "INVALID_ARGUMENT"), ProviderBadRequestError),
        (google_error(500, "Internal error", "INTERNAL"), ProviderServerError),
        (Reply(200, b"{not json", {"Content-Type": "application/json"}), ProviderServerError),
        (Reply.json({"timepoints": []}), ProviderServerError),
        (Reply.json({"audioContent": "", "timepoints": []}), ProviderServerError),
        (Reply(delay_seconds=1.5), ProviderTimeoutError),
    ],
    ids=["401", "403", "400", "500", "malformed-json", "no-audio", "empty-audio", "timeout"],
)
def test_failures_map_onto_the_error_tree(
    server: FakeServer, settings: Settings, reply: Reply, error: type[ProviderError]
) -> None:
    server.handler = lambda received: reply

    with pytest.raises(error) as raised:
        GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.provider == "google"
    assert KEY not in str(raised.value)


def test_rate_limiting_honours_retry_after(server: FakeServer, settings: Settings) -> None:
    def limited(received: Received) -> Reply:
        reply = google_error(429, "Quota exceeded", "RESOURCE_EXHAUSTED")
        reply.headers["Retry-After"] = "7"
        return reply

    server.handler = limited

    with pytest.raises(ProviderRateLimitError) as raised:
        GoogleNarrator(settings).narrate(SpeechRequest(text=TEXT, language="en"))

    assert raised.value.retry_after == 7.0


LONG_SENTENCES = [
    "Mia packed a red lantern, three oat biscuits and a map with a wobbly line across the hills.",
    "The path went past the mill, over the stone bridge and into the quiet pine wood.",
    "An owl called twice from a branch high above the sleepy fox & the rabbit.",
    "They counted the stars together while the wind hummed a soft tune in the leaves.",
]
PAGE_OF_280_WORDS = " ".join(LONG_SENTENCES[i % 4] for i in range(17))
WORD_MS = 300


def per_request_answer(received: Received) -> Reply:
    """Timepoints WORD_MS apart from 50 ms for the marks this request carries, and audio to match."""
    ssml = received.json()["input"]["ssml"]
    marks = [int(name) for name in re.findall(r'<mark name="w(\d+)"/>', ssml)]
    starts = [0.05 + index * WORD_MS / 1000 for index in range(len(marks))]
    audio = wav(speech_like([s * 1000 for s in starts], starts[-1] * 1000 + 250, RATE))
    timepoints = [
        {"markName": f"w{mark}", "timeSeconds": start} for mark, start in zip(marks, starts, strict=True)
    ]
    return Reply.json({"audioContent": base64.b64encode(audio).decode(), "timepoints": timepoints})


def test_a_page_over_the_input_limit_is_sent_in_sentence_requests_with_timings_joined(
    server: FakeServer, settings: Settings
) -> None:
    # given a page of 280 words, whose marked SSML is far over Google's 5,000-byte limit
    words = split_words(PAGE_OF_280_WORDS)
    assert len(words) >= 250
    assert len(marked_ssml(PAGE_OF_280_WORDS).encode()) > 5000
    server.handler = per_request_answer

    # when
    narration = GoogleNarrator(settings).narrate(SpeechRequest(text=PAGE_OF_280_WORDS, language="en"))

    # then several requests, each under the limit, each cut at a sentence's end
    bodies = [received.json() for received in server.received]
    assert len(bodies) >= 2
    assert narration.call.details["requests"] == len(bodies)
    for body in bodies:
        ssml = body["input"]["ssml"]
        assert len(ssml.encode()) < 5000
        assert ssml.endswith(".</speak>")
    # every word marked once, in order, across the requests
    marks = [int(m) for body in bodies for m in re.findall(r'<mark name="w(\d+)"/>', body["input"]["ssml"])]
    assert marks == list(range(len(words)))
    # each word's time is its request's timepoint moved by the audio of the requests before it
    expected: list[int] = []
    offset_ms = 0.0
    for body in bodies:
        count = len(re.findall(r"<mark ", body["input"]["ssml"]))
        expected.extend(round(offset_ms + 50 + index * WORD_MS + DELAY_MS) for index in range(count))
        offset_ms += 50 + (count - 1) * WORD_MS + 250
    assert [word.start_ms for word in narration.words] == pytest.approx(expected, abs=1)
    assert narration.call.details["characters"] == sum(len(body["input"]["ssml"]) for body in bodies)
    assert_read_along(narration.words, PAGE_OF_280_WORDS, narration.mp3, narration.duration_ms)


def test_one_sentence_over_the_limit_is_cut_between_words() -> None:
    # given one sentence of 400 words
    sentence = " ".join(["bunny"] * 400) + "."

    # when
    spans = request_spans(sentence)

    # then the pieces cover it in order, each under the limit
    assert len(spans) >= 2
    assert spans[0][0] == 0 and spans[-1][1] == len(sentence)
    assert all(before[1] <= after[0] for before, after in zip(spans, spans[1:], strict=False))
    assert all(len(marked_ssml(sentence, span).encode()) < 5000 for span in spans)

"""`storyloom doctor`'s checks per provider against a local server speaking each provider's wire format:
a good key, a bad key, a retired model, a model with a shutdown date, an account without credit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from storyloom.config import ProviderSettings, Settings
from storyloom.providers.doctor import HealthReport, ProviderHealth, diagnose
from tests.providers.text.fake_api import Received, Reply, serve

GOOD = "good-key-1234"
TODAY = date(2026, 11, 30)


@dataclass
class World:
    """What the fake provider account holds."""

    models: set[str] = field(default_factory=set)
    shutdowns: dict[str, str] = field(default_factory=dict)
    voices: set[str] = field(default_factory=set)
    credits: float = 25.0
    characters_used: int = 1000
    no_credit: bool = False


GOOGLE_BAD_KEY = {
    "error": {
        "code": 400,
        "message": "API key not valid. Please pass a valid API key.",
        "status": "INVALID_ARGUMENT",
        "details": [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
            }
        ],
    }
}


def sent_key(request: Received) -> str:
    headers = request.headers
    bearer = headers.get("authorization", "").removeprefix("Bearer ")
    return (
        bearer or headers.get("x-goog-api-key") or headers.get("x-api-key") or headers.get("xi-api-key") or ""
    )


def elevenlabs_model(model: str) -> dict[str, Any]:
    """One entry of ElevenLabs' `GET /v1/models`, with every field its spec requires."""
    return {
        "model_id": model,
        "name": model,
        "can_be_finetuned": True,
        "can_do_text_to_speech": True,
        "can_do_voice_conversion": False,
        "can_use_style": True,
        "can_use_speaker_boost": True,
        "serves_pro_voices": False,
        "token_cost_factor": 1.0,
        "description": "Multilingual speech",
        "requires_alpha_access": False,
        "max_characters_request_free_user": 2500,
        "max_characters_request_subscribed_user": 10000,
        "maximum_text_length_per_request": 10000,
        "languages": [{"language_id": "en", "name": "English"}],
        "model_rates": {"character_cost_multiplier": 1.0},
        "concurrency_group": "standard",
    }


def answer(world: World, request: Received) -> Reply:
    """Every provider's listing endpoints, answered from `world` in their own formats."""
    path = request.path.split("?")[0]
    headers = request.headers
    if sent_key(request) != GOOD:
        if "xi-api-key" in headers:
            return Reply(401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}})
        if "x-goog-api-key" in headers:
            return Reply(400, GOOGLE_BAD_KEY)
        return Reply(401, {"error": {"message": "Incorrect API key provided", "code": "invalid_api_key"}})
    if world.no_credit and path in ("/v1/models/" + next(iter(world.models), ""), "/v1/account"):
        if path == "/v1/account":
            return Reply(
                402, {"title": "Insufficient credit", "detail": "You have insufficient credit", "status": 402}
            )
        return Reply(
            429, {"error": {"message": "You exceeded your current quota", "code": "insufficient_quota"}}
        )
    if path.startswith("/v1beta/models/"):
        model = path.removeprefix("/v1beta/models/")
        if model in world.models:
            return Reply(200, {"name": f"models/{model}", "displayName": model, "version": "001"})
        return Reply(
            404, {"error": {"code": 404, "message": f"models/{model} is not found", "status": "NOT_FOUND"}}
        )
    if path == "/v1/voices" and "x-goog-api-key" in headers:
        return Reply(200, {"voices": [{"name": name, "languageCodes": ["en-US"]} for name in world.voices]})
    if path == "/v1/user/subscription":
        return Reply(
            200,
            {
                "tier": "creator",
                "character_count": world.characters_used,
                "character_limit": 100000,
                "max_character_limit_extension": 0,
                "can_extend_character_limit": False,
                "allowed_to_extend_character_limit": False,
                "voice_slots_used": 1,
                "professional_voice_slots_used": 0,
                "voice_limit": 30,
                "voice_add_edit_counter": 0,
                "professional_voice_limit": 1,
                "can_extend_voice_limit": False,
                "can_use_instant_voice_cloning": True,
                "can_use_professional_voice_cloning": True,
                "status": "active",
                "has_open_invoices": False,
            },
        )
    if path == "/v1/models" and "xi-api-key" in headers:
        return Reply(200, [elevenlabs_model(model) for model in world.models])
    if path.startswith("/v1/voices/"):
        voice = path.removeprefix("/v1/voices/")
        if voice in world.voices:
            return Reply(
                200,
                {
                    "voice_id": voice,
                    "name": "Rachel",
                    "category": "premade",
                    "labels": {"accent": "american"},
                    "available_for_tiers": [],
                    "high_quality_base_model_ids": ["eleven_multilingual_v2"],
                },
            )
        return Reply(
            404, {"detail": {"status": "voice_not_found", "message": "A voice with that ID was not found"}}
        )
    if path == "/v1/user/balance":
        return Reply(200, {"credits": world.credits})
    if path == "/v1/account":
        return Reply(200, {"type": "organization", "username": "books", "name": "Books"})
    if path.startswith("/v1/models/"):
        model = path.removeprefix("/v1/models/")
        if model not in world.models:
            return Reply(
                404, {"error": {"message": f"The model '{model}' does not exist", "code": "model_not_found"}}
            )
        if "x-api-key" in headers:
            return Reply(
                200,
                {"id": model, "type": "model", "display_name": model, "created_at": "2026-09-29T00:00:00Z"},
            )
        if "/" in model:
            return Reply(
                200, {"owner": model.split("/")[0], "name": model.split("/")[1], "visibility": "public"}
            )
        return Reply(
            200,
            {
                "id": model,
                "object": "model",
                "created": 1790000000,
                "owned_by": "system",
                "shutdown_date": world.shutdowns.get(model),
            },
        )
    return Reply(404, {"error": "not found"})


@dataclass(frozen=True)
class Case:
    kind: str
    provider: str
    model: str
    settings: dict[str, str]
    key_setting: str

    def build(self, url: str, key: str, model: str | None = None) -> Settings:
        values: dict[str, Any] = {
            self.kind: self.provider,
            self.key_setting: key,
            **{name: value.format(url=url) for name, value in self.settings.items()},
        }
        model_setting = {
            ("text", "openai"): "openai_text_model",
            ("speech", "openai"): "openai_speech_model",
            ("image", "google"): "google_image_model",
            ("speech", "google"): "google_tts_voice",
            ("text", "anthropic"): "anthropic_model",
            ("speech", "elevenlabs"): "elevenlabs_model",
            ("image", "replicate"): "replicate_image_model",
        }.get((self.kind, self.provider))
        if model_setting:
            values[model_setting] = model or self.model
        return Settings(providers=ProviderSettings(timeout_seconds=5, **values))


CASES = {
    "openai": Case("text", "openai", "gpt-6-luna", {"openai_base_url": "{url}/v1"}, "openai_api_key"),
    "openai-speech": Case(
        "speech", "openai", "gpt-realtime-2.1-mini", {"openai_base_url": "{url}/v1"}, "openai_api_key"
    ),
    "google-images": Case(
        "image", "google", "gemini-nano-banana-2.1", {"google_image_base_url": "{url}"}, "google_ai_api_key"
    ),
    "google-tts": Case(
        "speech", "google", "en-US-Wavenet-F", {"google_tts_base_url": "{url}"}, "google_tts_api_key"
    ),
    "anthropic": Case(
        "text", "anthropic", "claude-sonnet-4-6", {"anthropic_base_url": "{url}"}, "anthropic_api_key"
    ),
    "elevenlabs": Case(
        "speech",
        "elevenlabs",
        "eleven_multilingual_v2",
        {"elevenlabs_base_url": "{url}"},
        "elevenlabs_api_key",
    ),
    "stability": Case("image", "stability", "core", {"stability_base_url": "{url}"}, "stability_api_key"),
    "replicate": Case(
        "image",
        "replicate",
        "black-forest-labs/flux-schnell",
        {"replicate_base_url": "{url}"},
        "replicate_api_token",
    ),
}


def world_for(case: Case, **changes: Any) -> World:
    voices = {case.model} if case.provider == "google" and case.kind == "speech" else {"21m00Tcm4TlvDq8ikWAM"}
    models = set() if case.kind == "speech" and case.provider == "google" else {case.model}
    return World(models=models, voices=voices, **changes)


def check(
    case: Case, world: World, key: str = GOOD, model: str | None = None
) -> tuple[HealthReport, ProviderHealth]:
    with serve(lambda request: answer(world, request)) as server:
        report = diagnose(case.build(server.url, key, model), today=TODAY)
    (health,) = [h for h in report.providers if h.provider == case.provider and h.kind == case.kind]
    return report, health


def texts(health: ProviderHealth) -> list[str]:
    return [finding.text for finding in health.findings]


@pytest.mark.parametrize("name", list(CASES))
def test_a_good_key_and_a_current_model_are_ready(name: str) -> None:
    case = CASES[name]
    report, health = check(case, world_for(case))
    assert report.ok, texts(health)
    assert texts(health)[0] == "key accepted"
    expected = {
        "google-tts": "voice en-US-Wavenet-F exists",
        "stability": "25 credits left",
    }.get(name, "model exists, no shutdown announced")
    assert expected in texts(health)
    assert health.shutdown is None
    assert report.warnings() == []


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_key_is_refused_and_names_the_setting(name: str) -> None:
    case = CASES[name]
    report, health = check(case, world_for(case), key="wrong-key")
    assert not report.ok
    variable = case.key_setting.upper()
    assert any(text.startswith("key refused (HTTP 40") and variable in text for text in texts(health)), texts(
        health
    )
    assert "wrong-key" not in " ".join(texts(health))


@pytest.mark.parametrize("name", [n for n in CASES if n != "stability"])
def test_a_retired_or_unknown_model_fails(name: str) -> None:
    case = CASES[name]
    missing = {"google-tts": "en-US-Wavenet-Z", "replicate": "someone/retired-model"}.get(
        name, "retired-model-1"
    )
    report, health = check(case, world_for(case), model=missing)
    assert not report.ok
    assert any("not found" in text and missing in text for text in texts(health)), texts(health)


def test_openai_reports_the_shutdown_date_it_announces_and_it_is_near() -> None:
    case = CASES["openai"]
    report, health = check(case, world_for(case, shutdowns={"gpt-6-luna": "2026-12-20"}))
    assert report.ok
    assert health.shutdown == date(2026, 12, 20)
    assert "model exists, shuts down on 2026-12-20 (in 20 days)" in texts(health)
    assert report.near_shutdown() == [health]
    assert report.warnings() == [
        "text provider openai: model gpt-6-luna shuts down on 2026-12-20; choose another before then"
    ]


def test_openai_a_model_past_its_shutdown_date_fails() -> None:
    case = CASES["openai"]
    report, health = check(case, world_for(case, shutdowns={"gpt-6-luna": "2026-11-01"}))
    assert not report.ok
    assert "model was shut down on 2026-11-01: choose a current one" in texts(health)


@pytest.mark.parametrize(
    ("name", "model", "when"),
    [
        pytest.param("google-images", "gemini-3.1-flash-image", "2026-10-29", id="google-image-past"),
        pytest.param("anthropic", "claude-sonnet-4-5", "2026-11-30", id="anthropic-today"),
    ],
)
def test_a_shutdown_announced_on_a_deprecation_page_fails_once_reached(
    name: str, model: str, when: str
) -> None:
    case = CASES[name]
    world = world_for(case)
    world.models.add(model)
    report, health = check(case, world, model=model)
    assert not report.ok
    assert f"model was shut down on {when}: choose a current one" in texts(health)


def test_a_model_shutting_down_later_this_month_is_a_warning_not_a_failure() -> None:
    case = CASES["google-images"]
    world = world_for(case)
    world.models.add("gemini-2.5-flash")
    with serve(lambda request: answer(world, request)) as server:
        settings = case.build(server.url, GOOD, "gemini-2.5-flash")
        report = diagnose(settings, today=date(2026, 11, 20))
    (health,) = [h for h in report.providers if h.provider == "google"]
    assert report.ok
    assert "model exists, shuts down on 2026-12-01 (in 11 days)" in texts(health)
    assert report.near_shutdown() == [health]


@pytest.mark.parametrize(
    ("name", "changes", "expected"),
    [
        pytest.param(
            "elevenlabs",
            {"characters_used": 100000},
            "the account has used all 100000 characters",
            id="elevenlabs",
        ),
        pytest.param("stability", {"credits": 0}, "the account has no credits left", id="stability"),
        pytest.param(
            "openai", {"no_credit": True}, "the account has no credit or quota left (HTTP 429)", id="openai"
        ),
        pytest.param(
            "replicate",
            {"no_credit": True},
            "the account has no credit or quota left (HTTP 402)",
            id="replicate",
        ),
    ],
)
def test_an_account_without_credit_fails(name: str, changes: dict[str, Any], expected: str) -> None:
    case = CASES[name]
    report, health = check(case, world_for(case, **changes))
    assert not report.ok
    assert any(text.startswith(expected) for text in texts(health)), texts(health)


def test_elevenlabs_reports_the_characters_left_and_the_voice() -> None:
    case = CASES["elevenlabs"]
    _, health = check(case, world_for(case))
    assert "99000 of 100000 characters left this period" in texts(health)
    assert "voice 21m00Tcm4TlvDq8ikWAM exists" in texts(health)


def test_a_missing_key_is_named_without_a_call() -> None:
    report = diagnose(Settings(providers=ProviderSettings(image="stability")), today=TODAY)
    (health,) = [h for h in report.providers if h.provider == "stability"]
    assert texts(health) == ["STABILITY_API_KEY is not set"]
    assert not report.ok


def test_with_no_keys_the_built_in_providers_are_ready() -> None:
    report = diagnose(Settings(), today=TODAY)
    assert report.ok
    assert [(h.kind, h.provider) for h in report.providers] == [
        ("text", "builtin"),
        ("image", "builtin"),
        ("speech", "builtin"),
    ]
    assert report.lines()[-1] == "The built-in providers are ready: no keys are needed."


@pytest.mark.parametrize(
    ("model", "voice", "expected"),
    [
        pytest.param("gpt-realtime-2.1-mini", "marin", "voice marin exists", id="realtime-marin"),
        pytest.param(
            "gpt-realtime-2.1-mini",
            "nova",
            "unknown voice nova for gpt-realtime-2.1-mini (OPENAI_VOICE): choose one of alloy, ash, ballad, "
            "cedar, coral, echo, marin, sage, shimmer, verse",
            id="realtime-nova",
        ),
        pytest.param("gpt-4o-mini-tts", "nova", "voice nova exists", id="speech-endpoint-nova"),
        pytest.param("tts-1", "marin", "unknown voice marin for tts-1 (OPENAI_VOICE)", id="tts-1-marin"),
    ],
)
def test_openai_speech_checks_the_voice_against_the_models_documented_voices(
    model: str, voice: str, expected: str
) -> None:
    case = Case(
        "speech", "openai", model, {"openai_base_url": "{url}/v1", "openai_voice": voice}, "openai_api_key"
    )
    report, health = check(case, world_for(case))
    assert any(text.startswith(expected) for text in texts(health)), texts(health)
    assert report.ok is expected.startswith("voice")


def test_openai_speech_endpoint_model_warns_of_its_shutdown_from_the_announced_date() -> None:
    case = CASES["openai-speech"]
    world = world_for(case)
    world.models.add("gpt-4o-mini-tts")
    with serve(lambda request: answer(world, request)) as server:
        report = diagnose(case.build(server.url, GOOD, "gpt-4o-mini-tts"), today=date(2026, 12, 10))
    (health,) = [h for h in report.providers if h.provider == "openai"]
    assert report.ok
    assert "model exists, shuts down on 2027-01-06 (in 27 days)" in texts(health)
    assert "voice marin exists" in texts(health)
    assert report.warnings() == [
        "speech provider openai: model gpt-4o-mini-tts shuts down on 2027-01-06; choose another before then"
    ]


def test_openai_speech_default_has_no_shutdown_and_a_known_voice() -> None:
    case = CASES["openai-speech"]
    report, health = check(case, world_for(case))
    assert texts(health) == ["key accepted", "model exists, no shutdown announced", "voice marin exists"]
    assert report.ok

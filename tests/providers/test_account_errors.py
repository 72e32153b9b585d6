"""Out-of-credit answers are terminal and say which account to top up; rate limits stay retryable and
honour the provider's hint. Every adapter against a local server answering in its provider's format."""

from __future__ import annotations

from typing import Any

import pytest

from storyloom.config import ProviderSettings, Settings
from storyloom.errors import ProviderError, ProviderQuotaError, ProviderRateLimitError
from storyloom.providers.image.base import ImageRequest
from storyloom.providers.registry import provider_class
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.text.base import StoryRequest
from tests.providers.text.fake_api import Reply, serve
from tests.providers.text.wire import PARAMS

KEY = "sk-test-account-0000"
GEMINI_QUOTAS = "generativelanguage.googleapis.com"


def resource_exhausted(tier: str, quota_id: str, quota_value: str, retry_delay: str) -> dict[str, Any]:
    """Google's 429 body for a used-up quota, as the Gemini API sends it."""
    return {
        "error": {
            "code": 429,
            "message": "You exceeded your current quota, please check your plan and billing details.",
            "status": "RESOURCE_EXHAUSTED",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [
                        {
                            "quotaMetric": f"{GEMINI_QUOTAS}/generate_content_{tier}_requests",
                            "quotaId": quota_id,
                            "quotaValue": quota_value,
                        }
                    ],
                },
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay},
            ],
        }
    }


RESOURCE_EXHAUSTED_PER_DAY = resource_exhausted(
    "free_tier", "GenerateRequestsPerDayPerProjectPerModel-FreeTier", "50", "51s"
)
RESOURCE_EXHAUSTED_PER_MINUTE = resource_exhausted(
    "paid_tier", "GenerateRequestsPerMinutePerProjectPerModel", "1000", "37.5s"
)
BILLING_DISABLED = {
    "error": {
        "code": 403,
        "message": "This API method requires billing to be enabled.",
        "status": "PERMISSION_DENIED",
        "details": [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "BILLING_DISABLED",
                "domain": "googleapis.com",
            }
        ],
    }
}
OPENAI_NO_CREDIT = {
    "error": {
        "message": "You exceeded your current quota, please check your plan and billing details.",
        "type": "insufficient_quota",
        "param": None,
        "code": "insufficient_quota",
    }
}
OPENAI_RATE_LIMITED = {
    "error": {
        "message": "Rate limit reached for requests",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }
}
ANTHROPIC_NO_CREDIT = {
    "type": "error",
    "error": {
        "type": "invalid_request_error",
        "message": "Your credit balance is too low to access the Anthropic API. "
        "Please go to Plans & Billing to upgrade or purchase credits.",
    },
}


def settings_for(url: str, **values: Any) -> Settings:
    return Settings(providers=ProviderSettings(timeout_seconds=2, **values))


def text_settings(api: str, url: str) -> Settings:
    if api == "openai":
        return settings_for(url, openai_api_key=KEY, openai_base_url=f"{url}/v1")
    if api == "google":
        return settings_for(url, google_ai_api_key=KEY, google_base_url=url)
    return settings_for(url, anthropic_api_key=KEY, anthropic_base_url=url)


def image_settings(api: str, url: str) -> Settings:
    if api == "openai":
        return settings_for(url, openai_api_key=KEY, openai_base_url=f"{url}/v1")
    if api == "google":
        return settings_for(url, google_ai_api_key=KEY, google_image_base_url=url)
    return settings_for(url, stability_api_key=KEY, stability_base_url=url)


def speech_settings(api: str, url: str) -> Settings:
    if api == "openai":
        # /v1/audio/speech over HTTP; the Realtime default's quota and rate limits are in
        # tests/providers/speech/test_openai_realtime.py (a WebSocket server)
        return settings_for(
            url, openai_api_key=KEY, openai_base_url=f"{url}/v1", openai_speech_model="gpt-4o-mini-tts"
        )
    if api == "google":
        return settings_for(url, google_tts_api_key=KEY, google_tts_base_url=url)
    return settings_for(url, elevenlabs_api_key=KEY, elevenlabs_base_url=url)


def call(kind: str, api: str, url: str) -> None:
    if kind == "text":
        provider_class("text", api)(text_settings(api, url)).write_story(
            StoryRequest(params=PARAMS, seed=1, max_words=600)
        )
    elif kind == "image":
        provider_class("image", api)(image_settings(api, url)).illustrate(
            ImageRequest(
                kind="page", prompt="a fox waves", style="watercolour", width=1024, height=1024, seed=1
            )
        )
    else:
        provider_class("speech", api)(speech_settings(api, url)).narrate(
            SpeechRequest(text="The moon was round.", language="en")
        )


@pytest.mark.parametrize(
    ("kind", "api", "reply", "account"),
    [
        pytest.param(
            "text", "openai", Reply(429, OPENAI_NO_CREDIT), "OpenAI", id="openai-text-insufficient_quota"
        ),
        pytest.param(
            "text",
            "anthropic",
            Reply(400, ANTHROPIC_NO_CREDIT),
            "Anthropic",
            id="anthropic-credit-balance-too-low",
        ),
        pytest.param(
            "text",
            "anthropic",
            Reply(402, {"type": "error", "error": {"type": "billing_error", "message": "Payment required"}}),
            "Anthropic",
            id="anthropic-402-billing_error",
        ),
        pytest.param(
            "text",
            "google",
            Reply(429, RESOURCE_EXHAUSTED_PER_DAY),
            "Google AI",
            id="gemini-text-daily-quota",
        ),
        pytest.param(
            "image", "openai", Reply(429, OPENAI_NO_CREDIT), "OpenAI", id="openai-images-insufficient_quota"
        ),
        pytest.param(
            "image",
            "stability",
            Reply(402, {"id": "a1", "name": "payment_required", "errors": ["lacking sufficient credits"]}),
            "Stability AI",
            id="stability-402",
        ),
        pytest.param(
            "image",
            "google",
            Reply(429, RESOURCE_EXHAUSTED_PER_DAY),
            "Google AI",
            id="gemini-images-daily-quota",
        ),
        pytest.param(
            "speech", "openai", Reply(429, OPENAI_NO_CREDIT), "OpenAI", id="openai-speech-insufficient_quota"
        ),
        pytest.param(
            "speech", "google", Reply(403, BILLING_DISABLED), "Google AI", id="google-tts-billing-disabled"
        ),
        pytest.param(
            "speech",
            "elevenlabs",
            Reply(
                401, {"detail": {"status": "quota_exceeded", "message": "This request exceeds your quota."}}
            ),
            "ElevenLabs",
            id="elevenlabs-quota_exceeded",
        ),
    ],
)
def test_an_account_without_credit_fails_at_once_and_says_which(
    kind: str, api: str, reply: Reply, account: str
) -> None:
    # given
    with serve(reply) as server, pytest.raises(ProviderError) as raised:
        # when
        call(kind, api, server.url)
    # then
    assert type(raised.value) is ProviderQuotaError
    assert raised.value.retryable is False
    assert raised.value.code == "PROVIDER_QUOTA"
    assert raised.value.provider == api
    assert str(raised.value).startswith(f"the {account} account has no credit or quota left")
    assert "then retry the book" in str(raised.value)
    assert KEY not in str(raised.value)
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("kind", "api", "reply", "wait"),
    [
        pytest.param(
            "text", "google", Reply(429, RESOURCE_EXHAUSTED_PER_MINUTE), 37.5, id="gemini-text-retryDelay"
        ),
        pytest.param(
            "image", "google", Reply(429, RESOURCE_EXHAUSTED_PER_MINUTE), 37.5, id="gemini-image-retryDelay"
        ),
        pytest.param(
            "speech", "google", Reply(429, RESOURCE_EXHAUSTED_PER_MINUTE), 37.5, id="google-tts-retryDelay"
        ),
        pytest.param(
            "image",
            "openai",
            Reply(429, OPENAI_RATE_LIMITED, headers={"retry-after": "12"}),
            12.0,
            id="openai-images-retry-after",
        ),
        pytest.param(
            "speech",
            "openai",
            Reply(429, OPENAI_RATE_LIMITED, headers={"retry-after": "3"}),
            3.0,
            id="openai-speech-retry-after",
        ),
        pytest.param(
            "image",
            "stability",
            Reply(
                429,
                {"id": "a2", "name": "rate_limit_exceeded", "errors": ["slow down"]},
                {"retry-after": "9"},
            ),
            9.0,
            id="stability-retry-after",
        ),
        pytest.param(
            "speech",
            "elevenlabs",
            Reply(
                429,
                {"detail": {"status": "too_many_concurrent_requests", "message": "busy"}},
                {"retry-after": "4"},
            ),
            4.0,
            id="elevenlabs-retry-after",
        ),
    ],
)
def test_a_rate_limit_stays_retryable_with_the_providers_hint(
    kind: str, api: str, reply: Reply, wait: float
) -> None:
    # given
    with serve(reply) as server, pytest.raises(ProviderRateLimitError) as raised:
        # when
        call(kind, api, server.url)
    # then
    assert raised.value.retryable is True
    assert raised.value.retry_after == pytest.approx(wait)
    assert raised.value.provider == api

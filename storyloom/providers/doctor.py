"""Whether the cloud providers the settings use will work: one cheap authenticated call per provider
(list or get a model, list voices, read the balance; never a paid generation), read as key accepted,
model exists, its shutdown date, voice exists and quota left where the API tells it.

`storyloom doctor` prints the report, `/healthz?detail=1` answers it, the web app logs its warnings at
start-up and the Shopify admin page shows models within 30 days of their shutdown.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import httpx

from storyloom.providers.base import error_body, is_key_refused, is_out_of_credit

if TYPE_CHECKING:
    from storyloom.config import Settings

# Providers that need no key: built in, or running on the operator's own machines.
LOCAL_PROVIDERS = {
    "builtin": "built in: ready, no key needed",
    "simulated": "built in (simulated): ready, no key needed",
    "piper": "local voice model: no key needed",
    "kokoro": "local voice model: no key needed",
    "automatic1111": "self-hosted server: no key to check",
    "comfyui": "self-hosted server: no key to check",
}
# Shutdowns announced on deprecation pages for APIs whose model listing does not carry the date
# (OpenAI's does: `shutdown_date`). Checked 2026-11-30.
ANNOUNCED_SHUTDOWNS: dict[str, date] = {
    "gemini-2.5-flash": date(2026, 12, 1),
    "gemini-2.5-pro": date(2026, 12, 1),
    "gemini-2.5-flash-image": date(2026, 10, 2),
    "gemini-3.1-flash-image": date(2026, 10, 29),
    "imagen-4.0-generate-001": date(2026, 8, 17),
    "imagen-4.0-fast-generate-001": date(2026, 8, 17),
    "imagen-4.0-ultra-generate-001": date(2026, 8, 17),
    "claude-sonnet-4-5": date(2026, 11, 30),
    "claude-sonnet-4-5-20250929": date(2026, 11, 30),
    # OpenAI's speech endpoint models: their successor (gpt-realtime-2.1-mini, the default) is served on
    # the Realtime API only, which the OpenAI narrator speaks; an explicitly set old model still warns.
    "gpt-4o-mini-tts": date(2027, 1, 6),
    "gpt-4o-mini-tts-2025-12-15": date(2027, 1, 6),
    "tts-1": date(2027, 1, 6),
    "tts-1-hd": date(2027, 1, 6),
}
WARN_DAYS = 30
CACHE_SECONDS = 600
PROBE_TIMEOUT_SECONDS = 15.0


@dataclass
class Finding:
    """One thing learnt about a provider; `ok` False means the settings will not work."""

    ok: bool
    text: str


@dataclass
class ProviderHealth:
    """What the checks found for one provider of one kind."""

    kind: str
    provider: str
    model: str | None = None
    findings: list[Finding] = field(default_factory=list)
    shutdown: date | None = None

    @property
    def ok(self) -> bool:
        return all(finding.ok for finding in self.findings)

    def days_to_shutdown(self, today: date) -> int | None:
        return None if self.shutdown is None else (self.shutdown - today).days

    def say(self, ok: bool, text: str) -> None:
        self.findings.append(Finding(ok, text))

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "provider": self.provider,
            "model": self.model,
            "ok": self.ok,
            "shutdown_date": self.shutdown.isoformat() if self.shutdown else None,
            "findings": [{"ok": f.ok, "text": f.text} for f in self.findings],
        }


@dataclass
class HealthReport:
    """Every provider the settings use, checked on `checked_on`."""

    providers: list[ProviderHealth]
    checked_on: date

    @property
    def ok(self) -> bool:
        return all(health.ok for health in self.providers)

    def near_shutdown(self, days: int = WARN_DAYS) -> list[ProviderHealth]:
        """Providers whose model shuts down within `days` (or already has)."""
        return [
            health
            for health in self.providers
            if (left := health.days_to_shutdown(self.checked_on)) is not None and left <= days
        ]

    def warnings(self) -> list[str]:
        """One sentence per provider that will not work or whose model shuts down soon."""
        lines = []
        for health in self.providers:
            problems = [finding.text for finding in health.findings if not finding.ok]
            if problems:
                lines.append(f"{health.kind} provider {health.provider}: {'; '.join(problems)}")
        for health in self.near_shutdown():
            if health.ok and health.shutdown is not None:
                lines.append(
                    f"{health.kind} provider {health.provider}: model {health.model} shuts down on "
                    f"{health.shutdown.isoformat()}; choose another before then"
                )
        return lines

    def lines(self) -> list[str]:
        """The report as text, one provider per line."""
        out = []
        for health in self.providers:
            state = "ok" if health.ok else "FAILS"
            model = f" {health.model}" if health.model else ""
            findings = "; ".join(finding.text for finding in health.findings)
            out.append(f"{health.kind:<7}{health.provider}{model}: {state} ({findings})")
        if all(health.provider in ("builtin", "simulated") for health in self.providers):
            out.append("The built-in providers are ready: no keys are needed.")
        elif self.ok:
            out.append("Every provider the settings use is ready.")
        else:
            out.append("Some providers the settings use will not work: see above.")
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked_on": self.checked_on.isoformat(),
            "providers": [health.as_dict() for health in self.providers],
        }


def configured_providers(settings: Settings) -> list[tuple[str, str]]:
    """(kind, provider) for every provider the settings use: the chosen ones and their fallbacks."""
    providers = settings.providers
    chosen = {kind: providers.chain(kind) for kind in ("text", "image", "speech")}
    if not settings.limits.enable_audio_generation:
        chosen["speech"] = []
    if settings.printing.lulu_client_key:
        chosen["printing"] = ["lulu"]
    pairs: list[tuple[str, str]] = []
    for kind, names in chosen.items():
        for name in names:
            if (kind, name) not in pairs:
                pairs.append((kind, name))
    return pairs


def diagnose(settings: Settings, *, today: date | None = None) -> HealthReport:
    """Check every provider the settings use; local ones are ready without a call."""
    today = today or datetime.now(UTC).date()
    timeout = httpx.Timeout(min(PROBE_TIMEOUT_SECONDS, settings.providers.timeout_seconds))
    reports = []
    with httpx.Client(timeout=timeout) as client:
        for kind, name in configured_providers(settings):
            health = ProviderHealth(kind, name)
            check = CHECKS.get(name)
            if name in LOCAL_PROVIDERS or check is None:
                health.say(True, LOCAL_PROVIDERS.get(name, "no check for this provider"))
            else:
                try:
                    check(Probe(client, health, settings, today), kind)
                except httpx.HTTPError as exc:
                    health.say(False, f"could not reach {name}: {type(exc).__name__}")
            reports.append(health)
    return HealthReport(reports, today)


class Probe:
    """One provider's checks: sends GETs and reads the answers into findings."""

    def __init__(self, client: httpx.Client, health: ProviderHealth, settings: Settings, today: date) -> None:
        self.client = client
        self.health = health
        self.settings = settings
        self.today = today
        self.key_accepted = False

    def get(
        self,
        url: str,
        headers: dict[str, str],
        what: str,
        key_variable: str,
        params: dict[str, str] | None = None,
    ) -> Any | None:
        """GET `url`; the JSON answer on success, else None with the reason recorded."""
        response = self.client.get(url, headers=headers, params=params)
        status = response.status_code
        if response.is_success:
            self._accepted()
            try:
                return response.json()
            except ValueError:
                self.health.say(False, f"{what}: the answer was not JSON")
                return None
        body = error_body(response)
        if is_out_of_credit(status, body):
            self._accepted()
            self.health.say(False, f"the account has no credit or quota left (HTTP {status})")
        elif is_key_refused(status, body):
            self.health.say(False, f"key refused (HTTP {status}): check {key_variable}")
        elif status in (400, 404):
            self._accepted()
            self.health.say(False, f"{what} not found (HTTP {status}): retired or misspelt")
        elif status == 429:
            self._accepted()
            self.health.say(True, f"{what}: rate limited right now (HTTP 429)")
        else:
            self.health.say(False, f"{what}: {self.health.provider} answered HTTP {status}")
        return None

    def _accepted(self) -> None:
        if not self.key_accepted:
            self.key_accepted = True
            self.health.say(True, "key accepted")

    def require_key(self, value: str, variable: str) -> bool:
        if not value:
            self.health.say(False, f"{variable} is not set")
        return bool(value)

    def model_found(self, model: str, shutdown: object = None) -> None:
        """Record that `model` exists and its shutdown date (from the API, else the known table)."""
        when = _parse_date(shutdown) or ANNOUNCED_SHUTDOWNS.get(model)
        self.health.shutdown = when
        if when is None:
            self.health.say(True, "model exists, no shutdown announced")
        elif when <= self.today:
            self.health.say(False, f"model was shut down on {when.isoformat()}: choose a current one")
        else:
            days = (when - self.today).days
            self.health.say(True, f"model exists, shuts down on {when.isoformat()} (in {days} days)")


def _parse_date(value: object) -> date | None:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC).date()
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _openai(probe: Probe, kind: str) -> None:
    options = probe.settings.providers.openai
    key = options.api_key.get_secret_value()
    model = {
        "text": options.text_model,
        "image": options.image_model,
        "speech": options.speech_model,
    }[kind]
    probe.health.model = model
    if not probe.require_key(key, "OPENAI_API_KEY"):
        return
    base = (options.base_url or "https://api.openai.com/v1").rstrip("/")
    answer = probe.get(f"{base}/models/{model}", _bearer(key), f"model {model}", "OPENAI_API_KEY")
    if isinstance(answer, dict):
        probe.model_found(model, answer.get("shutdown_date"))
    if kind == "speech":
        _openai_voice(probe, model, options.voice)


def _openai_voice(probe: Probe, model: str, voice: str) -> None:
    """OpenAI lists no voices: the voice is checked against the documented ones of `model`."""
    from storyloom.providers.speech.openai import voices_for

    if voice in voices_for(model):
        probe.health.say(True, f"voice {voice} exists")
    else:
        choices = ", ".join(sorted(voices_for(model)))
        probe.health.say(False, f"unknown voice {voice} for {model} (OPENAI_VOICE): choose one of {choices}")


def _openai_compatible(probe: Probe, kind: str) -> None:
    options = probe.settings.providers.openai_compatible
    model = options.model
    probe.health.model = model
    if not probe.require_key(options.base_url, "OPENAI_COMPATIBLE_BASE_URL"):
        return
    key = options.api_key.get_secret_value() or "not-needed"
    base = options.base_url.rstrip("/")
    answer = probe.get(f"{base}/models", _bearer(key), "model list", "OPENAI_COMPATIBLE_API_KEY")
    if isinstance(answer, dict):
        names = {str(entry.get("id")) for entry in answer.get("data") or [] if isinstance(entry, dict)}
        if model in names:
            probe.model_found(model)
        else:
            probe.health.say(False, f"model {model} is not served (OPENAI_COMPATIBLE_MODEL)")


def _google(probe: Probe, kind: str) -> None:
    if kind == "speech":
        _google_tts(probe)
        return
    options = probe.settings.providers.gemini
    key = options.api_key.get_secret_value()
    model = options.text_model if kind == "text" else options.image_model
    probe.health.model = model
    if not probe.require_key(key, "GOOGLE_AI_API_KEY"):
        return
    default = "https://generativelanguage.googleapis.com"
    base = (options.base_url if kind == "text" else options.image_base_url) or default
    url = f"{base.rstrip('/')}/v1beta/models/{model}"
    if isinstance(probe.get(url, {"x-goog-api-key": key}, f"model {model}", "GOOGLE_AI_API_KEY"), dict):
        probe.model_found(model)


def _google_tts(probe: Probe) -> None:
    from storyloom.providers.speech.google import DEFAULT_VOICES

    options = probe.settings.providers.google_speech
    key = options.key
    voice = options.voice or DEFAULT_VOICES["en"]
    probe.health.model = voice
    if not probe.require_key(key, "GOOGLE_TTS_API_KEY"):
        return
    language = "-".join(voice.split("-")[:2])
    url = f"{options.base_url.rstrip('/')}/v1/voices"
    voices = probe.get(
        url, {"x-goog-api-key": key}, "voice list", "GOOGLE_TTS_API_KEY", params={"languageCode": language}
    )
    if isinstance(voices, dict):
        names = {str(v.get("name")) for v in voices.get("voices") or [] if isinstance(v, dict)}
        probe.health.say(voice in names, f"voice {voice} {'exists' if voice in names else 'not found'}")


def _anthropic(probe: Probe, kind: str) -> None:
    options = probe.settings.providers.anthropic
    key = options.api_key.get_secret_value()
    model = options.model
    probe.health.model = model
    if not probe.require_key(key, "ANTHROPIC_API_KEY"):
        return
    base = (options.base_url or "https://api.anthropic.com").rstrip("/")
    headers = {"x-api-key": key, "anthropic-version": "2023-06-01"}
    if isinstance(
        probe.get(f"{base}/v1/models/{model}", headers, f"model {model}", "ANTHROPIC_API_KEY"), dict
    ):
        probe.model_found(model)


def _elevenlabs(probe: Probe, kind: str) -> None:
    options = probe.settings.providers.elevenlabs
    key = options.api_key.get_secret_value()
    model, voice = options.model, options.voice_id
    probe.health.model = model
    if not probe.require_key(key, "ELEVENLABS_API_KEY"):
        return
    base = options.base_url.rstrip("/")
    headers = {"xi-api-key": key}
    subscription = probe.get(f"{base}/v1/user/subscription", headers, "subscription", "ELEVENLABS_API_KEY")
    if isinstance(subscription, dict):
        used, limit = subscription.get("character_count"), subscription.get("character_limit")
        if isinstance(used, int) and isinstance(limit, int):
            left = limit - used
            probe.health.say(
                left > 0,
                f"{left} of {limit} characters left this period"
                if left > 0
                else f"the account has used all {limit} characters of this period",
            )
    models = probe.get(f"{base}/v1/models", headers, "model list", "ELEVENLABS_API_KEY")
    if isinstance(models, list):
        if any(isinstance(m, dict) and m.get("model_id") == model for m in models):
            probe.model_found(model)
        else:
            probe.health.say(False, f"model {model} not found (ELEVENLABS_MODEL)")
    if isinstance(
        probe.get(f"{base}/v1/voices/{voice}", headers, f"voice {voice}", "ELEVENLABS_API_KEY"), dict
    ):
        probe.health.say(True, f"voice {voice} exists")


def _stability(probe: Probe, kind: str) -> None:
    options = probe.settings.providers.stability
    key = options.api_key.get_secret_value()
    probe.health.model = options.image_model
    if not probe.require_key(key, "STABILITY_API_KEY"):
        return
    url = f"{options.base_url.rstrip('/')}/v1/user/balance"
    balance = probe.get(url, _bearer(key), "balance", "STABILITY_API_KEY")
    if isinstance(balance, dict) and isinstance(balance.get("credits"), int | float):
        credits = float(balance["credits"])
        probe.health.say(
            credits > 0, f"{credits:g} credits left" if credits > 0 else "the account has no credits left"
        )


def _replicate(probe: Probe, kind: str) -> None:
    options = probe.settings.providers.replicate
    key = options.api_token.get_secret_value()
    model = options.image_model
    probe.health.model = model
    if not probe.require_key(key, "REPLICATE_API_TOKEN"):
        return
    base = options.base_url.rstrip("/")
    if probe.get(f"{base}/v1/account", _bearer(key), "account", "REPLICATE_API_TOKEN") is None:
        return
    name, _, version = model.partition(":")
    url = f"{base}/v1/models/{name}" + (f"/versions/{version}" if version else "")
    if isinstance(probe.get(url, _bearer(key), f"model {model}", "REPLICATE_API_TOKEN"), dict):
        probe.model_found(model)


def _lulu(probe: Probe, kind: str) -> None:
    """A client-credentials token (free), then one page of print jobs with it."""
    from storyloom.providers.printing.lulu import PRODUCTION_URL, TOKEN_PATH

    printing = probe.settings.printing
    secret = printing.lulu_client_secret.get_secret_value()
    if not probe.require_key(secret, "LULU_CLIENT_SECRET"):
        return
    base = printing.lulu_api_url.rstrip("/")
    probe.health.model = "production" if base == PRODUCTION_URL else f"sandbox ({base})"
    response = probe.client.post(
        f"{base}{TOKEN_PATH}",
        data={"grant_type": "client_credentials"},
        auth=(printing.lulu_client_key, secret),
    )
    if response.status_code in (400, 401, 403):
        probe.health.say(
            False,
            f"key refused (HTTP {response.status_code}): check LULU_CLIENT_KEY and LULU_CLIENT_SECRET "
            "for this LULU_API_URL",
        )
        return
    token = error_body(response).get("access_token") if response.is_success else None
    if not isinstance(token, str):
        probe.health.say(False, f"the token endpoint answered HTTP {response.status_code}")
        return
    jobs = probe.get(
        f"{base}/print-jobs/", _bearer(token), "print jobs", "LULU_CLIENT_KEY", {"page_size": "1"}
    )
    if isinstance(jobs, dict):
        probe.health.say(True, f"{jobs.get('count', 0)} print jobs on the account")


def _bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


CHECKS: dict[str, Callable[[Probe, str], None]] = {
    "openai": _openai,
    "openai-compatible": _openai_compatible,
    "google": _google,
    "anthropic": _anthropic,
    "elevenlabs": _elevenlabs,
    "stability": _stability,
    "replicate": _replicate,
    "lulu": _lulu,
}

_cache_lock = threading.Lock()
_cache: dict[int, tuple[float, HealthReport]] = {}


def cached_report(settings: Settings, *, refresh: bool = True) -> HealthReport | None:
    """The last report for `settings` if younger than CACHE_SECONDS; else a new one (or None when
    `refresh` is False), so pages and probes do not call the providers on every request."""
    with _cache_lock:
        found = _cache.get(id(settings))
    if found and time.monotonic() - found[0] < CACHE_SECONDS:
        return found[1]
    if not refresh:
        return found[1] if found else None
    report = diagnose(settings)
    remember(settings, report)
    return report


def remember(settings: Settings, report: HealthReport) -> None:
    """Keep `report` as the latest for `settings`."""
    with _cache_lock:
        _cache[id(settings)] = (time.monotonic(), report)

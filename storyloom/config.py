"""Settings, read from the environment and an optional `.env`.

Every variable of the original environment block is here, typed, grouped by concern. An empty value
means the embedded default (SQLite, a queue on SQLite, an in-process cache, a local folder, built-in
providers). A setting that makes no sense stops start-up with a message naming the variable to set.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from storyloom.errors import ConfigurationError
from storyloom.provider_names import registered_names

CommaList = Annotated[list[str], NoDecode]


def _split_commas(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class _Group(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", env_ignore_empty=True, populate_by_name=True
    )


class ShopifySettings(_Group):
    """The Shopify app's identity and the Admin API it calls."""

    app_url: str = Field("", validation_alias="SHOPIFY_APP_URL")
    api_key: str = Field("", validation_alias="SHOPIFY_API_KEY")
    api_secret: SecretStr = Field(SecretStr(""), validation_alias="SHOPIFY_API_SECRET")
    scopes: CommaList = Field(
        default_factory=lambda: [
            "read_products",
            "write_products",
            "read_customers",
            "write_customers",
            "read_orders",
            "write_orders",
            "read_files",
            "write_files",
            "write_app_proxy",
            "read_merchant_managed_fulfillment_orders",
            "write_merchant_managed_fulfillment_orders",
        ],
        validation_alias="SCOPES",
    )
    api_version: str = Field("2026-10", validation_alias="SHOPIFY_API_VERSION")
    admin_url_override: str = Field("", validation_alias="SHOPIFY_ADMIN_URL_OVERRIDE")
    product_price: str = Field("19.99", validation_alias="SHOPIFY_PRODUCT_PRICE")
    proxy_path: str = Field("/apps/storyloom", validation_alias="SHOPIFY_PROXY_PATH")
    http_timeout_seconds: float = Field(30.0, gt=0, validation_alias="SHOPIFY_HTTP_TIMEOUT_SECONDS")
    max_retries: int = Field(5, ge=0, le=20, validation_alias="SHOPIFY_MAX_RETRIES")
    download_link_seconds: int = Field(7 * 24 * 3600, ge=60, validation_alias="SHOPIFY_DOWNLOAD_LINK_SECONDS")

    @field_validator("scopes", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return _split_commas(value)


class ProviderOptions(_Group):
    """One provider's options, each read from its own variable (`PROVIDER_TIMEOUT_SECONDS` by all)."""

    timeout_seconds: float = Field(120.0, gt=0, validation_alias="PROVIDER_TIMEOUT_SECONDS")


class OpenAIOptions(ProviderOptions):
    """OpenAI's text, image and speech models (provider `openai` of every kind)."""

    api_key: SecretStr = Field(SecretStr(""), validation_alias="OPENAI_API_KEY")
    base_url: str = Field("", validation_alias="OPENAI_BASE_URL")
    text_model: str = Field("gpt-6-luna", validation_alias="OPENAI_TEXT_MODEL")
    moderation_model: str = Field("omni-moderation-latest", validation_alias="OPENAI_MODERATION_MODEL")
    image_model: str = Field("gpt-image-2.6-flare", validation_alias="OPENAI_IMAGE_MODEL")
    image_quality: str = Field("medium", validation_alias="OPENAI_IMAGE_QUALITY")
    speech_model: str = Field("gpt-realtime-2.1-mini", validation_alias="OPENAI_SPEECH_MODEL")
    voice: str = Field("marin", validation_alias="OPENAI_VOICE")


class OpenAICompatibleOptions(ProviderOptions):
    """A server speaking OpenAI's chat API (text provider `openai-compatible`)."""

    base_url: str = Field("", validation_alias="OPENAI_COMPATIBLE_BASE_URL")
    model: str = Field("", validation_alias="OPENAI_COMPATIBLE_MODEL")
    api_key: SecretStr = Field(SecretStr(""), validation_alias="OPENAI_COMPATIBLE_API_KEY")
    output_mode: Literal["tool", "native", "prompted"] = Field(
        "tool", validation_alias="OPENAI_COMPATIBLE_OUTPUT_MODE"
    )


class GeminiOptions(ProviderOptions):
    """Google's Gemini API: text and images (provider `google` of text and image)."""

    api_key: SecretStr = Field(SecretStr(""), validation_alias="GOOGLE_AI_API_KEY")
    text_model: str = Field("gemini-3.8-flash", validation_alias="GOOGLE_TEXT_MODEL")
    base_url: str = Field("", validation_alias="GOOGLE_BASE_URL")
    image_model: str = Field("gemini-nano-banana-2.1", validation_alias="GOOGLE_IMAGE_MODEL")
    image_base_url: str = Field(
        "https://generativelanguage.googleapis.com", validation_alias="GOOGLE_IMAGE_BASE_URL"
    )


class GoogleSpeechOptions(ProviderOptions):
    """Google Cloud Text-to-Speech (speech provider `google`)."""

    api_key: SecretStr = Field(SecretStr(""), validation_alias="GOOGLE_TTS_API_KEY")
    gemini_api_key: SecretStr = Field(SecretStr(""), validation_alias="GOOGLE_AI_API_KEY")
    voice: str = Field("", validation_alias="GOOGLE_TTS_VOICE")
    base_url: str = Field("https://texttospeech.googleapis.com", validation_alias="GOOGLE_TTS_BASE_URL")

    @property
    def key(self) -> str:
        """GOOGLE_TTS_API_KEY, else GOOGLE_AI_API_KEY."""
        return self.api_key.get_secret_value() or self.gemini_api_key.get_secret_value()


class AnthropicOptions(ProviderOptions):
    api_key: SecretStr = Field(SecretStr(""), validation_alias="ANTHROPIC_API_KEY")
    model: str = Field("claude-sonnet-4-6", validation_alias="ANTHROPIC_MODEL")
    base_url: str = Field("", validation_alias="ANTHROPIC_BASE_URL")


class StabilityOptions(ProviderOptions):
    api_key: SecretStr = Field(SecretStr(""), validation_alias="STABILITY_API_KEY")
    base_url: str = Field("https://api.stability.ai", validation_alias="STABILITY_BASE_URL")
    image_model: str = Field("core", validation_alias="STABILITY_IMAGE_MODEL")


class ReplicateOptions(ProviderOptions):
    api_token: SecretStr = Field(SecretStr(""), validation_alias="REPLICATE_API_TOKEN")
    image_model: str = Field("black-forest-labs/flux-schnell", validation_alias="REPLICATE_IMAGE_MODEL")
    base_url: str = Field("https://api.replicate.com", validation_alias="REPLICATE_BASE_URL")
    webhook_secret: SecretStr = Field(SecretStr(""), validation_alias="REPLICATE_WEBHOOK_SECRET")


class ElevenLabsOptions(ProviderOptions):
    api_key: SecretStr = Field(SecretStr(""), validation_alias="ELEVENLABS_API_KEY")
    voice_id: str = Field("21m00Tcm4TlvDq8ikWAM", validation_alias="ELEVENLABS_VOICE_ID")
    model: str = Field("eleven_multilingual_v2", validation_alias="ELEVENLABS_MODEL")
    base_url: str = Field("https://api.elevenlabs.io", validation_alias="ELEVENLABS_BASE_URL")


class Automatic1111Options(ProviderOptions):
    url: str = Field("", validation_alias="AUTOMATIC1111_URL")
    auth: SecretStr = Field(SecretStr(""), validation_alias="AUTOMATIC1111_AUTH")
    diffusion_steps: int = Field(28, ge=1, le=150, validation_alias="DIFFUSION_STEPS")


class ComfyUIOptions(ProviderOptions):
    url: str = Field("", validation_alias="COMFYUI_URL")
    checkpoint: str = Field("sd_xl_base_1.0.safetensors", validation_alias="COMFYUI_CHECKPOINT")
    diffusion_steps: int = Field(28, ge=1, le=150, validation_alias="DIFFUSION_STEPS")


class PiperOptions(ProviderOptions):
    model_path: str = Field("", validation_alias="PIPER_MODEL_PATH")


class KokoroOptions(ProviderOptions):
    model_path: str = Field("", validation_alias="KOKORO_MODEL_PATH")


class SimulatedOptions(ProviderOptions):
    """The `simulated` providers of load tests and benchmarks."""

    text_latency: float | None = Field(None, ge=0, validation_alias="SIMULATED_TEXT_LATENCY")
    image_latency: float | None = Field(None, ge=0, validation_alias="SIMULATED_IMAGE_LATENCY")
    speech_latency: float | None = Field(None, ge=0, validation_alias="SIMULATED_SPEECH_LATENCY")
    failure_rate: float | None = Field(None, ge=0, le=1, validation_alias="SIMULATED_FAILURE_RATE")
    call_log: str = Field("", validation_alias="SIMULATED_CALL_LOG")


class _OwnVariables(EnvSettingsSource):
    """The environment, read for a group's own variables: its nested groups read theirs themselves
    (else a variable named like one, `OPENAI=...`, would be read as that whole group)."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        if _is_group(field):
            return None, field_name, False
        return super().get_field_value(field, field_name)


class _OwnDotEnvVariables(DotEnvSettingsSource):
    """`.env`, read as `_OwnVariables` reads the environment."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        if _is_group(field):
            return None, field_name, False
        return super().get_field_value(field, field_name)


def _is_group(field: FieldInfo) -> bool:
    return isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel)


class ProviderSettings(_Group):
    """Which provider makes each kind of content, and each provider's own options.

    Built in code, it also takes a provider option by its variable's name in lower case
    (`ProviderSettings(openai_api_key=...)`), the option's other values read as usual."""

    text: str = Field("builtin", validation_alias="TEXT_PROVIDER")
    image: str = Field("builtin", validation_alias="IMAGE_PROVIDER")
    speech: str = Field("builtin", validation_alias="SPEECH_PROVIDER")
    text_fallback: CommaList = Field(default_factory=list, validation_alias="TEXT_PROVIDER_FALLBACK")
    image_fallback: CommaList = Field(default_factory=list, validation_alias="IMAGE_PROVIDER_FALLBACK")
    speech_fallback: CommaList = Field(default_factory=list, validation_alias="SPEECH_PROVIDER_FALLBACK")
    timeout_seconds: float = Field(120.0, gt=0, validation_alias="PROVIDER_TIMEOUT_SECONDS")

    openai: OpenAIOptions = Field(default_factory=OpenAIOptions)
    openai_compatible: OpenAICompatibleOptions = Field(default_factory=OpenAICompatibleOptions)
    gemini: GeminiOptions = Field(default_factory=GeminiOptions)
    google_speech: GoogleSpeechOptions = Field(default_factory=GoogleSpeechOptions)
    anthropic: AnthropicOptions = Field(default_factory=AnthropicOptions)
    stability: StabilityOptions = Field(default_factory=StabilityOptions)
    replicate: ReplicateOptions = Field(default_factory=ReplicateOptions)
    elevenlabs: ElevenLabsOptions = Field(default_factory=ElevenLabsOptions)
    automatic1111: Automatic1111Options = Field(default_factory=Automatic1111Options)
    comfyui: ComfyUIOptions = Field(default_factory=ComfyUIOptions)
    piper: PiperOptions = Field(default_factory=PiperOptions)
    kokoro: KokoroOptions = Field(default_factory=KokoroOptions)
    simulated: SimulatedOptions = Field(default_factory=SimulatedOptions)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            _OwnVariables(settings_cls),
            _OwnDotEnvVariables(settings_cls),
            file_secret_settings,
        )

    @model_validator(mode="before")
    @classmethod
    def _options_by_variable(cls, data: Any) -> Any:
        """Route options given by variable name (`openai_api_key=...`) to their providers' groups; the
        provider timeout goes to every group."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        timeout = data.get("timeout_seconds", data.get("PROVIDER_TIMEOUT_SECONDS"))
        for group_name, field in cls.model_fields.items():
            group = field.annotation
            if not (isinstance(group, type) and issubclass(group, ProviderOptions)) or group_name in data:
                continue
            given = {
                str(option.validation_alias): data[key]
                for option in group.model_fields.values()
                for key in (str(option.validation_alias).lower(), str(option.validation_alias))
                if key in data
            }
            if timeout is not None:
                given["PROVIDER_TIMEOUT_SECONDS"] = timeout
            if given:
                data[group_name] = group(**given)
        return data

    def chain(self, kind: Literal["text", "image", "speech"]) -> list[str]:
        """The chosen provider of `kind` followed by its fallbacks, by name."""
        chosen, fallback = {
            "text": (self.text, self.text_fallback),
            "image": (self.image, self.image_fallback),
            "speech": (self.speech, self.speech_fallback),
        }[kind]
        return [chosen, *fallback]

    @field_validator("text_fallback", "image_fallback", "speech_fallback", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return _split_commas(value)

    @model_validator(mode="after")
    def _known_providers(self) -> ProviderSettings:
        checks = (
            ("TEXT_PROVIDER", "text", self.text, self.text_fallback),
            ("IMAGE_PROVIDER", "image", self.image, self.image_fallback),
            ("SPEECH_PROVIDER", "speech", self.speech, self.speech_fallback),
        )
        for variable, kind, chosen, fallback in checks:
            allowed = registered_names(kind)
            for name in (chosen, *fallback):
                if name not in allowed:
                    raise ValueError(
                        f"{variable}={name!r} is not a known provider; set it to one of "
                        f"{', '.join(sorted(allowed))}"
                    )
        return self


class PrintSettings(_Group):
    """The print service that prints and ships printed books: which one, how it is followed, and Lulu's
    Print API account."""

    # "none": the shop sells only the digital book.
    print_service: str = Field("none", validation_alias="PRINT_SERVICE")
    # How often the sweep asks the print service about a job no webhook has moved.
    print_status_poll_seconds: float = Field(600.0, gt=0, validation_alias="PRINT_STATUS_POLL_SECONDS")
    simulated_print_failure: Literal["", "address", "file", "down"] = Field(
        "", validation_alias="SIMULATED_PRINT_FAILURE"
    )
    simulated_print_webhook_secret: SecretStr = Field(
        SecretStr("simulated-print-webhook"), validation_alias="SIMULATED_PRINT_WEBHOOK_SECRET"
    )
    lulu_client_key: str = Field("", validation_alias="LULU_CLIENT_KEY")
    lulu_client_secret: SecretStr = Field(SecretStr(""), validation_alias="LULU_CLIENT_SECRET")
    lulu_api_url: str = Field("https://api.sandbox.lulu.com", validation_alias="LULU_API_URL")
    lulu_timeout_seconds: float = Field(30.0, gt=0, le=600, validation_alias="LULU_TIMEOUT_SECONDS")
    # How long one validate call waits for Lulu's file check before it answers "still validating".
    lulu_validation_wait_seconds: float = Field(
        20.0, ge=0, le=600, validation_alias="LULU_VALIDATION_WAIT_SECONDS"
    )

    @field_validator("lulu_api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("https://", "http://")):
            raise ValueError("LULU_API_URL must be an http(s) URL such as https://api.sandbox.lulu.com")
        return value

    @model_validator(mode="after")
    def _known_service(self) -> PrintSettings:
        known = {"none"} | registered_names("printing")
        if self.print_service not in known:
            raise ValueError(
                f"PRINT_SERVICE={self.print_service!r} is not a known print service; set it to one of "
                f"{', '.join(sorted(known))}"
            )
        return self


class StorageSettings(_Group):
    """Where the database, the queue, the cache and the files live."""

    database_url: str = Field("", validation_alias="DATABASE_URL")
    redis_url: str = Field("", validation_alias="REDIS_URL")
    aws_s3_bucket: str = Field("", validation_alias="AWS_S3_BUCKET")
    aws_access_key_id: SecretStr = Field(SecretStr(""), validation_alias="AWS_ACCESS_KEY_ID")
    aws_secret_access_key: SecretStr = Field(SecretStr(""), validation_alias="AWS_SECRET_ACCESS_KEY")
    aws_region: str = Field("us-east-1", validation_alias="AWS_REGION")
    aws_endpoint_url: str = Field("", validation_alias="AWS_ENDPOINT_URL")
    data_dir: Path = Field(Path("data"), validation_alias="DATA_DIR")
    redis_prefix: str = Field("storyloom", pattern=r"^[A-Za-z0-9_]+$", validation_alias="REDIS_KEY_PREFIX")

    @property
    def resolved_database_url(self) -> str:
        """DATABASE_URL, or a SQLite file in DATA_DIR when it is empty."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'storyloom.db').resolve()}"


class LimitSettings(_Group):
    """Feature flags, bounds on what a customer may ask for, and how the pipeline retries."""

    enable_audio_generation: bool = Field(True, validation_alias="ENABLE_AUDIO_GENERATION")
    enable_multi_language: bool = Field(False, validation_alias="ENABLE_MULTI_LANGUAGE")
    max_story_length: int = Field(5000, ge=200, validation_alias="MAX_STORY_LENGTH")
    unit_max_attempts: int = Field(5, ge=1, le=50, validation_alias="UNIT_MAX_ATTEMPTS")
    lease_seconds: int = Field(30, ge=2, validation_alias="LEASE_SECONDS")
    reaper_interval_seconds: int = Field(15, ge=1, validation_alias="REAPER_INTERVAL_SECONDS")
    retry_base_seconds: float = Field(2.0, ge=0, validation_alias="RETRY_BASE_SECONDS")
    retry_max_seconds: float = Field(120.0, ge=0, validation_alias="RETRY_MAX_SECONDS")
    workers_per_queue: int = Field(2, ge=1, le=64, validation_alias="WORKERS_PER_QUEUE")
    # Processes that draw the built-in illustrations for a worker process; empty means one per core.
    render_processes: int | None = Field(None, ge=0, le=64, validation_alias="RENDER_PROCESSES")
    # Per-provider limits, shared by every worker process (0 means no limit). Each provider of a kind
    # (say the chosen image provider and its fallback) gets its own budget.
    text_max_concurrent: int = Field(0, ge=0, validation_alias="TEXT_MAX_CONCURRENT")
    text_requests_per_minute: int = Field(0, ge=0, validation_alias="TEXT_REQUESTS_PER_MINUTE")
    image_max_concurrent: int = Field(0, ge=0, validation_alias="IMAGE_MAX_CONCURRENT")
    image_requests_per_minute: int = Field(0, ge=0, validation_alias="IMAGE_REQUESTS_PER_MINUTE")
    speech_max_concurrent: int = Field(0, ge=0, validation_alias="SPEECH_MAX_CONCURRENT")
    speech_requests_per_minute: int = Field(0, ge=0, validation_alias="SPEECH_REQUESTS_PER_MINUTE")
    rate_limit_window_seconds: float = Field(60.0, gt=0, validation_alias="RATE_LIMIT_WINDOW_SECONDS")
    rate_limit_max_wait_seconds: float = Field(60.0, ge=0, validation_alias="RATE_LIMIT_MAX_WAIT_SECONDS")
    # Providers that work by job (Replicate): how long a job may run, and when a parked unit polls it.
    provider_job_timeout_seconds: float = Field(900.0, gt=0, validation_alias="PROVIDER_JOB_TIMEOUT_SECONDS")
    provider_poll_seconds: float = Field(5.0, gt=0, validation_alias="PROVIDER_POLL_SECONDS")
    provider_callback_wait_seconds: float = Field(
        120.0, gt=0, validation_alias="PROVIDER_CALLBACK_WAIT_SECONDS"
    )
    # Limits per client on starting and changing books (0 means no limit); see storyloom.pipeline.admission.
    client_books_per_hour: int = Field(10, ge=0, validation_alias="CLIENT_BOOKS_PER_HOUR")
    client_changes_per_hour: int = Field(120, ge=0, validation_alias="CLIENT_CHANGES_PER_HOUR")
    shop_books_per_hour: int = Field(60, ge=0, validation_alias="SHOP_BOOKS_PER_HOUR")
    shop_daily_book_budget: int = Field(200, ge=0, validation_alias="SHOP_DAILY_BOOK_BUDGET")


class WebSettings(_Group):
    """The web app's secret, public address and logging."""

    secret_key: SecretStr = Field(SecretStr(""), validation_alias="SECRET_KEY")
    # Where providers reach this app for callbacks (https://books.example.com); empty means
    # SHOPIFY_APP_URL, and with neither set, jobs are polled.
    public_url: str = Field("", validation_alias="PUBLIC_URL")
    # Who may read /metrics: with a token, requests bearing it; without one, only this machine (loopback).
    metrics_token: SecretStr = Field(SecretStr(""), validation_alias="METRICS_TOKEN")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "debug", "info", "warning", "error"] = Field(
        "INFO", validation_alias="LOG_LEVEL"
    )
    # Bearer token for `/healthz?detail=1`; empty means only callers on this machine (loopback) may ask.
    healthz_token: SecretStr = Field(SecretStr(""), validation_alias="HEALTHZ_TOKEN")


class Settings(BaseModel):
    """All of Storyloom's settings, one group per concern."""

    shopify: ShopifySettings = Field(default_factory=ShopifySettings)
    providers: ProviderSettings = Field(default_factory=ProviderSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    printing: PrintSettings = Field(default_factory=PrintSettings)


def load_settings() -> Settings:
    """Read settings from the environment, turning validation failures into one clear message."""
    try:
        return Settings(
            shopify=ShopifySettings(),
            providers=ProviderSettings(),
            storage=StorageSettings(),
            limits=LimitSettings(),
            web=WebSettings(),
            printing=PrintSettings(),
        )
    except ValidationError as exc:
        raise ConfigurationError(_describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors():
        message = str(error["msg"]).removeprefix("Value error, ")
        variable = str(error["loc"][-1]).upper() if error["loc"] else ""
        problems.append(message if not variable or variable in message else f"{variable}: {message}")
    return "; ".join(problems)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once; `get_settings.cache_clear()` re-reads them."""
    return load_settings()

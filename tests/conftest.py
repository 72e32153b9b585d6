"""Shared fixtures: settings and a runtime on a temporary folder, with no network and no keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyloom.config import get_settings
from storyloom.runtime import Runtime

ENV_PREFIXES = (
    "SHOPIFY_",
    "OPENAI_",
    "GOOGLE_",
    "ANTHROPIC_",
    "STABILITY_",
    "ELEVENLABS_",
    "AWS_",
    "DATABASE_URL",
    "REDIS_URL",
    "TEXT_PROVIDER",
    "IMAGE_PROVIDER",
    "SPEECH_PROVIDER",
    "ENABLE_",
    "MAX_STORY_LENGTH",
    "SCOPES",
    "DATA_DIR",
    "DIFFUSION_",
    "COMFYUI_",
    "AUTOMATIC1111_",
    "PIPER_",
    "KOKORO_",
    "PROVIDER_",
    "UNIT_",
    "LEASE_",
    "REAPER_",
    "RETRY_",
    "WORKERS_",
    "SECRET_KEY",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Every test starts from the embedded default in its own data folder, whatever the shell had."""
    import os

    for name in list(os.environ):
        if name.startswith(ENV_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def runtime(clean_environment: None) -> Iterator[Runtime]:
    """A migrated runtime on the embedded default (SQLite, local files) in the test's own folder."""
    from storyloom.config import load_settings
    from storyloom.db.session import dispose_all
    from storyloom.runtime import Runtime, set_runtime

    instance = Runtime(load_settings())
    instance.migrate()
    set_runtime(instance)
    yield instance
    set_runtime(None)
    dispose_all()

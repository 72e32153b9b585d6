"""Shared fixtures: settings and a runtime on a temporary folder, with no network and no keys.

`runtime` runs on the embedded default. A test folder that overrides the `backend` fixture with
`params=BACKENDS` runs its tests again on the scale-out services: PostgreSQL (a database made for
the test from a migrated template, dropped after), Redis (a key prefix of the test's own, deleted
after) and S3 (moto's server on a free local port, a bucket per test). They are skipped, with the
reason shown, when PostgreSQL or Redis is not reachable on 127.0.0.1.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyloom.config import get_settings
from storyloom.runtime import Runtime
from storyloom.startup import build_runtime

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
    "SIMULATED_",
    "REDIS_KEY_PREFIX",
    "TEXT_MAX_CONCURRENT",
    "TEXT_REQUESTS_PER_MINUTE",
    "IMAGE_",
    "SPEECH_",
    "RATE_LIMIT_",
    "LEASE_SECONDS",
    "REAPER_INTERVAL_SECONDS",
    "RETRY_",
    "UNIT_MAX_ATTEMPTS",
    "WORKERS_PER_QUEUE",
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
    "REPLICATE_",
    "PUBLIC_URL",
    "PRINT_",
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


POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
REDIS_TEST_URL = "redis://127.0.0.1:6379/0"
BACKENDS = [
    pytest.param("embedded", id="embedded"),
    pytest.param("scaled", id="scaled", marks=pytest.mark.services),
]


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _admin_execute(*statements: str) -> None:
    import psycopg

    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """moto's S3 server on a free local port, for the whole session."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each scaled test copies; skipped when unreachable."""
    if not reachable("127.0.0.1", 5432):
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    from storyloom.db.session import get_engine, migrate

    name = f"storyloom_template_{uuid.uuid4().hex[:10]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    migrate(url)
    get_engine(url).dispose()
    yield name
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def scaled_environment(
    monkeypatch: pytest.MonkeyPatch, postgres_template: str, s3_endpoint: str
) -> Iterator[dict[str, str]]:
    """DATABASE_URL, REDIS_URL and AWS_* of services made for this test alone; removed after it."""
    if not reachable("127.0.0.1", 6379):
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")
    import boto3
    import redis

    token = uuid.uuid4().hex[:10]
    database = f"storyloom_test_{token}"
    _admin_execute(f'CREATE DATABASE "{database}" TEMPLATE "{postgres_template}"')
    bucket = f"storyloom-test-{token}"
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    s3.create_bucket(Bucket=bucket)
    environment = {
        "DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}",
        "REDIS_URL": REDIS_TEST_URL,
        "REDIS_KEY_PREFIX": f"storyloomtest{token}",
        "AWS_S3_BUCKET": bucket,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_endpoint,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    yield environment
    from storyloom.db.session import dispose_all

    dispose_all()
    _admin_execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    client = redis.Redis.from_url(REDIS_TEST_URL)
    prefix = environment["REDIS_KEY_PREFIX"]
    keys = [*client.scan_iter(match=f"{prefix}*"), *client.scan_iter(match=f"huey.*.{prefix}_*")]
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Where `runtime` keeps its data: "embedded" unless a test folder parametrizes it."""
    return str(getattr(request, "param", "embedded"))


@pytest.fixture
def runtime(clean_environment: None, backend: str, request: pytest.FixtureRequest) -> Iterator[Runtime]:
    """A migrated runtime on the embedded default (SQLite, local files) in the test's own folder,
    or on the scale-out services when `backend` is "scaled"."""
    if backend == "scaled":
        request.getfixturevalue("scaled_environment")
    from storyloom.config import load_settings
    from storyloom.db.session import dispose_all
    from storyloom.runtime import set_runtime

    instance = build_runtime(load_settings())
    instance.migrate()
    set_runtime(instance)
    yield instance
    set_runtime(None)
    dispose_all()

"""The FastAPI application: JSON API, pages, static files, operations routes, and (for the embedded
default) every queue's workers in the same process."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from storyloom.runtime import Runtime, get_runtime
from storyloom.web.api import assets, health, stories
from storyloom.web.errors import install_error_handlers
from storyloom.web.pages import stories as story_pages

STATIC = Path(__file__).with_name("static")


def session_secret(runtime: Runtime) -> str:
    """SECRET_KEY, or a random one kept in DATA_DIR so sessions survive restarts of one machine."""
    configured = runtime.settings.web.secret_key.get_secret_value()
    if configured:
        return configured
    path = runtime.settings.storage.data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as handle:
        handle.write(secret)
    return secret


def create_app(runtime: Runtime | None = None, *, run_workers: bool = False) -> FastAPI:
    """The web app for `runtime` (the process's own by default). With `run_workers`, every queue's
    consumers and the reaper run as threads of this process while the app is up."""
    runtime = runtime or get_runtime()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from storyloom.pipeline.workers import InProcessWorkers

        runtime.migrate()
        workers = InProcessWorkers(runtime).start() if run_workers else None
        try:
            yield
        finally:
            if workers is not None:
                workers.stop()

    app = FastAPI(
        title="Storyloom",
        description="Personalised picture books: write, illustrate, narrate, lay out and publish.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(runtime),
        session_cookie="storyloom_session",
        same_site="lax",
        max_age=60 * 60 * 24 * 365,
    )
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in (stories.router, assets.router, health.router, story_pages.router):
        app.include_router(router)
    try:
        from storyloom.web.shopify import routers as shopify_routers
    except ImportError:
        shopify_routers = []
    for router in shopify_routers:
        app.include_router(router)
    return app

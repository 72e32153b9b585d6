"""The FastAPI application: JSON API, pages, static files, operations routes, and (for the embedded
default) every queue's workers in the same process."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from storyloom.config import Settings
from storyloom.logs import configure_logging
from storyloom.render.book import FONTS_DIR
from storyloom.runtime import Runtime
from storyloom.startup import current_runtime
from storyloom.web.api import assets, callbacks, health, preview, stories, styles
from storyloom.web.errors import install_error_handlers
from storyloom.web.limits import BodySizeLimit
from storyloom.web.pages import create, language, layout, library, links, reader
from storyloom.web.reads import FONTS_PATH

STATIC = Path(__file__).with_name("static")
log = logging.getLogger(__name__)


def session_secret(runtime: Runtime) -> str:
    """The key that signs session cookies (see Runtime.secret_key)."""
    return runtime.secret_key


def warn_about_providers(settings: Settings) -> threading.Thread | None:
    """Check the cloud providers in the background and log a warning for each that will not work or
    whose model shuts down within 30 days (nothing to do when only built-in providers are used)."""
    from storyloom.providers.doctor import LOCAL_PROVIDERS, cached_report, configured_providers

    if all(name in LOCAL_PROVIDERS for _, name in configured_providers(settings)):
        return None

    def check() -> None:
        try:
            report = cached_report(settings)
        except Exception:
            log.exception("the provider check failed")
            return
        for warning in report.warnings() if report else []:
            log.warning("provider check: %s", warning)

    thread = threading.Thread(target=check, name="provider-check", daemon=True)
    thread.start()
    return thread


def create_app(runtime: Runtime | None = None, *, run_workers: bool = False) -> FastAPI:
    """The web app for `runtime` (the process's own by default). With `run_workers`, every queue's
    consumers and the reaper run as threads of this process while the app is up."""
    runtime = runtime or current_runtime()
    configure_logging(runtime.settings.web.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from storyloom.pipeline.workers import InProcessWorkers

        runtime.migrate()
        warn_about_providers(runtime.settings)
        workers = InProcessWorkers(runtime).start() if run_workers else None
        if runtime.settings.printing.print_service != "none":
            from storyloom.shopify.print_webhook import subscribe_print_webhook

            # In the background: a print service that is slow or down must not hold up the start.
            threading.Thread(
                target=subscribe_print_webhook, args=(runtime,), name="print-webhook", daemon=True
            ).start()
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
        https_only=runtime.settings.shopify.app_url.startswith("https://"),
    )
    app.add_middleware(BodySizeLimit)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount(FONTS_PATH, StaticFiles(directory=FONTS_DIR), name="book-fonts")
    for router in (
        stories.router,
        assets.router,
        styles.router,
        preview.router,
        health.router,
        create.router,
        reader.router,
        layout.router,
        library.router,
        callbacks.router,
        language.router,
        links.router,
    ):
        app.include_router(router)
    try:
        from storyloom.web.shopify import routers as shopify_routers
    except ImportError:
        shopify_routers = []
    for router in shopify_routers:
        app.include_router(router)
    return app

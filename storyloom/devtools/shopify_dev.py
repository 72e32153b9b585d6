"""`make shopify-dev`: the Admin emulator and Storyloom's Shopify app, wired together on localhost, so a
merchant can click through install, the embedded admin, publishing, the storefront and a paid order.

The app is the project's app factory when there is one (`storyloom.web.app.create_app`), else a small
FastAPI app with the Shopify routers. A sample finished book is added for the demo customer, so the
flow works before any book is made.
"""

from __future__ import annotations

import argparse
import io
import os
import threading
from typing import Any

import uvicorn
from fastapi import FastAPI
from PIL import Image, ImageDraw

from storyloom.config import get_settings
from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime, set_runtime

DEV_KEY = "storyloom-dev-key"
DEV_SECRET = "shpss_storyloom_dev_secret_0123456789abcdef"
DEV_SHOP = "storyloom-dev.myshopify.com"
DEMO_CUSTOMER = "7001"


def build_app() -> Any:
    """The project's app if its factory exists, else the Shopify routers on their own."""
    try:
        from storyloom.web.app import create_app  # type: ignore[import-not-found]
    except ImportError:
        from storyloom.web.shopify import routers

        app = FastAPI(title="Storyloom (Shopify routes)")
        for router in routers:
            app.include_router(router)
        return app
    return create_app()


def add_sample_book(runtime: Runtime) -> str | None:
    """A finished sample book for the demo customer, made once; returns its id when it was added."""
    from sqlalchemy import select
    from weasyprint import HTML

    with runtime.session() as session:
        if session.scalar(select(Story.id).where(Story.title == "Sample: Robin and the Paper Moon")):
            return None
        story = Story(
            title="Sample: Robin and the Paper Moon",
            description="A sample book for trying the Shopify flow.",
            genre="bedtime",
            age_group="3-5",
            status=StoryStatus.COMPLETE,
            shop_domain=DEV_SHOP,
            shopify_customer_id=DEMO_CUSTOMER,
        )
        session.add(story)
        session.flush()
        story_id = story.id
    cover = Image.new("RGB", (600, 600), (31, 42, 68))
    ImageDraw.Draw(cover).ellipse((180, 120, 420, 360), fill=(246, 228, 160))
    buffer = io.BytesIO()
    cover.save(buffer, format="PNG")
    runtime.store.put(f"stories/{story_id}/cover.png", buffer.getvalue())
    pdf = HTML(
        string="<h1>Robin and the Paper Moon</h1><p>A sample book from the Storyloom Shopify demo.</p>"
    ).write_pdf()
    runtime.store.put(f"stories/{story_id}/book-print.pdf", bytes(pdf or b""))
    with runtime.session() as session:
        stored = session.get(Story, story_id)
        assert stored is not None
        stored.cover_image = f"stories/{story_id}/cover.png"
        stored.pdf_url = f"stories/{story_id}/book-print.pdf"
    return story_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--emulator-port", type=int, default=8081)
    arguments = parser.parse_args()
    app_url = f"http://{arguments.host}:{arguments.port}"
    emulator_url = f"http://{arguments.host}:{arguments.emulator_port}"
    os.environ.setdefault("SHOPIFY_API_KEY", DEV_KEY)
    os.environ.setdefault("SHOPIFY_API_SECRET", DEV_SECRET)
    os.environ["SHOPIFY_APP_URL"] = app_url
    os.environ["SHOPIFY_ADMIN_URL_OVERRIDE"] = emulator_url
    get_settings.cache_clear()
    settings = get_settings()

    from storyloom.devtools.shopify_emulator import EmulatorState, create_emulator_app

    runtime = Runtime(settings)
    runtime.migrate()
    set_runtime(runtime)
    add_sample_book(runtime)
    state = EmulatorState(
        api_key=settings.shopify.api_key,
        api_secret=settings.shopify.api_secret.get_secret_value(),
        app_url=app_url,
        scopes=",".join(settings.shopify.scopes),
    )
    emulator = uvicorn.Server(
        uvicorn.Config(create_emulator_app(state), host=arguments.host, port=arguments.emulator_port)
    )
    threading.Thread(target=emulator.run, daemon=True).start()
    print(
        f"\n  Shopify emulator: {emulator_url}/   (start here: install, admin, storefront)"
        f"\n  Storyloom app:    {app_url}\n"
    )
    uvicorn.run(build_app(), host=arguments.host, port=arguments.port)


if __name__ == "__main__":
    main()

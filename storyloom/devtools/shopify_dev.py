"""`make shopify-dev`: the Admin emulator and Storyloom's Shopify app, with every queue's workers,
wired together on localhost, so a merchant can click through install, the embedded admin,
publishing, the storefront, a paid order and the download with nothing else started.

Printed editions go to Lulu's local emulator (`storyloom.devtools.lulu_emulator`; else to the
simulated print service), so a bought hardcover reaches a validated job, SHIPPED and a fulfillment.

A sample book for the demo customer is made through the pipeline on first start (a few minutes on
the built-in providers), so there is a finished book to publish and buy.
"""

from __future__ import annotations

import argparse
import importlib
import os
import threading
from dataclasses import dataclass
from typing import Any

import uvicorn

from storyloom.books.service import BookService
from storyloom.config import get_settings
from storyloom.pipeline.orchestrator import Owner
from storyloom.runtime import Runtime, set_runtime
from storyloom.startup import build_runtime
from storyloom.story.params import StoryParams

DEV_KEY = "storyloom-dev-key"
DEV_SECRET = "shpss_storyloom_dev_secret_0123456789abcdef"
DEV_SHOP = "storyloom-dev.myshopify.com"
DEMO_CUSTOMER = "7001"
SAMPLE_KEY = "shopify-dev-sample-book"
SAMPLE_PARAMS = StoryParams(
    child_name="Robin",
    age_group="3-5",
    genre="bedtime",
    moral_lesson="being brave is easier with a friend",
    page_count=8,
    illustration_style="papercut",
)


@dataclass(frozen=True)
class DevAddresses:
    """Where a developer goes: the emulator's start page, the app in the admin, the storefront."""

    emulator: str
    admin: str
    storefront: str
    app: str

    def banner(self) -> str:
        return (
            f"\n  1. Shopify emulator (install here): {self.emulator}/"
            f"\n  2. Storyloom in the admin:          {self.admin}"
            f"\n  3. Storefront (make and buy books): {self.storefront}"
            f"\n  The app and its workers serve {self.app}; Ctrl+C stops everything.\n"
        )


def dev_addresses(host: str, port: int, emulator_port: int, variant: str = "") -> DevAddresses:
    """The addresses; `variant` is the emulated shop's picture book variant the storefront sells."""
    emulator = f"http://{host}:{emulator_port}"
    return DevAddresses(
        emulator=emulator,
        admin=f"{emulator}/_emulator/admin?shop={DEV_SHOP}",
        storefront=f"{emulator}/apps/storyloom/?shop={DEV_SHOP}&variant={variant}",
        app=f"http://{host}:{port}",
    )


def build_app(runtime: Runtime) -> Any:
    """The project's app with every queue's workers running in this process."""
    from storyloom.web.app import create_app

    return create_app(runtime, run_workers=True)


def add_sample_book(runtime: Runtime) -> str:
    """Start the sample book for the demo customer (once: a repeat finds the first); returns its id.
    It is made by the pipeline like any storefront book, so it has valid parameters, pages,
    narration and both PDFs."""
    owner = Owner(customer_id=DEMO_CUSTOMER, shop_domain=DEV_SHOP)
    return BookService(runtime).start(SAMPLE_PARAMS, owner=owner, idempotency_key=SAMPLE_KEY).story_id


def start_print_service(host: str, port: int) -> str:
    """Choose PRINT_SERVICE for the dev stack, unless it is set: Lulu against the local Lulu emulator
    (`storyloom.devtools.lulu_emulator`, started here; the app subscribes its webhook at start-up, as
    it does with Lulu) when it is installed, else the in-process simulated service. Returns the
    service chosen."""
    if os.environ.get("PRINT_SERVICE"):
        return os.environ["PRINT_SERVICE"]
    try:
        lulu = importlib.import_module("storyloom.devtools.lulu_emulator")
    except ImportError:
        os.environ["PRINT_SERVICE"] = "simulated"
        return "simulated"
    emulator = lulu.LuluEmulator().start(host, port, step_seconds=5.0)
    os.environ.update(PRINT_SERVICE="lulu", **emulator.env())
    return "lulu"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--emulator-port", type=int, default=int(os.environ.get("EMULATOR_PORT") or 8081))
    parser.add_argument("--print-port", type=int, default=int(os.environ.get("LULU_EMULATOR_PORT") or 8082))
    arguments = parser.parse_args()
    addresses = dev_addresses(arguments.host, arguments.port, arguments.emulator_port)
    os.environ.setdefault("SHOPIFY_API_KEY", DEV_KEY)
    os.environ.setdefault("SHOPIFY_API_SECRET", DEV_SECRET)
    os.environ["SHOPIFY_APP_URL"] = addresses.app
    os.environ["SHOPIFY_ADMIN_URL_OVERRIDE"] = addresses.emulator
    printing = start_print_service(arguments.host, arguments.print_port)
    get_settings.cache_clear()
    settings = get_settings()

    from storyloom.devtools.shopify_emulator import EmulatorState, create_emulator_app
    from storyloom.devtools.shopify_emulator.helpers import book_product
    from storyloom.devtools.shopify_emulator.state import gid_number

    runtime = build_runtime(settings)
    runtime.migrate()
    set_runtime(runtime)
    state = EmulatorState(
        api_key=settings.shopify.api_key,
        api_secret=settings.shopify.api_secret.get_secret_value(),
        app_url=addresses.app,
        scopes=",".join(settings.shopify.scopes),
    )
    emulator = uvicorn.Server(
        uvicorn.Config(
            create_emulator_app(state), host=arguments.host, port=arguments.emulator_port, log_level="warning"
        )
    )
    threading.Thread(target=emulator.run, daemon=True).start()
    app = build_app(runtime)
    add_sample_book(runtime)
    variant = gid_number(book_product(state, DEV_SHOP)[1].id)
    addresses = dev_addresses(arguments.host, arguments.port, arguments.emulator_port, variant)
    print(addresses.banner() + f"  Printed books go to the print service {printing!r}.\n", flush=True)
    uvicorn.run(app, host=arguments.host, port=arguments.port, log_level="warning")


if __name__ == "__main__":
    main()

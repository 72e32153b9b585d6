"""`python -m storyloom.devtools.shopify_emulator`: serve the emulated Shopify Admin on localhost."""

from __future__ import annotations

import argparse

import uvicorn

from storyloom.config import load_settings
from storyloom.devtools.shopify_emulator import EmulatorState, create_emulator_app


def main() -> None:
    settings = load_settings().shopify
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--app-url", default=settings.app_url or "http://127.0.0.1:8000")
    arguments = parser.parse_args()
    state = EmulatorState(
        api_key=settings.api_key or "storyloom-dev-key",
        api_secret=settings.api_secret.get_secret_value() or "storyloom-dev-secret",
        app_url=arguments.app_url,
        scopes=",".join(settings.scopes),
    )
    uvicorn.run(create_emulator_app(state), host=arguments.host, port=arguments.port, log_level="info")


if __name__ == "__main__":
    main()

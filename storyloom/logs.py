"""Logging: one structlog configuration for the web app, the workers and the CLI.

Tracebacks are printed plainly, never with local variables (they may hold keys and tokens), and
event fields whose names suggest a secret are masked.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

SECRET_MARKERS = ("secret", "token", "password", "api_key", "apikey", "authorization", "cookie", "signature")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def mask_secrets(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Replace the value of any field whose name looks like a secret."""
    for key in list(event):
        if any(marker in key.lower() for marker in SECRET_MARKERS):
            event[key] = "***"
    return event


def configure_logging(level: str = "INFO", *, quiet: bool = False) -> None:
    """Log to stderr at `level` (WARNING when `quiet`), with plain tracebacks and masked secrets."""
    numeric = logging.WARNING if quiet else getattr(logging, level.upper(), logging.INFO)
    logging.basicConfig(level=numeric, format="%(message)s", stream=sys.stderr, force=True)
    # httpx logs every request's full URL at INFO: noise, and URLs can carry signed query strings.
    # WeasyPrint logs each layout step ("Step 2 - Fetching and parsing CSS") and pikepdf its start-up.
    for noisy in ("httpx", "httpcore", "weasyprint", "pikepdf", "fontTools"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="%Y-%m-%d %H:%M:%S", utc=True),
            mask_secrets,
            structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )

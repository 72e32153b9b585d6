"""Secrets never reach the logs: no local variables in tracebacks, secret-looking fields masked."""

from __future__ import annotations

import pytest
import structlog

from storyloom.logs import configure_logging

SECRET = "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"


def test_a_logged_exception_shows_no_local_variables(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO")
    client_secret = SECRET

    try:
        raise ValueError("the shop answered HTML instead of JSON")
    except ValueError:
        structlog.get_logger("test").exception("token exchange failed", shop="a.myshopify.com")
    del client_secret

    err = capsys.readouterr().err
    assert "token exchange failed" in err
    assert "ValueError: the shop answered HTML instead of JSON" in err
    assert SECRET not in err


@pytest.mark.parametrize("field", ["client_secret", "access_token", "api_key", "Authorization", "password"])
def test_fields_named_like_secrets_are_masked(capsys: pytest.CaptureFixture[str], field: str) -> None:
    configure_logging("INFO")

    structlog.get_logger("test").info("calling", **{field: SECRET, "shop": "a.myshopify.com"})

    err = capsys.readouterr().err
    assert SECRET not in err
    assert f"{field}=***" in err
    assert "shop=a.myshopify.com" in err


def test_outgoing_request_urls_are_not_logged_at_info(capsys: pytest.CaptureFixture[str]) -> None:
    # given logging at INFO, as `storyloom serve` sets it
    import logging

    configure_logging("INFO")
    # when httpx reports a request whose URL carries a signed query string
    logging.getLogger("httpx").info("HTTP Request: GET https://shop.example/file?signature=abc123")
    # then nothing of it reaches the log
    assert "abc123" not in capsys.readouterr().err


def test_pdf_libraries_do_not_narrate_each_layout_step_at_info(capsys: pytest.CaptureFixture[str]) -> None:
    # given logging at INFO, as `storyloom serve` sets it
    import logging

    configure_logging("INFO")
    # when WeasyPrint and pikepdf report their routine steps, as they do for every PDF
    logging.getLogger("weasyprint.progress").info("Step 2 - Fetching and parsing CSS - CSS string")
    logging.getLogger("pikepdf._core").info("pikepdf C++ to Python logger bridge initialized")
    # then the operator's log does not carry them, but still carries a library's warning
    logging.getLogger("weasyprint").warning("Ignored `gap: 1em` at 3:5, unknown property.")
    err = capsys.readouterr().err
    assert "Step 2" not in err and "logger bridge" not in err
    assert "unknown property" in err

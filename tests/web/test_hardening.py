"""A streamed (chunked) body over the limit gets 413, not 400; page text must contain letters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from storyloom.errors import InvalidInputError
from storyloom.pipeline.edits import clean_page_text


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    yield b'{"child_name": "'
    for _ in range(total // size):
        yield b"a" * size
    yield b'"}'


@pytest.mark.parametrize("path", ["/api/stories/generate", "/api/webhooks/shopify", "/stories/new"])
def test_a_chunked_body_of_ten_megabytes_gets_413(client: TestClient, path: str) -> None:
    response = client.post(
        path, content=_chunks(10 * 1024 * 1024), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "TOO_LARGE"


def test_a_small_chunked_body_still_reaches_the_route(client: TestClient) -> None:
    body = iter([b'{"child_name": "Mia", "age_group": "3-5", ', b'"moral_lesson": "sharing is kind"}'])
    response = client.post(
        "/api/stories/generate", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 202


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\u200b\u200b\u200b", id="zero-width-spaces"),
        pytest.param("\u2060\u00ad\u200c", id="word-joiner-soft-hyphen"),
        pytest.param("... !!! 123", id="no-letters"),
    ],
)
def test_page_text_without_letters_is_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match="text: the page text must contain letters"):
        clean_page_text(text)

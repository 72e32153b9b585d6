"""A self-hosted ComfyUI (`/prompt`, `/history/{id}`, `/view`) through httpx against a local server."""

from __future__ import annotations

import pytest

from storyloom.errors import (
    ProviderBadRequestError,
    ProviderOutputError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.image.comfyui import ComfyUIImages
from tests.providers.image.conftest import FakeAPI, Received, Reply, page_request, png_bytes, settings_with

PROMPT_ID = "8f2c5d1e-0000-4000-8000-000000000001"
QUEUED = Reply(200, {"prompt_id": PROMPT_ID, "number": 3, "node_errors": {}})
DONE = {
    PROMPT_ID: {
        "prompt": [3, PROMPT_ID, {}, {}, ["9"]],
        "outputs": {
            "9": {"images": [{"filename": "storyloom_00001_.png", "subfolder": "", "type": "output"}]}
        },
        "status": {"status_str": "success", "completed": True, "messages": []},
    }
}


def provider(api: FakeAPI, **extra: object) -> ComfyUIImages:
    values = {"comfyui_url": api.url, "timeout_seconds": 2.0, **extra}
    return ComfyUIImages(settings_with(**values))


def pending_then(done: dict[str, object], pending_polls: int = 1) -> object:
    polls = {"count": 0}

    def answer(_request: Received) -> Reply:
        polls["count"] += 1
        return Reply(200, {} if polls["count"] <= pending_polls else done)

    return answer


def test_queues_the_workflow_polls_history_and_fetches_the_image(fake_api: FakeAPI) -> None:
    # given
    picture = png_bytes(1024, 1024, (1, 2, 3))
    fake_api.on("POST", "/prompt", QUEUED)
    fake_api.on("GET", f"/history/{PROMPT_ID}", pending_then(DONE))  # type: ignore[arg-type]
    fake_api.on("GET", "/view", Reply(200, picture, {"content-type": "image/png"}))
    # when
    result = provider(fake_api, comfyui_checkpoint="dreamshaper_8.safetensors").illustrate(
        page_request(seed=5)
    )
    # then
    graph = fake_api.received[0].json()["prompt"]
    assert graph["6"]["inputs"]["text"] == page_request().prompt
    assert graph["3"]["inputs"]["seed"] == 5
    assert graph["4"]["inputs"]["ckpt_name"] == "dreamshaper_8.safetensors"
    assert (graph["5"]["inputs"]["width"], graph["5"]["inputs"]["height"]) == (1024, 1024)
    paths = [r.path for r in fake_api.received]
    assert paths[1:3] == [f"/history/{PROMPT_ID}", f"/history/{PROMPT_ID}"]
    assert paths[3] == "/view?filename=storyloom_00001_.png&subfolder=&type=output"
    assert result.png == picture
    assert result.call.cost_usd == 0.0
    assert result.call.details["prompt_id"] == PROMPT_ID


def test_invalid_workflow_is_a_bad_request_with_comfyuis_message(fake_api: FakeAPI) -> None:
    fake_api.on(
        "POST",
        "/prompt",
        Reply(
            400,
            {
                "error": {
                    "type": "prompt_outputs_failed_validation",
                    "message": "Prompt outputs failed validation",
                    "details": "",
                    "extra_info": {},
                },
                "node_errors": {"4": {"errors": [{"message": "Value not in list"}]}},
            },
        ),
    )
    with pytest.raises(ProviderBadRequestError, match="Prompt outputs failed validation"):
        provider(fake_api).illustrate(page_request())


def test_execution_error_in_history_is_an_output_error(fake_api: FakeAPI) -> None:
    failed = {
        PROMPT_ID: {
            "outputs": {},
            "status": {
                "status_str": "error",
                "completed": False,
                "messages": [
                    ["execution_start", {"prompt_id": PROMPT_ID}],
                    ["execution_error", {"prompt_id": PROMPT_ID, "exception_message": "CUDA out of memory"}],
                ],
            },
        }
    }
    fake_api.on("POST", "/prompt", QUEUED)
    fake_api.on("GET", f"/history/{PROMPT_ID}", Reply(200, failed))
    with pytest.raises(ProviderOutputError, match="CUDA out of memory"):
        provider(fake_api).illustrate(page_request())


def test_server_error_on_queueing_is_retryable(fake_api: FakeAPI) -> None:
    fake_api.on("POST", "/prompt", Reply(500, b"Internal Server Error", {"content-type": "text/plain"}))
    with pytest.raises(ProviderServerError):
        provider(fake_api).illustrate(page_request())


def test_a_workflow_that_never_finishes_times_out(fake_api: FakeAPI) -> None:
    fake_api.on("POST", "/prompt", QUEUED)
    fake_api.on("GET", f"/history/{PROMPT_ID}", Reply(200, {}))
    with pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.4).illustrate(page_request())


def test_a_slow_server_times_out(fake_api: FakeAPI) -> None:
    fake_api.on("POST", "/prompt", Reply(200, {"prompt_id": PROMPT_ID}, delay=1.0))
    with pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.3).illustrate(page_request())

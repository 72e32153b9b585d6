"""The file store: the same operations on a local folder and on S3 (moto's server, path-style)."""

from __future__ import annotations

import pytest

from storyloom.errors import StorageError
from storyloom.runtime import Runtime
from storyloom.storage import asset_key, story_prefix
from tests.conftest import BACKENDS


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_store_is_the_one_the_settings_choose(runtime: Runtime, backend: str) -> None:
    expected = "s3://" if backend == "scaled" else "/"
    assert runtime.store.description.startswith(expected)


def test_a_written_asset_reads_back_whole_and_in_ranges(runtime: Runtime) -> None:
    store = runtime.store
    key = asset_key("story1", "pages/01.png")

    store.put(key, b"0123456789")
    store.put(key, b"abcdefghij")  # a re-run overwrites the same key

    assert store.get(key) == b"abcdefghij"
    assert store.get_range(key, 2, 5) == b"cde"
    assert store.size(key) == 10
    assert [(obj.key, obj.size) for obj in store.list(story_prefix("story1"))] == [(key, 10)]


def test_deleting_a_prefix_removes_only_that_story(runtime: Runtime) -> None:
    store = runtime.store
    for name in ("cover.png", "pages/01.png", "audio/01.mp3"):
        store.put(asset_key("a", name), b"x")
    store.put(asset_key("b", "cover.png"), b"y")

    deleted = store.delete_prefix(story_prefix("a"))

    assert deleted == 3
    assert list(store.list(story_prefix("a"))) == []
    assert store.exists(asset_key("b", "cover.png"))


def test_a_missing_asset_is_a_not_found_storage_error(runtime: Runtime) -> None:
    with pytest.raises(StorageError) as raised:
        runtime.store.get(asset_key("nobody", "cover.png"))

    assert raised.value.code == "NOT_FOUND"
    assert runtime.store.size(asset_key("nobody", "cover.png")) is None

"""Where a book's files live: a local folder by default, S3 when AWS_S3_BUCKET is set (obstore).

Every asset has a deterministic key (`asset_key`), so a unit run again after a crash overwrites the
same object: no duplicates, no orphans.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from obstore.store import LocalStore, MemoryStore, S3Store

from storyloom.config import StorageSettings
from storyloom.errors import StorageError

CONTENT_TYPES = {
    ".png": "image/png",
    ".mp3": "audio/mpeg",
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".svg": "image/svg+xml",
}


def story_prefix(story_id: str) -> str:
    return f"stories/{story_id}/"


def asset_key(story_id: str, name: str) -> str:
    """The key of one of a story's files: `stories/{id}/pages/03.png`, `stories/{id}/book-print.pdf`."""
    return f"{story_prefix(story_id)}{name}"


def screen_copy_name(name: str) -> str:
    """Where the screen copy of the picture `name` is kept: `pages/03.png` -> `screen/pages/03.jpg`
    (a 150 dpi JPEG of the same drawing, made with it, which the reader and the screen PDF use)."""
    return f"screen/{name.rsplit('.', 1)[0]}.jpg"


def page_name(index: int) -> str:
    """Pages are numbered from 1 and zero-padded: 01, 02, ... 32."""
    return f"{index:02d}"


@dataclass
class StoredObject:
    key: str
    size: int


class AssetStore:
    """A thin, typed face over an obstore store."""

    def __init__(self, store: Any, description: str) -> None:
        self._store = store
        self.description = description

    def put(self, key: str, data: bytes) -> None:
        try:
            self._store.put(key, data)
        except Exception as exc:  # obstore raises its own error types per backend
            raise StorageError(f"could not write {key} to {self.description}: {exc}") from exc

    def get(self, key: str) -> bytes:
        try:
            return bytes(self._store.get(key).bytes())
        except FileNotFoundError as exc:
            raise StorageError(f"{key} is missing from {self.description}", code="NOT_FOUND") from exc
        except Exception as exc:
            raise StorageError(f"could not read {key} from {self.description}: {exc}") from exc

    def get_range(self, key: str, start: int, end: int) -> bytes:
        """Bytes [start, end) of an object."""
        try:
            return bytes(self._store.get_range(key, start=start, end=end))
        except FileNotFoundError as exc:
            raise StorageError(f"{key} is missing from {self.description}", code="NOT_FOUND") from exc

    def size(self, key: str) -> int | None:
        try:
            return int(self._store.head(key)["size"])
        except FileNotFoundError:
            return None

    def exists(self, key: str) -> bool:
        return self.size(key) is not None

    def list(self, prefix: str) -> Iterator[StoredObject]:
        for batch in self._store.list(prefix):
            for meta in batch:
                yield StoredObject(key=meta["path"], size=int(meta["size"]))

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._store.delete(key)

    def delete_prefix(self, prefix: str) -> int:
        """Delete every object under `prefix`; returns how many were deleted."""
        keys = [obj.key for obj in self.list(prefix)]
        for key in keys:
            self.delete(key)
        return len(keys)


def open_store(settings: StorageSettings) -> AssetStore:
    """The store the settings choose: S3 when AWS_S3_BUCKET is set, else DATA_DIR/files."""
    if settings.aws_s3_bucket:
        options: dict[str, Any] = {"region": settings.aws_region}
        key_id = settings.aws_access_key_id.get_secret_value()
        secret = settings.aws_secret_access_key.get_secret_value()
        if key_id and secret:
            options["access_key_id"] = key_id
            options["secret_access_key"] = secret
        if settings.aws_endpoint_url:
            options["endpoint"] = settings.aws_endpoint_url
            options["allow_http"] = settings.aws_endpoint_url.startswith("http://")
            options["virtual_hosted_style_request"] = False
        return AssetStore(S3Store(settings.aws_s3_bucket, **options), f"s3://{settings.aws_s3_bucket}")
    folder = (settings.data_dir / "files").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return AssetStore(LocalStore(str(folder), mkdir=True), str(folder))


def memory_store() -> AssetStore:
    """An in-memory store, for tests."""
    return AssetStore(MemoryStore(), "memory")

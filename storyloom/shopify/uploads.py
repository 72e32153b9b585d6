"""Putting a file into Shopify: stagedUploadsCreate, the upload to the target it names, and, for
files, fileCreate polled until Shopify has processed it."""

from __future__ import annotations

import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from storyloom.config import ShopifySettings
from storyloom.errors import ShopifyError
from storyloom.shopify.admin import AdminClient, ShopifyUnavailableError, document
from storyloom.shopify.http import shared_http_client

POLL_DELAYS = (0.2, 0.5, 1.0, 2.0, 3.0, 5.0, 5.0, 10.0, 10.0, 15.0, 15.0, 30.0)


@dataclass(frozen=True)
class ShopifyFile:
    """A file in the shop's Files, processed and ready to link."""

    id: str
    url: str | None


def content_type_for(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def staged_upload(
    client: AdminClient, settings: ShopifySettings, *, filename: str, data: bytes, resource: str
) -> str:
    """Upload `data` to a staged target for `resource` (FILE, IMAGE, ...) and return its resourceUrl."""
    mime = content_type_for(filename)
    payload = client.mutate(
        "stagedUploadsCreate",
        document("staged_uploads_create"),
        {
            "input": [
                {
                    "filename": filename,
                    "mimeType": mime,
                    "resource": resource,
                    "httpMethod": "POST",
                    "fileSize": str(len(data)),
                }
            ]
        },
    )
    targets = payload.get("stagedTargets") or []
    if not targets:
        raise ShopifyError("stagedUploadsCreate returned no upload target")
    target = targets[0]
    fields = {p["name"]: p["value"] for p in target.get("parameters") or []}
    try:
        response = shared_http_client(settings).post(
            target["url"], data=fields, files={"file": (filename, data, mime)}
        )
    except httpx.HTTPError as exc:
        raise ShopifyUnavailableError(
            f"could not upload {filename} to Shopify: {type(exc).__name__}"
        ) from exc
    if response.status_code >= 500:
        raise ShopifyUnavailableError(f"the upload of {filename} failed with HTTP {response.status_code}")
    if response.status_code not in (200, 201, 204):
        raise ShopifyError(f"the upload of {filename} was refused with HTTP {response.status_code}")
    return str(target["resourceUrl"])


def create_file(client: AdminClient, *, source: str, filename: str, alt: str) -> str:
    """fileCreate for an uploaded (or public) source; returns the new file's id."""
    payload = client.mutate(
        "fileCreate",
        document("file_create"),
        {"files": [{"originalSource": source, "contentType": "FILE", "filename": filename, "alt": alt}]},
    )
    files = payload.get("files") or []
    if not files:
        raise ShopifyError("fileCreate returned no file")
    return str(files[0]["id"])


def wait_until_ready(
    client: AdminClient, file_id: str, *, sleep: Callable[[float], None] = time.sleep
) -> ShopifyFile:
    """Poll the file until it is READY; FAILED, or still processing after the last poll, raises."""
    for delay in (0.0, *POLL_DELAYS):
        if delay:
            sleep(delay)
        node = client.execute(document("file_status"), {"id": file_id}).get("node")
        if node is None:
            raise ShopifyError(f"Shopify lost the file {file_id}")
        status = node.get("fileStatus")
        if status == "READY":
            return ShopifyFile(id=file_id, url=node.get("url"))
        if status == "FAILED":
            reasons = (
                "; ".join(e.get("message", "") for e in node.get("fileErrors") or []) or "no reason given"
            )
            raise ShopifyError(
                f"Shopify could not process the file {file_id}: {reasons}", code="SHOPIFY_FILE_FAILED"
            )
    raise ShopifyUnavailableError(f"Shopify is still processing the file {file_id}")

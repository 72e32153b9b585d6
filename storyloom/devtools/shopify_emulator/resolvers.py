"""The root fields the emulator runs, with Shopify's behaviour and userErrors for what Storyloom sends:
products and their variants (products.py), staged uploads and files, metafields, customers and nodes."""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import urlparse

from storyloom.devtools.shopify_emulator.base import TIMESTAMP, Info, user_error
from storyloom.devtools.shopify_emulator.fulfillments import FulfillmentResolvers
from storyloom.devtools.shopify_emulator.products import ProductResolvers
from storyloom.devtools.shopify_emulator.state import StoredFile, gid

METAFIELD_TYPES = {
    "single_line_text_field",
    "multi_line_text_field",
    "json",
    "url",
    "number_integer",
    "boolean",
    "file_reference",
    "product_reference",
    "list.single_line_text_field",
}


class Resolvers(ProductResolvers, FulfillmentResolvers):
    """Root value for one request to one shop: graphql-core calls the method named by each root field."""

    def _file(self, stored: StoredFile) -> dict[str, Any]:
        return {
            "__typename": "GenericFile",
            "id": stored.id,
            "alt": stored.alt,
            "fileStatus": stored.status,
            "url": stored.url if stored.status == "READY" else None,
            "fileErrors": stored.errors,
            "createdAt": TIMESTAMP,
            "updatedAt": TIMESTAMP,
        }

    def customer(self, info: Info, id: str) -> dict[str, Any] | None:
        found = self.shop.customers.get(id)
        if found is None:
            return None
        return {"__typename": "Customer", **found, "metafield": self._metafield_getter(id)}

    def node(self, info: Info, id: str) -> dict[str, Any] | None:
        if id in self.shop.files:
            stored = self.shop.files[id]
            self._advance(stored)
            return self._file(stored)
        if id in self.shop.products:
            return self._product(self.shop.products[id])
        return None

    def _advance(self, stored: StoredFile) -> None:
        """Files are processed asynchronously: UPLOADED, then PROCESSING, then READY (or FAILED)."""
        stored.polls += 1
        if stored.status == "UPLOADED":
            stored.status = "PROCESSING"
        elif stored.status == "PROCESSING":
            key = self._upload_key(stored.source)
            if key is None or key not in self.state.uploads:
                stored.status = "FAILED"
                stored.errors = [
                    {
                        "code": "GENERIC_FILE_DOWNLOAD_FAILURE",
                        "details": None,
                        "message": "File could not be fetched",
                    }
                ]
            else:
                stored.status = "READY"
                stored.url = f"{self.base_url}/cdn/files/{key}"

    def _upload_key(self, source: str) -> str | None:
        prefix = f"{self.base_url}/staged-uploads/"
        return source[len(prefix) :] if source.startswith(prefix) else None

    def stagedUploadsCreate(self, info: Info, input: list[dict[str, Any]]) -> dict[str, Any]:
        targets, errors = [], []
        for index, item in enumerate(input):
            filename = (item.get("filename") or "").strip()
            if not filename or "/" in filename:
                errors.append(user_error(["input", str(index), "filename"], "Filename is invalid"))
                continue
            if item.get("resource") in ("VIDEO", "MODEL_3D") and not item.get("fileSize"):
                errors.append(user_error(["input", str(index), "fileSize"], "File size is required"))
                continue
            key = f"tmp/{self.shop.domain}/{uuid.uuid4().hex}/{filename}"
            targets.append(
                {
                    "url": f"{self.base_url}/staged-uploads",
                    "resourceUrl": f"{self.base_url}/staged-uploads/{key}",
                    "parameters": [
                        {"name": "Content-Type", "value": item.get("mimeType") or "application/octet-stream"},
                        {"name": "success_action_status", "value": "201"},
                        {"name": "key", "value": key},
                    ],
                }
            )
        if errors:
            return {"stagedTargets": None, "userErrors": errors}
        return {"stagedTargets": targets, "userErrors": []}

    def fileCreate(self, info: Info, files: list[dict[str, Any]]) -> dict[str, Any]:
        created, errors = [], []
        for index, item in enumerate(files):
            source = item.get("originalSource") or ""
            if urlparse(source).scheme not in ("http", "https"):
                errors.append(
                    user_error(["files", str(index), "originalSource"], "Source is invalid", "INVALID")
                )
                continue
            filename = item.get("filename") or source.rsplit("/", 1)[-1]
            if "." not in filename:
                errors.append(
                    user_error(
                        ["files", str(index), "filename"],
                        "Filename needs an extension",
                        "INVALID_FILENAME_EXTENSION",
                    )
                )
                continue
            content_type = item.get("contentType") or "FILE"
            stored = StoredFile(
                id=gid("GenericFile", self.state.next_number()),
                source=source,
                filename=filename,
                alt=item.get("alt") or "",
                content_type=content_type,
            )
            created.append(stored)
        if errors:
            return {"files": None, "userErrors": errors}
        with self.state.lock:
            for stored in created:
                self.shop.files[stored.id] = stored
        return {"files": [self._file(f) for f in created], "userErrors": []}

    def metafieldsSet(self, info: Info, metafields: list[dict[str, Any]]) -> dict[str, Any]:
        errors = []
        if len(metafields) > 25:
            errors.append(
                user_error(
                    ["metafields"],
                    "Exceeded the maximum metafields input limit of 25.",
                    "LESS_THAN_OR_EQUAL_TO",
                )
            )
        for index, item in enumerate(metafields):
            problem = self._metafield_problem(item)
            if problem is not None:
                field, message, code = problem
                errors.append(
                    user_error(["metafields", str(index), field], message, code, elementIndex=index)
                )
        if errors:
            return {"metafields": None, "userErrors": errors}
        with self.state.lock:
            stored = [self._store_metafield(item["ownerId"], item) for item in metafields]
        return {"metafields": [self._metafield(m) for m in stored], "userErrors": []}

    def _metafield_problem(self, item: dict[str, Any]) -> tuple[str, str, str] | None:
        if not self.shop.owner_exists(item["ownerId"]):
            return "ownerId", "Owner does not exist.", "INVALID_VALUE"
        key = (item["ownerId"], self._namespace(item.get("namespace")), item["key"])
        existing = self.shop.metafields.get(key)
        kind = item.get("type") or (existing.type if existing else None)
        if kind not in METAFIELD_TYPES:
            return "type", f"Type '{kind}' is not a valid metafield type.", "INVALID_TYPE"
        digest = item.get("compareDigest")
        if digest is not None and (existing is None or existing.compare_digest != digest):
            return "compareDigest", "The resource has been updated since it was loaded.", "STALE_OBJECT"
        return _value_problem(kind, item["value"])


def _value_problem(kind: str, value: str) -> tuple[str, str, str] | None:
    if kind == "single_line_text_field" and "\n" in value:
        return "value", "Value must be a single line.", "INVALID_VALUE"
    if kind == "url" and urlparse(value).scheme not in ("http", "https"):
        return "value", "Value must be an http or https URL.", "INVALID_VALUE"
    if kind == "file_reference" and not value.startswith("gid://shopify/"):
        return "value", "Value must be a file reference.", "INVALID_VALUE"
    if kind in ("json", "list.single_line_text_field"):
        try:
            parsed = json.loads(value)
        except ValueError:
            return "value", "Value is invalid JSON.", "INVALID_VALUE"
        if kind.startswith("list.") and not (
            isinstance(parsed, list) and all(isinstance(v, str) for v in parsed)
        ):
            return "value", "Value must be a list of strings.", "INVALID_VALUE"
    return None

"""The root fields the emulator runs, with Shopify's behaviour and userErrors for what Storyloom sends:
products and their variants, staged uploads and files, metafields, customers and nodes."""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlparse

from graphql import GraphQLResolveInfo

from storyloom.devtools.shopify_emulator.state import (
    EmulatorState,
    Metafield,
    Product,
    ShopState,
    StoredFile,
    Variant,
    gid,
)

HANDLE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
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
TIMESTAMP = "2025-04-01T00:00:00Z"


def _error(field: list[str] | None, message: str, code: str | None = None, **extra: Any) -> dict[str, Any]:
    error: dict[str, Any] = {"field": field, "message": message, **extra}
    if code is not None:
        error["code"] = code
    return error


class Resolvers:
    """Root value for one request to one shop: graphql-core calls the method named by each root field."""

    def __init__(self, state: EmulatorState, shop: ShopState, base_url: str) -> None:
        self.state = state
        self.shop = shop
        self.base_url = base_url.rstrip("/")

    # shaping
    def _product(self, product: Product) -> dict[str, Any]:
        def variants(info: GraphQLResolveInfo, first: int | None = None, **_: Any) -> dict[str, Any]:
            nodes = [self._variant(self.shop.variants[v]) for v in product.variant_ids][: first or 250]
            return {"nodes": nodes, "edges": [{"node": n, "cursor": n["id"]} for n in nodes]}

        return {
            "__typename": "Product",
            "id": product.id,
            "handle": product.handle,
            "title": product.title,
            "status": product.status,
            "descriptionHtml": product.description_html,
            "onlineStoreUrl": f"https://{self.shop.domain}/products/{product.handle}",
            "tags": product.tags,
            "variants": variants,
            "metafield": self._metafield_getter(product.id),
            "createdAt": TIMESTAMP,
            "updatedAt": TIMESTAMP,
        }

    def _variant(self, variant: Variant) -> dict[str, Any]:
        return {
            "__typename": "ProductVariant",
            "id": variant.id,
            "price": variant.price,
            "taxable": variant.taxable,
            "inventoryPolicy": variant.inventory_policy,
            "inventoryItem": {"requiresShipping": variant.requires_shipping, "tracked": variant.tracked},
        }

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

    def _metafield(self, metafield: Metafield) -> dict[str, Any]:
        return {
            "id": metafield.id,
            "namespace": metafield.namespace,
            "key": metafield.key,
            "type": metafield.type,
            "value": metafield.value,
            "compareDigest": metafield.compare_digest,
            "createdAt": TIMESTAMP,
            "updatedAt": TIMESTAMP,
        }

    def _metafield_getter(self, owner_id: str) -> Any:
        def metafield(
            info: GraphQLResolveInfo, key: str, namespace: str | None = None
        ) -> dict[str, Any] | None:
            found = self.shop.metafields.get((owner_id, self._namespace(namespace), key))
            return self._metafield(found) if found else None

        return metafield

    def _namespace(self, namespace: str | None) -> str:
        if not namespace or namespace == "$app":
            return self.state.app_namespace
        return namespace.replace("$app:", f"{self.state.app_namespace}--")

    # queries
    def product(self, info: GraphQLResolveInfo, id: str) -> dict[str, Any] | None:
        found = self.shop.products.get(id)
        return self._product(found) if found else None

    def productByIdentifier(
        self, info: GraphQLResolveInfo, identifier: dict[str, Any]
    ) -> dict[str, Any] | None:
        if identifier.get("id"):
            return self.product(info, identifier["id"])
        handle = identifier.get("handle")
        for product in self.shop.products.values():
            if handle and product.handle == handle:
                return self._product(product)
        return None

    def customer(self, info: GraphQLResolveInfo, id: str) -> dict[str, Any] | None:
        found = self.shop.customers.get(id)
        if found is None:
            return None
        return {"__typename": "Customer", **found, "metafield": self._metafield_getter(id)}

    def node(self, info: GraphQLResolveInfo, id: str) -> dict[str, Any] | None:
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

    # mutations
    def productCreate(
        self,
        info: GraphQLResolveInfo,
        product: dict[str, Any] | None = None,
        media: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        product = product or {}
        title = (product.get("title") or "").strip()
        if not title:
            return {"product": None, "userErrors": [_error(["title"], "Title can't be blank")]}
        handle = product.get("handle") or re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        if not HANDLE.fullmatch(handle):
            return {"product": None, "userErrors": [_error(["handle"], "Handle is invalid")]}
        if any(p.handle == handle for p in self.shop.products.values()):
            message = f"Handle '{handle}' already in use. Please provide a new handle."
            return {"product": None, "userErrors": [_error(["handle"], message)]}
        media_errors = self._check_media(media)
        if media_errors:
            return {"product": None, "userErrors": media_errors}
        with self.state.lock:
            created = Product(
                id=gid("Product", self.state.next_number()),
                handle=handle,
                title=title,
                description_html=product.get("descriptionHtml") or "",
                status=product.get("status") or "ACTIVE",
                product_type=product.get("productType") or "",
                vendor=product.get("vendor") or "",
                tags=list(product.get("tags") or []),
                media=[dict(m) for m in media or []],
            )
            variant = Variant(id=gid("ProductVariant", self.state.next_number()), product_id=created.id)
            created.variant_ids.append(variant.id)
            self.shop.products[created.id] = created
            self.shop.variants[variant.id] = variant
            for metafield in product.get("metafields") or []:
                self._store_metafield(created.id, metafield)
        return {"product": self._product(created), "userErrors": []}

    def _check_media(self, media: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        errors = []
        for index, item in enumerate(media or []):
            if urlparse(item.get("originalSource", "")).scheme not in ("http", "https"):
                errors.append(_error(["media", str(index), "originalSource"], "Image URL is invalid"))
        return errors

    def productUpdate(
        self,
        info: GraphQLResolveInfo,
        product: dict[str, Any] | None = None,
        media: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        product = product or {}
        found = self.shop.products.get(product.get("id") or "")
        if found is None:
            return {"product": None, "userErrors": [_error(["id"], "Product does not exist")]}
        if "title" in product and not (product["title"] or "").strip():
            return {"product": None, "userErrors": [_error(["title"], "Title can't be blank")]}
        media_errors = self._check_media(media)
        if media_errors:
            return {"product": None, "userErrors": media_errors}
        with self.state.lock:
            if product.get("title"):
                found.title = product["title"].strip()
            if "descriptionHtml" in product:
                found.description_html = product["descriptionHtml"] or ""
            if product.get("status"):
                found.status = product["status"]
            if "tags" in product:
                found.tags = list(product["tags"] or [])
            found.media.extend(dict(m) for m in media or [])
            for metafield in product.get("metafields") or []:
                self._store_metafield(found.id, metafield)
        return {"product": self._product(found), "userErrors": []}

    def productVariantsBulkUpdate(
        self, info: GraphQLResolveInfo, productId: str, variants: list[dict[str, Any]], **_: Any
    ) -> dict[str, Any]:
        product = self.shop.products.get(productId)
        if product is None:
            error = _error(["productId"], "Product does not exist", "PRODUCT_DOES_NOT_EXIST")
            return {"product": None, "productVariants": None, "userErrors": [error]}
        errors = []
        for index, change in enumerate(variants):
            variant = self.shop.variants.get(change.get("id") or "")
            if variant is None or variant.product_id != productId:
                errors.append(
                    _error(
                        ["variants", str(index), "id"],
                        "Product variant does not exist",
                        "PRODUCT_VARIANT_DOES_NOT_EXIST",
                    )
                )
                continue
            if change.get("price") is not None:
                try:
                    price = Decimal(str(change["price"]))
                except InvalidOperation:
                    errors.append(
                        _error(["variants", str(index), "price"], "Price is invalid", "INVALID_INPUT")
                    )
                    continue
                if price < 0:
                    errors.append(
                        _error(
                            ["variants", str(index), "price"],
                            "Price must be positive",
                            "NEGATIVE_PRICE_VALUE",
                        )
                    )
        if errors:
            return {"product": None, "productVariants": None, "userErrors": errors}
        updated = []
        with self.state.lock:
            for change in variants:
                variant = self.shop.variants[change["id"]]
                if change.get("price") is not None:
                    variant.price = f"{Decimal(str(change['price'])):.2f}"
                if change.get("taxable") is not None:
                    variant.taxable = bool(change["taxable"])
                if change.get("inventoryPolicy"):
                    variant.inventory_policy = change["inventoryPolicy"]
                item = change.get("inventoryItem") or {}
                if item.get("requiresShipping") is not None:
                    variant.requires_shipping = bool(item["requiresShipping"])
                if item.get("tracked") is not None:
                    variant.tracked = bool(item["tracked"])
                updated.append(self._variant(variant))
        return {"product": self._product(product), "productVariants": updated, "userErrors": []}

    def stagedUploadsCreate(self, info: GraphQLResolveInfo, input: list[dict[str, Any]]) -> dict[str, Any]:
        targets, errors = [], []
        for index, item in enumerate(input):
            filename = (item.get("filename") or "").strip()
            if not filename or "/" in filename:
                errors.append(_error(["input", str(index), "filename"], "Filename is invalid"))
                continue
            if item.get("resource") in ("VIDEO", "MODEL_3D") and not item.get("fileSize"):
                errors.append(_error(["input", str(index), "fileSize"], "File size is required"))
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

    def fileCreate(self, info: GraphQLResolveInfo, files: list[dict[str, Any]]) -> dict[str, Any]:
        created, errors = [], []
        for index, item in enumerate(files):
            source = item.get("originalSource") or ""
            if urlparse(source).scheme not in ("http", "https"):
                errors.append(_error(["files", str(index), "originalSource"], "Source is invalid", "INVALID"))
                continue
            filename = item.get("filename") or source.rsplit("/", 1)[-1]
            if "." not in filename:
                errors.append(
                    _error(
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

    def metafieldsSet(self, info: GraphQLResolveInfo, metafields: list[dict[str, Any]]) -> dict[str, Any]:
        errors = []
        if len(metafields) > 25:
            errors.append(
                _error(
                    ["metafields"],
                    "Exceeded the maximum metafields input limit of 25.",
                    "LESS_THAN_OR_EQUAL_TO",
                )
            )
        for index, item in enumerate(metafields):
            problem = self._metafield_problem(item)
            if problem is not None:
                field, message, code = problem
                errors.append(_error(["metafields", str(index), field], message, code, elementIndex=index))
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

    def _store_metafield(self, owner_id: str, item: dict[str, Any]) -> Metafield:
        namespace = self._namespace(item.get("namespace"))
        key = (owner_id, namespace, item["key"])
        existing = self.shop.metafields.get(key)
        metafield = Metafield(
            id=existing.id if existing else gid("Metafield", self.state.next_number()),
            owner_id=owner_id,
            namespace=namespace,
            key=item["key"],
            type=item.get("type") or (existing.type if existing else "single_line_text_field"),
            value=item["value"],
        )
        self.shop.metafields[key] = metafield
        return metafield


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

"""Products and their variants, as productCreate, productUpdate, productVariantsBulkUpdate, product
and productByIdentifier behave for what Storyloom sends."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlparse

from storyloom.devtools.shopify_emulator.base import TIMESTAMP, Info, ResolverBase, user_error
from storyloom.devtools.shopify_emulator.state import Product, Variant, gid

HANDLE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ProductResolvers(ResolverBase):
    """The product root fields."""

    # shaping
    def _product(self, product: Product) -> dict[str, Any]:
        def variants(info: Info, first: int | None = None, **_: Any) -> dict[str, Any]:
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
            "selectedOptions": [
                {"name": self.shop.products[variant.product_id].option_name, "value": variant.option_value}
            ]
            if variant.product_id in self.shop.products
            else [],
        }

    # queries
    def product(self, info: Info, id: str) -> dict[str, Any] | None:
        found = self.shop.products.get(id)
        return self._product(found) if found else None

    def productByIdentifier(self, info: Info, identifier: dict[str, Any]) -> dict[str, Any] | None:
        if identifier.get("id"):
            return self.product(info, identifier["id"])
        handle = identifier.get("handle")
        for product in self.shop.products.values():
            if handle and product.handle == handle:
                return self._product(product)
        return None

    # mutations
    def productCreate(
        self,
        info: Info,
        product: dict[str, Any] | None = None,
        media: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        product = product or {}
        title = (product.get("title") or "").strip()
        if not title:
            return {"product": None, "userErrors": [user_error(["title"], "Title can't be blank")]}
        handle = product.get("handle") or re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        if not HANDLE.fullmatch(handle):
            return {"product": None, "userErrors": [user_error(["handle"], "Handle is invalid")]}
        if any(p.handle == handle for p in self.shop.products.values()):
            message = f"Handle '{handle}' already in use. Please provide a new handle."
            return {"product": None, "userErrors": [user_error(["handle"], message)]}
        media_errors = self._check_media(media)
        if media_errors:
            return {"product": None, "userErrors": media_errors}
        options = product.get("productOptions") or []
        if len(options) > 1 or any(not o.get("name") or not o.get("values") for o in options):
            message = "Storyloom's emulator takes one option with at least one value"
            return {"product": None, "userErrors": [user_error(["productOptions"], message)]}
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
            if options:
                created.option_name = options[0]["name"]
                variant.option_value = options[0]["values"][0]["name"]
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
                errors.append(user_error(["media", str(index), "originalSource"], "Image URL is invalid"))
        return errors

    def productUpdate(
        self,
        info: Info,
        product: dict[str, Any] | None = None,
        media: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        product = product or {}
        found = self.shop.products.get(product.get("id") or "")
        if found is None:
            return {"product": None, "userErrors": [user_error(["id"], "Product does not exist")]}
        if "title" in product and not (product["title"] or "").strip():
            return {"product": None, "userErrors": [user_error(["title"], "Title can't be blank")]}
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
        self, info: Info, productId: str, variants: list[dict[str, Any]], **_: Any
    ) -> dict[str, Any]:
        product = self.shop.products.get(productId)
        if product is None:
            error = user_error(["productId"], "Product does not exist", "PRODUCT_DOES_NOT_EXIST")
            return {"product": None, "productVariants": None, "userErrors": [error]}
        errors = []
        for index, change in enumerate(variants):
            variant = self.shop.variants.get(change.get("id") or "")
            if variant is None or variant.product_id != productId:
                errors.append(
                    user_error(
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
                        user_error(["variants", str(index), "price"], "Price is invalid", "INVALID_INPUT")
                    )
                    continue
                if price < 0:
                    errors.append(
                        user_error(
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

    def productVariantsBulkCreate(
        self,
        info: Info,
        productId: str,
        variants: list[dict[str, Any]],
        strategy: str = "DEFAULT",
        **_: Any,
    ) -> dict[str, Any]:
        """New variants, each named by its option value; Shopify refuses an unknown option name and a
        value another variant already has."""
        product = self.shop.products.get(productId)
        if product is None:
            error = user_error(["productId"], "Product does not exist", "PRODUCT_DOES_NOT_EXIST")
            return {"product": None, "productVariants": None, "userErrors": [error]}
        taken = {self.shop.variants[v].option_value for v in product.variant_ids}
        errors = []
        for index, item in enumerate(variants):
            values = item.get("optionValues") or []
            if len(values) != 1 or values[0].get("optionName") != product.option_name:
                errors.append(
                    user_error(
                        ["variants", str(index), "optionValues"],
                        f"Option does not exist: give one value of {product.option_name!r}",
                        "OPTION_VALUES_FOR_NUMBER_OF_UNKNOWN_OPTIONS",
                    )
                )
            elif values[0].get("name") in taken:
                errors.append(
                    user_error(
                        ["variants", str(index)],
                        f"The variant '{values[0].get('name')}' already exists.",
                        "VARIANT_ALREADY_EXISTS",
                    )
                )
            else:
                taken.add(values[0].get("name"))
        if errors:
            return {"product": None, "productVariants": None, "userErrors": errors}
        created = []
        with self.state.lock:
            for item in variants:
                shipping = (item.get("inventoryItem") or {}).get("requiresShipping")
                variant = Variant(
                    id=gid("ProductVariant", self.state.next_number()),
                    product_id=productId,
                    price=f"{Decimal(str(item.get('price') or '0')):.2f}",
                    taxable=bool(item.get("taxable", True)),
                    inventory_policy=item.get("inventoryPolicy") or "DENY",
                    requires_shipping=True if shipping is None else bool(shipping),
                    tracked=bool((item.get("inventoryItem") or {}).get("tracked", False)),
                    option_value=item["optionValues"][0]["name"],
                )
                self.shop.variants[variant.id] = variant
                product.variant_ids.append(variant.id)
                created.append(self._variant(variant))
        return {"product": self._product(product), "productVariants": created, "userErrors": []}

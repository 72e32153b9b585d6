"""ShopifyIntegrationService: a finished book becomes a product with a digital variant, its PDF a
file in the shop, and the customer who made it is linked to it. Every step looks for what an
earlier, interrupted run made before making anything, so `publish` may run any number of times."""

from __future__ import annotations

import html
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from storyloom.db.models import Shop, Story, StoryStatus, utcnow
from storyloom.db.stories import find_story, get_story
from storyloom.errors import ConflictError, InvalidInputError, NotFoundError, ShopifyError
from storyloom.runtime import Runtime
from storyloom.shopify.admin import AdminClient, ShopifyUserError, document
from storyloom.shopify.print_settings import DIGITAL_EDITION, EDITION_OPTION, EDITIONS, print_settings
from storyloom.shopify.shop_settings import shop_preferences
from storyloom.shopify.tokens import ShopNotInstalledError, access_token_for
from storyloom.shopify.uploads import create_file, staged_upload, wait_until_ready

APP_NAMESPACE = "$app"
PRODUCT_FIELDS = {"title": "title", "description": "descriptionHtml", "status": "status", "tags": "tags"}
PUBLISHABLE = (StoryStatus.COMPLETE, StoryStatus.PUBLISHED)
log = logging.getLogger(__name__)


def product_handle(story_id: str) -> str:
    """The product handle of a story's book: fixed, so a repeated run finds the product it made."""
    return f"storyloom-{story_id}"


def edition_of(variant: dict[str, Any]) -> str:
    """The value of a variant's "Edition" option ("" when it has none)."""
    for option in variant.get("selectedOptions") or []:
        if option.get("name") == EDITION_OPTION:
            return str(option.get("value") or "")
    return ""


def digital_variant(product: dict[str, Any]) -> dict[str, Any]:
    """The product's digital variant: Edition "Digital", or its first variant when it has no editions."""
    variants = (product.get("variants") or {}).get("nodes") or []
    return next((v for v in variants if edition_of(v) == DIGITAL_EDITION), variants[0])


def customer_gid(customer_id: str) -> str:
    """`gid://shopify/Customer/{id}` from a numeric id or a gid."""
    value = str(customer_id).strip()
    if value.startswith("gid://shopify/Customer/"):
        return value
    if not value.isdigit():
        raise InvalidInputError(f"{customer_id!r} is not a Shopify customer id", field="customer_id")
    return f"gid://shopify/Customer/{value}"


class ShopifyIntegrationService:
    """Publishes stories to the shop they belong to through the Admin GraphQL API."""

    def __init__(self, runtime: Runtime, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.runtime = runtime
        self.settings = runtime.settings.shopify
        self._sleep = sleep

    # plumbing
    def client(self, shop_domain: str) -> AdminClient:
        """An Admin client for `shop_domain` that refreshes the shop's token when it must."""
        return AdminClient(
            self.settings, shop_domain, lambda: access_token_for(self.runtime, shop_domain), sleep=self._sleep
        )

    def _story(self, story_id: str) -> Story:
        with self.runtime.session() as session:
            return get_story(session, story_id)

    def _shop_of(self, story: Story) -> str:
        if story.shop_domain:
            return story.shop_domain
        with self.runtime.session() as session:
            domains = session.scalars(
                select(Shop.domain).where(Shop.uninstalled_at.is_(None), Shop.access_token.is_not(None))
            ).all()
        if len(domains) != 1:
            raise ShopNotInstalledError(
                f"story {story.id} names no shop and {len(domains)} shops are installed"
            )
        return domains[0]

    def _remember(self, story_id: str, **values: Any) -> None:
        """Merge `values` into the story's Shopify record (`extras["shopify"]`)."""
        with self.runtime.session() as session:
            story = get_story(session, story_id)
            extras = dict(story.extras or {})
            extras["shopify"] = {**extras.get("shopify", {}), **values}
            story.extras = extras

    # the original interface
    def find_product(self, story: Story) -> dict[str, Any] | None:
        """The story's product if it exists: by the stored product id, then by its fixed handle."""
        client = self.client(self._shop_of(story))
        if story.shopify_product_id:
            found: dict[str, Any] | None = client.execute(
                document("product_by_id"), {"id": story.shopify_product_id}
            ).get("product")
            if found:
                return found
        data = client.execute(
            document("product_by_handle"), {"identifier": {"handle": product_handle(story.id)}}
        )
        by_handle: dict[str, Any] | None = data.get("productByIdentifier")
        return by_handle

    def create_product(self, story: Story) -> dict[str, Any]:
        """productCreate with the cover as media, then make its variant a priced, non-shipping download.

        Returns the product (id, handle, title, status, variants) and stores its id on the story.
        """
        shop = self._shop_of(story)
        client = self.client(shop)
        media = []
        if story.cover_image and self.runtime.store.exists(story.cover_image):
            source = staged_upload(
                client,
                self.settings,
                filename=f"{product_handle(story.id)}-cover.png",
                data=self.runtime.store.get(story.cover_image),
                resource="IMAGE",
            )
            media.append(
                {"originalSource": source, "mediaContentType": "IMAGE", "alt": story.title or "Book cover"}
            )
        product_input = {
            "title": story.title or "A personalised picture book",
            "handle": product_handle(story.id),
            "descriptionHtml": f"<p>{html.escape(story.description or '')}</p>",
            "productType": "Personalised book",
            "vendor": "Storyloom",
            "status": "ACTIVE",
            "tags": ["storyloom", story.genre, f"ages {story.age_group}"],
            "productOptions": [{"name": EDITION_OPTION, "values": [{"name": DIGITAL_EDITION}]}],
            "metafields": [
                {
                    "namespace": APP_NAMESPACE,
                    "key": "story_id",
                    "type": "single_line_text_field",
                    "value": story.id,
                }
            ],
        }
        payload = client.mutate(
            "productCreate", document("product_create"), {"product": product_input, "media": media or None}
        )
        product: dict[str, Any] = payload["product"]
        with self.runtime.session() as session:
            stored = find_story(session, story.id)
            if stored is not None:
                stored.shopify_product_id = product["id"]
                stored.shop_domain = stored.shop_domain or shop
        story.shopify_product_id = product["id"]
        self._make_digital(client, product)
        return product

    def _make_digital(self, client: AdminClient, product: dict[str, Any]) -> None:
        variants = (product.get("variants") or {}).get("nodes") or []
        if not variants:
            raise ShopifyError(f"product {product['id']} has no variant to price")
        variants = [digital_variant(product)]
        client.mutate(
            "productVariantsBulkUpdate",
            document("product_variants_bulk_update"),
            {
                "productId": product["id"],
                "variants": [
                    {
                        "id": variants[0]["id"],
                        "price": shop_preferences(self.runtime, client.shop_domain).product_price,
                        "taxable": True,
                        "inventoryPolicy": "CONTINUE",
                        "inventoryItem": {"requiresShipping": False, "tracked": False},
                    }
                ],
            },
        )

    def _make_printed(self, client: AdminClient, product: dict[str, Any]) -> dict[str, str]:
        """A variant per printed edition the shop sells (Edition: Hardcover, Paperback), priced, shipping;
        an edition's variant that exists gets the shop's price. Returns {variant id: format key} of every
        printed variant the product has (one the shop stopped selling may still be bought meanwhile)."""
        editions = print_settings(self.runtime, client.shop_domain).editions()
        existing = {edition_of(v): v for v in (product.get("variants") or {}).get("nodes") or []}

        def printed() -> dict[str, str]:
            return {
                existing[edition.edition]["id"]: key
                for key, edition in EDITIONS.items()
                if edition.edition in existing
            }

        if not editions:
            return printed()
        if DIGITAL_EDITION not in existing:
            # A product made before printed editions has Shopify's default "Title" option, not "Edition".
            log.warning(
                "product %s has no %s option; its printed variants are not made",
                product["id"],
                EDITION_OPTION,
            )
            return {}
        missing = [(edition, price) for edition, price in editions if edition.edition not in existing]
        repriced = [
            {"id": existing[edition.edition]["id"], "price": price}
            for edition, price in editions
            if edition.edition in existing and existing[edition.edition].get("price") != price
        ]
        if missing:
            created = client.mutate(
                "productVariantsBulkCreate",
                document("product_variants_bulk_create"),
                {
                    "productId": product["id"],
                    "variants": [
                        {
                            "optionValues": [{"optionName": EDITION_OPTION, "name": edition.edition}],
                            "price": price,
                            "taxable": True,
                            "inventoryPolicy": "CONTINUE",
                            "inventoryItem": {"requiresShipping": True, "tracked": False},
                        }
                        for edition, price in missing
                    ],
                },
            )
            for variant in created.get("productVariants") or []:
                existing[edition_of(variant)] = variant
        if repriced:
            client.mutate(
                "productVariantsBulkUpdate",
                document("product_variants_bulk_update"),
                {"productId": product["id"], "variants": repriced},
            )
        return printed()

    def update_product(self, story_id: str, updates: dict[str, Any]) -> dict[str, Any]:
        """Change the story's product: `title`, `description`, `status`, `tags` and `price` may be given."""
        unknown = sorted(set(updates) - set(PRODUCT_FIELDS) - {"price"})
        if unknown:
            raise InvalidInputError(f"cannot update {', '.join(unknown)} on a product", field=unknown[0])
        story = self._story(story_id)
        product = self.find_product(story)
        if product is None:
            raise NotFoundError(f"story {story_id} has no Shopify product yet")
        client = self.client(self._shop_of(story))
        changes: dict[str, Any] = {"id": product["id"]}
        for name, value in updates.items():
            if name == "description":
                changes["descriptionHtml"] = f"<p>{html.escape(str(value))}</p>"
            elif name in PRODUCT_FIELDS:
                changes[PRODUCT_FIELDS[name]] = value
        if len(changes) > 1:
            product = client.mutate("productUpdate", document("product_update"), {"product": changes})[
                "product"
            ]
        if "price" in updates:
            variant = digital_variant(product)
            client.mutate(
                "productVariantsBulkUpdate",
                document("product_variants_bulk_update"),
                {
                    "productId": product["id"],
                    "variants": [{"id": variant["id"], "price": str(updates["price"])}],
                },
            )
            product = self.find_product(story) or product
        return product

    def create_digital_asset(self, story_id: str, asset_url: str) -> dict[str, Any]:
        """Put the book's file (a storage key, or a public URL) in the shop's Files, wait until READY,
        and reference it from the product (`$app.book_file`). Returns `{"id", "url"}`."""
        story = self._story(story_id)
        record = (story.extras or {}).get("shopify", {})
        if record.get("file_source") == asset_url and record.get("file_id"):
            return {"id": record["file_id"], "url": record.get("file_url")}
        client = self.client(self._shop_of(story))
        filename = f"{product_handle(story.id)}.{asset_url.rsplit('.', 1)[-1] if '.' in asset_url else 'pdf'}"
        if asset_url.startswith(("https://", "http://")):
            source = asset_url
        else:
            source = staged_upload(
                client,
                self.settings,
                filename=filename,
                data=self.runtime.store.get(asset_url),
                resource="FILE",
            )
        file_id = create_file(client, source=source, filename=filename, alt=story.title or "Book")
        ready = wait_until_ready(client, file_id, sleep=self._sleep)
        self._remember(story_id, file_id=ready.id, file_url=ready.url, file_source=asset_url)
        if story.shopify_product_id:
            self.set_metafields(
                client,
                [
                    {
                        "ownerId": story.shopify_product_id,
                        "namespace": APP_NAMESPACE,
                        "key": "book_file",
                        "type": "file_reference",
                        "value": ready.id,
                    }
                ],
            )
        return {"id": ready.id, "url": ready.url}

    def link_customer_to_story(self, customer_id: str, story_id: str) -> list[str]:
        """Add the story to the customer's `$app.stories` list (metafieldsSet with compareDigest, so two
        links at once both land) and record the customer on the story. Returns the customer's story ids."""
        owner = customer_gid(customer_id)
        story = self._story(story_id)
        client = self.client(self._shop_of(story))
        for _ in range(5):
            customer = client.execute(document("customer_stories"), {"id": owner}).get("customer")
            if customer is None:
                raise NotFoundError(f"Shopify has no customer {customer_id}")
            current = customer.get("metafield")
            stories = json.loads(current["value"]) if current else []
            if story_id not in stories:
                stories.append(story_id)
            metafield: dict[str, Any] = {
                "ownerId": owner,
                "namespace": APP_NAMESPACE,
                "key": "stories",
                "type": "list.single_line_text_field",
                "value": json.dumps(stories),
            }
            if current:
                metafield["compareDigest"] = current["compareDigest"]
            try:
                self.set_metafields(client, [metafield])
            except ShopifyUserError as error:
                if any(e.get("code") == "STALE_OBJECT" for e in error.errors):
                    continue
                raise
            break
        else:
            raise ConflictError(f"the stories of customer {customer_id} kept changing; try again")
        with self.runtime.session() as session:
            stored = find_story(session, story_id)
            if stored is not None:
                stored.shopify_customer_id = owner.rsplit("/", 1)[-1]
        return stories

    def set_metafields(self, client: AdminClient, metafields: list[dict[str, Any]]) -> list[dict[str, Any]]:
        payload = client.mutate("metafieldsSet", document("metafields_set"), {"metafields": metafields})
        return list(payload.get("metafields") or [])

    def publish(self, story_id: str) -> dict[str, Any]:
        """The whole sequence, idempotently: find or create the product (and make it a download), attach
        the PDF, link the customer, mark the story PUBLISHED, and deliver any order waiting for it."""
        story = self._story(story_id)
        if story.status not in PUBLISHABLE:
            raise ConflictError(
                f"story {story_id} is {story.status.value}; only a finished book can be published"
            )
        product = self.find_product(story)
        if product is None:
            product = self.create_product(story)
        else:
            if story.shopify_product_id != product["id"]:
                with self.runtime.session() as session:
                    stored = find_story(session, story_id)
                    if stored is not None:
                        stored.shopify_product_id = product["id"]
                story.shopify_product_id = product["id"]
            self._make_digital(self.client(self._shop_of(story)), product)
        printed = self._make_printed(self.client(self._shop_of(story)), product)
        variants = (product.get("variants") or {}).get("nodes") or []
        self._remember(
            story_id, variant_id=digital_variant(product)["id"] if variants else None, print_variants=printed
        )
        asset = None
        if story.pdf_url:
            asset = self.create_digital_asset(story_id, story.pdf_url)
        if story.shopify_customer_id:
            self.link_customer_to_story(story.shopify_customer_id, story_id)
        with self.runtime.session() as session:
            stored = find_story(session, story_id)
            if stored is not None:
                stored.status = StoryStatus.PUBLISHED
                stored.published_at = stored.published_at or utcnow()
                stored.shop_domain = stored.shop_domain or self._shop_of(story)
        from storyloom.shopify.orders import deliver_pending_orders

        deliver_pending_orders(self.runtime, story_id, service=self)
        return {"product": product, "file": asset}

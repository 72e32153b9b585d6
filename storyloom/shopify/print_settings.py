"""The printed editions a shop sells: which formats (with the print service's product code for each),
at what price, and the shipping level the print service uses. Stored per shop beside its other
choices (shop_settings.py); printing needs an operator-chosen print service (PRINT_SERVICE)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeGuard, get_args

from sqlalchemy import select

from storyloom.db.models import Shop
from storyloom.errors import InvalidInputError
from storyloom.providers.printing.base import PrintFormat, ShippingAddress, ShippingLevel
from storyloom.runtime import Runtime
from storyloom.shopify.shop_settings import form_text, form_values, is_price, shop_row

EDITION_OPTION = "Edition"
DIGITAL_EDITION = "Digital"


@dataclass(frozen=True)
class PrintedEdition:
    """A printed format as the shop sells it: its label, the variant's option value and the format."""

    label: str
    edition: str  # the value of the product's "Edition" option
    format: PrintFormat


# Lulu's pod_package_id: trim 8.5 x 8.5 in, full colour, premium, casewrap (CW) or perfect bound (PB),
# 80# coated white paper, gloss cover, no linen or foil.
EDITIONS: dict[str, PrintedEdition] = {
    "hardcover-8.5-square": PrintedEdition(
        "Hardcover, 8.5 in square",
        "Hardcover",
        PrintFormat("hardcover-8.5-square", "hardcover", 8.5, 8.5, "0850X0850FCPRECW080CW444GXX"),
    ),
    "paperback-8.5-square": PrintedEdition(
        "Paperback, 8.5 in square",
        "Paperback",
        PrintFormat("paperback-8.5-square", "paperback", 8.5, 8.5, "0850X0850FCPREPB080CW444GXX"),
    ),
}
SHIPPING_LEVELS: tuple[str, ...] = get_args(ShippingLevel)
DEFAULT_SHIPPING_LEVEL: ShippingLevel = "MAIL"
# What the settings page quotes each format for: a typical book sent to a typical address.
SAMPLE_PAGE_COUNT = 32
SAMPLE_ADDRESS = ShippingAddress(
    name="Sample Buyer",
    street1="101 Independence Ave SE",
    city="Washington",
    postcode="20540",
    country_code="US",
    state_code="DC",
)


@dataclass(frozen=True)
class PrintSettings:
    """A shop's printed editions: {format key: price} (none: only the digital book) and shipping level."""

    prices: dict[str, str] = field(default_factory=dict)
    shipping_level: ShippingLevel = DEFAULT_SHIPPING_LEVEL

    def editions(self) -> list[tuple[PrintedEdition, str]]:
        """The enabled editions with their prices, in the catalogue's order."""
        return [(EDITIONS[key], self.prices[key]) for key in EDITIONS if key in self.prices]


def is_shipping_level(value: str | None) -> TypeGuard[ShippingLevel]:
    """True for a shipping level the print services know (MAIL, PRIORITY_MAIL, GROUND ...)."""
    return value in SHIPPING_LEVELS


def print_service_name(runtime: Runtime) -> str | None:
    """The operator's print service (PRINT_SERVICE), or None when printing is off."""
    name = runtime.settings.printing.print_service
    return None if name == "none" else name


def print_settings(runtime: Runtime, shop_domain: str) -> PrintSettings:
    """The shop's printed editions; none while no print service is configured."""
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
    if shop is None or print_service_name(runtime) is None:
        return PrintSettings()
    prices = {key: price for key, price in (shop.print_formats or {}).items() if key in EDITIONS}
    level = shop.print_shipping_level
    return PrintSettings(
        prices=prices, shipping_level=level if is_shipping_level(level) else DEFAULT_SHIPPING_LEVEL
    )


def parse_print_settings(runtime: Runtime, form: Mapping[str, str | Sequence[str]]) -> PrintSettings:
    """The printed-edition fields of the settings form (`print_formats`, `print_price_<key>`,
    `print_shipping_level`), checked: raises InvalidInputError naming the field and the rule."""
    chosen = form_values(form, "print_formats")
    unknown = [key for key in chosen if key not in EDITIONS]
    if unknown:
        raise InvalidInputError(
            f"print_formats: {unknown[0]} is not a printed format; choose from {', '.join(EDITIONS)}",
            field="print_formats",
        )
    if chosen and print_service_name(runtime) is None:
        raise InvalidInputError(
            "print_formats: printed books need a print service; ask the operator to set PRINT_SERVICE",
            field="print_formats",
        )
    prices = {}
    for key in chosen:
        name = f"print_price_{key}"
        price = form_text(form, name)
        if not is_price(price):
            raise InvalidInputError(
                f"{name}: the price of the {EDITIONS[key].label} edition must be a positive amount with at "
                "most two decimals, such as 34.99",
                field=name,
            )
        prices[key] = f"{Decimal(price):.2f}"
    level = form_text(form, "print_shipping_level") or DEFAULT_SHIPPING_LEVEL
    if not is_shipping_level(level):
        raise InvalidInputError(
            f"print_shipping_level: choose one of {', '.join(SHIPPING_LEVELS)}", field="print_shipping_level"
        )
    return PrintSettings(prices=prices, shipping_level=level)


def save_print_settings(runtime: Runtime, shop_domain: str, settings: PrintSettings) -> None:
    """Store the shop's printed editions on its row (made if the shop has none yet)."""
    with runtime.session() as session:
        shop = shop_row(session, shop_domain)
        shop.print_formats = dict(settings.prices)
        shop.print_shipping_level = settings.shipping_level

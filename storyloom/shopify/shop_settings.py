"""A merchant's own choices, kept per shop: the book's price, a daily book budget, which languages and
illustration styles the storefront offers, and whether finished books publish automatically."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from storyloom.db.models import Shop
from storyloom.errors import InvalidInputError
from storyloom.runtime import Runtime
from storyloom.story.params import LANGUAGE_NAMES, STYLE_LABELS

PRICE_PATTERN = re.compile(r"^\d{1,6}(\.\d{1,2})?$")
MAX_DAILY_BOOK_BUDGET = 100_000


@dataclass(frozen=True)
class ShopPreferences:
    """What a shop chose; `daily_book_budget` None means the app's default (SHOP_DAILY_BOOK_BUDGET), 0 no
    limit."""

    product_price: str
    daily_book_budget: int | None
    languages: tuple[str, ...]
    styles: tuple[str, ...]
    auto_publish: bool


def offered_languages(runtime: Runtime) -> tuple[str, ...]:
    """The languages the app can write in (all four with ENABLE_MULTI_LANGUAGE, else English)."""
    return tuple(LANGUAGE_NAMES) if runtime.settings.limits.enable_multi_language else ("en",)


def _known(chosen: Sequence[str] | None, allowed: Sequence[str]) -> tuple[str, ...]:
    kept = tuple(value for value in allowed if chosen is None or value in chosen)
    return kept or tuple(allowed)


def shop_preferences(runtime: Runtime, shop_domain: str) -> ShopPreferences:
    """The shop's choices, with the app's defaults for what it has not chosen."""
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
    return ShopPreferences(
        product_price=(shop.product_price if shop and shop.product_price else None)
        or runtime.settings.shopify.product_price,
        daily_book_budget=shop.daily_book_budget if shop else None,
        languages=_known(shop.storefront_languages if shop else None, offered_languages(runtime)),
        styles=_known(shop.storefront_styles if shop else None, tuple(STYLE_LABELS)),
        auto_publish=bool(shop and shop.auto_publish),
    )


def form_text(form: Mapping[str, str | Sequence[str]], name: str) -> str:
    """A form field's (first) value, stripped; "" when absent."""
    value = form.get(name, "")
    return (value if isinstance(value, str) else (value[0] if value else "")).strip()


def form_values(form: Mapping[str, str | Sequence[str]], name: str) -> list[str]:
    """Every value of a form field that may repeat (checkboxes)."""
    value = form.get(name, [])
    return [value] if isinstance(value, str) else list(value)


def is_price(text: str) -> bool:
    """Whether `text` is a positive amount with at most two decimals, such as 19.99."""
    try:
        return bool(PRICE_PATTERN.match(text)) and Decimal(text) > 0
    except InvalidOperation:
        return False


def shop_row(session: Session, shop_domain: str) -> Shop:
    """The shop's row, made (in `session`) if it has none yet."""
    shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
    if shop is None:
        shop = Shop(domain=shop_domain)
        session.add(shop)
    return shop


def parse_preferences(runtime: Runtime, form: Mapping[str, str | Sequence[str]]) -> ShopPreferences:
    """The settings form's answers, checked: raises InvalidInputError naming the field and the rule."""

    def text(name: str) -> str:
        return form_text(form, name)

    def many(name: str) -> list[str]:
        return form_values(form, name)

    price = text("product_price")
    if not is_price(price):
        raise InvalidInputError(
            "product_price: must be a positive amount with at most two decimals, such as 19.99",
            field="product_price",
        )
    budget_text = text("daily_book_budget")
    budget: int | None = None
    if budget_text:
        if not budget_text.isdigit() or int(budget_text) > MAX_DAILY_BOOK_BUDGET:
            raise InvalidInputError(
                f"daily_book_budget: must be a whole number of books from 0 to {MAX_DAILY_BOOK_BUDGET},"
                " or empty for the app's default",
                field="daily_book_budget",
            )
        budget = int(budget_text)
    languages = many("languages")
    allowed_languages = offered_languages(runtime)
    if not languages or any(value not in allowed_languages for value in languages):
        raise InvalidInputError(
            f"languages: choose at least one of {', '.join(allowed_languages)}", field="languages"
        )
    styles = many("styles")
    if not styles or any(value not in STYLE_LABELS for value in styles):
        raise InvalidInputError(f"styles: choose at least one of {', '.join(STYLE_LABELS)}", field="styles")
    return ShopPreferences(
        product_price=f"{Decimal(price):.2f}",
        daily_book_budget=budget,
        languages=tuple(value for value in allowed_languages if value in languages),
        styles=tuple(value for value in STYLE_LABELS if value in styles),
        auto_publish=text("auto_publish") in ("on", "true", "1"),
    )


def save_preferences(runtime: Runtime, shop_domain: str, preferences: ShopPreferences) -> None:
    """Store the shop's choices on its row (made if the shop has none yet)."""
    with runtime.session() as session:
        shop = shop_row(session, shop_domain)
        shop.product_price = preferences.product_price
        shop.daily_book_budget = preferences.daily_book_budget
        shop.storefront_languages = list(preferences.languages)
        shop.storefront_styles = list(preferences.styles)
        shop.auto_publish = preferences.auto_publish

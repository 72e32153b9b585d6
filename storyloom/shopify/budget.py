"""A shop's daily book budget: how many books its storefront may start in one UTC day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storyloom.config import get_settings
from storyloom.db.models import Shop, Story
from storyloom.errors import RateLimitedError


def daily_book_budget(session: Session, shop_domain: str) -> int:
    """The most books `shop_domain`'s storefront may start today; 0 means no limit.

    The merchant's own value (set in the admin, kept on the shop's row), else SHOP_DAILY_BOOK_BUDGET;
    callers must ask this function and nothing else."""
    chosen = session.scalar(select(Shop.daily_book_budget).where(Shop.domain == shop_domain))
    return get_settings().limits.shop_daily_book_budget if chosen is None else chosen


def check_daily_budget(session: Session, shop_domain: str, *, now: datetime | None = None) -> None:
    """Raise RateLimitedError (429 until the next UTC midnight) when the shop's budget for today is spent."""
    budget = daily_book_budget(session, shop_domain)
    if budget <= 0:
        return
    moment = now or datetime.now(UTC)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    started = session.scalar(
        select(func.count())
        .select_from(Story)
        .where(Story.shop_domain == shop_domain, Story.created_at >= midnight)
    )
    if (started or 0) >= budget:
        wait = int((midnight + timedelta(days=1) - moment).total_seconds()) + 1
        raise RateLimitedError(
            f"this shop's daily book budget of {budget} books is spent (the admin's daily book budget, "
            "else SHOP_DAILY_BOOK_BUDGET); "
            "new books can be started after midnight UTC",
            retry_after=wait,
            limit="SHOP_DAILY_BOOK_BUDGET",
        )

"""`rows_changed`: how many rows an UPDATE or DELETE matched, as the database counted them."""

from __future__ import annotations

from sqlalchemy import delete, update

from storyloom.db.models import Shop
from storyloom.db.session import rows_changed
from storyloom.runtime import Runtime


def _shops(runtime: Runtime, *domains: str) -> None:
    with runtime.session() as session:
        session.add_all(Shop(domain=domain, scopes="read_products") for domain in domains)


def test_a_conditional_update_counts_only_the_rows_it_matched(runtime: Runtime) -> None:
    _shops(runtime, "a.myshopify.com", "b.myshopify.com", "c.myshopify.com")

    with runtime.session() as session:
        claimed = rows_changed(
            session, update(Shop).where(Shop.domain == "b.myshopify.com").values(scopes="write_products")
        )
        lost = rows_changed(
            session,
            update(Shop)
            .where(Shop.domain == "b.myshopify.com", Shop.scopes == "read_products")
            .values(scopes="none"),
        )
        everyone = rows_changed(session, update(Shop).values(auto_publish=True))

    assert (claimed, lost, everyone) == (1, 0, 3)


def test_a_delete_counts_the_rows_it_removed(runtime: Runtime) -> None:
    _shops(runtime, "a.myshopify.com", "b.myshopify.com", "c.myshopify.com")

    with runtime.session() as session:
        removed = rows_changed(session, delete(Shop).where(Shop.domain != "a.myshopify.com"))
        again = rows_changed(session, delete(Shop).where(Shop.domain != "a.myshopify.com"))

    assert (removed, again) == (2, 0)

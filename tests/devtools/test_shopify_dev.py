"""`make shopify-dev`'s set-up: the sample book is a real storefront book (valid parameters, every
unit planned, made once), and the banner names the three places to go."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from storyloom.db.models import Story, StoryStatus, WorkUnit
from storyloom.devtools.shopify_dev import DEMO_CUSTOMER, DEV_SHOP, add_sample_book, dev_addresses
from storyloom.runtime import Runtime
from storyloom.story.params import StoryParams


def test_the_sample_book_is_made_by_the_pipeline_once_with_valid_parameters(runtime: Runtime) -> None:
    story_id = add_sample_book(runtime)
    assert add_sample_book(runtime) == story_id
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        units = session.scalar(
            select(func.count()).select_from(WorkUnit).where(WorkUnit.story_id == story_id)
        )
        stories = session.scalar(select(func.count()).select_from(Story))
        params = StoryParams.model_validate(story.params)
        assert (story.shop_domain, story.shopify_customer_id, story.status) == (
            DEV_SHOP,
            DEMO_CUSTOMER,
            StoryStatus.GENERATING,
        )
    assert params.child_name == "Robin" and stories == 1
    assert (
        units == 1 + 1 + 1 + 8 + 8 + 1 + 1
    )  # text, character sheet, cover, pages, narration, book audio, pdf


def test_the_banner_names_the_emulator_the_admin_and_the_storefront() -> None:
    banner = dev_addresses("127.0.0.1", 8318, 8319, "1002").banner()
    assert "http://127.0.0.1:8319/\n" in banner
    assert f"http://127.0.0.1:8319/_emulator/admin?shop={DEV_SHOP}" in banner
    assert f"http://127.0.0.1:8319/apps/storyloom/?shop={DEV_SHOP}&variant=1002" in banner
    assert "http://127.0.0.1:8318;" in banner


def test_printed_books_go_to_the_simulated_service_without_lulus_emulator(monkeypatch: Any) -> None:
    import os
    import sys

    from storyloom.devtools.shopify_dev import start_print_service

    monkeypatch.setitem(sys.modules, "storyloom.devtools.lulu_emulator", None)  # not installed
    monkeypatch.setenv("PRINT_SERVICE", "")  # unset, and put back as it was after the test
    assert start_print_service("127.0.0.1", 0) == "simulated"
    assert os.environ["PRINT_SERVICE"] == "simulated"


def test_a_print_service_the_developer_chose_is_kept(monkeypatch: Any) -> None:
    from storyloom.devtools.shopify_dev import start_print_service

    monkeypatch.setenv("PRINT_SERVICE", "none")
    assert start_print_service("127.0.0.1", 0) == "none"

"""Who may read and change a book (storyloom/access.py): its browser session, its API token, its
Shopify customer in its shop; anyone once it is published."""

from __future__ import annotations

import pytest

from storyloom.access import StoryAccess, Viewer, owned_stories, story_for_viewer
from storyloom.db.models import Story, StoryStatus
from storyloom.errors import NotFoundError
from storyloom.pipeline.orchestrator import token_hash
from storyloom.runtime import Runtime

PRIVATE = StoryAccess(
    status="COMPLETE",
    owner_session="session-a",
    owner_token_hash=token_hash("token-a"),
    customer_id="1001",
    shop_domain="shop-a.myshopify.com",
)


@pytest.mark.parametrize(
    ("viewer", "owns"),
    [
        pytest.param(Viewer(session="session-a"), True, id="its-session"),
        pytest.param(Viewer(token="token-a"), True, id="its-token"),
        pytest.param(Viewer(customer_id="1001", shop_domain="shop-a.myshopify.com"), True, id="its-customer"),
        pytest.param(Viewer(session="session-b"), False, id="another-session"),
        pytest.param(Viewer(token="token-b"), False, id="another-token"),
        pytest.param(
            Viewer(customer_id="1002", shop_domain="shop-a.myshopify.com"), False, id="another-customer"
        ),
        pytest.param(
            Viewer(customer_id="1001", shop_domain="shop-b.myshopify.com"), False, id="same-id-another-shop"
        ),
        pytest.param(Viewer(), False, id="nobody"),
    ],
)
def test_only_the_owner_owns_and_reads_an_unpublished_book(viewer: Viewer, owns: bool) -> None:
    assert viewer.owns(PRIVATE) is owns
    assert viewer.can_read(PRIVATE) is owns


def test_anyone_reads_a_published_book_but_only_the_owner_owns_it() -> None:
    published = StoryAccess("PUBLISHED", "session-a", None, None, None)

    assert Viewer().can_read(published)
    assert not Viewer(session="session-b").owns(published)


def add_story(runtime: Runtime, **columns: object) -> str:
    with runtime.session() as session:
        story = Story(genre="space", age_group="3-5", status=StoryStatus.COMPLETE, **columns)
        session.add(story)
        session.flush()
        return story.id


def test_story_for_viewer_hides_a_strangers_book_as_not_found(runtime: Runtime) -> None:
    story_id = add_story(runtime, owner_session="session-a")

    assert story_for_viewer(runtime, story_id, Viewer(session="session-a"), must_own=True).id == story_id
    with pytest.raises(NotFoundError, match=f"no story with id {story_id}"):
        story_for_viewer(runtime, story_id, Viewer(session="session-b"))
    with pytest.raises(NotFoundError):
        story_for_viewer(runtime, "x" * 65, Viewer(session="session-a"))


def test_owned_stories_are_the_viewers_own_in_their_shop(runtime: Runtime) -> None:
    mine = add_story(runtime, shopify_customer_id="1001", shop_domain="shop-a.myshopify.com")
    add_story(runtime, shopify_customer_id="1001", shop_domain="shop-b.myshopify.com")
    add_story(runtime, shopify_customer_id="1002", shop_domain="shop-a.myshopify.com")
    in_browser = add_story(runtime, owner_session="session-a")

    customer = owned_stories(runtime, Viewer(customer_id="1001", shop_domain="shop-a.myshopify.com"))
    browser = owned_stories(runtime, Viewer(session="session-a"))
    nobody = owned_stories(runtime, Viewer())

    assert [story.id for story in customer.stories] == [mine]
    assert [story.id for story in browser.stories] == [in_browser]
    assert nobody.total == 0

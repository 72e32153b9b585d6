"""Access control: who may see or change a book, and the lists of books a viewer may see (the
public library, a customer's own books).

Who may see a book: before it is published only its owner (the browser session that made it, the
API client holding its token, or the Shopify customer it belongs to, who bought it). Once published,
anyone may see a preview (the cover and the first PREVIEW_PAGES pages, without the child's name
unless the owner agreed) and a link to buy it; the whole book, its PDFs and its narration stay with
the owner and the buyers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from storyloom.db.models import Story, StoryStatus
from storyloom.db.stories import find_story
from storyloom.errors import NotFoundError
from storyloom.pipeline.orchestrator import token_hash
from storyloom.signatures import signature_matches

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

PUBLIC_STATUSES = (StoryStatus.PUBLISHED.value,)
PREVIEW_PAGES = 2


@dataclass(frozen=True)
class StoryAccess:
    """What decides who may see a story; small enough to cache beside the story's JSON."""

    status: str
    owner_session: str | None
    owner_token_hash: str | None
    customer_id: str | None
    shop_domain: str | None
    story_id: str | None = None
    child_name: str = ""
    show_child_name: bool = False
    buy_url: str | None = None

    @classmethod
    def of(cls, story: Story) -> StoryAccess:
        return cls(
            status=story.status.value,
            owner_session=story.owner_session,
            owner_token_hash=story.owner_token_hash,
            customer_id=story.shopify_customer_id or None,
            shop_domain=story.shop_domain,
            story_id=story.id,
            child_name=str((story.params or {}).get("child_name") or ""),
            show_child_name=bool(story.show_child_name),
            buy_url=buy_url(story),
        )


@dataclass(frozen=True)
class Viewer:
    """Who is asking: any of a browser session, an API token, a Shopify customer (with shop), and
    the books this browser opened with their private links (storyloom/private_links.py)."""

    session: str | None = None
    token: str | None = None
    customer_id: str | None = None
    shop_domain: str | None = None
    linked: frozenset[str] = frozenset()

    def owns(self, access: StoryAccess) -> bool:
        if access.story_id is not None and access.story_id in self.linked:
            return True
        if self.session and access.owner_session and signature_matches(access.owner_session, self.session):
            return True
        if (
            self.token
            and access.owner_token_hash
            and signature_matches(access.owner_token_hash, token_hash(self.token))
        ):
            return True
        return bool(
            self.customer_id
            and access.customer_id
            and self.customer_id == access.customer_id
            and (access.shop_domain is None or access.shop_domain == self.shop_domain)
        )

    def can_read(self, access: StoryAccess) -> bool:
        """May see the book at all: its preview when published, the whole of it when owned."""
        return access.status in PUBLIC_STATUSES or self.owns(access)

    def sees_preview_only(self, access: StoryAccess) -> bool:
        """A stranger looking at a published book: the cover and the first pages, no more."""
        return not self.owns(access)


def buy_url(story: Story) -> str | None:
    """Where a stranger can buy a published book: its product in the shop that published it."""
    if not (story.shop_domain and story.shopify_product_id):
        return None
    return f"https://{story.shop_domain}/products/storyloom-{story.id}"


def preview_file(name: str) -> bool:
    """Whether a stranger may fetch this file of a published book: the cover and the preview pages."""
    allowed = {"cover.png", *(f"pages/{n:02d}.png" for n in range(1, PREVIEW_PAGES + 1))}
    return name in allowed


def story_for_viewer(runtime: Runtime, story_id: str, viewer: Viewer, *, must_own: bool = False) -> Story:
    """The story, if the viewer may see it (or change it, with must_own); else NotFoundError, so that
    a stranger cannot even learn that the id exists."""
    with runtime.session() as session:
        story = find_story(session, story_id)
        access = StoryAccess.of(story) if story is not None else None
        allowed = access is not None and (viewer.owns(access) if must_own else viewer.can_read(access))
        if not allowed:
            raise NotFoundError(f"no story with id {story_id}")
        assert story is not None
        session.expunge(story)
        return story


@dataclass(frozen=True)
class StoryPage:
    stories: list[Story]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def published_stories(
    runtime: Runtime,
    *,
    age_group: str | None = None,
    genre: str | None = None,
    language: str | None = None,
    page: int = 1,
    per_page: int = 12,
) -> StoryPage:
    """The public library, newest first, filtered and paginated: published books whose owner chose
    to show them (`show_in_library`)."""
    query = select(Story).where(Story.status == StoryStatus.PUBLISHED, Story.show_in_library.is_(True))
    if age_group:
        query = query.where(Story.age_group == age_group)
    if genre:
        query = query.where(Story.genre == genre)
    if language:
        query = query.where(Story.language == language)
    return _paginate(runtime, query, page, per_page)


def without_child_name(text: str, child_name: str) -> str:
    """`text` with the child's name (as a whole word, any case) written as "our hero"."""
    if not child_name:
        return text
    hidden = re.sub(rf"(?<!\w){re.escape(child_name)}(?!\w)", "our hero", text, flags=re.IGNORECASE)
    return re.sub(r"(^|[.!?]\s+)our hero", lambda match: f"{match.group(1)}Our hero", hidden)


def owned_stories(runtime: Runtime, viewer: Viewer, *, page: int = 1, per_page: int = 24) -> StoryPage:
    """The viewer's own books, in every state, newest first."""
    conditions: list[ColumnElement[bool]] = []
    if viewer.linked:
        conditions.append(Story.id.in_(sorted(viewer.linked)))
    if viewer.session:
        conditions.append(Story.owner_session == viewer.session)
    if viewer.customer_id:
        customer = Story.shopify_customer_id == viewer.customer_id
        if viewer.shop_domain:
            customer = and_(
                customer, or_(Story.shop_domain.is_(None), Story.shop_domain == viewer.shop_domain)
            )
        conditions.append(customer)
    if not conditions:
        return StoryPage([], 0, 1, per_page)
    return _paginate(runtime, select(Story).where(or_(*conditions)), page, per_page)


def _paginate(runtime: Runtime, query: Select[Story], page: int, per_page: int) -> StoryPage:
    page = max(1, page)
    with runtime.session() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(Story.created_at.desc()).offset((page - 1) * per_page).limit(per_page)
        ).all()
        for row in rows:
            session.expunge(row)
    return StoryPage(list(rows), total, page, per_page)

"""Starting, retrying and publishing books, and reporting their progress.

Units are created in the same transaction as their story; their jobs are enqueued only after it
commits, so a worker never looks for a row that is not there yet.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.db.stories import get_story, locked_story
from storyloom.errors import N_, ConflictError, InvalidInputError, StoryGenerationError
from storyloom.pipeline.estimates import (
    in_making,
    making_started_at,
    measured_durations,
    percent_done,
    seconds_left,
)
from storyloom.pipeline.stages import sheets_are_references
from storyloom.pipeline.units import (
    READABLE_KINDS,
    add_units,
    plan_units,
    release_ready_units,
    story_units,
)
from storyloom.pipeline.voices import check_voice
from storyloom.story.params import StoryParams

if TYPE_CHECKING:
    from storyloom.runtime import Runtime


@dataclass(frozen=True)
class Owner:
    """Who a book belongs to: a browser session, a Shopify customer of a shop, or neither (CLI)."""

    session: str | None = None
    customer_id: str | None = None
    shop_domain: str | None = None
    client: str | None = None  # who sent the request (token, session or address): idempotency keys' scope


@dataclass(frozen=True)
class StartedStory:
    story_id: str
    token: str | None  # handed to API clients once; only its hash is stored
    created: bool  # False when an earlier request with the same idempotency key made it


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def scoped_idempotency_key(owner: Owner, key: str) -> str:
    """The key as stored: one client's key never collides with another's. The scope is the requesting
    client when known (so a client without a cookie, whose session is new on every request, still
    repeats into the same book), else the owner."""
    if owner.client:
        scope = f"client|{owner.client}|{key}"
    else:
        scope = f"{owner.session or ''}|{owner.customer_id or ''}|{owner.shop_domain or ''}|{key}"
    return hashlib.sha256(scope.encode()).hexdigest()


def _customer_client(owner: Owner) -> str | None:
    return f"customer:{owner.shop_domain}:{owner.customer_id}" if owner.customer_id else None


def _check_languages(runtime: Runtime, params: StoryParams) -> None:
    if params.language != "en" and not runtime.settings.limits.enable_multi_language:
        raise InvalidInputError.of(
            "language", N_("only English ('en') is enabled; set ENABLE_MULTI_LANGUAGE=true for es, fr and de")
        )


def _check_printable(params: StoryParams) -> None:
    """Refuse, before any work, words the book's fonts cannot print (they would fail the PDF later)."""
    from storyloom.render.book.fonts import UNPRINTABLE, missing_characters

    fields = {
        "child_name": params.child_name,
        "moral_lesson": params.moral_lesson,
        "setting": params.setting,
        "dedication": params.dedication,
    }
    for number, character in enumerate(params.characters):
        for name in ("name", "kind", "traits", "look"):
            fields[f"characters.{number}.{name}"] = getattr(character, name)
    for field, text in fields.items():
        missing = missing_characters([text])
        if missing:
            raise InvalidInputError.of(field, UNPRINTABLE, letters=" ".join(sorted(missing)))


def start_story(
    runtime: Runtime, params: StoryParams, *, owner: Owner | None = None, idempotency_key: str | None = None
) -> StartedStory:
    """Create the story and all its units, then enqueue the text unit. The same idempotency key
    never makes two books: a repeat returns the first one."""
    _check_languages(runtime, params)
    _check_printable(params)
    check_voice(runtime, params.narration_voice, params.language)
    owner = owner or Owner()
    if idempotency_key is not None:
        idempotency_key = scoped_idempotency_key(owner, idempotency_key)
        existing = _by_idempotency_key(runtime, idempotency_key)
        if existing is not None:
            return existing
    token = secrets.token_urlsafe(32)
    limits = runtime.settings.limits
    now = utcnow()
    try:
        with runtime.session() as session:
            story = Story(
                shopify_customer_id=owner.customer_id or "",
                shop_domain=owner.shop_domain,
                owner_session=owner.session,
                owner_token_hash=token_hash(token),
                client=owner.client
                or (f"customer:{owner.shop_domain}:{owner.customer_id}" if owner.customer_id else None),
                idempotency_key=idempotency_key,
                genre=params.genre,
                age_group=params.age_group,
                language=params.language,
                moral_lesson=params.moral_lesson,
                page_count=params.page_count,
                params=params.model_dump(mode="json"),
                status=StoryStatus.GENERATING,
                started_at=now,
            )
            session.add(story)
            session.flush()
            units = add_units(
                session,
                story.id,
                plan_units(
                    page_count=params.page_count,
                    character_count=1 + len(params.characters),
                    audio=limits.enable_audio_generation,
                ),
                max_attempts=limits.unit_max_attempts,
            )
            story_id = story.id
            ready = [(u.kind, u.id) for u in units if u.state == UnitState.PENDING]
    except IntegrityError:
        if idempotency_key is None:
            raise
        existing = _by_idempotency_key(runtime, idempotency_key)
        if existing is None:
            raise
        return existing
    for kind, unit_id in ready:
        runtime.queues.enqueue(kind, unit_id)
    return StartedStory(story_id=story_id, token=token, created=True)


def _by_idempotency_key(runtime: Runtime, key: str) -> StartedStory | None:
    with runtime.session() as session:
        story_id = session.scalar(select(Story.id).where(Story.idempotency_key == key))
    return StartedStory(story_id=story_id, token=None, created=False) if story_id else None


NARRATION_SETTINGS = ("narration_voice", "narration_rate")
NARRATION_UNITS = (UnitKind.PAGE_AUDIO, UnitKind.BOOK_AUDIO)


def _changed_params(runtime: Runtime, story_id: str, changes: Mapping[str, Any]) -> dict[str, Any] | None:
    """The story's parameters with `changes` (narration settings only) applied and checked, or None."""
    unknown = sorted(set(changes) - set(NARRATION_SETTINGS))
    if unknown:
        raise InvalidInputError.of(unknown[0], N_("only the narration settings can change on a retry"))
    if not changes:
        return None
    with runtime.session() as session:
        current = dict(get_story(session, story_id).params or {})
    try:
        params = StoryParams.model_validate({**current, **changes})
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "narration_voice"
        message = first["msg"].removeprefix("Value error, ")
        error = InvalidInputError(f"{field}: {message}", field=field)
        error.check = (first["type"], dict(first.get("ctx") or {}))
        raise error from None
    check_voice(runtime, params.narration_voice, params.language)
    return params.model_dump(mode="json")


def retry_story(runtime: Runtime, story_id: str, changes: Mapping[str, Any] | None = None) -> list[str]:
    """Re-run only the failed units (and the PDF, which must follow them); returns the unit labels.

    `changes` may set other narration settings (`narration_voice`, `narration_rate`) first; the whole
    narration is then made again, so the book speaks with one voice."""
    new_params = _changed_params(runtime, story_id, changes or {})

    def failed_units(story: Story, units: Sequence[WorkUnit]) -> list[WorkUnit]:
        if story.status not in (StoryStatus.ERROR, StoryStatus.GENERATING):
            raise ConflictError(f"story is {story.status.value}; only a story in ERROR can be retried")
        failed = [u for u in units if u.state == UnitState.FAILED]
        if not failed:
            raise ConflictError("the story has no failed units to retry")
        if new_params is not None and new_params != story.params:
            story.params = new_params
            failed += [u for u in units if u.kind in NARRATION_UNITS and u not in failed]
        return failed

    return _reopen(runtime, story_id, failed_units)


def rerun_units(runtime: Runtime, story_id: str, kinds_and_indexes: list[tuple[UnitKind, int]]) -> list[str]:
    """Make the given units (say, one page's picture after an edit) and the PDF again."""
    wanted = set(kinds_and_indexes)
    return _reopen(runtime, story_id, lambda _story, units: [u for u in units if (u.kind, u.index) in wanted])


def _reopen(
    runtime: Runtime, story_id: str, pick: Callable[[Story, Sequence[WorkUnit]], list[WorkUnit]]
) -> list[str]:
    """Send the picked units and the PDF back to waiting, reopen the story, release what is ready
    and enqueue it after the commit; returns the picked units' labels."""
    with runtime.session() as session:
        story = locked_story(session, story_id)
        units = story_units(session, story_id)
        picked = pick(story, units)
        pdf = [u for u in units if u.kind == UnitKind.PDF and u not in picked]
        for unit in [*picked, *pdf]:
            unit.state = UnitState.WAITING
            unit.attempts = 0
            unit.error_code = unit.error_message = None
            unit.not_before = unit.finished_at = None
        story.status = StoryStatus.GENERATING
        story.error_code = story.error_message = None
        session.flush()
        released = release_ready_units(
            session, story_id, sheets_are_references=sheets_are_references(runtime)
        )
        kinds = {u.id: u.kind for u in units}
        labels = [u.label for u in picked]
    for unit_id in released:
        runtime.queues.enqueue(kinds[unit_id], unit_id)
    runtime.invalidate_story(story_id)
    return labels


def request_publish(runtime: Runtime, story_id: str) -> None:
    """Enqueue the publish unit on the shopify-sync queue (once; a repeat re-runs a failed one)."""
    with runtime.session() as session:
        story = get_story(session, story_id)
        if story.status not in (StoryStatus.COMPLETE, StoryStatus.PUBLISHED):
            raise ConflictError(f"story is {story.status.value}; only a COMPLETE story can be published")
        shopify = runtime.settings.shopify
        if not (shopify.api_key and shopify.api_secret.get_secret_value()):
            raise StoryGenerationError(
                "publishing needs the Shopify app: set SHOPIFY_API_KEY and SHOPIFY_API_SECRET",
                code="SHOPIFY_NOT_CONFIGURED",
                status=503,
            )
        if not story.shop_domain:
            raise ConflictError(
                "this book was not made through a Shopify store, so there is no store to publish it to",
                code="NO_SHOP",
            )
        unit = session.scalar(
            select(WorkUnit).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PUBLISH)
        )
        if unit is None:
            unit = WorkUnit(
                story_id=story_id,
                kind=UnitKind.PUBLISH,
                index=0,
                state=UnitState.PENDING,
                max_attempts=runtime.settings.limits.unit_max_attempts,
            )
            session.add(unit)
        elif unit.state in (UnitState.FAILED, UnitState.DONE):
            unit.state = UnitState.PENDING
            unit.attempts = 0
            unit.error_code = unit.error_message = None
        else:
            return
        session.flush()
        unit_id = unit.id
    runtime.queues.enqueue(UnitKind.PUBLISH, unit_id)


@dataclass(frozen=True)
class UnitProgress:
    kind: str
    index: int
    label: str
    state: str
    attempts: int
    error: str | None
    version: str | None = None  # a picture's: changes when the picture is drawn again (its seed)


@dataclass(frozen=True)
class StoryProgress:
    story_id: str
    status: str
    done: int
    total: int
    step: str
    eta_seconds: int | None
    error: str | None
    error_code: str | None
    units: list[UnitProgress]
    readable: bool = False  # every page's words, picture (screen size) and narration are there
    elapsed_seconds: float | None = None  # how long the making under way has run

    @property
    def percent(self) -> int:
        """By time while the book is made (time spent over time spent and time left), so that it
        keeps moving through the layout; by units once it is done or failed."""
        making = self.status == StoryStatus.GENERATING.value
        if making and self.eta_seconds is not None and self.elapsed_seconds is not None:
            return percent_done(self.elapsed_seconds, self.eta_seconds)
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def first_page_ready(self) -> bool:
        """The words are written and page 1's picture is drawn: the reader can open the book (the
        other pages show that they are being drawn)."""
        done = {(u.kind, u.index) for u in self.units if u.state == UnitState.DONE.value}
        return (UnitKind.TEXT.value, 0) in done and (UnitKind.PAGE_IMAGE.value, 1) in done

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.story_id,
            "status": self.status,
            "progress": round(self.done / self.total, 4) if self.total else 0.0,
            "percent": self.percent,
            "done": self.done,
            "total": self.total,
            "step": self.step,
            "eta_seconds": self.eta_seconds,
            "error": self.error,
            "code": self.error_code,
            "readable": self.readable,
            "first_page_ready": self.first_page_ready,
            "units": [u.__dict__ for u in self.units],
        }


STEP_NAMES = {
    UnitKind.TEXT: "Writing the story",
    UnitKind.CHARACTER: "Drawing the characters",
    UnitKind.COVER: "Painting the cover",
    UnitKind.PAGE_TEXT: "Rewriting the page",
    UnitKind.PAGE_IMAGE: "Illustrating the pages",
    UnitKind.PAGE_AUDIO: "Recording the narration",
    UnitKind.BOOK_AUDIO: "Recording the narration",
    UnitKind.PDF: "Laying out the book",
    UnitKind.PUBLISH: "Publishing to the store",
    UnitKind.PRINT_JOB: "Sending a printed copy to the printer",
}
READABLE_STEP = "Readable now; print files follow"


def story_progress(runtime: Runtime, story_id: str) -> StoryProgress:
    """Done and total units, each unit's state, the current step and an estimate of the time left."""
    with runtime.session() as session:
        story = get_story(session, story_id)
        units = [u for u in story_units(session, story_id) if u.kind != UnitKind.PRINT_JOB]
        book_units = [u for u in units if u.kind != UnitKind.PUBLISH] or list(units)
        if story.status == StoryStatus.GENERATING:
            # A page made again counts only the parts made again ("0 of 3 parts done"), not the book's.
            book_units = [u for u in book_units if in_making(u, story.completed_at)] or book_units
        done = sum(1 for u in book_units if u.state == UnitState.DONE)
        active = [u for u in units if u.state in (UnitState.RUNNING, UnitState.PENDING)]
        readable = any(u.kind == UnitKind.TEXT for u in units) and all(
            u.state == UnitState.DONE for u in units if u.kind in READABLE_KINDS
        )
        step = STEP_NAMES[active[0].kind] if active else _final_step(story.status)
        if readable and story.status == StoryStatus.GENERATING:
            step = READABLE_STEP
        began = making_started_at(units, started_at=story.started_at, completed_at=story.completed_at)
        return StoryProgress(
            story_id=story.id,
            status=story.status.value,
            done=done,
            total=len(book_units),
            step=step,
            eta_seconds=_eta(runtime, session, book_units, story.status),
            error=story.error_message,
            error_code=story.error_code,
            units=[
                UnitProgress(
                    u.kind.value, u.index, u.label, u.state.value, u.attempts, u.error_message, _version(u)
                )
                for u in units
            ],
            readable=readable,
            elapsed_seconds=max(0.0, (utcnow() - began).total_seconds()) if began else None,
        )


def _version(unit: WorkUnit) -> str | None:
    """What a picture's address carries so that a browser keeps the picture it has until a new one
    is drawn: the seed it was drawn with (kept while it is drawn again, replaced when it is done)."""
    if unit.kind not in (UnitKind.COVER, UnitKind.PAGE_IMAGE):
        return None
    seed = (unit.output or {}).get("seed")
    return str(seed) if seed is not None else None


def _final_step(status: StoryStatus) -> str:
    return {
        StoryStatus.COMPLETE: "Your book is ready",
        StoryStatus.PUBLISHED: "Published",
        StoryStatus.ERROR: "Something went wrong",
        StoryStatus.DRAFT: "Waiting to start",
    }.get(status, "Waiting for a worker")


def _eta(runtime: Runtime, session: Session, units: list[WorkUnit], status: StoryStatus) -> int | None:
    """Seconds until the book is done, from the unit durations this installation measured."""
    if status != StoryStatus.GENERATING or not units:
        return None
    left = seconds_left(
        units,
        measured_durations(session),
        workers_per_queue=runtime.settings.limits.workers_per_queue,
        sheets_are_references=sheets_are_references(runtime),
    )
    return max(0, round(left))

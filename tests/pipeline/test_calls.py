"""Every provider call a unit makes is recorded once, failed ones with their error, fallbacks included;
first_that_works, the one fallback policy of every stage."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from sqlalchemy import select

from storyloom.db.models import Generation, GenerationType, UnitKind, UnitState, WorkUnit
from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderQuotaError,
    ProviderServerError,
)
from storyloom.pipeline.calls import first_that_works
from storyloom.pipeline.executor import Outcome, execute_unit
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import ImageRequest
from storyloom.providers.registry import register, unregister
from storyloom.providers.simulated import SimulatedIllustrator
from storyloom.runtime import Runtime
from tests.pipeline.conftest import FakeStages, make_params


class RefusingIllustrator(SimulatedIllustrator):
    name: ClassVar[str] = "refusing"

    def illustrate(self, request: ImageRequest) -> Any:
        raise ContentPolicyError("refusing refused the picture under its content policy", provider=self.name)


@pytest.fixture
def only_refusing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    register("image", "refusing")(RefusingIllustrator)
    monkeypatch.setenv("IMAGE_PROVIDER", "refusing")
    yield
    unregister("image", "refusing")


@pytest.fixture
def refusing_then_simulated(only_refusing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMAGE_PROVIDER_FALLBACK", "simulated")


def _fall_back_like_a_stage(ctx: UnitContext) -> StageResult:
    """What the stages do: the image chain through first_that_works, into the unit's record."""
    request = ImageRequest(kind="page", prompt="page 1", style="watercolor", width=64, height=64, seed=1)
    first_that_works(ctx.image_providers(), lambda p: p.illustrate(request), record=ctx.calls, prompt="p")
    return StageResult(output={"key": "k"}, calls=ctx.recorded(GenerationType.IMAGE))


def _page_unit_after_text(runtime: Runtime) -> str:
    """A new book's first page picture unit, due, its story written, drawn as a stage draws."""
    runtime.stages[UnitKind.PAGE_IMAGE] = _fall_back_like_a_stage
    started = start_story(runtime, make_params())
    with runtime.session() as session:
        text, page = (
            session.scalar(
                select(WorkUnit.id).where(
                    WorkUnit.story_id == started.story_id, WorkUnit.kind == kind, WorkUnit.index == index
                )
            )
            for kind, index in ((UnitKind.TEXT, 0), (UnitKind.PAGE_IMAGE, 1))
        )
    assert execute_unit(runtime, str(text)) == Outcome.DONE
    with runtime.session() as session:
        unit = session.get(WorkUnit, page)
        assert unit is not None
        unit.state = UnitState.PENDING
    return str(page)


def _rows(runtime: Runtime, unit_id: str) -> list[tuple[str, str | None]]:
    with runtime.session() as session:
        rows = session.execute(
            select(Generation.provider, Generation.error).where(Generation.unit_id == unit_id)
        ).all()
    return sorted((row.provider, row.error) for row in rows)


def test_a_refusal_a_stage_fell_back_from_is_recorded_once_with_its_error(
    refusing_then_simulated: None, runtime: Runtime, fake_stages: FakeStages
) -> None:
    page = _page_unit_after_text(runtime)

    assert execute_unit(runtime, page) == Outcome.DONE
    assert _rows(runtime, page) == [
        ("refusing", "refusing refused the picture under its content policy"),
        ("simulated", None),
    ]


def test_a_unit_whose_every_provider_refused_records_each_refusal_once(
    only_refusing: None, runtime: Runtime, fake_stages: FakeStages
) -> None:
    page = _page_unit_after_text(runtime)

    assert execute_unit(runtime, page) == Outcome.FAILED
    assert _rows(runtime, page) == [("refusing", "refusing refused the picture under its content policy")]


class Answer:
    """What a provider call returns: here only its record."""

    def __init__(self, provider: str) -> None:
        self.call = CallRecord(provider=provider, prompt="asked")


class Provider:
    """A provider that answers, or fails with `error`, and counts the calls it got."""

    def __init__(self, name: str, error: Exception | None = None) -> None:
        self.name = name
        self.error = error
        self.asked = 0

    def ask(self) -> Answer:
        self.asked += 1
        if self.error is not None:
            raise self.error
        return Answer(self.name)


def _ask(provider: Provider) -> Answer:
    return provider.ask()


def test_a_terminal_failure_moves_on_and_every_call_is_recorded_once() -> None:
    refusing = Provider("refusing", ContentPolicyError("not that", provider="refusing"))
    answering = Provider("answering")
    record: list[CallRecord] = []

    answer, provider = first_that_works([refusing, answering], _ask, record=record, prompt="p")

    assert (answer.call.provider, provider) == ("answering", answering)
    assert [(call.provider, call.details.get("error")) for call in record] == [
        ("refusing", "CONTENT_POLICY"),
        ("answering", None),
    ]
    assert record[0].details["message"] == "not that" and record[0].prompt == "p"


def test_a_retryable_failure_is_raised_at_once_and_recorded() -> None:
    busy = Provider("busy", ProviderServerError("busy", provider="busy", status=503))
    never = Provider("never")
    record: list[CallRecord] = []

    with pytest.raises(ProviderServerError):
        first_that_works([busy, never], _ask, record=record, prompt="p")

    assert never.asked == 0
    assert [(call.provider, call.details["message"]) for call in record] == [("busy", "busy")]


def test_a_final_refusal_ends_the_fallback() -> None:
    refusing = Provider("refusing", ContentPolicyError("not that", provider="refusing"))
    never = Provider("never")
    record: list[CallRecord] = []

    with pytest.raises(ContentPolicyError):
        first_that_works([refusing, never], _ask, record=record, prompt="p", final=(ContentPolicyError,))

    assert never.asked == 0 and len(record) == 1


def test_when_every_provider_fails_the_last_failure_is_raised_and_all_are_recorded() -> None:
    last = ProviderAuthError("bad key", provider="second")
    first, second = (
        Provider("first", ProviderQuotaError("no credit", provider="first")),
        Provider("second", last),
    )
    record: list[CallRecord] = []

    with pytest.raises(ProviderAuthError) as raised:
        first_that_works([first, second], _ask, record=record, prompt="p")

    assert raised.value is last
    assert [call.details["error"] for call in record] == ["PROVIDER_QUOTA", "PROVIDER_AUTH"]

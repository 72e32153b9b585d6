"""Every provider call a unit makes is recorded once, failed ones with their error, fallbacks included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from sqlalchemy import select

from storyloom.db.models import Generation, GenerationType, UnitKind, UnitState, WorkUnit
from storyloom.errors import ContentPolicyError, TerminalProviderError
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
def refusing_then_simulated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    register("image", "refusing")(RefusingIllustrator)
    monkeypatch.setenv("IMAGE_PROVIDER", "refusing")
    monkeypatch.setenv("IMAGE_PROVIDER_FALLBACK", "simulated")
    yield
    unregister("image", "refusing")


def _fall_back_like_a_renderer(ctx: UnitContext) -> StageResult:
    """What the renderers do: note a terminal refusal among the calls, then try the next provider."""
    calls: list[tuple[GenerationType, CallRecord]] = []
    request = ImageRequest(kind="page", prompt="page 1", style="watercolor", width=64, height=64, seed=1)
    for provider in ctx.image_providers():
        try:
            picture = provider.illustrate(request)
        except TerminalProviderError as exc:
            details = {"error": exc.code, "message": exc.message}
            calls.append(
                (GenerationType.IMAGE, CallRecord(provider=provider.name, prompt="p", details=details))
            )
            continue
        calls.append((GenerationType.IMAGE, picture.call))
        return StageResult(output={"key": "k"}, calls=calls)
    raise AssertionError("no provider drew the page")


def test_a_refusal_the_renderer_reported_is_recorded_once_with_its_error(
    refusing_then_simulated: None, runtime: Runtime, fake_stages: FakeStages
) -> None:
    runtime.stages[UnitKind.PAGE_IMAGE] = _fall_back_like_a_renderer
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

    outcome = execute_unit(runtime, str(page))

    with runtime.session() as session:
        rows = session.execute(
            select(Generation.provider, Generation.error).where(Generation.unit_id == page)
        ).all()
    assert outcome == Outcome.DONE
    assert sorted((row.provider, row.error) for row in rows) == [
        ("refusing", "refusing refused the picture under its content policy"),
        ("simulated", None),
    ]

"""The JSON API's response shapes, as OpenAPI documents them and schemathesis checks them."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    """Every error: a message a person can act on, and a stable code."""

    error: str
    code: str | None = None
    field: str | None = Field(None, description="The input field at fault, when there is one.")
    fields: list[dict[str, str]] | None = Field(None, description="Every invalid field with its rule.")


class StartedBody(BaseModel):
    id: str
    status: str
    token: str | None = Field(None, description="Bearer token for this story; shown once, only on creation.")
    status_url: str
    reader_url: str


class UnitBody(BaseModel):
    kind: str
    index: int
    label: str
    state: str
    attempts: int
    error: str | None
    version: str | None = Field(
        None, description="A picture's version: it changes when the picture is drawn again."
    )


class StatusBody(BaseModel):
    id: str
    status: str
    progress: float = Field(description="Done units over all units, 0 to 1.")
    percent: int
    done: int
    total: int
    step: str = Field(description="What is being made now, in words.")
    eta_seconds: int | None
    error: str | None
    code: str | None
    readable: bool = Field(
        False,
        description="Every page's words, screen-size picture and narration are there; print files follow.",
    )
    first_page_ready: bool = Field(
        False, description="The words and page 1's picture are there: the reader can open the book."
    )
    units: list[UnitBody]


class PageBody(BaseModel):
    number: int
    title: str | None
    text: str | None
    scene: dict[str, Any] | None
    alt: str = Field(description="What the page's picture shows, for screen readers.")
    image_url: str | None
    audio_url: str | None
    timings_url: str | None
    duration_ms: int | None


class StoryBody(BaseModel):
    id: str
    status: str
    title: str
    description: str | None
    genre: str
    age_group: str
    language: str
    moral_lesson: str | None
    child_name: str | None
    dedication: str
    illustration_style: str | None
    characters: list[dict[str, Any]]
    settings: dict[str, Any]
    chapters: list[PageBody]
    moral: str | None
    vocabulary: list[dict[str, Any]]
    discussion_questions: list[str]
    reading_level: dict[str, Any] | None
    reading_level_label: str | None
    word_count: int | None
    page_count: int | None
    cover_url: str | None
    cover_alt: str
    pdf_url: str | None
    screen_pdf_url: str | None
    audio_url: str | None
    generation_time: int | None
    error: str | None
    code: str | None
    shopify_product_id: str | None
    created_at: str | None
    updated_at: str | None
    completed_at: str | None
    published_at: str | None


class RetryBody(BaseModel):
    id: str
    status: Literal["GENERATING"]
    retrying: list[str]


class PublishBody(BaseModel):
    id: str
    status: Literal["PUBLISHING"]


class PageTextIn(BaseModel):
    text: str = Field(min_length=1, max_length=1500, description="The page's new text.")


class SharingIn(BaseModel):
    """The owner's choices for the public library; a field left out stays as it is."""

    model_config = {"extra": "forbid"}

    show_in_library: bool | None = Field(None, description="List the published book in the public library.")
    show_child_name: bool | None = Field(None, description="Show the child's name there (else 'our hero').")


class SharingBody(BaseModel):
    id: str
    show_in_library: bool
    show_child_name: bool


class RetryIn(BaseModel):
    """Narration settings to change before the retry; the whole narration is then made again."""

    model_config = {"extra": "forbid"}

    narration_voice: str | None = Field(
        None,
        max_length=80,
        description="Another voice of the speech provider (letters, digits and _ + . -, no spaces); "
        "checked against the provider's voices. Empty string: the default voice.",
    )
    narration_rate: float | None = Field(None, ge=0.5, le=1.5, description="Another reading pace.")


class RegenerateIn(BaseModel):
    part: Literal["image", "text"] = Field(description="Make the page's picture or its text again.")


class PageChangeBody(BaseModel):
    id: str
    page: int
    status: str
    rerun: list[str] = Field(description="The units made again: the page's narration, picture, the PDF.")
    status_url: str

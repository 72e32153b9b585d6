"""Words the pages put around the pipeline's and the measurer's data: the progress steps, and the
reading level as a parent reads it ("Easy to read for ages 3-5"), with the formula as a detail."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyloom.errors import N_
from storyloom.pipeline.orchestrator import STEP_NAMES
from storyloom.story.params import AGE_GROUPS
from storyloom.story.reading_level import BANDS

Gettext = Callable[[str], str]


# The names of the progress list's groups, by unit kind (the groups a book's units fall into).
GROUP_NAMES = {
    "text": N_("Writing the story"),
    "character": N_("Drawing the characters"),
    "cover": N_("Painting the cover"),
    "page_text": N_("Rewriting the page"),
    "page_image": N_("Illustrating the pages"),
    "page_audio": N_("Recording the narration"),
    "book_audio": N_("Joining the narration"),
    "pdf": N_("Laying out the book"),
}
FINAL_STEPS = (
    N_("Your book is ready"),
    N_("Published"),
    N_("Something went wrong"),
    N_("Waiting to start"),
    N_("Waiting for a worker"),
    N_("Readable now; print files follow"),  # the orchestrator's READABLE_STEP
    N_("Sending a printed copy to the printer"),  # a printed order's unit (STEP_NAMES)
)


def step_names(gettext: Gettext) -> dict[str, str]:
    """Every step the progress API may name, in the visitor's language (keyed by the API's words)."""
    return {name: gettext(name) for name in (*STEP_NAMES.values(), *FINAL_STEPS)}


def group_names(gettext: Gettext) -> list[tuple[str, str]]:
    """The progress list's groups in the order a book is made: (unit kind, name)."""
    return [(kind, gettext(name)) for kind, name in GROUP_NAMES.items()]


def _fits(score: float, direction: str, band: tuple[float, float]) -> bool:
    low, high = band
    return score <= high if direction == "grade" else score >= low


def reading_level_words(level: dict[str, Any] | None, gettext: Gettext) -> dict[str, str] | None:
    """The youngest age group whose reading band the book's text is not too hard for, in words a
    parent understands, and the measurement behind it as a detail line."""
    if not level or not isinstance(level.get("score"), int | float):
        return None
    score = float(level["score"])
    language = str(level.get("language") or "en")
    direction = str(level.get("direction") or "grade")
    bands = BANDS.get(language, BANDS["en"])
    own_age = str(level.get("age_group") or "")
    youngest = next((age for age in AGE_GROUPS if age in bands and _fits(score, direction, bands[age])), None)
    if own_age in bands and _fits(score, direction, bands[own_age]):
        summary = gettext("Easy to read for ages %(ages)s") % {"ages": own_age}
    elif youngest is not None:
        summary = gettext("A little hard for ages %(ages)s; easy for ages %(older)s") % {
            "ages": own_age,
            "older": youngest,
        }
    else:
        summary = gettext("A demanding read, even for ages 9-12")
    formula = str(level.get("formula") or "")
    band = level.get("band")
    if isinstance(band, list | tuple) and len(band) == 2:
        details = gettext(
            "Measured with the %(formula)s formula: %(score)s (the target for ages %(ages)s is %(low)s to "
            "%(high)s)."
        ) % {
            "formula": formula,
            "score": f"{score:.1f}",
            "ages": own_age,
            "low": f"{band[0]:g}",
            "high": f"{band[1]:g}",
        }
    else:
        details = gettext("Measured with the %(formula)s formula: %(score)s.") % {
            "formula": formula,
            "score": f"{score:.1f}",
        }
    return {"summary": summary, "details": details}


# Words the templates pick from a list or a mapping (so `pybabel extract` cannot see them there).
TEMPLATE_WORDS = (
    N_("they/them"),
    N_("she/her"),
    N_("he/him"),
    N_("Slow, for the very young"),
    N_("Gentle (recommended)"),
    N_("Conversational"),
    N_("Draft"),
    N_("Being made…"),
    N_("Ready"),
    N_("Needs attention"),
    N_("Archived"),
    N_("Publishing to the store"),  # a step of the pipeline that no group of the progress list names
    # story.params' age groups, styles and genres (a test checks the two lists agree)
    N_("0-2 (board book)"),
    N_("3-5 (picture book)"),
    N_("6-8 (early reader)"),
    N_("9-12 (chapter book)"),
    N_("Watercolour"),
    N_("Flat storybook"),
    N_("Crayon"),
    N_("Paper cut-out"),
    N_("Adventure"),
    N_("Fantasy"),
    N_("Fairy tale"),
    N_("Space"),
    N_("Animals"),
    N_("Bedtime"),
    N_("Mystery"),
    N_("Friendship"),
    N_("Science"),
    N_("Ocean"),
)

# Messages of errors a visitor may meet on a page: error.html shows them through the catalogue.
PAGE_ERRORS = (
    N_("the form has expired; reload the page and try again"),
    N_("the book is still being made; its pages can be shown once it is ready"),
    N_("that file does not exist (yet)"),
    N_("the file store is unavailable"),
    N_("Internal server error"),
    N_("the book is published; its pages can no longer change"),  # storyloom.pipeline.edits
    N_("the book is still being made; its pages can be changed once it is ready"),
    N_("the book is still being made; its PDF follows when every page is drawn"),
)

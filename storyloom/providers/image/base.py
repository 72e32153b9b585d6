"""The ImageProvider protocol: draws a cover, a page or a character reference sheet as a PNG."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from storyloom.providers.base import CallRecord
from storyloom.story.schema import Character, SceneSpec

ImageKind = Literal["cover", "page", "character"]

# 8.5 in square trim plus 0.125 in bleed on every side, at 300 dpi.
PRINT_SIZE_PX = 2625
# The same at 150 dpi: what the reader and the screen PDF show.
SCREEN_SIZE_PX = 1313


@dataclass(frozen=True)
class ImageRequest:
    """One illustration to make. `prompt` is built from the character bible and the scene, for
    providers that take text; `scene` and `characters` are the same facts, structured, for those that
    compose the picture themselves. `references` are PNG reference sheets of the characters shown."""

    kind: ImageKind
    prompt: str
    style: str
    width: int
    height: int
    seed: int
    scene: SceneSpec | None = None
    characters: tuple[Character, ...] = ()
    references: tuple[bytes, ...] = field(default_factory=tuple)
    title: str = ""
    # "jpeg" asks for a print-quality JPEG instead of a PNG; providers that cannot may ignore it.
    encoding: Literal["png", "jpeg"] = "png"
    # Also the screen copy (a 150 dpi JPEG of the same drawing, `Illustration.screen_jpeg`), which the
    # reader serves and the screen PDF embeds as it is; providers that cannot may ignore it.
    screen_copy: bool = False


@dataclass
class Illustration:
    png: bytes
    width: int
    height: int
    call: CallRecord
    screen_jpeg: bytes | None = None  # the screen copy, when asked for and the provider made one


@runtime_checkable
class ImageProvider(Protocol):
    """Draws illustrations. Implementations must return a PNG and raise only provider-tree errors."""

    @property
    def name(self) -> str: ...

    @property
    def accepts_references(self) -> bool: ...

    @property
    def max_size(self) -> int: ...

    def illustrate(self, request: ImageRequest) -> Illustration: ...


def redraws_at_any_size(provider: object) -> bool:
    """Whether `provider` draws vectors (class attribute `redraws_at_any_size`), so drawing the same
    request again at another size gives the same picture, sharp: then the reader's size is drawn
    first and the print size later, instead of one print-size picture for both."""
    return bool(getattr(provider, "redraws_at_any_size", False))

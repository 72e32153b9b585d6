"""The four illustration styles: how each changes the palette, the line and the texture."""

from __future__ import annotations

from dataclasses import dataclass

from storyloom.render.illustrator.svg import adjust, shade

STYLE_NAMES = ("watercolour", "flat", "crayon", "papercut")
_ALIASES = {
    "watercolor": "watercolour",
    "flat storybook": "flat",
    "storybook": "flat",
    "paper cut-out": "papercut",
    "paper-cut": "papercut",
    "cutout": "papercut",
}


@dataclass(frozen=True)
class Style:
    """How a style draws: `tone` is applied to scenery colours (characters keep their bible colours),
    `outline` to every character shape, `wobble` bends shapes, `texture` names the paper finish."""

    name: str
    saturation: float
    lightness: float
    warmth: float
    outline_width: float
    outline_darkness: float
    wobble: float
    texture: str
    shadow: bool
    paper: str

    def tone(self, colour: str) -> str:
        """A scenery colour as this style paints it."""
        return adjust(colour, saturation=self.saturation, lightness=self.lightness, warmth=self.warmth)

    def line(self, fill: str) -> str:
        """The outline colour for a shape filled with `fill`."""
        return shade(fill, -self.outline_darkness)


STYLES: dict[str, Style] = {
    "watercolour": Style(
        name="watercolour",
        saturation=0.78,
        lightness=0.06,
        warmth=0.05,
        outline_width=2.2,
        outline_darkness=0.35,
        wobble=0.05,
        texture="watercolour",
        shadow=False,
        paper="#fbf6ec",
    ),
    "flat": Style(
        name="flat",
        saturation=1.08,
        lightness=0.0,
        warmth=0.0,
        outline_width=0.0,
        outline_darkness=0.0,
        wobble=0.0,
        texture="none",
        shadow=False,
        paper="#ffffff",
    ),
    "crayon": Style(
        name="crayon",
        saturation=1.12,
        lightness=0.02,
        warmth=0.03,
        outline_width=4.5,
        outline_darkness=0.6,
        wobble=0.09,
        texture="crayon",
        shadow=False,
        paper="#fffdf7",
    ),
    "papercut": Style(
        name="papercut",
        saturation=0.85,
        lightness=-0.02,
        warmth=0.1,
        outline_width=0.0,
        outline_darkness=0.0,
        wobble=0.02,
        texture="paper",
        shadow=True,
        paper="#f4ead8",
    ),
}


def style_named(name: str) -> Style:
    """The style for `name` (or a common spelling of it); unknown names get watercolour."""
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    return STYLES.get(key, STYLES["watercolour"])

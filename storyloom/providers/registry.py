"""The one registry of providers: names to classes, per kind (text, image, speech, printing).

Built-in and bundled providers register on import of their modules; third parties register through
the `storyloom.providers` entry-point group; tests register doubles with `register`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, ClassVar, Protocol, TypeVar


class _Named(Protocol):
    name: ClassVar[str]


T = TypeVar("T", bound=_Named)

KINDS = ("text", "image", "speech", "printing")

# name -> "module:Class", imported only when chosen, so an unused provider's SDK is never loaded.
_BUNDLED: dict[str, dict[str, str]] = {
    "text": {
        "builtin": "storyloom.providers.text.builtin:BuiltinStoryWriter",
        "simulated": "storyloom.providers.simulated:SimulatedStoryWriter",
        "openai": "storyloom.providers.text.openai:OpenAIStoryWriter",
        "google": "storyloom.providers.text.google:GeminiStoryWriter",
        "anthropic": "storyloom.providers.text.anthropic:AnthropicStoryWriter",
        "openai-compatible": "storyloom.providers.text.openai:OpenAICompatibleStoryWriter",
    },
    "image": {
        "builtin": "storyloom.providers.image.builtin:BuiltinIllustrator",
        "simulated": "storyloom.providers.simulated:SimulatedIllustrator",
        "openai": "storyloom.providers.image.openai:OpenAIImages",
        "stability": "storyloom.providers.image.stability:StabilityImages",
        "google": "storyloom.providers.image.google:GoogleImages",
        "automatic1111": "storyloom.providers.image.automatic1111:Automatic1111Images",
        "comfyui": "storyloom.providers.image.comfyui:ComfyUIImages",
        "replicate": "storyloom.providers.image.replicate:ReplicateImages",
    },
    "speech": {
        "builtin": "storyloom.providers.speech.builtin:EspeakNarrator",
        "simulated": "storyloom.providers.simulated:SimulatedNarrator",
        "google": "storyloom.providers.speech.google:GoogleNarrator",
        "elevenlabs": "storyloom.providers.speech.elevenlabs:ElevenLabsNarrator",
        "openai": "storyloom.providers.speech.openai:OpenAINarrator",
        "piper": "storyloom.providers.speech.piper:PiperNarrator",
        "kokoro": "storyloom.providers.speech.kokoro:KokoroNarrator",
    },
    "printing": {
        "lulu": "storyloom.providers.printing.lulu:LuluPrintService",
        "simulated": "storyloom.providers.printing.simulated:SimulatedPrintService",
    },
}
_REGISTRY: dict[str, dict[str, type[Any]]] = {kind: {} for kind in KINDS}
_entry_points_loaded = False


def bundle(kind: str, name: str, target: str) -> None:
    """Declare a provider shipped with Storyloom, imported lazily from `module:Class`."""
    _BUNDLED[kind][name] = target


def register(kind: str, name: str | None = None) -> Callable[[type[T]], type[T]]:
    """Class decorator: make a provider available under `name` (default: the class's `name`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown provider kind {kind!r}")

    def decorator(cls: type[T]) -> type[T]:
        _REGISTRY[kind][name or cls.name] = cls
        return cls

    return decorator


def unregister(kind: str, name: str) -> None:
    _REGISTRY[kind].pop(name, None)


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for entry in entry_points(group="storyloom.providers"):
        entry.load()


def registered_names(kind: str | None = None) -> set[str]:
    """Names known for `kind` (or any kind): bundled, registered and from entry points."""
    _load_entry_points()
    kinds = [kind] if kind else list(KINDS)
    names: set[str] = set()
    for each in kinds:
        names |= set(_BUNDLED[each]) | set(_REGISTRY[each])
    return names


def provider_class(kind: str, name: str) -> type[Any]:
    """The class registered for (kind, name); imports a bundled provider on first use."""
    _load_entry_points()
    if name in _REGISTRY[kind]:
        return _REGISTRY[kind][name]
    target = _BUNDLED[kind].get(name)
    if target is None:
        known = ", ".join(sorted(registered_names(kind)))
        raise KeyError(f"no {kind} provider named {name!r}; known: {known}")
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not isinstance(cls, type):
        raise TypeError(f"{target} is not a class")
    _REGISTRY[kind][name] = cls
    return cls

"""The names of the providers, per kind (text, image, speech, printing): the registry's one table.

Bundled providers are listed here as "module:Class", imported only when chosen (by
storyloom.providers.registry), so this module imports none of the providers' packages and settings
can check a provider's name against it before any provider is loaded.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

KINDS = ("text", "image", "speech", "printing")

# name -> "module:Class", imported only when chosen, so an unused provider's SDK is never loaded.
BUNDLED: dict[str, dict[str, str]] = {
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
# name -> class: registered ones (tests' doubles, third parties) and bundled ones once imported.
REGISTERED: dict[str, dict[str, type[Any]]] = {kind: {} for kind in KINDS}
_entry_points_loaded = False


def load_entry_points() -> None:
    """Import the third-party providers of the `storyloom.providers` entry-point group (once), which
    register themselves."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for entry in entry_points(group="storyloom.providers"):
        entry.load()


def registered_names(kind: str | None = None) -> set[str]:
    """Names known for `kind` (or any kind): bundled, registered and from entry points."""
    load_entry_points()
    kinds = [kind] if kind else list(KINDS)
    names: set[str] = set()
    for each in kinds:
        names |= set(BUNDLED[each]) | set(REGISTERED[each])
    return names

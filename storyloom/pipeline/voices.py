"""Checking a book's narration voice when the book is asked for, not after its pictures are paid for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyloom.errors import N_, InvalidInputError, ProviderError
from storyloom.providers.speech.base import VoiceCatalogue

if TYPE_CHECKING:
    from storyloom.runtime import Runtime


def check_voice(runtime: Runtime, voice: str | None, language: str) -> None:
    """Refuse (422 naming narration_voice) a voice the chosen speech provider does not have. A provider
    that cannot list its voices, or whose list is unreachable now, lets the voice through."""
    if not voice or not runtime.settings.limits.enable_audio_generation:
        return
    provider = runtime.speech_providers()[0]
    name = provider.name
    if not isinstance(provider, VoiceCatalogue):
        return
    try:
        known = provider.has_voice(voice, language)
    except ProviderError:
        return
    if known is False:
        raise InvalidInputError.of(
            "narration_voice",
            N_(
                "the narration service (%(service)s) has no voice named %(voice)s; "
                "leave it empty for the default voice"
            ),
            service=name,
            voice=repr(voice),
        )

"""The one registry of providers: names to classes, per kind (text, image, speech, printing). The
names themselves are in storyloom.provider_names (bundled ones as "module:Class", imported here on first
use, so an unused provider's SDK is never loaded).

Built-in and bundled providers register on import of their modules; third parties register through
the `storyloom.providers` entry-point group; tests register doubles with `register`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, ClassVar, Protocol, TypeVar

from storyloom.provider_names import BUNDLED, KINDS, REGISTERED, load_entry_points, registered_names

__all__ = ["bundle", "provider_class", "register", "registered_names", "unregister"]


class _Named(Protocol):
    name: ClassVar[str]


T = TypeVar("T", bound=_Named)


def bundle(kind: str, name: str, target: str) -> None:
    """Declare a provider shipped with Storyloom, imported lazily from `module:Class`."""
    BUNDLED[kind][name] = target


def register(kind: str, name: str | None = None) -> Callable[[type[T]], type[T]]:
    """Class decorator: make a provider available under `name` (default: the class's `name`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown provider kind {kind!r}")

    def decorator(cls: type[T]) -> type[T]:
        REGISTERED[kind][name or cls.name] = cls
        return cls

    return decorator


def unregister(kind: str, name: str) -> None:
    REGISTERED[kind].pop(name, None)


def provider_class(kind: str, name: str) -> type[Any]:
    """The class registered for (kind, name); imports a bundled provider on first use."""
    load_entry_points()
    if name in REGISTERED[kind]:
        return REGISTERED[kind][name]
    target = BUNDLED[kind].get(name)
    if target is None:
        known = ", ".join(sorted(registered_names(kind)))
        raise KeyError(f"no {kind} provider named {name!r}; known: {known}")
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not isinstance(cls, type):
        raise TypeError(f"{target} is not a class")
    REGISTERED[kind][name] = cls
    return cls

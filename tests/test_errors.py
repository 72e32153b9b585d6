"""The error tree drawn in storyloom/errors.py is the tree the package defines: every exception class,
under its real parent, with the module it lives in when that is not errors.py."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import storyloom
from storyloom import errors

PACKAGE_DIR = Path(storyloom.__file__).parent
DRAWN_LINE = re.compile(r"── (?P<name>\w+)\s*(?:\((?P<module>[\w/]+\.py)\))?")


@dataclass(frozen=True)
class DrawnClass:
    name: str
    parent: str | None
    module: str | None  # the file named in the drawing, relative to the package, when not errors.py


def drawn_tree() -> dict[str, DrawnClass]:
    """The classes of the drawing in errors.py, each with the class drawn above it."""
    doc = errors.__doc__ or ""
    lines = doc[doc.index("\nStoryloomError\n") + 1 :].splitlines()
    drawn = {"StoryloomError": DrawnClass("StoryloomError", None, None)}
    open_branches: list[tuple[int, str]] = [(0, "StoryloomError")]  # (column of the name, name)
    for line in lines[1:]:
        match = DRAWN_LINE.search(line)
        if match is None:
            continue  # a description carried over to the next line
        column = match.start("name")
        while open_branches[-1][0] >= column:
            open_branches.pop()
        name = match["name"]
        assert name not in drawn, f"{name} is drawn twice"
        drawn[name] = DrawnClass(name, open_branches[-1][1], match["module"])
        open_branches.append((column, name))
    return drawn


def defined_exceptions() -> list[type[BaseException]]:
    """Every exception class defined at module level anywhere in the storyloom package."""
    found: dict[str, type[BaseException]] = {}
    for module_info in pkgutil.walk_packages(storyloom.__path__, "storyloom."):
        if module_info.name.endswith(".__main__"):
            continue  # a command's entry point: importing it is harmless, but it defines nothing
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


EXCEPTIONS = defined_exceptions()


def test_the_walk_finds_exceptions_outside_errors_py() -> None:
    modules = {cls.__module__ for cls in EXCEPTIONS}

    assert {"storyloom.errors", "storyloom.providers.jobs", "storyloom.shopify.admin"} <= modules
    assert len(EXCEPTIONS) >= 40


@pytest.mark.parametrize("cls", EXCEPTIONS, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_every_exception_is_drawn_under_its_parent(cls: type[BaseException]) -> None:
    drawn = drawn_tree()

    assert cls.__name__ in drawn, f"{cls.__module__}.{cls.__name__} is missing from the tree in errors.py"
    (base,) = cls.__bases__
    assert drawn[cls.__name__].parent == (base.__name__ if cls is not errors.StoryloomError else None)


@pytest.mark.parametrize("cls", EXCEPTIONS, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_a_class_outside_errors_py_is_drawn_with_its_module(cls: type[BaseException]) -> None:
    drawn = drawn_tree()[cls.__name__]
    path = Path(inspect.getfile(cls)).relative_to(PACKAGE_DIR).as_posix()

    assert drawn.module == (None if path == "errors.py" else path)


def test_the_drawing_names_only_classes_that_exist() -> None:
    defined = {cls.__name__ for cls in EXCEPTIONS}

    assert set(drawn_tree()) - defined == set()


def test_requests_refused_are_4xx_and_not_generation_failures() -> None:
    refused = [cls for cls in EXCEPTIONS if issubclass(cls, errors.RequestRefusedError)]

    assert {cls.__name__ for cls in refused} >= {
        "InvalidInputError",
        "NotFoundError",
        "ForbiddenError",
        "ConflictError",
        "RateLimitedError",
        "ContentRejectedError",
        "CallbackRejected",
    }
    for cls in refused:
        assert not issubclass(cls, errors.StoryGenerationError), cls
        assert 400 <= cls.status < 500, cls
    assert errors.StoryGenerationError.status == 500


def test_a_refused_request_and_a_failed_generation_are_both_told_to_the_client() -> None:
    refused = errors.NotFoundError("no story with id s1")
    failed = errors.StoryGenerationError("page text 2 failed: quota", code="PROVIDER_QUOTA", status=502)

    assert isinstance(refused, errors.ClientFacingError)
    assert isinstance(failed, errors.ClientFacingError)
    assert (refused.status, refused.code, refused.field) == (404, "NOT_FOUND", None)
    assert (failed.status, failed.code, str(failed)) == (502, "PROVIDER_QUOTA", "page text 2 failed: quota")


def test_a_retryable_provider_error_keeps_what_it_is_given() -> None:
    error = errors.ProviderRateLimitError(
        "slow down", provider="openai", retry_after=2.5, code="RATE", status=429, unit="page 3"
    )

    assert (error.provider, error.retry_after, error.code, error.status, error.unit, error.retryable) == (
        "openai",
        2.5,
        "RATE",
        429,
        "page 3",
        True,
    )

"""The language switcher (`/language/{code}`): remembers the visitor's choice in a cookie and goes
back to the page they were on; and the favicon browsers ask for at the site's root."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import RedirectResponse

from storyloom.errors import N_, InvalidInputError
from storyloom.web.i18n import LANGUAGE_COOKIE, SITE_LANGUAGES

router = APIRouter(include_in_schema=False)


def _local(path: str) -> str:
    """`path` if it is a path on this site, else the home page (no open redirect)."""
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/stories/new"
    return path


@router.get("/language/{code}")
async def choose_language(
    code: Annotated[str, Path(max_length=10)],
    next_page: Annotated[str, Query(alias="next", max_length=2000)] = "/stories/new",
) -> RedirectResponse:
    """Show the site in `code` from now on, in this browser."""
    if code not in SITE_LANGUAGES:
        raise InvalidInputError.of(
            "language", N_("must be one of %(choices)s"), choices=", ".join(SITE_LANGUAGES)
        )
    response = RedirectResponse(_local(next_page), status_code=303)
    response.set_cookie(LANGUAGE_COOKIE, code, max_age=60 * 60 * 24 * 365, samesite="lax")
    return response


@router.get("/favicon.ico")
async def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=308)

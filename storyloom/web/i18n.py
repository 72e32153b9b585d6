"""The site's languages: gettext catalogues (storyloom/web/locales/<lang>/LC_MESSAGES/messages.po, read
by Babel at start-up, so there is no compile step), the visitor's language (the `storyloom_lang` cookie
set by the switcher, else the browser's Accept-Language), and the labels printed in a book, which
follow the book's own language rather than the visitor's.

Templates use `{% trans %}` and `_()`; the strings are kept in the catalogues with
`make messages` (pybabel extract + update, see babel.cfg).
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from fastapi import Request
from fastapi.templating import Jinja2Templates

from storyloom.story.params import LANGUAGE_NAMES

LOCALES_DIR = Path(__file__).with_name("locales")
SITE_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de")
DEFAULT_LANGUAGE = "en"
LANGUAGE_COOKIE = "storyloom_lang"


def catalogue_path(language: str) -> Path:
    return LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"


@functools.cache
def translations(language: str) -> NullTranslations:
    """The catalogue of `language` (English, the source language, needs none)."""
    path = catalogue_path(language)
    if language not in SITE_LANGUAGES or language == DEFAULT_LANGUAGE or not path.exists():
        return NullTranslations()
    with path.open("rb") as source:
        catalogue = read_po(source, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled)


def negotiate(accept_language: str | None) -> str:
    """The first site language the browser asks for (by weight, then order), else English."""
    choices: list[tuple[float, int, str]] = []
    for position, item in enumerate((accept_language or "").split(",")):
        tag, _, weight = item.strip().partition(";")
        quality = 1.0
        if weight.strip().startswith("q="):
            try:
                quality = float(weight.strip()[2:])
            except ValueError:
                quality = 0.0
        base = tag.strip().lower().replace("_", "-").split("-")[0]
        if base in SITE_LANGUAGES and quality > 0:
            choices.append((-quality, position, base))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE


def request_language(request: Request) -> str:
    """The visitor's language: the switcher's cookie, else the browser's preference."""
    chosen = request.cookies.get(LANGUAGE_COOKIE)
    if chosen in SITE_LANGUAGES:
        return chosen
    return negotiate(request.headers.get("accept-language"))


def template_context(request: Request) -> dict[str, Any]:
    """What every page's template needs to speak the visitor's language."""
    language = request_language(request)
    catalogue = translations(language)
    return {
        "lang": language,
        "site_languages": {code: LANGUAGE_NAMES[code] for code in SITE_LANGUAGES},
        "gettext": catalogue.gettext,
        "ngettext": catalogue.ngettext,
        "_": catalogue.gettext,
        "book_labels": book_labels,
    }


def localized_templates(*directories: Path) -> Jinja2Templates:
    """Templates of `directories` (searched in order) with Jinja's i18n extension and the visitor's
    catalogue."""
    templates = Jinja2Templates(
        directory=[str(directory) for directory in directories], context_processors=[template_context]
    )
    templates.env.add_extension("jinja2.ext.i18n")
    templates.env.install_null_translations()  # type: ignore[attr-defined]
    return templates


def book_labels(language: str) -> dict[str, str]:
    """The words a book prints around its story, in the book's language."""
    catalogue = translations(language)
    return {
        "for_child": catalogue.gettext("A story for %(name)s"),
        "the_end": catalogue.gettext("The end"),
        "moral": catalogue.gettext("The moral:"),
        "new_words": catalogue.gettext("New words"),
        "talk_about_it": catalogue.gettext("Talk about it"),
        "cover": catalogue.gettext("Cover"),
        "page_of": catalogue.gettext("Page %(number)s of %(total)s"),
        "cover_alt": catalogue.gettext("The cover of %(title)s"),
        "cover_alt_untitled": catalogue.gettext("The book's cover"),
        "picture_alt": catalogue.gettext("A picture of %(names)s"),
        "picture_alt_nobody": catalogue.gettext("A picture of the story"),
    }

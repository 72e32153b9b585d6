"""The site in English, Spanish, French and German: complete catalogues that follow the code, the
visitor's language from the switcher or the browser, a book's own labels in the book's language, and
no English word from the catalogue on any page in another language."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.pipeline.orchestrator import READABLE_STEP, STEP_NAMES
from storyloom.runtime import Runtime
from storyloom.story.params import AGE_GROUP_LABELS, GENRES, LANGUAGE_NAMES, STYLE_LABELS
from storyloom.web.i18n import LOCALES_DIR, SITE_LANGUAGES, book_labels, catalogue_path, negotiate
from storyloom.web.pages.appearance import palettes
from storyloom.web.wording import FINAL_STEPS, GROUP_NAMES, reading_level_words
from tests.web.conftest import BookStages, wait_status
from tests.web.test_pages import FORM, csrf_token

ROOT = Path(__file__).resolve().parents[2]
OTHER_LANGUAGES = [language for language in SITE_LANGUAGES if language != "en"]


def catalogue(language: str):  # type: ignore[no-untyped-def]
    with catalogue_path(language).open("rb") as source:
        return read_po(source, locale=language)


def msgids() -> set[str]:
    with (LOCALES_DIR / "messages.pot").open("rb") as source:
        template = read_po(source)
    return {
        message.id if isinstance(message.id, str) else message.id[0] for message in template if message.id
    }


def code_messages() -> set[str]:
    method_map = [("storyloom/**.py", "python"), ("storyloom/web/**.html", "jinja2")]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_message_has_a_translation_with_the_same_placeholders(language: str) -> None:
    translated = catalogue(language)
    problems = [
        (message.id, errors) for message, errors in translated.check() if errors
    ]  # babel checks python-format placeholders and plural forms

    assert problems == []
    for message in translated:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{language}: no translation for {message.id!r}"
        assert not message.fuzzy, f"{language}: {message.id!r} is fuzzy"
    assert {m.id if isinstance(m.id, str) else m.id[0] for m in translated if m.id} == msgids()


def test_the_catalogue_holds_every_string_of_the_code_and_the_domains_labels() -> None:
    known = msgids()
    labels = {
        *AGE_GROUP_LABELS.values(),
        *STYLE_LABELS.values(),
        *(genre.capitalize() for genre in GENRES),
        *STEP_NAMES.values(),
        *FINAL_STEPS,
        *GROUP_NAMES.values(),
        *(option[1] for options in palettes().values() for option in options),
    }

    assert code_messages() - known == set(), "run `make messages` and translate the new strings"
    assert labels - known == set()


def test_every_appearance_choice_and_progress_step_is_in_the_catalogue() -> None:
    shown = {option[1] for options in palettes().values() for option in options}

    assert shown - msgids() == set(), "add the new names to storyloom/web/pages/appearance.py PALETTE_WORDS"
    assert READABLE_STEP in msgids()


@pytest.mark.parametrize(
    ("header", "language"),
    [
        pytest.param("es-ES,es;q=0.9,en;q=0.8", "es", id="spanish"),
        pytest.param("en-GB;q=0.5, de-AT", "de", id="weights"),
        pytest.param("it-IT, fr;q=0.3", "fr", id="first-known"),
        pytest.param("ja, zh;q=0.8", "en", id="unknown"),
        pytest.param("fr;q=0, es;q=0.1", "es", id="refused"),
        pytest.param("", "en", id="none"),
        pytest.param("de;q=x", "en", id="malformed-weight"),
    ],
)
def test_the_browsers_language_is_negotiated(header: str, language: str) -> None:
    assert negotiate(header) == language


class VisibleText(HTMLParser):
    """The words a visitor reads or hears: text, alt, labels, placeholders, and the scripts' messages."""

    ATTRIBUTES = ("alt", "aria-label", "placeholder", "title", "data-label", "aria-valuetext")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.parts.extend(str(values[name]) for name in self.ATTRIBUTES if values.get(name))
        if tag in ("script", "style"):
            self._script = values.get("type") or tag

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is None:
            self.parts.append(data)
        elif self._script == "application/json":
            self.parts.extend(_strings(json.loads(data)))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def untranslated(html: str, language: str) -> list[str]:
    """English messages of the catalogue that appear on a page meant to be in `language`."""
    translated = {
        message.id if isinstance(message.id, str) else message.id[0]: message.string
        for message in catalogue(language)
        if message.id
    }
    text = visible_text(html)
    # A single English word that is also a word of the language ("Kind" is German for child).
    native_words = set(re.findall(r"\w+", " ".join(str(value) for value in translated.values())))
    found = []
    for msgid, string in translated.items():
        if msgid in (string if isinstance(string, tuple) else (string,)):
            continue  # the same word in both languages ("Genre", "Pages")
        strings = " ".join(string if isinstance(string, tuple) else (string,))
        for fragment in re.split(r"%\(\w+\)s", msgid):
            fragment = fragment.strip(" .:;,()")
            if fragment in strings or fragment in native_words:
                continue  # a word both languages share ("le style", "der Stil")
            if len(fragment) >= 4 and re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text):
                found.append(fragment)
    return found


def same_as_in_english(english_html: str, html: str, language: str, data: tuple[str, ...] = ()) -> list[str]:
    """Words a page in `language` shows exactly as its English rendering does: a string nobody wrapped
    for the catalogue (which `untranslated` cannot see), unless it is the same in both languages (a
    message translated as itself, a language's own name) or the visitor's own data."""
    same = [
        re.compile(r".+?".join(re.escape(piece) for piece in re.split(r"%\(\w+\)s", form)))
        for message in catalogue(language)
        if message.id
        for form in _forms(message.id)
        if form in _forms(message.string)
    ]
    english = set(_own_language_parts(english_html))
    found = []
    for part in _own_language_parts(html):
        text = part
        for known in sorted({"Storyloom", *data}, key=len, reverse=True):
            text = text.replace(known, "")
        text = text.strip(" ·.:;,()%0123456789")
        if part not in english or not re.search(r"[A-Za-z]{4,}", text) or text in LANGUAGE_NAMES.values():
            continue
        if not any(pattern.fullmatch(text) or pattern.fullmatch(part) for pattern in same):
            found.append(part)
    return found


def _forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


class OwnLanguageText(VisibleText):
    """The visible text outside the parts in another language of their own (a book's `lang="es"`)."""

    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

    def __init__(self) -> None:
        super().__init__()
        self._open: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        foreign = any(self._open) or (tag != "html" and any(name == "lang" for name, _ in attrs))
        if not foreign:
            super().handle_starttag(tag, attrs)
        elif tag in ("script", "style"):
            self._script = dict(attrs).get("type") or tag
        if tag not in self.VOID:
            self._open.append(foreign)

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag not in self.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if not any(self._open):
            super().handle_data(data)


def _own_language_parts(html: str) -> list[str]:
    parser = OwnLanguageText()
    parser.feed(html)
    return [re.sub(r"\s+", " ", part).strip() for part in parser.parts]


@pytest.fixture
def spanish_book(runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object) -> str:
    runtime.settings.limits.enable_multi_language = True
    response = client.post(
        "/stories/new",
        data={**FORM, "language": "es", "moral_lesson": "compartir es bonito", "csrf": csrf_token(client)},
        follow_redirects=False,
    )
    story_id = response.headers["location"].rsplit("/", 1)[-1]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.title = "Mia y el faro"
        story.description = "Un cuento sobre un faro."
        story.params = {**story.params, "dedication": "Para Mia"}
        story.chapters = [
            {**chapter, "title": f"Capítulo {n}", "text": "Mia sube al faro con su amiga."}
            for n, chapter in enumerate(story.chapters, start=1)
        ]
        story.extras = {
            "moral": "Compartir es bonito.",
            "vocabulary": [{"word": "faro", "definition": "una torre con luz"}],
            "discussion_questions": ["¿Qué compartió Mia?"],
        }
        story.reading_level = {**(story.reading_level or {}), "language": "es", "score": 105.0}
    return story_id


@pytest.mark.slow
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_page_speaks_the_visitors_language(
    runtime: Runtime, client: TestClient, stranger: TestClient, spanish_book: str, language: str
) -> None:
    client.cookies.set("storyloom_lang", language)
    stranger.headers["Accept-Language"] = f"{language}-XX,{language};q=0.9,en;q=0.5"
    with runtime.session() as session:
        session.add(
            Story(
                title="Un libro publicado",
                genre="ocean",
                age_group="3-5",
                language="es",
                status=StoryStatus.PUBLISHED,
                params={"child_name": "Ana"},
            )
        )
    pages = {
        "form": client.get("/stories/new"),
        "library": client.get("/stories"),
        "my books": client.get("/account/stories"),
        "reader": client.get(f"/stories/{spanish_book}"),
        "not found": client.get("/stories/unknown", headers={"Accept": "text/html"}),
        "private": stranger.get(f"/stories/{spanish_book}", headers={"Accept": "text/html"}),
        "empty library": stranger.get("/account/stories"),
    }

    english = {name: _in_english(client, stranger, response) for name, response in pages.items()}
    # the book's own words and the labels around them are in the book's language, Spanish
    book_data = (
        "Mia y el faro",
        "Un libro publicado",
        "Un cuento sobre un faro.",
        "Para Mia",
        *book_labels("es").values(),
    )

    for name, response in pages.items():
        assert f'<html lang="{language}">' in response.text, name
        assert untranslated(response.text, language) == [], (name, visible_text(response.text))
        assert same_as_in_english(english[name], response.text, language, book_data) == [], name


def _in_english(client: TestClient, stranger: TestClient, response: Any) -> str:
    """The same page again, asked for in English by the same browser."""
    browser = stranger if response.request.headers.get("accept-language") else client
    request = response.request
    saved = browser.cookies.get("storyloom_lang")
    browser.cookies.set("storyloom_lang", "en")
    try:
        return browser.request(
            request.method, str(request.url), headers={"Accept": request.headers.get("accept", "")}
        ).text
    finally:
        browser.cookies.delete("storyloom_lang")
        if saved:
            browser.cookies.set("storyloom_lang", saved)


def test_the_book_labels_follow_the_books_language_not_the_visitors(
    client: TestClient, spanish_book: str
) -> None:
    client.cookies.set("storyloom_lang", "de")

    html = client.get(f"/stories/{spanish_book}").text

    assert '<html lang="de">' in html
    assert "Un cuento para Mia" in html
    assert "<h2>Fin</h2>" in html
    assert "<strong>La moraleja:</strong> Compartir es bonito." in html
    assert "<h3>Palabras nuevas</h3>" in html
    assert "<h3>Para conversar</h3>" in html
    assert 'alt="La portada de Mia y el faro"' in html
    assert "Leicht zu lesen für 3-5 Jahre" in html  # the reading level speaks to the visitor
    assert "Diese Seite ändern" in html


def test_a_page_error_speaks_the_visitors_language(client: TestClient) -> None:
    client.cookies.set("storyloom_lang", "es")

    response = client.post("/stories/new", data=FORM, headers={"Accept": "text/html"})

    assert response.status_code == 403
    assert "el formulario ha caducado; vuelve a cargar la página e inténtalo de nuevo" in response.text


def test_the_switcher_remembers_the_language_and_goes_back(client: TestClient) -> None:
    response = client.get("/language/fr?next=/stories%3Fgenre%3Docean", follow_redirects=False)
    evil = client.get("/language/fr?next=//evil.example/", follow_redirects=False)
    unknown = client.get("/language/xx", headers={"Accept": "application/json"})

    assert response.status_code == 303
    assert response.headers["location"] == "/stories?genre=ocean"
    assert "storyloom_lang=fr" in response.headers["set-cookie"]
    assert evil.headers["location"] == "/stories/new"
    assert unknown.status_code == 422
    assert unknown.json()["field"] == "language"  # said in French, the language now chosen
    assert unknown.json()["error"] == "Langue : doit être l’un de ceux-ci : en, es, fr, de"
    assert '<html lang="fr">' in client.get("/stories").text


@pytest.mark.parametrize(
    ("level", "summary"),
    [
        pytest.param(
            {"formula": "Flesch-Kincaid grade", "score": 1.4, "band": [-3, 3], "age_group": "3-5"},
            "Easy to read for ages 3-5",
            id="within",
        ),
        pytest.param(
            {"formula": "Flesch-Kincaid grade", "score": 4.0, "band": [-3, 3], "age_group": "3-5"},
            "A little hard for ages 3-5; easy for ages 6-8",
            id="too-hard",
        ),
        pytest.param(
            {"formula": "Fernandez-Huerta", "score": 60.0, "language": "es", "direction": "ease",
             "band": [88, 130], "age_group": "3-5"},
            "A demanding read, even for ages 9-12",
            id="ease-too-hard",
        ),
    ],
)  # fmt: skip
def test_the_reading_level_speaks_to_parents(level: dict[str, object], summary: str) -> None:
    words = reading_level_words(level, str)

    assert words is not None
    assert words["summary"] == summary
    assert "formula" in words["details"]
    assert "-3 to 3" in words["details"] or "88 to 130" in words["details"]


def test_book_labels_exist_in_every_language() -> None:
    english = book_labels("en")
    for language in OTHER_LANGUAGES:
        labels = book_labels(language)
        assert labels.keys() == english.keys()
        assert all(labels[key] != english[key] for key in labels), language

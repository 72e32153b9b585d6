"""Input errors in the visitor's language (storyloom/web/input_errors.py): the forms and the API's
human messages name the field and the rule in Spanish, French or German, while the API's `field`
and `code` stay the same in every language."""

from __future__ import annotations

import html as html_module
import re

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from storyloom.db.models import StoryStatus
from storyloom.errors import InvalidInputError
from storyloom.pipeline.orchestrator import _changed_params, start_story
from storyloom.runtime import Runtime
from storyloom.story.params import StoryParams
from storyloom.web.i18n import translations
from storyloom.web.input_errors import RULES, describe_validation_errors, input_error_message
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start
from tests.web.test_i18n import OTHER_LANGUAGES, same_as_in_english, untranslated
from tests.web.test_pages import FORM, csrf_token, error_text

BAD_FORM = {
    **FORM,
    "child_name": "Mia" * 14,  # 42 characters
    "moral_lesson": "ok",
    "page_count": "99",
    "character-1-name": "R2D2",
}
EXPECTED = {
    "es": {
        "child_name": "El nombre del niño o la niña: escribe entre 1 y 40 caracteres",
        "moral_lesson": "La moraleja: escribe entre 3 y 120 caracteres",
        "page_count": "Páginas: debe ser como máximo 32",
        "character-1-name": "El nombre del amigo 1: usa solo letras, espacios, guiones, apóstrofos y puntos",
    },
    "fr": {
        "child_name": "Le prénom de l’enfant : écrivez entre 1 et 40 caractères",
        "moral_lesson": "La morale : écrivez entre 3 et 120 caractères",
    },
    "de": {
        "child_name": "Der Name des Kindes: schreibe zwischen 1 und 40 Zeichen",
        "moral_lesson": "Die Moral: schreibe zwischen 3 und 120 Zeichen",
    },
}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_form_says_what_to_fix_in_the_visitors_language(client: TestClient, language: str) -> None:
    client.cookies.set("storyloom_lang", language)

    response = client.post("/stories/new", data={**BAD_FORM, "csrf": csrf_token(client)})

    assert response.status_code == 422
    page = response.text
    for field, message in EXPECTED[language].items():
        assert html_module.unescape(error_text(page, field)) == message, field
    client.cookies.set("storyloom_lang", "en")
    english = client.post("/stories/new", data={**BAD_FORM, "csrf": csrf_token(client)}).text
    assert error_text(english, "child_name") == "child_name must be at most 40 characters"
    assert untranslated(page, language) == []
    assert same_as_in_english(english, page, language, (BAD_FORM["child_name"], "R2D2")) == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_appearance_preview_says_what_to_fix_in_the_visitors_language(
    client: TestClient, language: str
) -> None:
    client.cookies.set("storyloom_lang", language)

    response = client.post(
        "/stories/new", data={**FORM, "appearance-skin": "green", "preview": "1", "csrf": csrf_token(client)}
    )

    shown = html_module.unescape(error_text(response.text, "appearance-skin"))
    gettext = translations(language).gettext
    assert shown == f"{gettext('Skin tone')}{' : ' if language == 'fr' else ': '}" + gettext(
        RULES["literal_error"]
    )
    assert not re.search(r"Input should|[Ss]kin", shown)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_api_names_the_field_and_says_the_rule_in_the_asked_language(
    client: TestClient, language: str
) -> None:
    body = {"child_name": "", "age_group": "3-5", "moral_lesson": "sharing is kind", "page_count": 40}

    answer = client.post("/api/stories/generate", json=body, headers={"Accept-Language": language}).json()
    english = client.post("/api/stories/generate", json=body).json()

    assert answer["code"] == english["code"] == "INVALID_INPUT"
    assert [(p["field"], p["code"]) for p in answer["fields"]] == [
        ("child_name", "name_length"),
        ("page_count", "less_than_equal"),
    ]
    assert [(p["field"], p["code"]) for p in english["fields"]] == [
        (p["field"], p["code"]) for p in answer["fields"]
    ]
    assert english["fields"][0]["message"] == "child_name must not be empty"
    gettext = translations(language).gettext
    assert answer["fields"][0]["message"].startswith(gettext("The child's name"))
    assert "must" not in answer["error"] and "child_name" not in answer["error"]


@pytest.fixture
def finished(runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object) -> str:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    return story_id


@pytest.mark.slow
def test_a_page_text_error_from_the_pipeline_speaks_the_visitors_language(
    client: TestClient, finished: str
) -> None:
    url = f"/api/stories/{finished}/pages/1/text"
    csrf = {"X-CSRF-Token": csrf_token(client)}

    spanish = client.put(url, json={"text": "123 456"}, headers={**csrf, "Accept-Language": "es"})
    english = client.put(url, json={"text": "123 456"}, headers=csrf)

    assert spanish.status_code == english.status_code == 422
    assert spanish.json() == {
        "error": "El texto de la página: el texto de la página debe contener letras",
        "code": "INVALID_INPUT",
        "field": "text",
    }
    assert english.json()["error"] == "text: the page text must contain letters"
    assert english.json()["field"] == "text"


def test_the_rules_are_said_in_every_language() -> None:
    error = InvalidInputError.of("text", "the page text must contain letters")
    with pytest.raises(ValidationError) as raised:
        StoryParams.model_validate({"child_name": "Ana", "age_group": "3-5", "moral_lesson": ""})

    problems = describe_validation_errors(raised.value.errors(), translations("de").gettext)

    assert problems == [
        {
            "field": "moral_lesson",
            "code": "moral_empty",
            "message": "Die Moral: sag in wenigen Worten, was die Geschichte lehren soll, "
            "zum Beispiel „Teilen ist schön“",
        }
    ]
    assert input_error_message(error, translations("fr").gettext) == (
        "Le texte de la page : le texte de la page doit contenir des lettres"
    )
    for language in OTHER_LANGUAGES:
        gettext = translations(language).gettext
        assert all(gettext(rule) != rule for rule in RULES.values()), language


def test_a_retrys_new_voice_is_refused_in_the_visitors_language(runtime: Runtime) -> None:
    story = start_story(
        runtime, StoryParams(child_name="Ana", age_group="3-5", moral_lesson="sharing is kind")
    )
    with pytest.raises(InvalidInputError) as raised:
        _changed_params(runtime, story.story_id, {"narration_voice": "warm voice"})

    assert raised.value.field == "narration_voice"
    assert raised.value.message.startswith("narration_voice: narration_voice must be one voice name")
    assert input_error_message(raised.value, translations("es").gettext) == (
        "Voz: escribe el nombre de una voz del servicio de narración: letras, cifras, guiones bajos, "
        "signos más, puntos y guiones, sin espacios"
    )

"""Input errors in the visitor's language: each problem as the form names its field ("The child's
name") and the rule it broke ("write between 1 and 40 characters"), from the error's type and its
values, through the site's catalogues. English keeps the messages the API has always given; the
machine-readable parts (`field`, `code`) never change with the language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from fastapi import Request

from storyloom.errors import N_, ClientFacingError, InvalidInputError
from storyloom.story.params import MORAL_LENGTH
from storyloom.web.i18n import DEFAULT_LANGUAGE, request_language, translations

Gettext = Callable[[str], str]

# Every field a person can get wrong, named as the forms label it.
FIELD_LABELS = {
    "child_name": N_("The child's name"),
    "pronouns": N_("Pronouns"),
    "age_group": N_("Age group"),
    "genre": N_("Genre"),
    "language": N_("Language"),
    "moral_lesson": N_("The moral lesson"),
    "setting": N_("Setting"),
    "page_count": N_("Pages"),
    "dedication": N_("Dedication"),
    "illustration_style": N_("Illustration style"),
    "style": N_("Illustration style"),
    "narration_rate": N_("Reading pace"),
    "narration_voice": N_("Voice"),
    "characters": N_("Friends in the story"),
    "skin": N_("Skin tone"),
    "hair_colour": N_("Hair colour"),
    "hair_style": N_("Hair style"),
    "eyes": N_("Eye colour"),
    "outfit_colour": N_("Colour to wear"),
    "glasses": N_("Glasses"),
    "freckles": N_("Freckles"),
    "hearing_aid": N_("Hearing aid"),
    "wheelchair": N_("Wheelchair"),
    "text": N_("The page text"),
    "page": N_("Page"),
    "part": N_("What to make again"),
}
FRIEND_LABELS = {
    "name": N_("Friend %(n)s's name"),
    "kind": N_("Friend %(n)s: kind"),
    "traits": N_("Friend %(n)s: traits"),
    "look": N_("Friend %(n)s: look"),
}
FRIEND_APPEARANCE_LABEL = N_("%(part)s of friend %(n)s")

# The rules, by the error's type (pydantic's own types, and the custom ones of storyloom.story.params);
# the placeholders are the error's context values.
RULES = {
    "missing": N_("this is needed"),
    "string_too_short": N_("write at least %(min_length)s characters"),
    "string_too_long": N_("write at most %(max_length)s characters"),
    "too_short": N_("choose at least %(min_length)s"),
    "too_long": N_("choose at most %(max_length)s"),
    "literal_error": N_("choose one of the options offered"),
    "enum": N_("choose one of the options offered"),
    "int_parsing": N_("write a whole number"),
    "int_from_float": N_("write a whole number"),
    "int_type": N_("write a whole number"),
    "float_parsing": N_("write a number"),
    "float_type": N_("write a number"),
    "bool_parsing": N_("choose yes or no"),
    "bool_type": N_("choose yes or no"),
    "greater_than_equal": N_("must be at least %(ge)s"),
    "less_than_equal": N_("must be at most %(le)s"),
    "greater_than": N_("must be more than %(gt)s"),
    "less_than": N_("must be less than %(lt)s"),
    "extra_forbidden": N_("is not a field of this form"),
    "name_length": N_("write between %(min)s and %(max)s characters"),
    "name_letters": N_("use only letters, spaces, hyphens, apostrophes and full stops"),
    "moral_empty": N_("say in a few words what the story should teach, such as “sharing is kind”"),
    "moral_length": N_("write between %(min)s and %(max)s characters"),
    "voice_name": N_(
        "write one voice name of the narration service: letters, digits, underscores, plus signs, "
        "full stops and hyphens, with no spaces"
    ),
    "distinct_names": N_("give each friend a different name"),
}
ANY_OTHER_RULE = N_("this value is not valid")
FIELD_AND_RULE = N_("%(field)s: %(rule)s")
_DROPPED_LOCATIONS = ("body", "query", "path", "form", "header")


def field_name(location: tuple[Any, ...] | list[Any]) -> str:
    """The dotted field an error's location names (`characters.1.name`), or `request`."""
    return ".".join(str(part) for part in location if part not in _DROPPED_LOCATIONS) or "request"


def field_label(field: str, gettext: Gettext) -> str:
    """The field as the forms label it, in the visitor's language (`characters.1.name`: Friend 2's name)."""
    parts = field.split(".")
    if parts[0] == "characters" and len(parts) > 2 and parts[1].isdigit():
        number = int(parts[1]) + 1
        last = parts[-1]
        if last in FRIEND_LABELS and len(parts) == 3:
            return gettext(FRIEND_LABELS[last]) % {"n": number}
        if last in FIELD_LABELS:
            return gettext(FRIEND_APPEARANCE_LABEL) % {"n": number, "part": gettext(FIELD_LABELS[last])}
    label = FIELD_LABELS.get(parts[-1]) or FIELD_LABELS.get(parts[0])
    return gettext(label) if label else field


def _rule(error_type: str, context: Mapping[str, Any], gettext: Gettext) -> str:
    template = RULES.get(error_type)
    if template is None:
        return gettext(ANY_OTHER_RULE)
    values = {key: value for key, value in context.items() if isinstance(value, int | float | str)}
    if error_type == "moral_empty":
        values = {"min": MORAL_LENGTH[0], "max": MORAL_LENGTH[1]}
    try:
        return gettext(template) % values
    except (KeyError, TypeError, ValueError):
        return gettext(ANY_OTHER_RULE)


def say(field: str, rule: str, gettext: Gettext) -> str:
    """`field: rule`, the way the visitor's language writes it."""
    return gettext(FIELD_AND_RULE) % {"field": field_label(field, gettext), "rule": rule}


def describe_validation_errors(errors: list[Any], gettext: Gettext | None = None) -> list[dict[str, str]]:
    """One {field, code, message} per problem. With a catalogue (`gettext`), the message names the
    field as the form labels it and says the rule in that language; without, it is the English
    message of the rule."""
    problems = []
    for error in errors:
        field = field_name(error.get("loc", ()))
        code = str(error.get("type", "value_error"))
        if gettext is None:
            message = str(error.get("msg", "is invalid")).removeprefix("Value error, ")
        else:
            message = say(field, _rule(code, error.get("ctx") or {}, gettext), gettext)
        problems.append({"field": field, "code": code, "message": message})
    return problems


def input_error_message(error: ClientFacingError, gettext: Gettext | None = None) -> str:
    """The error's message in the visitor's language: an input error that carries its rule is said
    anew; any other message is looked up in the catalogue as it is."""
    if gettext is None:
        return error.message
    if isinstance(error, InvalidInputError) and error.check is not None and error.field:
        error_type, context = error.check
        return say(error.field, _rule(error_type, context, gettext), gettext)
    if not isinstance(error, InvalidInputError) or error.rule is None:
        return gettext(error.message)
    try:
        rule = gettext(error.rule) % dict(error.values) if error.values else gettext(error.rule)
    except (KeyError, TypeError, ValueError):
        return error.message
    return say(error.field, rule, gettext) if error.field else rule


def visitor_gettext(request: Request) -> Gettext | None:
    """The visitor's catalogue for input errors, or None for English (the API's own messages)."""
    language = request_language(request)
    return None if language == DEFAULT_LANGUAGE else translations(language).gettext

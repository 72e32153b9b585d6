"""Templates for answers Shopify renders as Liquid (`application/liquid`, the app proxy).

Shopify runs such an answer through Liquid before the browser sees it, so a value echoed from a form
or a story that contains `{{ customer.email }}` or `{% ... %}` would be evaluated in the shop's theme.
Every `{{ value }}` in these templates is HTML-escaped and its braces written as character references
(`&#123;`, `&#125;`): the browser shows the same text, Liquid sees no tags.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape


def liquid_inert(value: Any) -> Markup:
    """`value` escaped for HTML with every `{` and `}` written as a character reference.

    Markup the app wrote itself (a script, a macro's output) keeps its braces, which a script needs,
    with only Liquid's openers and closers (`{{`, `{%`, `}}`, `%}`) split by a space."""
    if isinstance(value, Markup):
        text = str(value)
        for opener, split in (("{{", "{ {"), ("{%", "{ %"), ("}}", "} }"), ("%}", "% }")):
            text = text.replace(opener, split)
        return Markup(text)
    text = escape("" if value is None else value)
    return Markup(str(text).replace("{", "&#123;").replace("}", "&#125;"))


def liquid_templates(*directories: Path) -> Jinja2Templates:
    """Jinja2 templates of `directories` (searched in order) whose every output expression is made
    inert for Liquid, speaking the visitor's language like the site's own pages."""
    from storyloom.web.i18n import template_context

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(directory) for directory in directories]),
        autoescape=True,
        finalize=liquid_inert,
        extensions=["jinja2.ext.i18n"],
    )
    environment.install_null_translations()  # type: ignore[attr-defined]
    return Jinja2Templates(env=environment, context_processors=[template_context])

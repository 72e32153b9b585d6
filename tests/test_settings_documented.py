"""Every setting Storyloom reads is documented in the README."""

from __future__ import annotations

from pathlib import Path

from storyloom.config import (
    LimitSettings,
    PrintSettings,
    ProviderOptions,
    ProviderSettings,
    ShopifySettings,
    StorageSettings,
    WebSettings,
)

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_environment_variable_is_in_the_readme() -> None:
    # given every variable the settings groups read, each provider's options included
    provider_options = [
        field.annotation
        for field in ProviderSettings.model_fields.values()
        if isinstance(field.annotation, type) and issubclass(field.annotation, ProviderOptions)
    ]
    variables = {
        str(field.validation_alias)
        for group in (
            ShopifySettings,
            ProviderSettings,
            *provider_options,
            StorageSettings,
            LimitSettings,
            WebSettings,
            PrintSettings,
        )
        for field in group.model_fields.values()
        if field.validation_alias
    }
    # when
    text = README.read_text()
    # then each one is named in it
    missing = sorted(name for name in variables if f"`{name}`" not in text)
    assert len(variables) > 60
    assert missing == []

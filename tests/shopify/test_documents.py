"""Every GraphQL document Storyloom sends is valid against Shopify's Admin schema (2026-10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import GraphQLSchema, parse, validate

from storyloom.devtools.shopify_emulator.schema import admin_schema
from storyloom.shopify.admin import DOCUMENT_NAMES, document

REPOSITORY = Path(__file__).resolve().parents[2]
SCHEMA = REPOSITORY.parent / "shared" / "shopify" / "admin-2026-10.graphql"


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return admin_schema(str(SCHEMA))


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_document_is_valid_against_the_admin_schema(schema: GraphQLSchema, name: str) -> None:
    assert [error.message for error in validate(schema, parse(document(name)))] == []


def test_every_document_file_is_listed() -> None:
    folder = REPOSITORY / "storyloom" / "shopify" / "graphql"
    files = {p.stem for p in folder.glob("*.graphql")} - {"product_fields"}
    assert files == set(DOCUMENT_NAMES)


def test_a_misspelled_field_is_caught(schema: GraphQLSchema) -> None:
    broken = document("product_create").replace("userErrors {", "userError {")
    assert [e.message for e in validate(schema, parse(broken))] == [
        "Cannot query field 'userError' on type 'ProductCreatePayload'. Did you mean 'userErrors'?"
    ]


def test_the_api_version_pinned_in_settings_is_the_schema_version() -> None:
    from storyloom.config import load_settings

    assert load_settings().shopify.api_version == "2026-10"

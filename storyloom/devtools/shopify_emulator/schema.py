"""The Admin API schema the emulator validates against, and Shopify's query-cost rules.

Cost, as Shopify computes it before running a document: a mutation field costs 10 (its payload
object included), an object field 1, a connection 2 plus `first` (or `last`, default 10) times the
cost of one of its nodes; scalars and enums cost nothing.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    build_schema,
    get_named_type,
    is_abstract_type,
    is_object_type,
    value_from_ast_untyped,
)

API_VERSION = "2026-10"
SCHEMA_FILE = f"admin-{API_VERSION}.graphql"
MUTATION_COST = 10
CONNECTION_COST = 2
DEFAULT_PAGE = 10


def schema_path() -> Path:
    """Where the Admin schema is: STORYLOOM_SHOPIFY_SCHEMA, else `../shared/shopify/` by the repository."""
    configured = os.environ.get("STORYLOOM_SHOPIFY_SCHEMA")
    if configured:
        return Path(configured)
    repository = Path(__file__).resolve().parents[3]
    return repository.parent / "shared" / "shopify" / SCHEMA_FILE


def admin_schema(path: str | None = None) -> GraphQLSchema:
    """The Admin GraphQL schema, built once per process (Shopify's SDL needs `assume_valid`)."""
    return _build(str((Path(path) if path else schema_path()).resolve()))


@cache
def _build(path: str) -> GraphQLSchema:
    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(
            f"the Shopify Admin schema is missing: {source}; set STORYLOOM_SHOPIFY_SCHEMA"
        )
    return build_schema(source.read_text(encoding="utf-8"), assume_valid=True)


def requested_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: dict[str, Any],
) -> int:
    """The cost Shopify would charge for `operation` before running it."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    root = schema.mutation_type if operation.operation == OperationType.MUTATION else schema.query_type
    assert root is not None
    total = 0
    for field, _ in _fields(operation.selection_set, root, fragments, schema):
        child = _selection_cost(field, root, fragments, schema, variables)
        total += MUTATION_COST + child - 1 if operation.operation == OperationType.MUTATION else child
    return total


def _fields(
    selection_set: SelectionSetNode | None,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    schema: Any,
) -> list[tuple[FieldNode, Any]]:
    found: list[tuple[FieldNode, Any]] = []
    if selection_set is None:
        return found
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            found.append((selection, parent))
        elif isinstance(selection, InlineFragmentNode):
            target = (
                schema.get_type(selection.type_condition.name.value) if selection.type_condition else parent
            )
            found.extend(_fields(selection.selection_set, target, fragments, schema))
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                target = schema.get_type(fragment.type_condition.name.value)
                found.extend(_fields(fragment.selection_set, target, fragments, schema))
    return found


def _selection_cost(
    field: FieldNode,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    schema: Any,
    variables: dict[str, Any],
) -> int:
    definition = getattr(parent, "fields", {}).get(field.name.value)
    if definition is None:
        return 0
    named = get_named_type(definition.type)
    if not (is_object_type(named) or is_abstract_type(named)):
        return 0
    children = sum(
        _selection_cost(child, owner, fragments, schema, variables)
        for child, owner in _fields(field.selection_set, named, fragments, schema)
    )
    if named.name.endswith("Connection"):
        size = DEFAULT_PAGE
        for argument in field.arguments or ():
            if argument.name.value in ("first", "last"):
                size = int(value_from_ast_untyped(argument.value, variables) or DEFAULT_PAGE)
        per_node = max(children - 1, 1)
        return CONNECTION_COST + size * per_node
    return 1 + children

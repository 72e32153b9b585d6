"""The import graph of the storyloom package: no cycle between its packages.

Every `import` of a storyloom module is read from the source (nothing is imported) and sorted by
where it stands: at module level, inside a function (run when the function is first called), or
under `if TYPE_CHECKING:` (read only by the type checker). A package here is `storyloom.<name>`:
a subpackage (`storyloom.pipeline`) or a top-level module (`storyloom.runtime`).

Imports that run (module level and inside functions) must not form a cycle between packages: a
package may use the ones below it, and what sits above it reaches it through the start-up module
(`storyloom/startup.py`), which wires the stage table and the periodic sweeps into the runtime.
A cycle that is known and not yet broken is listed in `KNOWN_CYCLES` with the reason; the test
fails both on a new cycle and on a listed one that has gone, so the list stays true.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import storyloom

ROOT = Path(storyloom.__file__).parent

# Cycles between packages that imports which run still make, each with why it is still there. None:
# provider calls live in the pipeline's stages (pipeline/text.py, pictures.py, audio.py), so render/ and
# story/ sit below providers/ (the built-in illustrator draws with render/), and config checks provider
# names against storyloom.provider_names, which imports no provider.
KNOWN_CYCLES: dict[frozenset[str], str] = {}

# Cycles that only `if TYPE_CHECKING:` imports add (nothing is imported when the code runs).
KNOWN_TYPE_ONLY_CYCLES: dict[frozenset[str], str] = {
    # Runtime's attributes are annotated with pipeline.queues.Queues and pipeline.stages.Stage,
    # which startup.py hands it; the runtime imports neither when it runs.
    frozenset({"storyloom.runtime", "storyloom.pipeline"}): "Runtime's annotations of its queues and stages",
}


@dataclass
class ImportGraph:
    """module -> the storyloom modules it imports, by where the import stands."""

    modules: set[str] = field(default_factory=set)
    module_level: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    in_functions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    type_checking: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def module_name(path: Path, root: Path = ROOT) -> tuple[str, bool]:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    yield base
    yield from (f"{base}.{alias.name}" for alias in node.names)


def build_graph(root: Path = ROOT) -> ImportGraph:
    graph = ImportGraph()
    sources = {module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph.modules = {name for name, _ in sources}

    def resolve(name: str) -> str | None:
        while name and name not in graph.modules:
            name = name.rpartition(".")[0]
        return name or None

    for (module, is_package), path in sources.items():

        def visit(
            node: ast.AST, where: dict[str, set[str]], module: str = module, is_package: bool = is_package
        ) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.Import | ast.ImportFrom):
                    for name in imported_names(child, module, is_package):
                        target = resolve(name) if name.split(".")[0] == root.name else None
                        if target and target != module:
                            where[module].add(target)
                elif isinstance(child, ast.If) and is_type_checking(child):
                    for statement in child.body:
                        visit(ast.Module(body=[statement], type_ignores=[]), graph.type_checking)
                    for statement in child.orelse:
                        visit(ast.Module(body=[statement], type_ignores=[]), where)
                elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                    visit(child, graph.in_functions if where is graph.module_level else where)
                else:
                    visit(child, where)

        visit(ast.parse(path.read_text(), str(path)), graph.module_level)
    return graph


def package_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


def package_edges(*layers: dict[str, set[str]]) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for layer in layers:
        for source, targets in layer.items():
            for target in targets:
                if package_of(source) != package_of(target):
                    edges[package_of(source)].add(package_of(target))
    return edges


def cycles(edges: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for node in sorted({*edges, *(t for targets in edges.values() for t in targets)}):
        if node not in index:
            connect(node)
    return found


def describe(cycle: frozenset[str], edges: dict[str, set[str]], graph: ImportGraph) -> str:
    lines = [" <-> ".join(sorted(cycle))]
    for layer_name, layer in (("module", graph.module_level), ("function", graph.in_functions)):
        for source, targets in sorted(layer.items()):
            for target in sorted(targets):
                if (
                    package_of(source) in cycle
                    and package_of(target) in cycle
                    and package_of(source) != package_of(target)
                ):
                    lines.append(f"  {layer_name}: {source} -> {target}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def graph() -> ImportGraph:
    return build_graph()


def test_the_graph_sees_imports_by_where_they_stand(tmp_path: Path) -> None:
    package = tmp_path / "storyloom"
    for folder in (package, package / "low", package / "high"):
        folder.mkdir()
        (folder / "__init__.py").write_text("")
    (package / "low" / "base.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from storyloom.config import X\n"
        "if TYPE_CHECKING:\n    from storyloom.high.top import Y\n"
        "def later():\n    from ..high import top\n"
    )
    (package / "high" / "top.py").write_text("from storyloom.low.base import Z\nimport os\n")
    (package / "config.py").write_text("")

    graph = build_graph(package)

    assert graph.module_level["storyloom.low.base"] == {"storyloom.config"}
    assert graph.type_checking["storyloom.low.base"] == {"storyloom.high.top"}
    assert graph.in_functions["storyloom.low.base"] == {"storyloom.high", "storyloom.high.top"}
    assert graph.module_level["storyloom.high.top"] == {"storyloom.low.base"}
    runs = package_edges(graph.module_level, graph.in_functions)
    assert cycles(runs) == {frozenset({"storyloom.low", "storyloom.high"})}
    assert cycles(package_edges(graph.module_level)) == set()


def test_no_cycle_between_packages_in_imports_that_run(graph: ImportGraph) -> None:
    edges = package_edges(graph.module_level, graph.in_functions)
    found = cycles(edges)
    new = [describe(cycle, edges, graph) for cycle in found - KNOWN_CYCLES.keys()]
    assert not new, "import cycles between packages:\n" + "\n".join(new)
    gone = [" <-> ".join(sorted(cycle)) for cycle in KNOWN_CYCLES.keys() - found]
    assert not gone, "cycles broken, take them out of KNOWN_CYCLES: " + "; ".join(gone)


def test_type_only_imports_add_only_the_known_cycles(graph: ImportGraph) -> None:
    edges = package_edges(graph.module_level, graph.in_functions, graph.type_checking)
    type_only = cycles(edges) - cycles(package_edges(graph.module_level, graph.in_functions))
    assert type_only == set(KNOWN_TYPE_ONLY_CYCLES)


def test_runtime_knows_no_pipeline_and_the_pipeline_no_shopify(graph: ImportGraph) -> None:
    """The start-up module wires them; neither reaches up at run time."""
    runs = {**graph.module_level}
    for source, targets in graph.in_functions.items():
        runs[source] = runs.get(source, set()) | targets
    assert not {t for t in runs.get("storyloom.runtime", set()) if t.startswith("storyloom.pipeline")}
    reaching_up = {
        (source, target)
        for source, targets in runs.items()
        if source.startswith("storyloom.pipeline")
        for target in targets
        if target.startswith(("storyloom.shopify", "storyloom.web", "storyloom.startup"))
    }
    assert not reaching_up


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == {frozenset({"a", "b", "c"})}

"""The package's layers: no import from a lower stage to a higher one, no cycle (docs/architecture.md)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "analysis"

#: The layers, lowest first; a module may import modules of its own layer or of layers before it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("analysis._types", "analysis._version", "analysis.resources"),
    ("analysis.wire",),
    ("analysis.article",),
    ("analysis.tokenize",),
    ("analysis.quotes",),
    ("analysis.reported", "analysis.gender"),
    ("analysis.speakers",),
    ("analysis.attribution",),
    ("analysis.confidence",),
    ("analysis.names",),
    ("analysis.sentiment",),
    ("analysis.toward",),
    ("analysis.keywords",),
    ("analysis.topics",),
    ("analysis.results",),
    ("analysis.pipeline",),
    ("analysis.charts",),
    ("analysis.corpus.tables", "analysis.corpus.ingest"),
    ("analysis.corpus.run",),
    ("analysis.corpus.store", "analysis.corpus.aggregates"),
    ("analysis.corpus",),
    ("analysis.corpus_charts", "analysis.report"),
    ("analysis.export",),
    ("analysis.widgets", "analysis.notebooks", "analysis.fetch", "analysis._warm"),
    ("analysis.__main__", "analysis"),
)

#: Modules that load others by name at run time (``importlib.import_module``), and why.
LOADS_BY_NAME = {
    "analysis": "the package root: lazy attribute access to every stage",
    "analysis.charts": "compatibility: corpus figures and export moved to corpus_charts and export",
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(["analysis", *parts])] = path
    return out


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    return skip


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The kit's modules ``name`` imports anywhere in its code (functions included), not under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "analysis")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [base])]
                )
            if base.split(".")[0] != "analysis":
                continue
            for alias in node.names:  # `from analysis import sentiment` imports the module analysis.sentiment
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return found - {name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _layer_of() -> dict[str, int]:
    return {module: i for i, layer in enumerate(LAYERS) for module in layer}


def test_every_module_has_a_layer() -> None:
    listed = [m for layer in LAYERS for m in layer]
    assert len(listed) == len(set(listed))
    assert set(_modules()) == set(listed), set(_modules()) ^ set(listed)


def test_no_import_from_a_lower_layer_to_a_higher_one() -> None:
    layer = _layer_of()
    upward = [
        f"{src} (layer {layer[src]}) imports {dst} (layer {layer[dst]})"
        for src, targets in _graph().items()
        for dst in targets
        if dst in layer and layer[dst] > layer[src]
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*path[path.index(nxt) :], nxt]))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])


def test_only_the_listed_modules_load_others_by_name() -> None:
    loaders = {name for name, path in _modules().items() if "import_module(" in path.read_text(encoding="utf-8")}
    assert loaders == set(LOADS_BY_NAME), loaders ^ set(LOADS_BY_NAME)


def test_the_architecture_page_states_the_same_layers() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = re.search(r"```layers\n(.*?)```", page, re.DOTALL)
    assert block, "docs/architecture.md has no ```layers block"
    assert tuple(tuple(line.split()) for line in block.group(1).strip().splitlines()) == LAYERS

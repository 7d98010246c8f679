"""The GUI's architecture holds: the window composes features, features build only on
`gui.base`, no feature imports another, and no GUI packages import each other in a
circle. Imports are read with `ast`, including those under TYPE_CHECKING."""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "app" / "keyfold" / "gui"
PREFIX = "keyfold.gui"
FEATURES = (
    "keys",
    "backups",
    "registrations",
    "signing",
    "encryption",
    "rotation",
    "passwords",
    "activity",
    "ssh",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(GUI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, runtime: bool = False) -> Iterator[str]:
    """Every keyfold.gui module `path` imports (a `from X import y` yields X and X.y);
    with `runtime`, not those made only for the type checker."""
    tree = ast.parse(path.read_text(), filename=str(path))
    skipped: set[int] = set()
    if runtime:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith(PREFIX))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PREFIX):
            assert node.module is not None
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _graph(*, runtime: bool = False) -> dict[str, set[str]]:
    return {_module_name(p): set(_imports(p, runtime=runtime)) for p in GUI.rglob("*.py")}


def _area(module: str) -> str:
    """The GUI package a module belongs to: "base", a feature (every other package
    under gui/, including any added later), or "shell" (the window's own modules)."""
    parts = module.split(".")
    if len(parts) < 3:
        return "shell"
    top = parts[2]
    return top if (GUI / top).is_dir() else "shell"


def _feature_packages() -> list[str]:
    return sorted(
        p.name for p in GUI.iterdir() if (p / "__init__.py").is_file() and p.name != "base"
    )


def test_every_feature_package_exists() -> None:
    assert set(FEATURES) <= set(_feature_packages())


@pytest.mark.parametrize("feature", _feature_packages())
def test_a_feature_imports_only_itself_and_base(feature: str) -> None:
    bad = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items()
        if _area(module) == feature
        for target in targets
        if _area(target) not in (feature, "base")
    )
    assert bad == []


def test_base_imports_no_feature_and_not_the_window() -> None:
    bad = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items()
        if _area(module) == "base"
        for target in targets
        if _area(target) != "base"
    )
    assert bad == []


def test_no_gui_modules_import_each_other_in_a_circle() -> None:
    """Module by module, as Python runs them (a wizard and its pages may name each other
    for the type checker); `from package import module` counts as importing the module."""
    graph = _graph(runtime=True)
    known = set(graph)
    edges = {
        module: {t for t in targets if t in known and t != module}
        for module, targets in graph.items()
    }
    # `from keyfold.gui.signing import columns` names the package and its module:
    # the import is of the module, so drop the package when a module of it is named.
    for module, targets in edges.items():
        edges[module] = {
            t for t in targets if not any(o.startswith(t + ".") for o in targets if o != t)
        }

    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> None:
        if node in path:
            cycle = [*path[path.index(node) :], node]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if node in done:
            return
        path.append(node)
        for target in sorted(edges.get(node, ())):
            visit(target)
        path.pop()
        done.add(node)

    for node in sorted(edges):
        visit(node)


def test_the_checks_see_a_cross_feature_import(tmp_path: Path) -> None:
    """The reader finds imports in every form the rules depend on."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "import keyfold.gui.keys.model\n"
        "from keyfold.gui.signing import commands\n"
        "if TYPE_CHECKING:\n"
        "    from keyfold.gui.main_window import MainWindow\n"
    )
    found = set(_imports(source))
    assert {"keyfold.gui.keys.model", "keyfold.gui.signing.commands"} <= found
    assert "keyfold.gui.main_window" in found
    assert "keyfold.gui.main_window" not in set(_imports(source, runtime=True))
    assert {_area(name) for name in found} >= {"keys", "signing", "shell"}

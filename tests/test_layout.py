"""The package's shape: one namespace, imports flowing one way, no cycles, a wheel that works alone.

The import graph is read from the source (AST), so the checks cost nothing at run time and see
imports inside functions too; imports under `if TYPE_CHECKING:` are annotations only and skipped.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# folder on disk → package it installs as (pyproject's [tool.setuptools.package-dir])
FOLDERS = {
    "curate": "curate",
    "filters": "curate.filters",
    "judges": "curate.judges",
    "train": "curate.train",
}
PLUGINS = ("curate.filters", "curate.judges", "curate.train")


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for folder, pkg in FOLDERS.items():
        for f in sorted((ROOT / folder).rglob("*.py")):
            rel = f.relative_to(ROOT / folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            out[".".join([pkg, *parts])] = f
    return out


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imports(mod: str, path: Path) -> set[str]:
    """Modules of this project that `mod` imports (the named module, not its parents)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            for a in node.names:
                found.add(f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m in MODULES and m != mod}


GRAPH = {m: _imports(m, p) for m, p in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_no_import_cycles() -> None:
    assert _cycles(GRAPH) == []


CYCLE_CASES = [
    ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),  # two modules importing each other
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),  # a longer ring
    ({"a": {"b"}, "b": set()}, []),  # one-way: no cycle
]


@pytest.mark.parametrize(("graph", "want"), CYCLE_CASES)
def test_cycle_finder(graph: dict[str, set[str]], want: list[list[str]]) -> None:
    assert _cycles(graph) == want


def _is_plugin(mod: str) -> bool:
    return any(mod == p or mod.startswith(p + ".") for p in PLUGINS)


def test_core_never_imports_plugins() -> None:
    # the core finds plugins by name through the registry; it never imports their modules
    bad = {
        m: sorted(d for d in deps if _is_plugin(d))
        for m, deps in GRAPH.items()
        if not _is_plugin(m)
    }
    assert {m: d for m, d in bad.items() if d} == {}


def test_plugins_never_import_another_plugins_private_modules() -> None:
    def owner(mod: str) -> str:
        return next(p for p in PLUGINS if mod == p or mod.startswith(p + "."))

    bad = []
    for m, deps in GRAPH.items():
        if not _is_plugin(m):
            continue
        for d in deps:
            if _is_plugin(d) and owner(d) != owner(m) and "._" in d:
                bad.append((m, d))
    assert bad == []


def test_pyproject_lists_every_package() -> None:
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(cfg["packages"])
    on_disk = {m for m, p in MODULES.items() if p.name == "__init__.py"}
    assert on_disk | {"curate.recipes"} == listed
    assert cfg["package-dir"]["curate.recipes"] == "recipes"


def test_modules_and_functions_stay_small() -> None:
    # the package's modules and the test modules alike
    tests = {f"tests.{f.stem}": f for f in sorted((ROOT / "tests").glob("*.py"))}
    long_modules = []
    long_functions = []
    for mod, path in {**MODULES, **tests}.items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 500:
            long_modules.append(mod)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > 80:
                    long_functions.append(f"{mod}.{node.name} ({n})")
    assert long_modules == [] and long_functions == []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    return next(out.glob("curate-*.whl"))


@pytest.mark.slow
def test_wheel_has_one_top_level_package_and_the_recipes(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"curate"}
    for want in (
        "curate/filters/mixed_language.py",
        "curate/judges/math/judge.py",
        "curate/train/rewards.py",
        "curate/recipes/quickstart.yaml",
        "curate/recipes/data/quickstart.jsonl",
        "curate/recipes/templates/few_shot_cot.jsonl",
        "curate/py.typed",
    ):
        assert want in names, want


@pytest.mark.slow
def test_installed_quickstart_runs_by_name_in_an_empty_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)],
        check=True,
    )  # fmt: skip
    empty = tmp_path / "empty"
    empty.mkdir()
    # a local `filters/` folder must not shadow anything, and neither may the checkout
    (empty / "filters").mkdir()
    (empty / "train.py").write_text("raise SystemExit('the local train.py was imported')\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = (
        "import sys, curate; assert curate.__file__.startswith(sys.argv[1]), curate.__file__; "
        "from curate.cli import main; sys.argv = ['curate', 'run', 'quickstart', '--quiet', "
        "'--json']; main()"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, str(site)],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert (empty / "runs" / "quickstart" / "stats.json").is_file()
    listed = subprocess.run(
        [sys.executable, "-c", "from curate.cli import main; main()", "list", "recipes"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "quickstart" in listed.stdout

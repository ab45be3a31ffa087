"""The public API of ingest and extract, and the import rules of DESIGN.md."""

import ast
from pathlib import Path

import pytest

import nextseason.extract
import nextseason.ingest

PACKAGE = Path(nextseason.ingest.__file__).parents[1]


@pytest.mark.parametrize("module", [nextseason.ingest, nextseason.extract])
def test_all_names_exist_and_are_exported(module):
    assert module.__all__ and len(set(module.__all__)) == len(module.__all__)
    for name in module.__all__:
        assert getattr(module, name) is not None
    public = {n for n in vars(module) if not n.startswith("_") and not isinstance(getattr(module, n), type(ast))}
    assert public == set(module.__all__)


def imported_modules(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


@pytest.mark.parametrize("stage, forbidden", [
    ("ingest", ("nlp", "store", "web", "tracker", "cli", "extract")),
    ("extract", ("store", "tracker", "web", "cli", "batch")),
])
def test_stages_import_only_down_the_flow(stage, forbidden):
    ours = {m for m in imported_modules(PACKAGE / stage) if m.startswith("nextseason.")}
    assert not {m for m in ours if m.split(".")[1] in forbidden}, ours


def test_modules_stay_small():
    for stage in ("ingest", "extract"):
        for path in (PACKAGE / stage).glob("*.py"):
            assert len(path.read_text("utf-8").splitlines()) < 800, path

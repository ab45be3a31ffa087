"""No module defines the same top-level name twice.

The engine keeps hundreds of module-level patterns; a second `_X = re.compile(...)` further down
a file silently replaces the first for every function that reads it, and nothing else fails
until some sentence reads wrong. This test names the file, the name and both lines.
"""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

SOURCES = sorted((ROOT / "src" / "nextseason").rglob("*.py"))


def _defined(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds anew (an augmented assignment extends its name, it binds none)."""
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_name_defined_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text("utf-8")).body:
        for name in _defined(node):
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    assert not twice, f"{path.relative_to(ROOT)} defines twice: {', '.join(twice)}"


def test_a_name_defined_twice_is_found():
    source = "import re\n_GAP = re.compile('a')\n\ndef f():\n    return _GAP\n\n_GAP = re.compile('b')\n"
    names = [name for node in ast.parse(source).body for name in _defined(node)]
    assert names.count("_GAP") == 2

"""nextseason: is season N of X happening, how sure is that, who said it, and when?

The engine's hot modules are compiled with mypyc when the package is built
(setup.py). `NEXTSEASON_PURE_PYTHON=1` in the environment runs them from their
Python sources instead, to step through them or to profile them line by line.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
from pathlib import Path

__version__ = "0.1.0"

COMPILED_PACKAGES = ("nlp", "status")  # where setup.py's COMPILED modules are


class _SourcesFirst(importlib.abc.MetaPathFinder):
    """Finds this package's modules in their .py files, ahead of any compiled module beside them."""

    def find_spec(self, name, path, target=None):
        if not name.startswith(__name__ + ".") or not path:
            return None
        leaf = name.rpartition(".")[2]
        for folder in map(Path, path):
            if (folder / leaf / "__init__.py").exists():
                return importlib.util.spec_from_file_location(
                    name, folder / leaf / "__init__.py", submodule_search_locations=[str(folder / leaf)])
            if (folder / f"{leaf}.py").exists():
                return importlib.util.spec_from_file_location(name, folder / f"{leaf}.py")
        return None


def refuse_stale_compiled_modules(package: Path) -> None:
    """In a source checkout, a module compiled before its source last changed would run old code."""
    if not (package.parents[1] / "setup.py").exists():  # installed from a wheel: built from these very sources
        return
    for folder in COMPILED_PACKAGES:
        for built in (package / folder).glob("*.so"):
            source = built.with_name(built.name.split(".")[0] + ".py")
            if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
                raise ImportError(f"{source} changed after it was compiled: run `make test` or `make run`, "
                                  "which rebuild it (or set NEXTSEASON_PURE_PYTHON=1)")


if os.environ.get("NEXTSEASON_PURE_PYTHON"):
    sys.meta_path.insert(0, _SourcesFirst())
else:
    refuse_stale_compiled_modules(Path(__file__).parent)

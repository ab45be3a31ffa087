"""Builds nextseason. The language engine's hot modules are compiled with mypyc.

They are plain, typed Python: compiled, the engine reads about 1.4 times as many
articles per second (bench/bench_extract.py). `NEXTSEASON_PURE_PYTHON=1` at
install time builds without compiling, and the same code runs as Python.
"""

import os

from setuptools import setup

COMPILED = [
    "src/nextseason/nlp/claims.py",
    "src/nextseason/nlp/engine.py",
    "src/nextseason/nlp/gate.py",
    "src/nextseason/nlp/seasons.py",
    "src/nextseason/nlp/text.py",
    "src/nextseason/nlp/when.py",
    "src/nextseason/nlp/works.py",
    "src/nextseason/status/__init__.py",
    "src/nextseason/status/rules.py",
]

if os.environ.get("NEXTSEASON_PURE_PYTHON"):
    setup()
else:
    from mypyc.build import mypycify

    # (-O2: the one C file mypyc writes takes the compiler about three minutes less than at -O3 on a build
    # machine of two cores, and the engine runs no slower, a little faster in bench_extract)
    setup(ext_modules=mypycify(["--ignore-missing-imports", *COMPILED], opt_level="2"))

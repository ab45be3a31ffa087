"""The engine's compiled modules (setup.py) answer exactly as their Python sources do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import nextseason
import nextseason.nlp.engine

_ANSWERS = """
import json, sys
from importlib import resources
import nextseason.nlp.engine
from nextseason.extract import article_from_document
from nextseason.models import Document
from nextseason.nlp import analyze, packs
from nextseason.status import installments

texts = []
for line in (resources.files("nextseason") / "sample" / "articles.jsonl").read_text("utf-8").splitlines():
    record = json.loads(line)
    texts.append((record["text"], record["published"]))
for pack in packs().values():
    for line in (pack.folder / "sentences.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts.append((record["text"], record["published"]))
out = []
for i, (text, published) in enumerate(texts):
    article = article_from_document(Document(source=str(i), id=str(i), published=published, text=text))
    findings = analyze(article)
    out.append([repr(findings), repr(installments(article, findings))])
json.dump({"engine": nextseason.nlp.engine.__file__, "answers": out}, sys.stdout)
"""


def _answers(**env: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _ANSWERS], capture_output=True, text=True, check=True,
                          env={**os.environ, **env})
    return json.loads(done.stdout)


@pytest.mark.skipif(nextseason.nlp.engine.__file__.endswith(".py"), reason="the engine was built without compiling")
def test_compiled_engine_answers_as_its_sources():
    compiled = _answers()
    pure = _answers(NEXTSEASON_PURE_PYTHON="1")
    assert not compiled["engine"].endswith(".py") and pure["engine"].endswith("engine.py")
    assert len(compiled["answers"]) > 100
    assert compiled["answers"] == pure["answers"]


def _tree(root: Path) -> Path:
    """A source checkout holding one compiled module beside its source."""
    (root / "setup.py").write_text("")
    package = root / "src" / "nextseason"
    (package / "nlp").mkdir(parents=True)
    (package / "nlp" / "engine.py").write_text("")
    (package / "nlp" / "engine.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    return package


def test_a_source_changed_after_compiling_is_refused(tmp_path):
    package = _tree(tmp_path)
    nextseason.refuse_stale_compiled_modules(package)  # built after its source: fine
    later = time.time() + 10
    os.utime(package / "nlp" / "engine.py", (later, later))
    with pytest.raises(ImportError, match=r"engine\.py changed after it was compiled"):
        nextseason.refuse_stale_compiled_modules(package)


def test_an_installed_package_is_not_checked(tmp_path):
    package = _tree(tmp_path)
    (tmp_path / "setup.py").unlink()
    later = time.time() + 10
    os.utime(package / "nlp" / "engine.py", (later, later))
    nextseason.refuse_stale_compiled_modules(package)

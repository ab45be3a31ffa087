"""Fixtures shared by the whole suite: where ../shared is, and helpers to run the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset"
SEED = SHARED / "seed" / "000_785a8b484e7ace75.txt"
SAMPLE = ROOT / "src" / "nextseason" / "sample"


def need(path: Path) -> Path:
    """The path, or a skip when the shared folder is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not here (the suite expects ../shared beside the checkout)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]

"""The evaluation gate: no change may lower a pinned score on the development sets.

Floors live in quality/floors.json with a checksum of each set. Lowering one is a
decision made in a commit of its own that says why (`python quality/pin.py`).
"""

import json
import subprocess
import sys

import pytest

from conftest import ROOT, need

sys.path.insert(0, str(ROOT / "quality"))
import pin  # noqa: E402

FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text())


@pytest.fixture(scope="module")
def scores():
    from nextseason.evaluate import run

    found = {}
    for name, folder in pin.SETS.items():
        if name == "devset":
            need(folder)
        found[name] = run(folder / "gold.jsonl", folder / "articles.jsonl")
    return found


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_is_the_one_the_floors_were_pinned_on(name):
    folder = pin.SETS[name]
    need(folder)
    assert pin.checksum(folder) == FLOORS[name]["sha256"], \
        f"{name} changed since its floors were pinned: re-pin with quality/pin.py in a commit of its own"


@pytest.mark.parametrize("name,language", [(n, lang) for n in sorted(FLOORS) for lang in sorted(FLOORS[n]["floors"])])
def test_scores_do_not_fall_below_their_floors(scores, name, language):
    got = scores[name][language].row()
    for metric, floor in FLOORS[name]["floors"][language].items():
        assert got[metric] >= floor, f"{name}/{language} {metric} fell to {got[metric]} (floor {floor})"


def test_acceptance_levels_for_indonesian_and_english(scores):
    for language in ("id", "en"):
        row = scores["devset"][language].row()
        assert row["f1"] >= 0.95 and row["status"] >= 0.92
        assert row["platform_response"] >= 0.90 and row["expected_year"] >= 0.90


def test_floors_change_only_in_commits_of_their_own():
    log = subprocess.run(["git", "log", "--format=%H", "--", "quality/floors.json"], cwd=ROOT,
                         capture_output=True, text=True)
    if log.returncode != 0 or not log.stdout.strip():
        pytest.skip("no git history here")
    for commit in log.stdout.split():
        files = subprocess.run(["git", "show", "--name-only", "--format=", commit], cwd=ROOT,
                               capture_output=True, text=True).stdout.split()
        assert files == ["quality/floors.json"], f"{commit[:10]} changed the floors together with {files}"

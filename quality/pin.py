"""Re-pin the quality floors: `python quality/pin.py` rewrites quality/floors.json from today's scores.

Lowering a floor is a decision: commit the new file on its own, saying why in the message.
"""

import hashlib
import math
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "devset": ROOT.parent / "shared" / "devset",
    "sample": ROOT / "src" / "nextseason" / "sample",
}
METRICS = ("f1", "status", "platform_response", "expected_year")


def checksum(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in ("gold.jsonl", "articles.jsonl"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def current() -> dict:
    from nextseason.evaluate import run

    pinned = {}
    for name, folder in SETS.items():
        scores = run(folder / "gold.jsonl", folder / "articles.jsonl")
        pinned[name] = {
            "sha256": checksum(folder),
            "floors": {language: {m: math.floor(score.row()[m] * 1000) / 1000 for m in METRICS}
                       for language, score in sorted(scores.items())},
        }
    return pinned


if __name__ == "__main__":
    path = ROOT / "quality" / "floors.json"
    path.write_text(json.dumps(current(), indent=2, sort_keys=True) + "\n")
    sys.stdout.write(f"wrote {path}\n")

"""`make bench`: every benchmark under bench/, one table.

Each bench_*.py module has `run() -> list[dict]` with name, value, unit, target.
Modules run in their own process so one's memory does not count against another's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from table import print_table  # noqa: E402  (bench/ is a folder of scripts, not a package)


def main(selected: list[str]) -> int:
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if selected:
        modules = [m for m in modules if any(s in m for s in selected)]
    rows, failed = [], []
    for module in modules:
        sys.stderr.write(f"running {module} ...\n")
        code = f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import {module} as m; print(json.dumps(m.run()))"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if done.returncode != 0:
            failed.append(module)
            sys.stderr.write(done.stderr[-2000:])
            continue
        rows += [{"bench": module.removeprefix("bench_"), **row} for row in json.loads(done.stdout.splitlines()[-1])]
    print_table(rows)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

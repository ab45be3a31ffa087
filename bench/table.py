"""The one table every benchmark prints: rows of name, value, unit and target."""

from __future__ import annotations


def print_table(rows: list[dict]) -> None:
    """Rows as aligned plain text; a `bench` key, when rows carry one, comes first."""
    if not rows:
        print("no measurement")
        return
    columns = (["bench"] if any("bench" in row for row in rows) else []) + ["name", "value", "unit", "target"]
    cells = [[("" if row.get(c) is None else str(row[c])) for c in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    headers = ["measure" if c == "name" else c for c in columns]
    for line in [headers] + cells:
        print("  ".join(cell.rjust(w) if column == "value" else cell.ljust(w)
                        for cell, w, column in zip(line, widths, columns)).rstrip())

"""`export`: every installment with its status, as CSV, JSON or Parquet."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from nextseason.store import Store
from nextseason.tracker.status import standings, status_row

FORMATS = ("csv", "json", "parquet")
COLUMNS = ("work", "aliases", "n", "status", "platform_response", "expected_when", "expected_certainty",
           "as_of", "decided_by_article", "decided_by_published", "decided_by_source",
           "decided_by_certainty", "decided_by_sentence", "claims", "conflicts")


def export_rows(store: Store, as_of: date | None = None, work: str | None = None) -> list[dict]:
    """One flat row per installment: its status and what decided it."""
    as_of = as_of or date.today()
    rows = []
    for key, names, standing, claims in standings(store, work, None, as_of):
        installment = status_row(key.title, names, key.n, standing, as_of, None)
        expected = installment["expected"] or {}
        decided = installment["decided_by"] or {}
        rows.append({
            "work": installment["work"], "aliases": installment["aliases"], "n": installment["n"],
            "status": installment["status"], "platform_response": installment["platform_response"],
            "expected_when": expected.get("when"), "expected_certainty": expected.get("certainty"),
            "as_of": installment["as_of"], "decided_by_article": decided.get("article"),
            "decided_by_published": decided.get("published"), "decided_by_source": decided.get("source"),
            "decided_by_certainty": decided.get("certainty"), "decided_by_sentence": decided.get("sentence"),
            "claims": len(claims), "conflicts": len(installment.get("conflicts", [])),
        })
    return rows


def export(store: Store, format: str, path: str | Path, as_of: date | None = None,
           work: str | None = None) -> int:
    """Write every installment with its status to `path`; returns the number of rows."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    rows = export_rows(store, as_of, work)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if format == "json":
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif format == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                # A CSV cell holds one value: aliases are joined, as titles rarely contain " | ".
                writer.writerow({**row, "aliases": " | ".join(row["aliases"])})
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([
            ("work", pa.string()), ("aliases", pa.list_(pa.string())), ("n", pa.int64()),
            ("status", pa.string()), ("platform_response", pa.string()), ("expected_when", pa.string()),
            ("expected_certainty", pa.string()), ("as_of", pa.string()),
            ("decided_by_article", pa.string()), ("decided_by_published", pa.string()),
            ("decided_by_source", pa.string()), ("decided_by_certainty", pa.string()),
            ("decided_by_sentence", pa.string()), ("claims", pa.int64()), ("conflicts", pa.int64()),
        ])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)

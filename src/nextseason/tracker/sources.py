"""`sources`: each outlet's and named person's track record."""

from __future__ import annotations

from sqlalchemy import select

from nextseason.store import Store
from nextseason.store.schema import sources as sources_table
from nextseason.tracker.changes import refresh


def sources(store: Store) -> list[dict]:
    """Every source with a judged claim: confirmed, contradicted, still open, and a score."""
    refresh(store)
    table = sources_table
    with store.read() as connection:
        rows = connection.execute(
            select(table.c.name, table.c.role, table.c.confirmed, table.c.contradicted, table.c.open,
                   table.c.score)
            .where((table.c.confirmed + table.c.contradicted + table.c.open) > 0)).all()
    found = [{
        "source": name, "role": role, "claims": confirmed + contradicted + still_open,
        "confirmed": confirmed, "contradicted": contradicted, "open": still_open,
        "score": round(score, 3),
    } for name, role, confirmed, contradicted, still_open, score in rows]
    return sorted(found, key=lambda row: (-row["score"], row["source"].casefold()))

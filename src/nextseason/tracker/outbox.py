"""The outbox: every new status change, in the order recorded, for readers that keep a cursor.

`record_changes` appends each change event it finds new to the outbox in the same
transaction, whichever process recorded it (the web app, `nextseason ingest`, `watch`,
`load`), so a reader misses nothing and sees each change once. Ids only grow, and on
PostgreSQL they become visible in order (see `changes._append_to_outbox`).

A reader's cursor is (`last_id`, `through`): every entry up to `last_id` that was due by
the day `through` has been served. An entry is due on its change's own date, so a
premiere announced ahead, stored as a future `released` event, is served once its day
has come, and only if the tracker still holds that event then (a later article may have
moved the date). A cursor passes entries not yet due; they are picked up again, below
the cursor, on the day they fall due.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from nextseason.store import Store
from nextseason.store.schema import outbox, status_changes, webhook_cursors
from nextseason.tracker.load import among


@dataclass(frozen=True)
class Cursor:
    """How far a reader has come: every entry up to `last_id` that was due by `through`."""

    last_id: int
    through: date


@dataclass(frozen=True)
class Entry:
    """One outbox entry: the change as `changes` lists it, the day it is due, and when it was recorded."""

    id: int
    installment_id: int
    due: date
    created: datetime
    change: dict

    @property
    def announced_ahead(self) -> bool:
        """Whether the change was recorded before its own date (a premiere announced ahead)."""
        return self.due > self.created.date()


def cursor_for(store: Store, url: str, today: date) -> Cursor:
    """The cursor of `url`; a URL seen for the first time starts at the end of the outbox, today."""
    with store.write() as connection:
        found = connection.execute(select(webhook_cursors.c.last_id, webhook_cursors.c.through)
                                   .where(webhook_cursors.c.url == url)).first()
        if found is not None:
            return Cursor(*found)
        last_id = connection.execute(select(func.coalesce(func.max(outbox.c.id), 0))).scalar_one()
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        # Another process starting at the same time may have begun it first; its start stands.
        connection.execute(dialect.insert(webhook_cursors).values(url=url, last_id=last_id, through=today)
                           .on_conflict_do_nothing(index_elements=["url"]))
        return Cursor(*connection.execute(select(webhook_cursors.c.last_id, webhook_cursors.c.through)
                                          .where(webhook_cursors.c.url == url)).one())


def advance(store: Store, url: str, cursor: Cursor) -> None:
    """Record how far `url` has been served."""
    with store.write() as connection:
        connection.execute(update(webhook_cursors).where(webhook_cursors.c.url == url)
                           .values(last_id=cursor.last_id, through=cursor.through))


def pending(store: Store, cursor: Cursor, today: date, limit: int = 100) -> list[tuple[Entry, bool]]:
    """The entries a cursor has still to serve, each with whether to serve it now (see the module)."""
    with store.read() as connection:
        rows = []
        # Entries the cursor passed before their day, fallen due since; then the next ones beyond it.
        if cursor.through < today:
            rows += connection.execute(select(outbox).where(
                outbox.c.id <= cursor.last_id, outbox.c.due > cursor.through, outbox.c.due <= today)
                .order_by(outbox.c.id)).all()
        rows += connection.execute(select(outbox).where(outbox.c.id > cursor.last_id)
                                   .order_by(outbox.c.id).limit(limit)).all()
        entries = [Entry(row.id, row.installment_id, row.due, row.created, json.loads(row.change)) for row in rows]
        held = _held(connection, [entry for entry in entries if entry.announced_ahead and entry.due <= today])
    return [(entry, _serve_now(entry, today, held)) for entry in entries]


def _serve_now(entry: Entry, today: date, held: set[tuple]) -> bool:
    """Due by today and, if announced ahead, an event the tracker still holds (each held event once)."""
    if entry.due > today:
        return False
    if not entry.announced_ahead:
        return True
    # A date moved away and back again leaves two entries of one event: the first one serves it.
    content = _content(entry)
    if content not in held:
        return False
    held.discard(content)
    return True


def _content(entry: Entry) -> tuple:
    """What makes the entry's change event itself, as `status_changes` holds it."""
    change = entry.change
    return (entry.installment_id, date.fromisoformat(change["date"]), change["old"], change["new"], change["kind"])


def _held(connection, entries: list[Entry]) -> set[tuple]:
    """The contents of these entries' events that the tracker holds now."""
    if not entries:
        return set()
    return {tuple(row) for row in connection.execute(
        select(status_changes.c.installment_id, status_changes.c.date, status_changes.c.old_status,
               status_changes.c.new_status, status_changes.c.kind)
        .where(among(status_changes.c.installment_id, sorted({entry.installment_id for entry in entries}))))}

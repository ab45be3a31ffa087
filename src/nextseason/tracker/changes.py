"""Status changes: recomputed by the tracker whenever articles are saved, listed by `changes`.

The store marks every installment a new article speaks of as stale in the same
transaction as the article. `record_changes` recomputes a stale installment's change
events and its claims' outcomes (and so its sources' records) and clears the mark.
`attach(store)` runs it right after every save; `refresh` catches up on anything a
process left stale (for example one killed between its save and the recompute).

The recompute replaces an installment's rows of `status_changes`, so their ids say
nothing about what is new. Instead, the events stored before and after are compared by
their content (installment, date, old and new status, kind), and each new one is
appended to the outbox in the same transaction (see `tracker.outbox`).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, datetime, timezone

from sqlalchemy import bindparam, delete, func, insert, select, text, update

from nextseason.store import Store
from nextseason.store.schema import (
    articles, claims, installments, outbox, sources, status_changes, works,
)
from nextseason.tracker.load import (
    END_OF_TIME, aliases_of, among, articles_expecting_previous, chunks, installments_of, verdicts_of,
    works_named,
)
from nextseason.tracker.rules import fold, judge, score

# Arbitrary constant naming the advisory lock that makes outbox ids commit in order on PostgreSQL.
PG_OUTBOX_LOCK = 727_105_205
# What makes two change events the same event, whichever article or claim explains them.
_CONTENT = (status_changes.c.installment_id, status_changes.c.date, status_changes.c.old_status,
            status_changes.c.new_status, status_changes.c.kind)
# Every change event with its work, installment, article, claim and source, as `changes` lists them.
_EVENTS = (select(status_changes.c.installment_id, status_changes.c.date, status_changes.c.old_status,
                  status_changes.c.new_status, status_changes.c.kind, works.c.id.label("work_id"), works.c.title,
                  installments.c.n, articles.c.external_id, articles.c.dated, claims.c.certainty, claims.c.source,
                  sources.c.name.label("source_name"), claims.c.sentence, claims.c.event)
           .join(installments, installments.c.id == status_changes.c.installment_id)
           .join(works, works.c.id == installments.c.work_id)
           .outerjoin(articles, articles.c.id == status_changes.c.article_id)
           .outerjoin(claims, claims.c.id == status_changes.c.claim_id)
           .outerjoin(sources, sources.c.id == claims.c.source_id))


def attach(store: Store) -> Store:
    """Make the store recompute status changes after every save; returns the store."""
    store.on_save(record_changes)
    return store


_STALE = select(installments.c.id).where(installments.c.stale.is_(True))


def stale_installments(connection) -> list[int]:
    """Ids of the installments whose changes wait to be recomputed."""
    return list(connection.execute(_STALE).scalars())


def refresh(store: Store, stale: list[int] | None = None) -> int:
    """Recompute every installment still marked stale (or those given); returns how many."""
    if stale is None:
        with store.read() as connection:
            stale = stale_installments(connection)
    if stale:
        record_changes(store, stale)
    return len(stale)


def record_changes(store: Store, installment_ids: list[int]) -> None:
    """Recompute the status changes and claim outcomes of these installments (one transaction per 500)."""
    ids = sorted(set(installment_ids))
    judged_sources: set[int] = set()
    parts = list(chunks(ids))
    for number, part in enumerate(parts):
        with store.write() as connection:
            # Lock the installments so two writers recomputing one installment take turns
            # (PostgreSQL; SQLite's write transaction already excludes other writers).
            connection.execute(select(installments.c.id).where(among(installments.c.id, part))
                               .order_by(installments.c.id).with_for_update())
            keys = installments_of(connection, ids=part)
            verdicts = verdicts_of(connection, part)
            ended_by = articles_expecting_previous(connection, keys)
            stored_before = _stored_events(connection, part)
            events, outcome_rows = [], []
            for key in keys:
                told = verdicts.get(key.id, [])
                # Folded to the end of time, a premiere date announced ahead is stored as a
                # future `released` event, which `changes` shows once its day has come.
                standing = fold(told, END_OF_TIME, ended_by.get(key.id))
                for change in standing.changes:
                    events.append({
                        "installment_id": key.id, "date": change.dated, "old_status": change.old,
                        "new_status": change.new, "kind": change.kind,
                        "article_id": change.verdict.article_pk if change.verdict else None,
                        "claim_id": change.claim.id if change.claim else None,
                    })
                stored = {claim.id: claim for verdict in told for claim in verdict.claims}
                for claim_id, outcome in judge(told).items():
                    if stored[claim_id].outcome != outcome:
                        outcome_rows.append({"b_claim": claim_id, "b_outcome": outcome})
                        judged_sources.add(stored[claim_id].source_id)
            connection.execute(delete(status_changes).where(among(status_changes.c.installment_id, part)))
            if events:
                connection.execute(insert(status_changes), events)
            if outcome_rows:
                # Bind names must differ from column names, or an executemany UPDATE sets them too.
                connection.execute(update(claims).where(claims.c.id == bindparam("b_claim"))
                                   .values(outcome=bindparam("b_outcome")), outcome_rows)
            connection.execute(update(installments).where(among(installments.c.id, part)).values(stale=False))
            if number == len(parts) - 1:
                # Records derive from the outcomes alone, so one recount in the last part is
                # as good as one per part, and far cheaper when many parts share sources.
                _recount(connection, sorted(source for source in judged_sources if source is not None))
            # Last, so that on PostgreSQL the outbox lock is held only until the commit that follows.
            _append_to_outbox(connection, Counter(_content(event) for event in events) - stored_before)


def _content(event: dict) -> tuple:
    """What makes a change event itself: installment, date, old and new status, kind."""
    return (event["installment_id"], event["date"], event["old_status"], event["new_status"], event["kind"])


def _stored_events(connection, part: list[int]) -> Counter:
    """The installments' stored change events, counted by their content."""
    return Counter(tuple(row) for row in connection.execute(
        select(*_CONTENT).where(among(status_changes.c.installment_id, part))))


def _append_to_outbox(connection, new: Counter) -> None:
    """Append the new change events to the outbox, each as `changes` lists it, due on its own date."""
    if not new:
        return
    rows = connection.execute(_EVENTS.where(among(status_changes.c.installment_id, sorted({key[0] for key in new})))
                              .order_by(status_changes.c.date, status_changes.c.id)).all()
    names = aliases_of(connection, sorted({row.work_id for row in rows}))
    created = datetime.now(timezone.utc).replace(tzinfo=None)
    entries = []
    for row in rows:
        key = (row.installment_id, row.date, row.old_status, row.new_status, row.kind)
        if new[key] > 0:
            new[key] -= 1
            entries.append({"installment_id": row.installment_id, "due": row.date, "created": created,
                            "change": json.dumps(_change(row, names), ensure_ascii=False, sort_keys=True)})
    if connection.dialect.name == "postgresql":
        # Ids are drawn at insert but seen at commit: one appender at a time makes every id
        # visible only after all smaller ones, so a reader's cursor never skips a late commit.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_OUTBOX_LOCK})
    connection.execute(insert(outbox), entries)


def _recount(connection, source_ids: list[int]) -> None:
    """Bring these sources' track records in line with their claims' outcomes."""
    for part in chunks(source_ids):
        counts: dict[int, dict[str, int]] = defaultdict(lambda: {"confirmed": 0, "contradicted": 0, "open": 0})
        for source_id, outcome, count in connection.execute(
                select(claims.c.source_id, claims.c.outcome, func.count())
                .where(among(claims.c.source_id, part), claims.c.outcome.is_not(None))
                .group_by(claims.c.source_id, claims.c.outcome)):
            counts[source_id][outcome] = count
        rows = [{"b_source": source_id, "b_confirmed": counts[source_id]["confirmed"],
                 "b_contradicted": counts[source_id]["contradicted"], "b_open": counts[source_id]["open"],
                 "b_score": score(counts[source_id]["confirmed"], counts[source_id]["contradicted"])}
                for source_id in part]
        connection.execute(update(sources).where(sources.c.id == bindparam("b_source")).values(
            confirmed=bindparam("b_confirmed"), contradicted=bindparam("b_contradicted"),
            open=bindparam("b_open"), score=bindparam("b_score")), rows)


def changes(store: Store, since: date | None = None, work: str | None = None,
            until: date | None = None) -> list[dict]:
    """Status-change events from `since` up to `until` (default today), oldest first."""
    refresh(store)
    until = until or date.today()
    query = _EVENTS.where(status_changes.c.date <= until).order_by(status_changes.c.date, status_changes.c.id)
    if since is not None:
        query = query.where(status_changes.c.date >= since)
    with store.read() as connection:
        if work is not None:
            work_ids = works_named(connection, work)
            if not work_ids:
                return []
            query = query.where(among(works.c.id, work_ids))
        rows = connection.execute(query).all()
        names = aliases_of(connection, sorted({row.work_id for row in rows}))
    return [_change(row, names) for row in rows]


def _change(row, names: dict[int, list[str]]) -> dict:
    """One change event as `changes` lists it, from a row of `_EVENTS`."""
    return {
        "work": row.title, "aliases": names.get(row.work_id, []), "n": row.n, "date": row.date.isoformat(),
        "old": row.old_status, "new": row.new_status, "kind": row.kind, "article": row.external_id,
        "published": row.dated.isoformat() if row.dated else None,
        "source": row.source or row.source_name, "certainty": row.certainty, "event": row.event,
        "sentence": row.sentence,
    }

"""Status changes: recomputed by the tracker whenever articles are saved, listed by `changes`.

The store marks every installment a new article speaks of as stale in the same
transaction as the article. `record_changes` recomputes a stale installment's change
events and its claims' outcomes (and so its sources' records) and clears the mark.
`attach(store)` runs it right after every save; `refresh` catches up on anything a
process left stale (for example one killed between its save and the recompute).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import bindparam, delete, func, insert, select, update

from nextseason.store import Store
from nextseason.store.schema import (
    articles, claims, installments, sources, status_changes, works,
)
from nextseason.tracker.load import (
    END_OF_TIME, aliases_of, among, articles_expecting_previous, chunks, installments_of, verdicts_of,
    works_named,
)
from nextseason.tracker.rules import fold, judge, score



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
    query = (select(status_changes.c.date, status_changes.c.old_status, status_changes.c.new_status,
                    status_changes.c.kind, works.c.id, works.c.title, installments.c.n,
                    articles.c.external_id, articles.c.dated, claims.c.certainty, claims.c.source,
                    sources.c.name, claims.c.sentence, claims.c.event)
             .join(installments, installments.c.id == status_changes.c.installment_id)
             .join(works, works.c.id == installments.c.work_id)
             .outerjoin(articles, articles.c.id == status_changes.c.article_id)
             .outerjoin(claims, claims.c.id == status_changes.c.claim_id)
             .outerjoin(sources, sources.c.id == claims.c.source_id)
             .where(status_changes.c.date <= until)
             .order_by(status_changes.c.date, status_changes.c.id))
    if since is not None:
        query = query.where(status_changes.c.date >= since)
    with store.read() as connection:
        if work is not None:
            work_ids = works_named(connection, work)
            if not work_ids:
                return []
            query = query.where(among(works.c.id, work_ids))
        rows = connection.execute(query).all()
        names = aliases_of(connection, sorted({row[4] for row in rows}))
    return [{
        "work": title, "aliases": names.get(work_id, []), "n": n, "date": day.isoformat(),
        "old": old, "new": new, "kind": kind, "article": article,
        "published": published.isoformat() if published else None,
        "source": source or source_name, "certainty": certainty, "event": event, "sentence": sentence,
    } for (day, old, new, kind, work_id, title, n, article, published, certainty, source, source_name,
           sentence, event) in rows]

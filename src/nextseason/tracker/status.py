"""`status`: every installment as of a date, combined by the tracker rules, as the contract's JSON."""

from __future__ import annotations

from datetime import date

from nextseason.store import Store
from nextseason.tracker.changes import refresh, stale_installments
from nextseason.tracker.load import CHUNK, aliases_of, installments_named, installments_of, verdicts_of
from nextseason.tracker.rules import Standing, fold


def standings(store: Store, work: str | None = None, season: int | None = None,
              as_of: date | None = None):
    """Yield (installment, aliases, standing, claims) for each installment with a claim by `as_of`.

    Installments left stale by a save are brought up to date first (those asked for, or all);
    the whole store is read a slice of installments at a time, so memory stays bounded.
    """
    as_of = as_of or date.today()
    with store.read() as connection:
        if work is not None:
            named = installments_named(connection, work, season)
            keys, names, stale = named.installments, named.aliases, named.stale
        else:
            keys = installments_of(connection, None, season)
            names = aliases_of(connection, None)
            stale = stale_installments(connection)
        if not keys:
            return
        if stale:
            # Claim outcomes and source records must be current before they weigh reports;
            # the next statement here starts a fresh read that sees the recomputed rows.
            connection.rollback()
            refresh(store, stale)
        for first in range(0, len(keys), CHUNK):
            part = keys[first:first + CHUNK]
            verdicts = verdicts_of(connection, [key.id for key in part], as_of)
            for key in part:
                told = verdicts.get(key.id, [])
                claims = [claim for verdict in told for claim in verdict.claims]
                if claims:
                    yield key, names.get(key.work_id, []), fold(told, as_of), claims


def status(store: Store, work: str | None = None, season: int | None = None,
           as_of: date | None = None, timeline: bool = True) -> list[dict]:
    """Installments (of `work`, matched by any alias) as of `as_of`, in the `status` contract's shape."""
    as_of = as_of or date.today()
    return [status_row(key.title, names, key.n, standing, as_of, claims if timeline else None)
            for key, names, standing, claims in standings(store, work, season, as_of)]


def status_row(title: str, names: list[str], n: int, standing: Standing, as_of: date, claims) -> dict:
    """One installment in the contract's shape."""
    decided_by = None
    if standing.decided_by is not None:
        verdict, claim = standing.decided_by
        decided_by = {
            "article": verdict.article, "published": verdict.dated.isoformat(),
            "source": claim.source if claim else None,
            "certainty": claim.certainty if claim else None,
            "sentence": claim.sentence if claim else None,
        }
    row = {
        "work": title, "aliases": names, "n": n, "status": standing.status,
        "platform_response": standing.platform_response, "expected": standing.expected,
        "as_of": as_of.isoformat(), "decided_by": decided_by,
    }
    if claims is not None:
        claims = sorted(claims, key=lambda claim: (claim.dated, claim.article_pk, claim.id))
        row["timeline"] = [claim.to_timeline() for claim in claims]
    if standing.conflicts:
        row["conflicts"] = standing.conflicts
    return row

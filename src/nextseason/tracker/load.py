"""Reading what the tracker needs from the store: installments, verdicts, claims, records."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from operator import itemgetter
from datetime import date

from sqlalchemy import Connection, and_, bindparam, select

from nextseason.store.schema import (
    aliases, article_installments, articles, claims, installments, sources, works,
)
from nextseason.store.works import alias_key
from nextseason.tracker.rules import Record, TrackedClaim, Verdict

# Keeps IN lists well under every backend's limit on bound parameters.
CHUNK = 500


@dataclass(frozen=True)
class InstallmentKey:
    """An installment row with its work's title."""

    id: int
    work_id: int
    title: str
    n: int


def among(column, ids):
    """`column IN ids` as one expanding parameter: no per-value expression is built."""
    return column.in_(bindparam(None, value=list(ids), expanding=True))


def chunks(ids: list[int]):
    """Slices of at most CHUNK ids."""
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def works_named(connection: Connection, work: str) -> list[int]:
    """Ids of the works that have `work` as an alias, ignoring case and punctuation."""
    key = alias_key(work)
    if not key:
        return []
    return list(connection.execute(select(aliases.c.work_id).where(aliases.c.key == key)).scalars())


_MATCHED = aliases.alias("matched")
_NAMED = aliases.alias("named")
# A work's installments, stale marks and every alias, found by any one alias, in one query.
_INSTALLMENTS_NAMED = (
    select(installments.c.id, installments.c.work_id, works.c.title, installments.c.n, installments.c.stale,
           _NAMED.c.alias, _NAMED.c.key)
    .join(works, works.c.id == installments.c.work_id)
    .join(_MATCHED, and_(_MATCHED.c.work_id == works.c.id, _MATCHED.c.key == bindparam("key")))
    .join(_NAMED, _NAMED.c.work_id == works.c.id)
    .order_by(_NAMED.c.id))
_INSTALLMENT_NAMED = _INSTALLMENTS_NAMED.where(installments.c.n == bindparam("n"))


@dataclass
class Named:
    """What a work name finds: installments, each work's other aliases, and which are stale."""

    installments: list[InstallmentKey]
    aliases: dict[int, list[str]]
    stale: list[int]


def installments_named(connection: Connection, work: str, n: int | None = None) -> Named:
    """Installments of the works that have `work` as an alias (case and punctuation ignored)."""
    key = alias_key(work)
    if not key:
        return Named([], {}, [])
    if n is None:
        rows = connection.execute(_INSTALLMENTS_NAMED, {"key": key}).all()
    else:
        rows = connection.execute(_INSTALLMENT_NAMED, {"key": key, "n": n}).all()
    keys: dict[int, InstallmentKey] = {}
    names: dict[int, list[str]] = defaultdict(list)
    stale: set[int] = set()
    for installment_id, work_id, title, number, is_stale, alias, alias_key_ in rows:
        if installment_id not in keys:
            keys[installment_id] = InstallmentKey(installment_id, work_id, title, number)
        if is_stale:
            stale.add(installment_id)
        if alias_key_ != alias_key(title) and alias not in names[work_id]:
            names[work_id].append(alias)
    found = sorted(keys.values(), key=lambda found: (found.title.casefold(), found.n))
    return Named(found, dict(names), sorted(stale))


def installments_of(connection: Connection, work_ids: list[int] | None = None,
                    n: int | None = None, ids: list[int] | None = None) -> list[InstallmentKey]:
    """Installments of the given works (all when None), optionally only number `n`."""
    query = select(installments.c.id, installments.c.work_id, works.c.title, installments.c.n).join(
        works, works.c.id == installments.c.work_id)
    if n is not None:
        query = query.where(installments.c.n == n)
    if work_ids is not None:
        query = query.where(among(installments.c.work_id, work_ids))
    if ids is not None:
        found = []
        for part in chunks(ids):
            found.extend(connection.execute(query.where(among(installments.c.id, part))).all())
        rows = found
    else:
        rows = connection.execute(query).all()
    return sorted((InstallmentKey(*row) for row in rows), key=lambda key: (key.title.casefold(), key.n))


def aliases_of(connection: Connection, work_ids: list[int] | None) -> dict[int, list[str]]:
    """Each work's aliases other than its canonical title, in the order they were learnt."""
    query = select(aliases.c.work_id, aliases.c.alias, aliases.c.key, works.c.title).join(
        works, works.c.id == aliases.c.work_id).order_by(aliases.c.id)
    if work_ids is not None:
        query = query.where(among(aliases.c.work_id, work_ids))
    found: dict[int, list[str]] = defaultdict(list)
    for work_id, alias, key, title in connection.execute(query):
        if key != alias_key(title):
            found[work_id].append(alias)
    return found


# Built once: composing a statement costs more than running it on a small work.
_VERDICTS = select(
    article_installments.c.installment_id, article_installments.c.article_id, articles.c.external_id,
    article_installments.c.dated, article_installments.c.status, article_installments.c.platform_response,
    article_installments.c.expected_when, article_installments.c.expected_certainty,
    article_installments.c.decided_by_official,
).join(articles, articles.c.id == article_installments.c.article_id).where(
    article_installments.c.dated <= bindparam("as_of"),
    article_installments.c.installment_id.in_(bindparam("ids", expanding=True)))
_CLAIMS = select(
    claims.c.installment_id, claims.c.id, claims.c.article_id, claims.c.event,
    claims.c.polarity, claims.c.certainty, claims.c.source, claims.c.source_id, claims.c.source_role,
    claims.c.sentence, claims.c.stage, claims.c.when, claims.c.person, claims.c.outcome,
    sources.c.name, sources.c.confirmed, sources.c.contradicted, sources.c.open, sources.c.score,
).outerjoin(sources, sources.c.id == claims.c.source_id).where(
    claims.c.dated <= bindparam("as_of"), claims.c.installment_id.in_(bindparam("ids", expanding=True)))
END_OF_TIME = date(9999, 12, 31)


def verdicts_of(connection: Connection, installment_ids: list[int],
                as_of: date | None = None) -> dict[int, list[Verdict]]:
    """Each installment's verdicts up to `as_of`, with their claims and the claims' source records."""
    verdict_rows, claim_rows = [], []
    for part in chunks(installment_ids):
        parameters = {"as_of": as_of or END_OF_TIME, "ids": part}
        verdict_rows.extend(connection.execute(_VERDICTS, parameters).all())
        claim_rows.extend(connection.execute(_CLAIMS, parameters).all())
    by_pair: dict[tuple[int, int], Verdict] = {}
    found: dict[int, list[Verdict]] = defaultdict(list)
    for (installment_id, article_pk, article, dated, status, response, when, certainty,
         official) in verdict_rows:
        verdict = Verdict(article_pk, article, dated, status, response, when, certainty, bool(official))
        by_pair[(installment_id, article_pk)] = verdict
        found[installment_id].append(verdict)
    # One record object (and its timeline dict) per source, shared by all its claims.
    records: dict[int, tuple[Record, dict]] = {}
    claim_rows.sort(key=itemgetter(1))
    # A claim is dated by its article, so the verdict's date serves for all its claims.
    for (installment_id, claim_id, article_pk, event, polarity, certainty, source, source_id,
         role, sentence, stage, when, person, outcome, name, confirmed, contradicted, still_open,
         score) in claim_rows:
        verdict = by_pair.get((installment_id, article_pk))
        if verdict is None:
            continue
        record, shown = None, None
        if source_id is not None:
            if source_id not in records:
                made = Record(confirmed, contradicted, still_open, score)
                records[source_id] = (made, made.to_dict())
            record, shown = records[source_id]
        verdict.claims.append(TrackedClaim(
            claim_id, article_pk, verdict.article, verdict.dated, event, polarity, certainty, source or name,
            source_id, role, sentence, stage, when, person, record, outcome, shown))
    return found


def articles_expecting_previous(connection: Connection, keys: list[InstallmentKey]) -> dict[int, set[int]]:
    """For each installment n, the articles that speak of n-1 as still to come."""
    previous = {(key.work_id, key.n - 1): key.id for key in keys}
    found: dict[int, set[int]] = defaultdict(set)
    work_ids = sorted({key.work_id for key in keys})
    for part in chunks(work_ids):
        rows = connection.execute(
            select(installments.c.work_id, installments.c.n, article_installments.c.article_id)
            .join(article_installments, and_(article_installments.c.installment_id == installments.c.id,
                                             article_installments.c.status.in_(("official", "reported", "possible"))))
            .where(among(installments.c.work_id, part)))
        for work_id, n, article_pk in rows:
            installment_id = previous.get((work_id, n))
            if installment_id is not None:
                found[installment_id].add(article_pk)
    return found

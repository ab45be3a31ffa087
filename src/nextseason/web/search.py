"""Search over works, aliases and claims, read straight from the store's tables."""

# The tracker answers "where does an installment stand"; finding things by words,
# listing claims by source, and an article's outlet and URL are lookups it does not
# offer, so they live here, read-only.
#
# Words are found through the full-text objects of migration 0002: FTS5 tables over claim
# sentences and alias keys on SQLite, GIN indexes on to_tsvector('simple', ...) of the same
# columns on PostgreSQL ('simple': claims come in many languages, so no language's stemming;
# SQLite's tokenizer also folds accents). A query is cut into words at punctuation, symbols
# and spaces, and each word is quoted, so nothing a reader types is an operator of either
# query language; a row matches when it has every word. A work's names also match when the
# last word is only begun ("Trauma Co"); when no name has the words (part of a word, or a
# title written without spaces such as 중증외상센터), the names are searched for the query
# as a substring.

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, column, false, func, literal_column, or_, select, table

from nextseason.store import Store, alias_key
from nextseason.store.schema import aliases, articles, claims, installments, outlets, sources, works

# The PostgreSQL indexes are on exactly this expression's form, so the queries must use it too.
SIMPLE = literal_column("'simple'::regconfig")
claims_fts = table("claims_fts", column("rowid"), column("sentence"))
aliases_fts = table("aliases_fts", column("rowid"), column("key"))


def work_slug(title: str) -> str:
    """The id of a work in URLs: its title's matching key with dashes for spaces."""
    return alias_key(title).replace(" ", "-")


def slug_name(slug: str) -> str:
    """The name to look a work up by, from its slug (matched like an alias)."""
    return slug.replace("-", " ")


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_words(query: str) -> list[str]:
    """The words of a query: what is left between punctuation, symbols and spaces."""
    normal = unicodedata.normalize("NFKC", query)
    return "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in normal).split()


def fts5_query(words: list[str], prefix_last: bool = False) -> str:
    """An FTS5 query for rows holding every word, each a quoted string so that none is an operator."""
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix_last and quoted:
        quoted[-1] += "*"
    return " ".join(quoted)


def tsquery(words: list[str], prefix_last: bool = False) -> str:
    """The same for PostgreSQL's to_tsquery: each word a quoted lexeme, all joined by &."""
    quoted = ["'" + word.replace("\\", "\\\\").replace("'", "''") + "'" for word in words]
    if prefix_last and quoted:
        quoted[-1] += ":*"
    return " & ".join(quoted)


def _sentence_has(dialect: str, words: list[str]) -> ColumnElement[bool]:
    """Claims whose sentence holds every word."""
    if not words:
        return false()
    if dialect == "postgresql":
        return func.to_tsvector(SIMPLE, claims.c.sentence).bool_op("@@")(func.to_tsquery(SIMPLE, tsquery(words)))
    return claims.c.id.in_(select(claims_fts.c.rowid).where(claims_fts.c.sentence.op("MATCH")(fts5_query(words))))


def _name_has(dialect: str, words: list[str]) -> ColumnElement[bool]:
    """Aliases whose key holds every word, the last one perhaps only begun."""
    if dialect == "postgresql":
        return func.to_tsvector(SIMPLE, aliases.c.key).bool_op("@@")(
            func.to_tsquery(SIMPLE, tsquery(words, prefix_last=True)))
    return aliases.c.id.in_(select(aliases_fts.c.rowid).where(
        aliases_fts.c.key.op("MATCH")(fts5_query(words, prefix_last=True))))


def find_works(store: Store, query: str, limit: int = 50) -> list[dict]:
    """Works with a name holding the query's words (ignoring case and punctuation), else containing it."""
    key = alias_key(query)
    if not key:
        return []
    found = _works_named(store, _name_has(store.dialect, key.split()), limit)
    if not found:
        found = _works_named(store, aliases.c.key.like(_like(key), escape="\\"), limit)
    return found


def _works_named(store: Store, condition: ColumnElement[bool], limit: int) -> list[dict]:
    """Works with an alias meeting the condition, the shortest matching names first."""
    statement = (select(works.c.id, works.c.title, aliases.c.alias)
                 .join(aliases, aliases.c.work_id == works.c.id)
                 .where(condition)
                 .order_by(func.length(aliases.c.key), works.c.id).limit(limit * 4))
    found: dict[int, dict] = {}
    with store.read() as connection:
        for work_id, title, alias in connection.execute(statement):
            entry = found.setdefault(work_id, {"id": work_slug(title), "title": title, "matched": []})
            if alias != title and alias not in entry["matched"]:
                entry["matched"].append(alias)
    return list(found.values())[:limit]


@dataclass(frozen=True)
class ClaimFilter:
    """What to list claims by; every field left None matches everything."""

    text: str | None = None
    work: str | None = None
    n: int | None = None
    source: str | None = None
    certainty: str | None = None
    event: str | None = None
    language: str | None = None
    since: date | None = None
    until: date | None = None


def _claims_query(store: Store, chosen: ClaimFilter) -> Select:
    """The claims matching a filter, joined to their article, outlet, installment, work and source."""
    statement = (select(
        claims.c.id, claims.c.dated, claims.c.event, claims.c.polarity, claims.c.certainty,
        claims.c.source, sources.c.name.label("source_name"), claims.c.source_role, claims.c.stage,
        claims.c.when, claims.c.person, claims.c.sentence, claims.c.outcome,
        articles.c.external_id, articles.c.url, articles.c.headline, articles.c.language,
        outlets.c.name.label("outlet"), works.c.title, installments.c.n)
        .join(articles, articles.c.id == claims.c.article_id)
        .outerjoin(outlets, outlets.c.id == articles.c.outlet_id)
        .outerjoin(sources, sources.c.id == claims.c.source_id)
        .join(installments, installments.c.id == claims.c.installment_id)
        .join(works, works.c.id == installments.c.work_id))
    conditions = []
    if chosen.text:
        conditions.append(_sentence_has(store.dialect, query_words(chosen.text)))
    if chosen.work:
        key = alias_key(chosen.work)
        conditions.append(works.c.id.in_(select(aliases.c.work_id).where(aliases.c.key == key)))
    if chosen.n is not None:
        conditions.append(installments.c.n == chosen.n)
    if chosen.source:
        key = alias_key(chosen.source)
        # A claim's source is its own text when the article named one, else the outlet's row.
        conditions.append(or_(sources.c.key == key, func.lower(claims.c.source) == chosen.source.lower()))
    if chosen.certainty:
        conditions.append(claims.c.certainty == chosen.certainty)
    if chosen.event:
        conditions.append(claims.c.event == chosen.event)
    if chosen.language:
        conditions.append(articles.c.language == chosen.language)
    if chosen.since:
        conditions.append(claims.c.dated >= chosen.since)
    if chosen.until:
        conditions.append(claims.c.dated <= chosen.until)
    return statement.where(and_(*conditions)) if conditions else statement


def find_claims(store: Store, chosen: ClaimFilter, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """One page of claims matching the filter, newest first, and how many match in all."""
    statement = _claims_query(store, chosen)
    with store.read() as connection:
        total = connection.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
        rows = connection.execute(statement.order_by(claims.c.dated.desc(), claims.c.id.desc())
                                  .limit(limit).offset(offset)).mappings().all()
    return [_claim_dict(row) for row in rows], total


def _claim_dict(row) -> dict:
    """One claim as the API and pages show it."""
    return {
        "id": row["id"], "work": row["title"], "work_id": work_slug(row["title"]), "n": row["n"],
        "published": row["dated"].isoformat(), "event": row["event"], "polarity": row["polarity"],
        "certainty": row["certainty"], "source": row["source"] or row["source_name"],
        "source_role": row["source_role"], "stage": row["stage"], "when": row["when"],
        "person": row["person"], "sentence": row["sentence"], "outcome": row["outcome"],
        "article": row["external_id"], "url": row["url"], "headline": row["headline"],
        "language": row["language"], "outlet": row["outlet"],
    }


def article_details(store: Store, external_ids: list[str]) -> dict[str, dict]:
    """URL, headline, language and outlet of the articles with these ids."""
    wanted = sorted(set(external_ids))
    found: dict[str, dict] = {}
    with store.read() as connection:
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            for external_id, url, headline, language, outlet in connection.execute(
                    select(articles.c.external_id, articles.c.url, articles.c.headline, articles.c.language,
                           outlets.c.name)
                    .outerjoin(outlets, outlets.c.id == articles.c.outlet_id)
                    .where(articles.c.external_id.in_(part))):
                found[external_id] = {"url": url, "headline": headline, "language": language, "outlet": outlet}
    return found


def installments_in_language(store: Store, language: str) -> set[tuple[str, int]]:
    """(work title, n) of every installment some claim in an article of `language` speaks of."""
    statement = (select(works.c.title, installments.c.n).distinct()
                 .select_from(claims)
                 .join(articles, articles.c.id == claims.c.article_id)
                 .join(installments, installments.c.id == claims.c.installment_id)
                 .join(works, works.c.id == installments.c.work_id)
                 .where(articles.c.language == language))
    with store.read() as connection:
        return {(title, n) for title, n in connection.execute(statement)}

"""The store: saves analysed articles in one transaction each and lists known works."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import islice

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from nextseason.models import Article, ArticleResult, Claim, Installment
from nextseason.store.database import create_store_engine, migrate, resolve_url, writer
from nextseason.store.schema import (
    aliases, article_installments, articles, claims, installments, outlets, sources, works,
)
from nextseason.store.works import WorkMatcher, alias_key

log = logging.getLogger(__name__)
# PostgreSQL's codes for a deadlock and a serialization failure: the transaction may simply be redone.
TRANSIENT_CODES = ("40P01", "40001")

# Called after a commit with the ids of the installments that new articles spoke of.
SaveListener = Callable[["Store", list[int]], None]
# A concurrent writer may create the same outlet, alias or article between our check
# and our insert; the transaction is then retried and finds the other writer's rows.
RETRIES = 5
_NEWEST_ARTICLE = select(func.max(articles.c.id))


def content_hash(article: Article) -> str:
    """sha256 of the clean text lower-cased with whitespace runs made single spaces."""
    # The same normalisation as the extract stage's exact-duplicate hash, so a copy that
    # differs only in case or spacing is one article wherever it is caught.
    normalised = " ".join(article.text.lower().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Store:
    """An open store; use `open_store` to get one."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self._writer = writer(engine)
        self._listeners: list[SaveListener] = []
        self._matcher = WorkMatcher()
        self._outlets: dict[str, int] = {}
        self._sources: dict[str, int] = {}
        self._installments: dict[tuple[int, int], int] = {}

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    def on_save(self, listener: SaveListener) -> None:
        """Call `listener(store, installment_ids)` after every commit of new articles."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def write(self):
        """A connection in a write transaction (on SQLite the write lock is taken at BEGIN)."""
        return self._writer.begin()

    @contextmanager
    def read(self):
        """A connection for reading; its transaction ends with a commit."""
        with self.engine.connect() as connection:
            yield connection
            # Ending with COMMIT rather than ROLLBACK keeps psycopg's prepared statements,
            # which it discards on every rollback; for a read both end the same way.
            if connection.in_transaction():
                connection.commit()

    def save(self, result: ArticleResult, minhash: bytes | None = None) -> bool:
        """Store one article with all it says, all in or all out; False if already stored."""
        saved = self._run_batch([(result, minhash)])
        return bool(saved)

    def save_many(self, results: Iterable[ArticleResult], batch_size: int = 200,
                  minhashes: Iterable[bytes | None] | None = None) -> int:
        """Store many articles, one transaction per batch; returns how many were new."""
        pairs = zip(results, minhashes) if minhashes is not None else ((result, None) for result in results)
        total = 0
        while batch := list(islice(pairs, batch_size)):
            try:
                total += self._run_batch(batch, retries=1)
            except (IntegrityError, OperationalError):
                # A batch lost a race with another writer: redo it article by article.
                total += sum(self._run_batch([pair]) for pair in batch)
        return total

    def revision(self) -> int:
        """A number that grows whenever an article is saved, by this process or any other.

        Articles are only ever added, and every claim, status and change follows from
        them, so the newest article's id tells whether anything read earlier is out of date.
        """
        with self.read() as connection:
            return connection.execute(_NEWEST_ARTICLE).scalar() or 0

    def catalog(self) -> list[tuple[str, list[str]]]:
        """Every known work as (canonical title, other aliases), sorted by title."""
        with self.read() as connection:
            titles = dict(connection.execute(select(works.c.id, works.c.title)).all())
            names: dict[int, list[str]] = {work_id: [] for work_id in titles}
            title_keys = {work_id: alias_key(title) for work_id, title in titles.items()}
            for work_id, alias, key in connection.execute(
                    select(aliases.c.work_id, aliases.c.alias, aliases.c.key).order_by(aliases.c.id)):
                if key != title_keys[work_id]:
                    names[work_id].append(alias)
        return sorted(((titles[w], names[w]) for w in titles), key=lambda pair: pair[0].casefold())

    def signatures(self, page: int = 5000) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) of every stored article that has one, oldest first."""
        last = 0
        while True:
            # Page by primary key, so no read transaction stays open while the caller works.
            with self.read() as connection:
                rows = connection.execute(
                    select(articles.c.id, articles.c.external_id, articles.c.minhash)
                    .where(articles.c.minhash.is_not(None), articles.c.id > last)
                    .order_by(articles.c.id).limit(page)).all()
            for _, external_id, minhash in rows:
                yield external_id, bytes(minhash)
            if len(rows) < page:
                return
            last = rows[-1][0]

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # Saving.

    def _run_batch(self, batch, retries: int = RETRIES) -> int:
        """Save a batch in one transaction, retrying when a concurrent writer won a race."""
        for attempt in range(retries):
            pending = _Pending()
            try:
                with self.write() as connection:
                    touched: list[int] = []
                    saved = 0
                    pending.stored_ids, pending.stored_hashes = self._stored(
                        connection, [result.article for result, _ in batch])
                    for result, minhash in batch:
                        ids = self._save_article(connection, result, minhash, pending)
                        if ids is not None:
                            saved += 1
                            touched.extend(ids)
                    # Every article's verdicts and claims in one statement each, not one per article.
                    if pending.verdict_rows:
                        connection.execute(insert(article_installments), pending.verdict_rows)
                    if pending.claim_rows:
                        connection.execute(insert(claims), pending.claim_rows)
                    if touched:
                        connection.execute(update(installments).where(
                            installments.c.id.in_(sorted(set(touched)))).values(stale=True))
            except (IntegrityError, OperationalError) as error:
                if attempt == retries - 1 or not _may_retry(error):
                    raise
                continue
            self._remember(pending)
            if touched:
                self._notify(sorted(set(touched)))
            return saved
        return 0

    def _save_article(self, connection: Connection, result: ArticleResult, minhash, pending) -> list[int] | None:
        """Insert one article and what it says; None when it is already stored."""
        article = result.article
        digest = content_hash(article)
        if digest in pending.hashes or article.id in pending.ids:
            return None
        if digest in pending.stored_hashes or article.id in pending.stored_ids:
            return None
        pending.hashes.add(digest)
        pending.ids.add(article.id)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        dated = article.published or now.date()
        article_pk = connection.execute(insert(articles).values(
            external_id=article.id, url=article.url, headline=article.headline or "",
            published=article.published, dated=dated, language=article.language,
            outlet_id=self._outlet(connection, article.outlet, pending),
            text=article.text, content_hash=digest, minhash=minhash, ingested_at=now,
        )).inserted_primary_key[0]
        touched: dict[int, Installment] = {}
        for installment in result.installments:
            work_id = self._matcher.work_for(connection, installment.work, installment.aliases, pending.aliases)
            installment_id = self._installment(connection, work_id, installment.n, pending)
            if installment_id not in touched:
                # An article naming one installment twice (two titles) keeps its first verdict.
                touched[installment_id] = installment
            for claim in installment.claims:
                pending.claim_rows.append(self._claim_row(connection, claim, article, article_pk,
                                                          installment_id, dated, pending))
        pending.verdict_rows.extend(_verdict_row(article_pk, installment_id, dated, installment)
                                    for installment_id, installment in touched.items())
        return list(touched)

    @staticmethod
    def _stored(connection: Connection, batch: list[Article]) -> tuple[set[str], set[str]]:
        """The ids, and the content hashes, of the batch's articles that the store already holds."""
        ids = sorted({article.id for article in batch})
        digests = sorted({content_hash(article) for article in batch})
        found_ids: set[str] = set()
        found_hashes: set[str] = set()
        for start in range(0, max(len(ids), len(digests)), 500):
            id_part, digest_part = ids[start:start + 500], digests[start:start + 500]
            for external_id, digest in connection.execute(
                    select(articles.c.external_id, articles.c.content_hash).where(
                        articles.c.external_id.in_(id_part) | articles.c.content_hash.in_(digest_part))):
                found_ids.add(external_id)
                found_hashes.add(digest)
        return found_ids, found_hashes

    def _claim_row(self, connection, claim: Claim, article: Article, article_pk: int,
                   installment_id: int, dated, pending) -> dict:
        """The claims-table row of one claim, its source resolved to a row of `sources`."""
        name, role = claim.source, claim.source_role
        if not (name and name.strip()) and article.outlet:
            # An unattributed report is the outlet's own word.
            name, role = article.outlet, "media"
        return {
            "article_id": article_pk, "installment_id": installment_id, "dated": dated,
            "event": claim.event, "polarity": claim.polarity, "certainty": claim.certainty,
            "source_id": self._source(connection, name, role, pending), "source": claim.source,
            "source_role": claim.source_role, "stage": claim.stage, "when": claim.when,
            "person": claim.person, "sentence": claim.sentence, "start": claim.start,
            "end": claim.end, "outcome": None,
        }

    def _outlet(self, connection: Connection, name: str | None, pending) -> int | None:
        """Id of the outlet called `name`, created when new."""
        if not name or not name.strip():
            return None
        name = name.strip()
        found = pending.outlets.get(name) or self._outlets.get(name)
        if found is None:
            found = connection.execute(select(outlets.c.id).where(outlets.c.name == name)).scalar()
            if found is None:
                found = connection.execute(insert(outlets).values(name=name)).inserted_primary_key[0]
                pending.outlets[name] = found
            else:
                self._outlets[name] = found
        return found

    def _source(self, connection: Connection, name: str | None, role: str, pending) -> int | None:
        """Id of the source called `name` (matched like an alias), created when new."""
        key = alias_key(name or "")
        if not key:
            return None
        found = pending.sources.get(key) or self._sources.get(key)
        if found is None:
            found = connection.execute(select(sources.c.id).where(sources.c.key == key)).scalar()
            if found is None:
                found = connection.execute(insert(sources).values(
                    name=name.strip(), key=key, role=role, confirmed=0, contradicted=0, open=0,
                    score=0.5)).inserted_primary_key[0]
                pending.sources[key] = found
            else:
                self._sources[key] = found
        return found

    def _installment(self, connection: Connection, work_id: int, n: int, pending) -> int:
        """Id of installment (work, n), created when new."""
        pair = (work_id, n)
        found = pending.installments.get(pair) or self._installments.get(pair)
        if found is None:
            found = connection.execute(select(installments.c.id).where(
                installments.c.work_id == work_id, installments.c.n == n)).scalar()
            if found is None:
                found = connection.execute(insert(installments).values(
                    work_id=work_id, n=n, stale=True)).inserted_primary_key[0]
                pending.installments[pair] = found
            else:
                self._installments[pair] = found
        return found

    def _remember(self, pending: "_Pending") -> None:
        """Keep the rows a committed transaction created, so later saves skip the lookups."""
        self._outlets.update(pending.outlets)
        self._sources.update(pending.sources)
        self._installments.update(pending.installments)
        self._matcher.known.update(pending.aliases)

    def _notify(self, installment_ids: list[int]) -> None:
        """Tell the listeners which installments have new articles."""
        for listener in self._listeners:
            try:
                listener(self, installment_ids)
            except OperationalError as error:
                # The articles are committed and their installments stay marked stale,
                # so the tracker catches up later; a busy database must not fail the save.
                log.warning("status changes of %d installments postponed: %s", len(installment_ids), error)


def _may_retry(error: Exception) -> bool:
    """Whether redoing the transaction can succeed: a lost race or a PostgreSQL deadlock."""
    if isinstance(error, IntegrityError):
        return True
    return getattr(getattr(error, "orig", None), "sqlstate", None) in TRANSIENT_CODES


class _Pending:
    """Rows created by the transaction in progress; forgotten if it rolls back."""

    def __init__(self):
        self.outlets: dict[str, int] = {}
        self.sources: dict[str, int] = {}
        self.installments: dict[tuple[int, int], int] = {}
        self.aliases: dict[str, int] = {}
        self.hashes: set[str] = set()
        self.ids: set[str] = set()
        # Ids and content hashes of the batch's articles already stored before it began.
        self.stored_ids: set[str] = set()
        self.stored_hashes: set[str] = set()
        self.verdict_rows: list[dict] = []
        self.claim_rows: list[dict] = []


def _verdict_row(article_pk: int, installment_id: int, dated, installment: Installment) -> dict:
    """The article_installments row: what this article concludes about the installment."""
    expected = installment.expected
    return {
        "article_id": article_pk, "installment_id": installment_id, "dated": dated,
        "status": installment.status, "platform_response": installment.platform_response,
        "expected_when": expected.when if expected else None,
        "expected_certainty": expected.certainty if expected else None,
        "decided_by_official": installment.decided_by_official,
    }


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`, `$NEXTSEASON_DB` or the default path."""
    resolved = resolve_url(url)
    engine = create_store_engine(resolved)
    migrate(engine)
    return Store(engine, resolved)

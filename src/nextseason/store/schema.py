"""Tables of the store: one declarative class per table, SQLAlchemy 2 style."""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime

from sqlalchemy import (
    Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
    String, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Explicit constraint names keep SQLite and PostgreSQL migrations identical.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Full-text search lives in objects that migration 0002 makes for one dialect only: FTS5
# tables (with their shadow tables) on SQLite, GIN expression indexes on PostgreSQL. They
# are not declared here, so comparing this schema with a database leaves them out. A later
# migration that rebuilds `claims` or `aliases` in batch mode on SQLite drops their
# triggers with the old table and must create them again.
FULL_TEXT_TABLES = ("claims_fts", "aliases_fts")
FULL_TEXT_INDEXES = ("ix_claims_sentence_words", "ix_aliases_key_words")


def declared_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's `include_name` hook: False for the full-text objects, True for everything declared."""
    if type_ == "table" and name:
        return not any(name == table or name.startswith(table + "_") for table in FULL_TEXT_TABLES)
    if type_ == "index":
        return name not in FULL_TEXT_INDEXES
    return True


class Base(DeclarativeBase):
    """Root of the store's tables."""

    metadata = MetaData(naming_convention=NAMING)


class Outlet(Base):
    """A publication that articles come from."""

    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class Source(Base):
    """Who asserts claims (an outlet, a named person, a platform) and their track record."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    confirmed: Mapped[int] = mapped_column(Integer, default=0)
    contradicted: Mapped[int] = mapped_column(Integer, default=0)
    open: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float] = mapped_column(Float, default=0.5)


class ArticleRow(Base):
    """One stored article; `dated` is its publication date, else the day it came in."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    headline: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date)
    dated: Mapped[date] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(20))
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class Work(Base):
    """A series or film franchise, known by its canonical title."""

    __tablename__ = "works"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)


class Alias(Base):
    """One name of a work; `key` is the normalised form that matching uses."""

    __tablename__ = "aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(500), unique=True)


class InstallmentRow(Base):
    """Installment `(work, n)`; `stale` marks that its status changes need recomputing."""

    __tablename__ = "installments"
    __table_args__ = (UniqueConstraint("work_id", "n", name="uq_installments_work_id_n"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id"))
    n: Mapped[int] = mapped_column(Integer)
    stale: Mapped[bool] = mapped_column(Boolean, default=True, index=True)


class ArticleInstallment(Base):
    """What one article concludes about one installment (the article-level status)."""

    __tablename__ = "article_installments"
    __table_args__ = (
        UniqueConstraint("article_id", "installment_id", name="uq_article_installments_pair"),
        Index("ix_article_installments_installment_dated", "installment_id", "dated"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    installment_id: Mapped[int] = mapped_column(ForeignKey("installments.id"))
    dated: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    platform_response: Mapped[str] = mapped_column(String(20))
    expected_when: Mapped[str | None] = mapped_column(String(20))
    expected_certainty: Mapped[str | None] = mapped_column(String(20))
    decided_by_official: Mapped[bool] = mapped_column(Boolean, default=False)


class ClaimRow(Base):
    """One claim with its sentence offsets; `outcome` is filled in by the tracker."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_installment_dated", "installment_id", "dated"),
        # Source records are recounted from claim outcomes; this keeps that count in the index.
        Index("ix_claims_source_outcome", "source_id", "outcome"),
        Index("ix_claims_article_id", "article_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    installment_id: Mapped[int] = mapped_column(ForeignKey("installments.id"))
    dated: Mapped[date] = mapped_column(Date)
    event: Mapped[str] = mapped_column(String(20))
    polarity: Mapped[str] = mapped_column(String(10))
    certainty: Mapped[str] = mapped_column(String(10))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    source: Mapped[str | None] = mapped_column(Text)
    source_role: Mapped[str] = mapped_column(String(10))
    stage: Mapped[str | None] = mapped_column(String(10))
    when: Mapped[str | None] = mapped_column(String(20))
    person: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(15))


class StatusChange(Base):
    """A change of an installment's status, with the claim that caused it."""

    __tablename__ = "status_changes"
    __table_args__ = (
        Index("ix_status_changes_installment_id", "installment_id"),
        Index("ix_status_changes_date", "date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installments.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    # first, official, released, raised, revived, cancelled or ended (a planned last season).
    kind: Mapped[str] = mapped_column(String(20))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))


class OutboxEntry(Base):
    """A status change to deliver, appended in the transaction that recorded it; ids only grow."""

    __tablename__ = "outbox"
    # AUTOINCREMENT: SQLite never hands out an id again, so readers' cursors stay true.
    __table_args__ = (Index("ix_outbox_due", "due"), {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installments.id"))
    # The change's own date: a premiere announced ahead is delivered once its day has come.
    due: Mapped[dt.date] = mapped_column(Date)
    # The change as JSON, in the shape `tracker.changes` lists it.
    change: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime)


class WebhookCursor(Base):
    """How far a webhook URL has been served: every outbox entry up to `last_id` that was due by `through`."""

    __tablename__ = "webhook_cursors"
    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    through: Mapped[dt.date] = mapped_column(Date)


outlets = Outlet.__table__
sources = Source.__table__
articles = ArticleRow.__table__
works = Work.__table__
aliases = Alias.__table__
installments = InstallmentRow.__table__
article_installments = ArticleInstallment.__table__
claims = ClaimRow.__table__
status_changes = StatusChange.__table__
outbox = OutboxEntry.__table__
webhook_cursors = WebhookCursor.__table__

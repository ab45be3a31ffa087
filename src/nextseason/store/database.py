"""Where the store lives, how to connect to it, and bringing its schema up to date."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

MIGRATIONS = Path(__file__).with_name("migrations")
# Writers wait this long for the SQLite write lock before giving up.
BUSY_TIMEOUT_MS = 60_000
SQLITE_MMAP_BYTES = 1 << 30
SQLITE_CACHE_KIB = 64 * 1024
# Arbitrary constant naming the advisory lock that serialises migrations on PostgreSQL.
PG_MIGRATION_LOCK = 727_105_204


def default_path() -> Path:
    """`$XDG_DATA_HOME/nextseason/nextseason.db`, falling back to ~/.local/share."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "nextseason" / "nextseason.db"


def resolve_url(url: str | None = None) -> str:
    """Turn a store location (None, a path, or a SQLAlchemy URL) into a SQLAlchemy URL."""
    location = url if url is not None else os.environ.get("NEXTSEASON_DB") or str(default_path())
    if "://" in location:
        return location
    path = Path(location).expanduser().resolve()
    return f"sqlite:///{path}"


def create_store_engine(url: str) -> Engine:
    """An engine for the store: SQLite in WAL mode with a busy timeout, or PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        in_memory = not database or database == ":memory:"
        # An in-memory database lives in one connection, so every user must share it.
        pool = {"poolclass": StaticPool} if in_memory else {}
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                                  "check_same_thread": False}, **pool)
        _tune_sqlite(engine)
        return engine
    # No pre-ping: it costs a round trip on every checkout, and a connection broken by a
    # server restart fails one statement, after which SQLAlchemy discards the whole pool.
    return create_engine(url)


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to WAL, once. Several processes opening a new file at the same moment race for the
    switch, and SQLite answers the losers "database is locked" at once, without its busy timeout: retry."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _tune_sqlite(engine: Engine) -> None:
    """Take over SQLite transactions so writers lock up front and wait instead of failing."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # pysqlite's own implicit BEGIN is deferred; a deferred reader that later writes
        # cannot wait for the lock and fails with "database is locked" at once.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Reads through a memory map and a larger page cache: a work's claims are spread
        # over many pages, and system calls per page would dominate `status`.
        cursor.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        immediate = connection.get_execution_options().get("nextseason_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, marked so that SQLite transactions take the write lock at BEGIN."""
    return engine.execution_options(nextseason_write=True)


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration shipped with this version of nextseason."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Apply any missing migrations, one process at a time."""
    head = head_revision()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with _migration_lock(engine):
        # On SQLite, BEGIN IMMEDIATE makes a second process wait here until the first has
        # migrated; `upgrade` then finds nothing left to do.
        with writer(engine).begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


@contextmanager
def _migration_lock(engine: Engine):
    """Serialise migrations: an advisory lock on PostgreSQL; on SQLite the write lock taken at BEGIN."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_MIGRATION_LOCK})
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_MIGRATION_LOCK})
            connection.commit()

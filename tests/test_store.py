"""Saving articles: migrations, idempotence, one transaction per article, work matching."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

import nextseason.store as store_package
from nextseason.store import alias_key, open_store, resolve_url
from nextseason.store.database import head_revision
from nextseason.store.schema import (
    Base, aliases, article_installments, articles, claims, declared_name, installments, outlets, sources, works,
)
from store_fixtures import article, numbered_article, say, speaks_of, store, store_url  # noqa: F401

TABLES = (articles, works, aliases, installments, article_installments, claims, sources, outlets)


def counts(store) -> dict[str, int]:
    """Row count of every table that saving fills."""
    with store.read() as connection:
        return {table.name: connection.execute(select(func.count()).select_from(table)).scalar()
                for table in TABLES}


def trauma_code(article_id: str = "kr-1", text_tail: str = "") -> object:
    """An article about The Trauma Code season 2 with two claims."""
    return article(
        article_id, "2025-09-24",
        speaks_of("The Trauma Code: Heroes on Call", 2, "reported", [
            say("renewal", "claimed", "Lee Nak-jun", "The author says the story goes on." + text_tail),
            say("production", "reported", None, "A script is being written.", stage="writing"),
        ], response="not_confirmed", expected=("2026-Q4", "possible"), aliases=["The Trauma Code"]),
        outlet="Xports News", headline="Trauma Code season 2 in the works")


def test_public_api_is_exported():
    assert set(store_package.__all__) == {"open_store", "Store", "SaveListener", "alias_key",
                                          "content_hash", "default_path", "resolve_url"}
    for name in store_package.__all__:
        assert hasattr(store_package, name)


def test_migrations_build_exactly_the_declared_schema(store):
    with store.read() as connection:
        # The full-text objects are made for one dialect only and are left out, as in migrations/env.py.
        context = MigrationContext.configure(connection, opts={"include_name": declared_name})
        assert compare_metadata(context, Base.metadata) == []
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_migrations_go_down_to_the_first_tables_and_up_again(store_url):
    from alembic import command
    from sqlalchemy import inspect

    from nextseason.store.database import alembic_config, create_store_engine, migrate, writer

    def move(step, target: str) -> set[str]:
        with writer(engine).begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            step(config, target)
        with engine.connect() as connection:
            inspector = inspect(connection)
            return set(inspector.get_table_names()) | {index["name"] for index in inspector.get_indexes("claims")}

    engine = create_store_engine(store_url)
    migrate(engine)
    search = "claims_fts" if engine.dialect.name == "sqlite" else "ix_claims_sentence_words"
    added = {"outbox", "webhook_cursors", search}
    assert not added & move(command.downgrade, "0001")
    assert added <= move(command.upgrade, "head")
    engine.dispose()


def test_opening_twice_keeps_data(store_url):
    first = open_store(store_url)
    assert first.save(trauma_code())
    first.close()
    again = open_store(store_url)
    assert [title for title, _ in again.catalog()] == ["The Trauma Code: Heroes on Call"]
    again.close()


def test_sqlite_runs_in_wal_with_a_busy_timeout(tmp_path):
    opened = open_store(str(tmp_path / "plain-path.db"))
    with opened.read() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    opened.close()


def test_a_sqlite_write_transaction_takes_the_lock_at_begin(tmp_path):
    import sqlite3

    opened = open_store(str(tmp_path / "locks.db"))
    with opened.write() as connection:
        connection.execute(text("SELECT 1"))
        rival = sqlite3.connect(str(tmp_path / "locks.db"), timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            rival.execute("BEGIN IMMEDIATE")
        rival.close()
    opened.close()


def test_location_comes_from_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("NEXTSEASON_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'xdg' / 'nextseason' / 'nextseason.db'}"
    opened = open_store()
    opened.close()
    assert (tmp_path / "xdg" / "nextseason" / "nextseason.db").exists()
    monkeypatch.setenv("NEXTSEASON_DB", str(tmp_path / "deep" / "folder" / "news.db"))
    opened = open_store()
    opened.close()
    assert (tmp_path / "deep" / "folder" / "news.db").exists()
    monkeypatch.setenv("NEXTSEASON_DB", "sqlite:///" + str(tmp_path / "as-url.db"))
    assert resolve_url() == "sqlite:///" + str(tmp_path / "as-url.db")


def test_save_is_idempotent(store):
    assert store.save(trauma_code()) is True
    before = counts(store)
    assert before["articles"] == 1 and before["claims"] == 2 and before["article_installments"] == 1
    assert store.save(trauma_code()) is False
    # Same text under another id is the same article; so is the same id with other text.
    assert store.save(trauma_code(article_id="kr-1-copy")) is False
    assert store.save(trauma_code(text_tail=" Edited later.")) is False
    assert counts(store) == before


def test_everything_an_article_says_is_stored(store):
    store.save(trauma_code(), minhash=b"\x01\x02\x03")
    with store.read() as connection:
        row = connection.execute(select(articles)).one()
        assert (row.external_id, row.headline, row.language, row.minhash) == ("kr-1", "Trauma Code season 2 in the works", "en", b"\x01\x02\x03")
        assert len(row.content_hash) == 64
        verdict = connection.execute(select(article_installments)).one()
        assert (verdict.status, verdict.platform_response, verdict.expected_when, verdict.expected_certainty,
                verdict.decided_by_official) == ("reported", "not_confirmed", "2026-Q4", "possible", False)
        stored = connection.execute(select(claims).order_by(claims.c.id)).all()
        assert [(c.event, c.certainty, c.source, c.stage) for c in stored] == [
            ("renewal", "claimed", "Lee Nak-jun", None), ("production", "reported", None, "writing")]
        assert row.text[stored[0].start:stored[0].end] == "The author says the story goes on."
        # An unattributed report counts toward the outlet's record.
        names = dict(connection.execute(select(sources.c.id, sources.c.name)).all())
        assert names[stored[1].source_id] == "Xports News"
        assert connection.execute(select(outlets.c.name)).scalar() == "Xports News"


def test_one_article_is_all_in_or_all_out(store, monkeypatch):
    original = type(store)._claim_row
    calls = {"n": 0}

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk fell off")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(store), "_claim_row", failing)
    with pytest.raises(RuntimeError, match="disk fell off"):
        store.save(trauma_code())
    assert all(value == 0 for value in counts(store).values())
    monkeypatch.setattr(type(store), "_claim_row", original)
    # Nothing of the failed attempt lingers in the store's memory either.
    assert store.save(trauma_code()) is True
    assert counts(store)["claims"] == 2
    assert store.catalog() == [("The Trauma Code: Heroes on Call", ["The Trauma Code"])]


def test_aliases_merge_into_the_work_they_match(store):
    store.save(trauma_code())
    later = article("id-7", "2025-10-01", speaks_of("trauma code!!", 3, "reported", [
        say("renewal", "claimed", "Lee Nak-jun", "Season three is planned too.")],
        aliases=["중증외상센터", "THE TRAUMA CODE"]))
    store.save(later)
    other = article("en-9", "2025-10-02", speaks_of("Night Shift Clinic", 2, "possible", [
        say("renewal", "possible", "fans", "Fans hope for more.")]))
    store.save(other)
    assert store.catalog() == [
        ("Night Shift Clinic", []),
        ("The Trauma Code: Heroes on Call", ["The Trauma Code", "trauma code!!", "중증외상센터"]),
    ]
    with store.read() as connection:
        assert connection.execute(select(func.count()).select_from(works)).scalar() == 2
        assert connection.execute(select(func.count()).select_from(installments)).scalar() == 3


def test_alias_key_ignores_case_punctuation_and_spacing():
    assert alias_key("The Trauma Code: Heroes on Call") == alias_key("the   trauma code heroes-on-call")
    assert alias_key("중증외상센터") == "중증외상센터"
    assert alias_key("Stranger Things!") != alias_key("Stranger Thing")
    assert alias_key(" ¡¿ ") == ""


def test_save_many_in_batches(store):
    results = [numbered_article("bulk", number, installments=2, claims=2) for number in range(450)]
    seen = []
    store.on_save(lambda _store, ids: seen.append(len(ids)))
    assert store.save_many(results, batch_size=200) == 450
    assert len(seen) == 3
    assert store.save_many(results[:10] + [numbered_article("bulk", 999)], batch_size=200) == 1
    tally = counts(store)
    assert tally["articles"] == 451
    assert tally["claims"] == 450 * 4 + 12
    assert len(store.catalog()) == 7


def test_a_duplicate_inside_one_batch_is_stored_once(store):
    twice = [trauma_code(), trauma_code(article_id="kr-1-again")]
    assert store.save_many(twice) == 1
    assert counts(store)["articles"] == 1


def test_signatures_come_back_for_the_near_duplicate_check(store):
    store.save(trauma_code(), minhash=b"\x00" * 16)
    store.save(numbered_article("plain", 1))
    for number in range(2, 7):
        store.save(numbered_article("signed", number), minhash=bytes([number]) * 16)
    found = list(store.signatures(page=2))
    assert found[0] == ("kr-1", b"\x00" * 16)
    assert [article_id for article_id, _ in found[1:]] == [f"signed-{number}" for number in range(2, 7)]


def test_case_and_spacing_do_not_make_a_new_article(store):
    assert store.save(trauma_code())
    shouted = trauma_code(article_id="kr-1-upper")
    shouted = type(shouted)(article=type(shouted.article)(
        id="kr-1-upper", text="  " + shouted.article.text.upper().replace(" ", "  ")), installments=())
    assert store.save(shouted) is False


def test_article_without_date_is_dated_by_its_arrival(store):
    store.save(article("undated", None, speaks_of("Quiet Show", 2, "possible", [
        say("renewal", "possible", None, "It might come back.")])))
    with store.read() as connection:
        row = connection.execute(select(articles.c.published, articles.c.dated)).one()
    assert row.published is None and row.dated is not None

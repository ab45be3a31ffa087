"""Full-text search on SQLite (FTS5) and PostgreSQL (GIN): words, hostile queries, new claims, upgrades, plans."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from alembic import command
from sqlalchemy import event, text

from nextseason.store import Store, open_store
from nextseason.store.database import alembic_config, create_store_engine, writer
from nextseason.tracker import attach
from nextseason.web.search import ClaimFilter, find_claims, find_works, fts5_query, query_words, tsquery
from store_fixtures import BACKENDS, article, postgres_url, say, speaks_of
from test_web_sample import HARBOR, TRAUMA, TRAUMA_ID, client_for, sample_articles, sample_url  # noqa: F401

HARBOR_RENEWED = "Prime Video has renewed Harbor Lights for a second season."
HOSTILE = ['"', '""', "'", "\\", "*", "second*", "NEAR(", "NEAR(renewed second)", "-renewed", "renewed OR cancelled",
           "second:*", "!second & season", "<->", "((", ")", "col:second", "^second", "{sentence} : second", "%_",
           "🙂", "\u0301", "중증외상센터 시즌", "AND", "NOT", "OR", "+", "sentence:renewed"]


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory):
    """(store URL, client) of the sample on each backend."""
    if request.param == "sqlite":
        url = request.getfixturevalue("sample_url")
    else:
        url = postgres_url()
        store = attach(open_store(url))
        for result in sample_articles():
            assert store.save(result)
        store.close()
    with client_for(url) as opened:
        yield url, opened


def sentences(client, query: str) -> list[str]:
    return [item["sentence"] for item in client.get(f"/api/v1/claims?q={quote(query)}").json()["items"]]


def test_claims_match_every_word_newest_first(backend):
    _, client = backend
    assert sentences(client, "renewed second") == [HARBOR_RENEWED]
    assert sentences(client, "SECOND Renewed") == [HARBOR_RENEWED]
    # Whole words: "renew" is no word of any sentence.
    assert client.get("/api/v1/claims?q=renew").json()["total"] == 0
    found = client.get("/api/v1/claims?q=second%20season&limit=2").json()
    assert found["total"] == 3 and len(found["items"]) == 2 and found["next"]
    everything = client.get("/api/v1/claims?q=second%20season").json()["items"]
    published = [item["published"] for item in everything]
    assert published == sorted(published, reverse=True)
    page = client.get("/search?q=musim+kedua")
    assert page.status_code == 200 and "Naskah musim kedua" in page.text


def test_works_match_words_begun_words_and_substrings(backend):
    _, client = backend

    def works(query: str) -> list[str]:
        return [work["id"] for work in client.get(f"/api/v1/works?q={quote(query)}").json()["items"]]

    assert works("Trauma Code") == [TRAUMA_ID]
    assert works("Trauma Co") == [TRAUMA_ID]
    assert works("harbor") == ["harbor-lights"]
    # No name has these as words: a part of a word, a Hangul title without spaces.
    assert works("rauma") == [TRAUMA_ID]
    assert works("외상센터") == [TRAUMA_ID]
    assert works("Trauma Harbor") == []
    page = client.get("/search?q=Trauma+Co")
    assert page.status_code == 200 and f'href="/works/{TRAUMA_ID}"' in page.text


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_words_or_nothing(backend, query):
    _, client = backend
    for path in ("/search?q=", "/api/v1/claims?q=", "/api/v1/works?q="):
        response = client.get(path + quote(query))
        assert response.status_code == 200, (path, query, response.text)


def test_operators_are_taken_as_words(backend):
    _, client = backend
    # "-" is no NOT, "OR" no union, NEAR( no group, "*" no prefix: each query needs every word it has.
    assert sentences(client, "-renewed second") == [HARBOR_RENEWED]
    assert sentences(client, "renewed OR cancelled") == []
    assert sentences(client, "NEAR(renewed second)") == []
    assert client.get("/api/v1/claims?q=second*").json()["total"] == 3
    assert client.get("/api/v1/claims?q=sec*").json()["total"] == 0
    for punctuation in ("*", '"', "-", "()"):
        assert client.get(f"/api/v1/claims?q={quote(punctuation)}").json()["total"] == 0


def test_queries_are_quoted_words():
    assert query_words('say "hi" -now*, NEAR(x)') == ["say", "hi", "now", "NEAR", "x"]
    assert query_words("*** --- ()") == []
    assert fts5_query(['a"b', "co"], prefix_last=True) == '"a""b" "co"*'
    assert tsquery(["it's", "co"], prefix_last=True) == "'it''s' & 'co':*"


@pytest.mark.parametrize("backend_name", BACKENDS)
def test_a_claim_saved_after_the_migration_is_found(backend_name, tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}" if backend_name == "sqlite" else postgres_url()
    store = attach(open_store(url))
    try:
        assert store.save(article("new-1", "2026-01-05", speaks_of("Moonlit Ledger", 2, "official", [
            say("renewal", "official", "Hulu", "Hulu ordered a second season of Moonlit Ledger.")],
            official=True), outlet="Daily Reel"))
        found, total = find_claims(store, ClaimFilter(text="ordered ledger"))
        assert total == 1 and found[0]["work"] == "Moonlit Ledger"
        assert [work["title"] for work in find_works(store, "moonlit led")] == ["Moonlit Ledger"]
        # The tracker's outcome updates leave the index as it was.
        assert find_claims(store, ClaimFilter(text="hulu"))[1] == 1
    finally:
        store.close()


def test_sqlite_folds_accents():
    store = attach(open_store("sqlite:///:memory:"))
    try:
        assert store.save(article("accent-1", "2026-02-01", speaks_of("Pokémon Horizons", 2, "official", [
            say("renewal", "official", "TV Tokyo", "Pokémon Horizons aura une deuxième saison.")], official=True)))
        assert find_claims(store, ClaimFilter(text="pokemon deuxieme"))[1] == 1
        assert [work["title"] for work in find_works(store, "pokemon")] == ["Pokémon Horizons"]
    finally:
        store.close()


@pytest.mark.parametrize("backend_name", BACKENDS)
def test_an_upgraded_store_finds_the_claims_it_had(backend_name, tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}" if backend_name == "sqlite" else postgres_url()
    engine = create_store_engine(url)
    with writer(engine).begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    old = Store(engine, url)
    for result in sample_articles():
        assert old.save(result)
    old.close()
    store = open_store(url)
    try:
        found, total = find_claims(store, ClaimFilter(text="renewed second"))
        assert total == 1 and found[0]["sentence"] == HARBOR_RENEWED
        assert [work["title"] for work in find_works(store, "Trauma Co")] == [TRAUMA]
        assert [work["title"] for work in find_works(store, "Harbor")] == [HARBOR]
    finally:
        store.close()


def statements(store, search) -> list[tuple[str, object]]:
    """The SQL statements (and their parameters) that running `search()` sends."""
    sent = []

    def remember(connection, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", remember)
    try:
        search()
    finally:
        event.remove(store.engine, "before_cursor_execute", remember)
    return sent


def test_sqlite_plans_go_through_the_fts5_tables(sample_url):  # noqa: F811
    store = open_store(sample_url)
    try:
        sent = statements(store, lambda: (find_claims(store, ClaimFilter(text="second season")),
                                          find_works(store, "Trauma Co")))
        plans = []
        with store.read() as connection:
            for statement, parameters in sent:
                rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
                plans.append(" | ".join(row[-1] for row in rows))
    finally:
        store.close()
    assert sum("SCAN claims_fts VIRTUAL TABLE" in plan for plan in plans) == 2, plans  # the count and the page
    assert any("SCAN aliases_fts VIRTUAL TABLE" in plan for plan in plans), plans
    for plan in plans:
        assert "SCAN claims " not in plan + " " and "SCAN aliases " not in plan + " ", plan


def test_postgres_plans_use_the_gin_indexes():
    url = postgres_url()
    store = attach(open_store(url))
    try:
        for result in sample_articles():
            assert store.save(result)
        with store.write() as connection:
            # Enough rows that reading the whole table costs more than the index.
            connection.execute(text(
                "INSERT INTO claims (article_id, installment_id, dated, event, polarity, certainty, source_role, "
                "sentence, start, \"end\") SELECT article_id, installment_id, dated, event, polarity, certainty, "
                "source_role, 'filler sentence number ' || g, 0, 0 FROM claims, generate_series(1, 5000) AS g "
                "WHERE claims.id = (SELECT min(id) FROM claims)"))
            connection.execute(text(
                "INSERT INTO aliases (work_id, alias, key) SELECT min(work_id), 'Filler ' || g, 'filler ' || g "
                "FROM aliases, generate_series(1, 5000) AS g GROUP BY g"))
            connection.execute(text("ANALYZE claims"))
            connection.execute(text("ANALYZE aliases"))
        sent = statements(store, lambda: (find_claims(store, ClaimFilter(text="second season")),
                                          find_works(store, "Trauma Co")))
        plans = []
        with store.read() as connection:
            for statement, parameters in sent:
                if "to_tsvector" in statement:
                    rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters).all()
                    plans.append("\n".join(row[0] for row in rows))
    finally:
        store.close()
    assert len(plans) == 3, plans
    assert sum("ix_claims_sentence_words" in plan for plan in plans) == 2, plans
    assert any("ix_aliases_key_words" in plan for plan in plans), plans

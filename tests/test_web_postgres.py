"""The web surface over PostgreSQL: full-text search of claims, pages and the API on the same sample."""

from __future__ import annotations

import pytest

from nextseason.store import open_store
from nextseason.tracker import attach
from test_web_sample import DRIFT, HARBOR, TRAUMA, TRAUMA_ID, client_for, sample_articles


@pytest.fixture(scope="module")
def pg_client():
    from postgres import find_bin, shared_cluster

    if find_bin() is None:
        pytest.skip("PostgreSQL is not installed; run scripts/ensure-postgres.sh")
    url = shared_cluster().create_database()
    store = attach(open_store(url))
    for result in sample_articles():
        assert store.save(result)
    store.close()
    with client_for(url) as opened:
        yield opened


def test_claim_search_uses_full_text_words(pg_client):
    found = pg_client.get("/api/v1/claims?q=renewed%20second").json()["items"]
    assert [item["sentence"] for item in found] == ["Prime Video has renewed Harbor Lights for a second season."]
    # Whole words, not substrings: "renew" alone is not a word of any sentence.
    assert pg_client.get("/api/v1/claims?q=renew").json()["total"] == 0
    assert pg_client.get("/api/v1/claims?q=%22second%20season%22").json()["total"] == 3


def test_pages_and_lists_match_sqlite(pg_client):
    page = pg_client.get("/search?q=Trauma+Code")
    assert page.status_code == 200 and f'href="/works/{TRAUMA_ID}"' in page.text
    assert pg_client.get(f"/works/{TRAUMA_ID}").status_code == 200
    statuses = {(row["work"], row["n"]): row["status"]
                for row in pg_client.get("/api/v1/installments?limit=100").json()["items"]}
    assert statuses[(TRAUMA, 2)] == "reported" and statuses[(HARBOR, 2)] == "official"
    assert statuses[(DRIFT, 2)] == "cancelled"
    assert pg_client.get("/api/v1/installments?language=id").json()["total"] == 3

"""After ingesting the whole development set, the tracker agrees with each installment's latest gold line."""

from datetime import date

import pytest

from conftest import DEVSET, need, read_jsonl


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    from nextseason.ingesting import ingest_documents
    from nextseason.store import open_store
    from nextseason.tracker import attach
    from store_fixtures import postgres_url

    need(DEVSET)
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('devset') / 'store.db'}"
    else:
        url = postgres_url()
    store = attach(open_store(url))
    summary = ingest_documents(store, [], str(DEVSET / "articles.jsonl"), None)
    assert summary.stored == summary.read == 36
    yield store
    store.close()


def latest_gold_lines() -> list[tuple[str, list[str], int, dict]]:
    """(published, names, n, gold installment) of the newest gold line for each installment."""
    latest: dict[tuple[str, int], tuple] = {}
    for record in read_jsonl(need(DEVSET) / "gold.jsonl"):
        for installment in record["installments"]:
            key = (installment["work"][0].casefold(), installment["n"])
            if key not in latest or record["published"] >= latest[key][0]:
                latest[key] = (record["published"], installment["work"], installment["n"], installment)
    return sorted(latest.values(), key=lambda line: (line[1][0], line[2]))


@pytest.mark.parametrize("published,names,n,gold", latest_gold_lines(), ids=lambda v: str(v)[:30])
def test_tracker_status_matches_the_latest_gold_line(store, published, names, n, gold):
    from nextseason import tracker

    rows = []
    for name in names:
        rows = tracker.status(store, work=name, season=n, as_of=date.fromisoformat(published), timeline=False)
        if rows:
            break
    assert rows, f"{names[0]} #{n} is not tracked"
    assert rows[0]["status"] == gold["status"], rows[0]

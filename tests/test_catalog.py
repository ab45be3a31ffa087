"""Works learned from earlier articles are found again in later ones, by any alias."""

from datetime import date

from nextseason.ingesting import ingest_stream
from nextseason.models import Document
from nextseason.nlp import Catalog, analyze
from nextseason.extract import article_from_document
from nextseason.store import open_store
from nextseason.tracker import attach, status

FIRST = """Netflix renews 'River of Lanterns' for season 2

Netflix has renewed the fantasy drama River of Lanterns (등불의 강) for a second season, the streamer said on Monday.
"""
LATER = """등불의 강 시즌2 촬영 시작

Filming of 등불의 강 시즌2 has started in Jeonju, Netflix said, and the second season is set for next spring.
"""


def test_an_alias_learned_earlier_names_the_work_later(tmp_path):
    store = attach(open_store(f"sqlite:///{tmp_path / 'store.db'}"))
    first = ingest_stream(store, [Document(source="a", id="a", published="2025-03-03", text=FIRST)])
    assert first.stored == 1
    catalog = Catalog(store.catalog())
    article = article_from_document(Document(source="b", id="b", published="2025-09-01", text=LATER))
    findings = analyze(article, catalog)
    assert {(f.work.title, f.n) for f in findings} >= {("River of Lanterns", 2)}
    ingest_stream(store, [Document(source="b", id="b", published="2025-09-01", text=LATER)])
    rows = status(store, "등불의 강", season=2, as_of=date(2025, 10, 1))
    assert [(r["work"], r["n"], r["status"]) for r in rows] == [("River of Lanterns", 2, "official")]
    assert rows[0]["expected"]["when"] == "2026-Q2"
    # once the window has passed, the season has aired
    assert status(store, "River of Lanterns", season=2, as_of=date(2026, 7, 1))[0]["status"] == "released"
    assert len(rows[0]["timeline"]) >= 2
    store.close()

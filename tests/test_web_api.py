"""The JSON API over the sample store: lists, filters, pagination with next links, CSV, the schema."""

from __future__ import annotations

import csv
import io

import pytest

from test_web_sample import DRIFT, DWELLER, HARBOR, SNEAKY, TRAUMA, TRAUMA_ID, client, sample_url  # noqa: F401


def every_page(client, path: str) -> list[dict]:
    """Follow `next` links from `path` and gather every item."""
    items, url, pages = [], path, 0
    while url:
        body = client.get(url).json()
        items.extend(body["items"])
        url = body["next"]
        pages += 1
        assert pages < 50
    return items


def test_works_list_each_work_with_installment_statuses(client):
    body = client.get("/api/v1/works").json()
    assert body["total"] == 5
    titles = [work["title"] for work in body["items"]]
    assert titles == sorted(titles, key=str.casefold)
    trauma = next(work for work in body["items"] if work["title"] == TRAUMA)
    assert trauma["id"] == TRAUMA_ID
    assert [(row["n"], row["status"], row["platform_response"]) for row in trauma["installments"]] == [
        (1, "released", "none"), (2, "reported", "denied"), (3, "reported", "not_confirmed")]
    assert trauma["installments"][1]["expected"] == {"when": "2026-Q4", "certainty": "possible"}


def test_works_pagination_follows_next_links_without_gaps(client):
    first = client.get("/api/v1/works?limit=2").json()
    assert first["limit"] == 2 and first["offset"] == 0 and first["previous"] is None
    assert first["next"].endswith("offset=2&limit=2") or "offset=2" in first["next"]
    gathered = every_page(client, "/api/v1/works?limit=2")
    assert [work["title"] for work in gathered] == [work["title"] for work in client.get("/api/v1/works").json()["items"]]
    last = client.get("/api/v1/works?limit=2&offset=4").json()
    assert last["next"] is None and last["previous"] is not None
    assert 'rel="next"' in client.get("/api/v1/works?limit=2").headers["link"]


def test_work_detail_is_the_status_contract(client):
    body = client.get(f"/api/v1/works/{TRAUMA_ID}").json()
    assert body["title"] == TRAUMA
    second = next(row for row in body["installments"] if row["n"] == 2)
    assert set(second) >= {"work", "aliases", "n", "status", "platform_response", "expected", "as_of", "decided_by",
                           "timeline"}
    assert len(second["timeline"]) == 3
    assert second["decided_by"]["source"] == "Lee Nak-jun"
    assert client.get("/api/v1/works/Trauma-Code").json()["title"] == TRAUMA
    assert client.get("/api/v1/works/nothing-like-this").status_code == 404


@pytest.mark.parametrize(("query", "expected"), [
    ("", {(TRAUMA, 1), (TRAUMA, 2), (TRAUMA, 3), (HARBOR, 2), (DRIFT, 2), (DWELLER, 2), (SNEAKY, 2)}),
    ("status=reported", {(TRAUMA, 2), (TRAUMA, 3), (SNEAKY, 2)}),
    ("status=cancelled", {(DRIFT, 2)}),
    ("platform_response=denied", {(TRAUMA, 2)}),
    ("platform_response=confirmed", {(HARBOR, 2), (DRIFT, 2)}),
    ("language=id", {(TRAUMA, 2), (TRAUMA, 3), (DWELLER, 2)}),
    ("language=id&status=possible", {(DWELLER, 2)}),
    ("work=Trauma%20Code", {(TRAUMA, 1), (TRAUMA, 2), (TRAUMA, 3)}),
    ("as_of=2025-06-01", {(TRAUMA, 1), (HARBOR, 2), (DRIFT, 2)}),
    ("as_of=2025-06-01&status=reported", {(HARBOR, 2), (DRIFT, 2)}),
    ("expected_from=2026-10-01&expected_to=2026-12-31", {(TRAUMA, 2)}),
])
def test_installment_filters(client, query, expected):
    items = every_page(client, f"/api/v1/installments?limit=3&{query}")
    assert {(row["work"], row["n"]) for row in items} == expected


def test_installments_carry_no_timeline_and_a_work_id(client):
    items = client.get("/api/v1/installments?status=cancelled").json()["items"]
    assert items[0]["id"] == "signal-drift"
    assert "timeline" not in items[0]


@pytest.mark.parametrize(("query", "count"), [
    ("", 11), ("work=trauma-code", 5), ("work=trauma-code&n=2", 3), ("certainty=official", 4),
    ("source=Lee%20Nak-jun", 2), ("language=id", 5), ("q=second%20season", 3), ("event=cancellation", 1),
    ("since=2026-01-01", 2), ("until=2025-03-31", 2),
])
def test_claim_filters(client, query, count):
    body = client.get(f"/api/v1/claims?{query}").json()
    assert body["total"] == count
    assert len(every_page(client, f"/api/v1/claims?limit=3&{query}")) == count


def test_claims_carry_article_outlet_and_url(client):
    item = client.get("/api/v1/claims?source=KpopChart").json()["items"][0]
    assert item["outlet"] == "Layar Kita"
    assert item["url"] == "https://layarkita.example/trauma-code-musim-2"
    assert item["work_id"] == TRAUMA_ID and item["n"] == 2 and item["stage"] == "writing"


def test_changes_newest_first_and_filtered(client):
    items = every_page(client, "/api/v1/changes?limit=2")
    dates = [change["date"] for change in items]
    assert dates == sorted(dates, reverse=True)
    drift = client.get("/api/v1/changes?work=Signal%20Drift&order=oldest").json()["items"]
    assert [(change["old"], change["new"]) for change in drift] == [(None, "reported"), ("reported", "cancelled")]
    assert drift[1]["sentence"] == "Prime Video will not make a second season of Signal Drift."
    assert client.get("/api/v1/changes?since=2026-01-01").json()["total"] == 2


def test_sources_with_their_records(client):
    items = client.get("/api/v1/sources").json()["items"]
    wire = next(row for row in items if row["source"] == "The Backlot Wire")
    assert (wire["confirmed"], wire["contradicted"], wire["open"]) == (1, 1, 0)


@pytest.mark.parametrize("path", ["/api/v1/works", "/api/v1/installments", "/api/v1/claims", "/api/v1/changes",
                                  "/api/v1/sources", f"/api/v1/works/{TRAUMA_ID}"])
def test_every_list_downloads_as_csv(client, path):
    response = client.get(path + "?format=csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows
    json_count = len(client.get(path).json().get("items") or client.get(path).json()["installments"])
    assert len(rows) == json_count


def test_csv_flattens_nested_fields_and_defuses_formulas(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/installments?format=csv&status=reported").text)))
    trauma = next(row for row in rows if row["work"] == TRAUMA and row["n"] == "2")
    assert trauma["expected.when"] == "2026-Q4"
    assert trauma["decided_by.source"] == "Lee Nak-jun"
    assert "The Trauma Code | Trauma Code" in trauma["aliases"]
    from nextseason.web.api import _csv

    cell = list(csv.reader(io.StringIO(_csv([{"sentence": "=HYPERLINK(\"x\")"}]).body.decode())))[1][0]
    assert cell.startswith("'=")


@pytest.mark.parametrize("path", ["/api/v1/installments?status=maybe", "/api/v1/works?limit=0",
                                  "/api/v1/works?limit=100000", "/api/v1/claims?since=yesterday",
                                  "/api/v1/installments?language=Indonesian", "/api/v1/works?format=xml"])
def test_bad_parameters_are_422(client, path):
    response = client.get(path)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_openapi_schema_lists_the_api(client):
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert {"/api/v1/works", "/api/v1/works/{work_id}", "/api/v1/installments", "/api/v1/claims", "/api/v1/changes",
            "/api/v1/sources", "/api/v1/articles"} == set(schema["paths"])
    names = {parameter["name"] for parameter in schema["paths"]["/api/v1/installments"]["get"]["parameters"]}
    assert {"status", "platform_response", "language", "as_of", "limit", "offset", "format"} <= names

"""The article the project grew from must come out exactly as STATUS.md's example table says."""

import json
import subprocess
import sys

from conftest import SEED, need


def extract_seed() -> dict:
    run = subprocess.run([sys.executable, "-m", "nextseason", "extract", str(need(SEED)), "--format", "jsonl"],
                         capture_output=True, text=True, check=True)
    lines = run.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_seed_article_gives_the_example_table():
    article = extract_seed()
    assert article["published"] == "2025-09-24"
    assert article["language"] == "id"
    by_n = {i["n"]: i for i in article["installments"]}
    assert set(by_n) == {1, 2, 3}
    for installment in by_n.values():
        assert installment["work"] == "The Trauma Code: Heroes on Call"
        assert {"The Trauma Code", "Trauma Code"} <= set(installment["aliases"])

    first, second, third = by_n[1], by_n[2], by_n[3]
    assert (first["status"], first["platform_response"], first["expected"]) == (
        "released", "none", {"when": "2025-01", "certainty": "reported"})
    assert (second["status"], second["platform_response"]) == ("reported", "denied")
    assert second["expected"] == {"when": "2026-Q4", "certainty": "possible"}
    assert (third["status"], third["platform_response"], third["expected"]) == ("reported", "not_confirmed", None)


def test_seed_claims_name_their_sources_and_sentences():
    second = {i["n"]: i for i in extract_seed()["installments"]}[2]
    claims = second["claims"]

    def find(**fields):
        return [c for c in claims if all(c[k] == v for k, v in fields.items())]

    author = find(event="renewal", polarity="positive", certainty="claimed", source="Lee Nak-jun", source_role="creator")
    assert author, "the original author's claim"
    writing = find(event="production", stage="writing", certainty="reported", source="KpopChart", source_role="media")
    assert writing and "naskah" in writing[0]["sentence"]
    denial = find(event="production", polarity="negative", certainty="official", source_role="platform")
    assert denial and "membantah" in denial[0]["sentence"] and denial[0]["source"] == "Netflix"
    not_confirmed = find(event="renewal", polarity="negative", source="Netflix")
    assert not_confirmed


def test_seed_claim_offsets_point_into_the_clean_text():
    run = subprocess.run([sys.executable, "-m", "nextseason", "extract", str(need(SEED)), "--format", "jsonl", "--with-text"],
                         capture_output=True, text=True, check=True)
    article = json.loads(run.stdout)
    for installment in article["installments"]:
        for claim in installment["claims"]:
            assert article["text"][claim["start"]:claim["end"]] == claim["sentence"]

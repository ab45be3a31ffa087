"""Scores `extract` output against a gold file in the format of the development set."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .nlp.works import normalise

NOT_COUNTED_WHEN_UNMATCHED = ("released", "unknown")


@dataclass
class Score:
    """Counts for one language (or all): installment matches and field agreement."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    status: int = 0
    platform_response: int = 0
    expected_year: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return getattr(self, name) / self.true_positive if self.true_positive else 0.0

    def row(self) -> dict:
        return {
            "installments": self.true_positive + self.false_negative,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "status": round(self.accuracy("status"), 4),
            "platform_response": round(self.accuracy("platform_response"), 4),
            "expected_year": round(self.accuracy("expected_year"), 4),
        }


def load_gold(path: str | Path) -> dict[str, dict]:
    """Gold lines by article id."""
    gold = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                gold[record["id"]] = record
    return gold


def _names(names) -> set[str]:
    return {normalise(n) for n in names if normalise(n)}


def _year(expected) -> int | None:
    if not expected or not expected.get("when"):
        return None
    return int(str(expected["when"])[:4])


def score(gold: dict[str, dict], predicted: list[dict]) -> dict[str, Score]:
    """Scores per language and overall ("all") for predicted `extract` records."""
    scores: dict[str, Score] = defaultdict(Score)
    by_id = {p["id"]: p for p in predicted}
    for article_id, record in gold.items():
        language = record.get("lang") or "unknown"
        guesses = list((by_id.get(article_id) or {}).get("installments", []))
        used: set[int] = set()
        for wanted in record["installments"]:
            names = _names(wanted["work"])
            match = None
            for i, guess in enumerate(guesses):
                if i in used or guess["n"] != wanted["n"]:
                    continue
                if _names([guess["work"], *guess.get("aliases", [])]) & names:
                    match = i
                    break
            for bucket in (scores[language], scores["all"]):
                if match is None:
                    bucket.false_negative += 1
                    bucket.errors.append(f"{article_id}: missed {wanted['work'][0]} #{wanted['n']}")
                    continue
                guess = guesses[match]
                bucket.true_positive += 1
                for name, got, want in (("status", guess["status"], wanted["status"]),
                                        ("platform_response", guess["platform_response"], wanted["platform_response"]),
                                        ("expected_year", _year(guess.get("expected")), wanted.get("expected_year"))):
                    if got == want:
                        setattr(bucket, name, getattr(bucket, name) + 1)
                    else:
                        bucket.errors.append(f"{article_id}: {wanted['work'][0]} #{wanted['n']} {name} {got} != {want}")
            if match is not None:
                used.add(match)
        for i, guess in enumerate(guesses):
            if i in used or guess["status"] in NOT_COUNTED_WHEN_UNMATCHED:
                continue
            for bucket in (scores[language], scores["all"]):
                bucket.false_positive += 1
                bucket.errors.append(f"{article_id}: extra {guess['work']} #{guess['n']} ({guess['status']})")
    return dict(scores)


def predict(articles: str | Path) -> tuple[list[dict], list]:
    """`extract` records for a JSON-lines file of articles, and the sources that failed."""
    from .ingest import documents
    from .models import SourceError
    from .pipeline import process

    predicted, failures = [], []
    for item in documents([], str(articles)):
        if isinstance(item, SourceError):
            failures.append(item)
            continue
        try:
            predicted.append(process(item).to_dict())
        except SourceError as error:
            failures.append(error)
    return predicted, failures


def run(gold: str | Path, articles: str | Path) -> dict[str, Score]:
    """Scores of the whole pipeline on a gold file and its articles."""
    predicted, _ = predict(articles)
    return score(load_gold(gold), predicted)


def table(scores: dict[str, Score]) -> list[dict]:
    """One row per language, "all" last."""
    order = sorted(k for k in scores if k != "all") + (["all"] if "all" in scores else [])
    return [{"language": k, **scores[k].row()} for k in order]

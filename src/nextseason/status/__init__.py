"""The STATUS.md rules: an article's claims become installment statuses; the tracker reuses them."""

from ..models import Article, Installment
from ..nlp.engine import Finding
from .rules import ArticleStatus, aired, article_status, expected, not_confirmed, platform_response


# what a claim is about: a headline's claim stands unless the body says something of the same kind
_KIND = {"renewal": "decision", "cancellation": "decision", "release": "release", "production": "production", "cast": "cast"}


def _claims(finding: Finding) -> list:
    """The body's claims, and the headline's of a kind the body does not speak of.

    "Netflix renews X" over "Filming starts in January": the renewal is the headline's alone. "X confirmed
    for season 2" over "X has reportedly been renewed": the body's word on the decision wins. A headline's date
    stands where the body dates no release of the installment."""
    spoken = {_KIND.get(c.event, c.event) for c in finding.claims}
    # (a headline's date stands where the body gives none: "« X » de retour le 14 mai" over "avant même le
    # lancement de la deuxième")
    dated = any(c.event == "release" and c.when for c in finding.claims)
    return [c for c in finding.headline_claims if not _kinds(c) & spoken or (
        c.event == "release" and c.when and c.polarity == "positive" and not dated)] + finding.claims


def _kinds(claim) -> set[str]:
    """What a claim is about; a release with no date says no more than that the installment is coming, so a
    decision in the body speaks of it too ("'Casório em Ribeirão' vai ganhar terceiro filme" over "Sobre um
    terceiro filme, ... nada está fechado")."""
    if claim.event == "release" and not claim.when and claim.polarity == "positive":
        return {"release", "decision"}
    return {_KIND.get(claim.event, claim.event)}


def installments(article: Article, findings: list[Finding]) -> tuple[Installment, ...]:
    """One Installment per finding, with the status its claims give (see `_claims`)."""
    out = []
    for finding in findings:
        claims = _claims(finding)
        result = article_status(claims, article.published)
        out.append(Installment(
            work=finding.work.title, n=finding.n, status=result.status, platform_response=result.platform_response,
            aliases=tuple(finding.work.aliases), expected=result.expected, claims=tuple(claims),
            decided_by_official=result.decided_by_official,
        ))
    first_seen: dict[str, int] = {}
    for finding in findings:
        first_seen.setdefault(finding.work.title, finding.work.spans[0][0] if finding.work.spans else 0)
    out.sort(key=lambda i: (first_seen.get(i.work, 0), i.n))
    return tuple(out)


__all__ = ["ArticleStatus", "aired", "article_status", "expected", "installments", "not_confirmed", "platform_response"]

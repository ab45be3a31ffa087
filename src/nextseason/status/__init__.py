"""The STATUS.md rules: an article's claims become installment statuses; the tracker reuses them."""

from ..models import Article, Installment
from ..nlp.engine import Finding
from .rules import ArticleStatus, aired, article_status, expected, not_confirmed, platform_response


def installments(article: Article, findings: list[Finding]) -> tuple[Installment, ...]:
    """One Installment per finding, with the status its claims give (headline claims only when the body says nothing)."""
    out = []
    for finding in findings:
        claims = finding.claims or finding.headline_claims
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

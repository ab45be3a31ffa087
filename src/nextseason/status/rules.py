"""How one article's claims become its status for an installment (STATUS.md, article rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models import Claim, Expected
from ..nlp.when import window

RESPONSE_STRENGTH = {"confirmed": 3, "denied": 2, "not_confirmed": 1, "none": 0}
# a cast member joining or returning is a season in the making: "Mina Adeyemi joins the season 3 cast"
_MAKING = ("renewal", "release", "production", "cast")


@dataclass(frozen=True)
class ArticleStatus:
    """The status an article gives one installment, and whether an official word decided it."""

    status: str
    platform_response: str
    expected: Expected | None
    decided_by_official: bool
    deciding: Claim | None


def aired(claim: Claim, published: date | None) -> bool:
    """Whether a release claim says the installment premiered on or before the article's date."""
    if claim.event != "release" or claim.polarity != "positive" or claim.certainty == "possible":
        return False
    if claim.when and published:
        first, last = window(claim.when)
        if last < published:
            return True
        if first > published:
            return False
    return claim.aired


def platform_response(claims: list[Claim] | tuple[Claim, ...]) -> str:
    """What the platform itself said: the strongest of its words (confirmed > denied > not_confirmed > none)."""
    official = [c for c in claims if c.certainty == "official"]
    if any(c.polarity == "positive" and c.event in _MAKING for c in official):
        return "confirmed"
    if any(c.denial for c in official):
        return "denied"
    if any(c.polarity == "positive" and c.event == "cancellation" for c in official):
        return "confirmed"
    if any(not_confirmed(c) for c in claims):
        return "not_confirmed"
    if any(c.source_role == "platform" and c.certainty == "possible" and c.polarity == "positive" for c in claims):
        return "not_confirmed"  # "we are reviewing", "under consideration"
    return "none"


def not_confirmed(claim: Claim) -> bool:
    """A "nothing is confirmed yet" statement, by the platform or by the article."""
    return (claim.event in ("renewal", "release") and claim.polarity == "negative" and not claim.denial
            and claim.certainty in ("official", "reported"))


def disputes_cancellation(claim: Claim) -> bool:
    """The platform's word against a cancellation: "nothing is decided", "we are still evaluating", or a
    denial of the report that the show ends; or a named insider's denial of that report."""
    if claim.certainty == "official":
        # (a denial read as of a renewal, '"Eso no es correcto"' after the report of the end, answers that
        # report: a cancellation of the platform's own is never disputed, see article_status)
        return not_confirmed(claim) or claim.denial
    if claim.denial and claim.event == "cancellation" and claim.polarity == "negative" and claim.certainty == "claimed":
        return True  # (a named insider calls the report of the end untrue: "director Sam Reyes denied reports that ...")
    return claim.source_role == "platform" and claim.certainty == "possible" and claim.polarity == "positive" \
        and claim.event == "renewal"


def expected(claims: list[Claim] | tuple[Claim, ...]) -> Expected | None:
    """The earliest release window the claims give, with the certainty of its claim."""
    windows = [c for c in claims if c.event == "release" and c.polarity == "positive" and c.when]
    if windows and any(c.denial and c.event == "release" and c.certainty == "official" for c in claims):
        # "Netflix desmintió esa fecha": a date the platform called untrue is no window; only its own words give one
        windows = [c for c in windows if c.certainty == "official"]
    if not windows:
        return None
    # "returns in the new year ... will premiere on February 12": a window that holds a narrower one says less
    spans = [window(c.when or "") for c in windows]
    narrowest = [c for c, (first, last) in zip(windows, spans)
                 if not any(f >= first and l <= last and (f, l) != (first, last) for f, l in spans)]
    windows = narrowest or windows
    best = min(windows, key=lambda c: (window(c.when or "")[0], _precision(c.when or "")))
    return Expected(best.when or "", best.certainty)


def _precision(when: str) -> int:
    # among windows starting the same day, the narrower one says more
    return -len(when)


def article_status(claims: list[Claim] | tuple[Claim, ...], published: date | None) -> ArticleStatus:
    """Apply the article rules of STATUS.md, in their order, to one installment's claims."""
    response = platform_response(claims)
    window_ = expected(claims)
    positive = [c for c in claims if c.polarity == "positive"]

    for claim in positive:
        if aired(claim, published):
            # a premiere is news enough; the platform's word about an aired installment is about its run
            response = platform_response([c for c in claims if c.event not in ("release", "renewal", "cast")])
            return ArticleStatus("released", response, window_, claim.certainty == "official", claim)
    official = [c for c in positive if c.certainty == "official" and c.event in _MAKING]
    cancellations = [c for c in positive if c.event == "cancellation" and c.certainty != "possible"]
    # ("Netflix renewed X for a second season in June. In January, Netflix canceled the show": a renewal the article tells
    # undone after it, by the platform's own cancellation in a later sentence; not another platform's end told after a
    # revival, "RTL+ setzt die Serie fort. Sat.1 hatte sie 2023 abgesetzt"); or by its creator's word ("«Me duele
    # confirmar que la plataforma decidió cancelar la temporada 2», escribió su creadora")
    renewals = [c for c in official if c.event == "renewal"]
    undone = [c for c in cancellations if renewals and official == renewals and c.certainty in ("official", "claimed")
              and all(c.start >= r.end and (not c.source or not r.source or c.source == r.source) for r in renewals)]
    if official and not undone:
        return ArticleStatus("official", response, window_, True, official[0])
    # a reported premiere date says as much as a reported renewal: the installment is coming
    reports = [c for c in positive if c.certainty in ("claimed", "reported")
               and (c.event in ("renewal", "production", "cast") or (c.event == "release" and c.when))]
    if cancellations:
        # disputed by the platform: it says nothing is decided, that it is still reviewing, or it denies the end
        # (then what others report of its making stands: "WeTV Bantah Kabar Musim 3 Batal" over the director's
        # "Naskah musim ketiga masih kami tulis")
        undecided = any(disputes_cancellation(c) for c in claims)
        if undecided and not any(c.certainty == "official" for c in cancellations):
            # (or a named insider denies it and tells of the making: "Tidak benar kalau dibilang batal. Kami masih menggarap
            # ceritanya," kata produser)
            denied = any(c.denial and c.event == "cancellation" and c.certainty in ("official", "claimed") for c in claims)
            if denied and reports:
                return ArticleStatus("reported", response, window_, False, reports[0])
            return ArticleStatus("possible", response, window_, False, cancellations[0])
        deciding = next((c for c in cancellations if c.certainty == "official"), cancellations[0])
        return ArticleStatus("cancelled", response, window_, deciding.certainty == "official", deciding)
    if reports:
        return ArticleStatus("reported", response, window_, False, reports[0])
    # ("A rumour said it was axed. || Netflix: 'It has not been cancelled. No decision has been made yet'": the end
    # denied and the making undecided; a denial alone says nothing of its future)
    answered = [c for c in claims if c.event == "cancellation" and c.certainty == "official" and c.denial]
    if answered and any(not_confirmed(c) for c in claims):
        return ArticleStatus("possible", response, window_, False, answered[0])
    hedged = [c for c in positive if c.certainty == "possible" and c.event in _MAKING]
    if hedged:
        return ArticleStatus("possible", response, window_, False, hedged[0])
    return ArticleStatus("unknown", response, window_, False, None)

"""An installment's timeline as server-rendered SVG: status bands over time and markers of its claims.

Claims of one kind (certainty, polarity, the platform's own words or not) that fall
within one marker's width of each other share a marker that says how many they are, so
an installment with thousands of claims draws a picture as small and as readable as one
with three.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from markupsafe import Markup, escape

from nextseason.web.i18n import format_day, gettext_, label

WIDTH, HEIGHT = 640, 96
LEFT, RIGHT = 8, 8
BAND_TOP, BAND_HEIGHT = 22, 22
MARKER_Y, MARKER_R = 66, 6
# Colours are given as presentation attributes, not CSS, so the SVG reads the same
# embedded in a page or opened alone, and no inline style is needed under the CSP.
STATUS_FILL = {"released": "#3d6f99", "official": "#2f7d3b", "reported": "#c08a17", "possible": "#8a6fc2",
               "cancelled": "#b83232", "unknown": "#8c8c8c"}
GAP = 2 * MARKER_R + 4
CERTAINTY_FILL = {"official": "#1f6b2c", "claimed": "#2364aa", "reported": "#d0661a", "possible": "#7d3c98"}


class Mark(NamedTuple):
    """What the picture shows of one claim."""

    day: date
    certainty: str
    polarity: str
    platform: bool
    source: str | None
    sentence: str

    @classmethod
    def of(cls, claim) -> "Mark":
        """The mark of a tracker claim (an object with the timeline's fields)."""
        return cls(claim.dated, claim.certainty, claim.polarity, claim.source_role == "platform", claim.source,
                   claim.sentence)


def _x(day: date, first: date, last: date) -> float:
    """Horizontal position of a day between the first and last day shown."""
    span = max((last - first).days, 1)
    return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)


def timeline_svg(title: str, n: int, marks: list[Mark], bands: list[dict], as_of: date) -> Markup:
    """The SVG of one installment: bands of status over time and markers of its claims."""
    days = [mark.day for mark in marks] + [band["start"] for band in bands]
    first = min(days) - timedelta(days=15) if days else as_of - timedelta(days=365)
    last = max([as_of, *days]) + timedelta(days=15)
    heading = gettext_("Timeline of %(work)s, installment %(n)s") % {"work": title, "n": n}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="tl-{n}-title tl-{n}-desc">',
        f'<title id="tl-{n}-title">{escape(heading)}</title>',
        f'<desc id="tl-{n}-desc">{escape(_describe(marks, bands))}</desc>',
        f'<line x1="{LEFT}" y1="{MARKER_Y}" x2="{WIDTH - RIGHT}" y2="{MARKER_Y}" stroke="#8c8c8c" stroke-width="1"/>',
    ]
    for year in range(first.year + 1, last.year + 1):
        x = _x(date(year, 1, 1), first, last)
        parts.append(f'<line x1="{x}" y1="14" x2="{x}" y2="{HEIGHT - 10}" stroke="#8c8c8c" '
                     f'stroke-dasharray="2 3" stroke-width="1"/>')
        parts.append(f'<text x="{x + 3}" y="11" font-size="10" fill="#777">{year}</text>')
    for band in bands:
        x1, x2 = _x(band["start"], first, last), _x(band["end"], first, last)
        fill = STATUS_FILL.get(band["status"], "#8c8c8c")
        words = f'{label(band["status"], "status")}: {format_day(band["start"])}'
        parts.append(f'<rect class="band band-{escape(band["status"])}" x="{x1}" y="{BAND_TOP}" '
                     f'width="{max(x2 - x1, 2)}" height="{BAND_HEIGHT}" fill="{fill}" rx="3">'
                     f'<title>{escape(words)}</title></rect>')
        if x2 - x1 > 60:
            parts.append(f'<text x="{x1 + 4}" y="{BAND_TOP + 15}" font-size="11" fill="#fff">'
                         f'{escape(label(band["status"], "status"))}</text>')
    groups = _groups(marks, first, last)
    for (_, group), placed in zip(groups, _spread([x for x, _ in groups])):
        parts.append(_marker(group, placed))
    parts.append("</svg>")
    return Markup("".join(parts))


def _groups(marks: list[Mark], first: date, last: date) -> list[tuple[float, list[Mark]]]:
    """Marks of one kind less than a marker's width apart, together, each group at its mean position."""
    scale = (WIDTH - LEFT - RIGHT) / max((last - first).days, 1)
    grouped: dict[tuple, list] = {}
    for mark in sorted(marks, key=lambda mark: mark.day):
        offset = (mark.day - first).days * scale
        grouped.setdefault((int(offset // GAP), mark.certainty, mark.polarity, mark.platform), []).append(
            (offset, mark))
    found = [(round(LEFT + sum(offset for offset, _ in members) / len(members), 1), [mark for _, mark in members])
             for members in grouped.values()]
    return sorted(found, key=lambda item: (item[0], item[1][0].certainty))


def _spread(positions: list[float]) -> list[float]:
    """Marker positions moved apart just enough that claims of one day do not hide each other."""
    gap = GAP
    order = sorted(range(len(positions)), key=lambda index: positions[index])
    placed = list(positions)
    start = 0
    while start < len(order):
        end = start
        # A run of markers closer than one gap to the next is spread evenly around its middle.
        while end + 1 < len(order) and positions[order[end + 1]] - positions[order[end]] < gap:
            end += 1
        middle = sum(positions[order[index]] for index in range(start, end + 1)) / (end - start + 1)
        for offset, index in enumerate(range(start, end + 1)):
            x = middle + (offset - (end - start) / 2) * gap
            placed[order[index]] = round(min(max(x, LEFT + MARKER_R), WIDTH - RIGHT - MARKER_R), 1)
        start = end + 1
    return placed


def _marker(group: list[Mark], x: float) -> str:
    """A circle, or a diamond for the platform's own words; hollow when negative; its claims as its title."""
    mark = group[0]
    colour = CERTAINTY_FILL.get(mark.certainty, "#8c8c8c")
    fill = colour if mark.polarity == "positive" else "none"
    if len(group) == 1:
        words = f'{format_day(mark.day)} · {label(mark.certainty, "certainty")} · {mark.source or ""}: {mark.sentence}'
    else:
        words = (gettext_("%(claims)s claims, %(first)s to %(last)s") % {
            "claims": len(group), "first": format_day(mark.day), "last": format_day(group[-1].day)}
            + f' · {label(mark.certainty, "certainty")} · {group[-1].source or ""}: {group[-1].sentence}')
    tip = f"<title>{escape(words)}</title>"
    kind = f'claim certainty-{escape(mark.certainty)}'
    count = ""
    if len(group) > 1:
        # A shared marker says under it how many claims it holds.
        count = (f'<text class="count" x="{x}" y="{MARKER_Y + 22}" font-size="9" text-anchor="middle" '
                 f'fill="#777">{len(group)}</text>')
    if mark.platform:
        r = MARKER_R + 2
        points = f"{x},{MARKER_Y - r} {x + r},{MARKER_Y} {x},{MARKER_Y + r} {x - r},{MARKER_Y}"
        return (f'<polygon class="{kind} platform" points="{points}" fill="{fill}" stroke="{colour}" '
                f'stroke-width="2">{tip}</polygon>{count}')
    return (f'<circle class="{kind}" cx="{x}" cy="{MARKER_Y}" r="{MARKER_R}" fill="{fill}" '
            f'stroke="{colour}" stroke-width="2">{tip}</circle>{count}')


def _describe(marks: list[Mark], bands: list[dict]) -> str:
    """A text summary of the picture for screen readers."""
    platform = sum(1 for mark in marks if mark.platform)
    steps = ", ".join(f'{label(band["status"], "status")} ({format_day(band["start"])})' for band in bands)
    return (gettext_("%(claims)s claims, %(platform)s from the platform.") % {
        "claims": len(marks), "platform": platform}) + (" " + steps if steps else "")

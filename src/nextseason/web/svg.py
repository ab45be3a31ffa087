"""An installment's timeline as server-rendered SVG: status bands over time and one marker per claim."""

from __future__ import annotations

from datetime import date, timedelta

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
# Past this many claims the markers are too close to point at, and the claims list below says it all.
TOOLTIPS_UP_TO = 150
CERTAINTY_FILL = {"official": "#1f6b2c", "claimed": "#2364aa", "reported": "#d0661a", "possible": "#7d3c98"}


def _x(day: date, first: date, last: date) -> float:
    """Horizontal position of a day between the first and last day shown."""
    span = max((last - first).days, 1)
    return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)


def timeline_svg(title: str, n: int, timeline: list[dict], bands: list[dict], as_of: date) -> Markup:
    """The SVG of one installment: bands of status over time and a marker per claim."""
    days = [date.fromisoformat(entry["published"]) for entry in timeline]
    days += [band["start"] for band in bands]
    first = min(days) - timedelta(days=15) if days else as_of - timedelta(days=365)
    last = max([as_of, *days]) + timedelta(days=15)
    heading = gettext_("Timeline of %(work)s, installment %(n)s") % {"work": title, "n": n}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="tl-{n}-title tl-{n}-desc">',
        f'<title id="tl-{n}-title">{escape(heading)}</title>',
        f'<desc id="tl-{n}-desc">{escape(_describe(timeline, bands))}</desc>',
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
    for entry, x in zip(timeline, _spread([_x(date.fromisoformat(entry["published"]), first, last)
                                           for entry in timeline])):
        parts.append(_marker(entry, x, tooltip=len(timeline) <= TOOLTIPS_UP_TO))
    parts.append("</svg>")
    return Markup("".join(parts))


def _spread(positions: list[float]) -> list[float]:
    """Marker positions moved apart just enough that claims of one day do not hide each other."""
    gap = 2 * MARKER_R + 4
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


def _marker(entry: dict, x: float, tooltip: bool = True) -> str:
    """One claim: a circle, or a diamond for the platform's own words; hollow when negative."""
    colour = CERTAINTY_FILL.get(entry["certainty"], "#8c8c8c")
    fill = colour if entry["polarity"] == "positive" else "none"
    tip = ""
    if tooltip:
        words = (f'{format_day(entry["published"])} · {label(entry["certainty"], "certainty")} · '
                 f'{entry.get("source") or ""}: {entry["sentence"]}')
        tip = f"<title>{escape(words)}</title>"
    kind = f'claim certainty-{escape(entry["certainty"])}'
    if entry.get("source_role") == "platform":
        r = MARKER_R + 2
        points = f"{x},{MARKER_Y - r} {x + r},{MARKER_Y} {x},{MARKER_Y + r} {x - r},{MARKER_Y}"
        return (f'<polygon class="{kind} platform" points="{points}" fill="{fill}" stroke="{colour}" '
                f'stroke-width="2">{tip}</polygon>')
    return (f'<circle class="{kind}" cx="{x}" cy="{MARKER_Y}" r="{MARKER_R}" fill="{fill}" '
            f'stroke="{colour}" stroke-width="2">{tip}</circle>')


def _describe(timeline: list[dict], bands: list[dict]) -> str:
    """A text summary of the picture for screen readers."""
    platform = sum(1 for entry in timeline if entry.get("source_role") == "platform")
    steps = ", ".join(f'{label(band["status"], "status")} ({format_day(band["start"])})' for band in bands)
    return (gettext_("%(claims)s claims, %(platform)s from the platform.") % {
        "claims": len(timeline), "platform": platform}) + (" " + steps if steps else "")

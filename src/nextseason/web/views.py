"""What the pages and the API show, gathered from the tracker: statuses, changes, windows."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from datetime import date, timedelta

from nextseason.store import Store
from nextseason.tracker import changes, standings, status, status_row, window_end
from nextseason.web.cache import Revision
from nextseason.web.search import article_details, slug_name, work_slug
from nextseason.web.svg import Mark

# Statuses whose expected window still lies ahead of the installment.
UPCOMING_STATUSES = ("official", "reported", "possible", "unknown")


def window_start(when: str | None) -> date | None:
    """The first day of a `when` value (date, month, quarter, half or year), None if unreadable."""
    end = window_end(when)
    if end is None:
        return None
    parts = when.strip().split("-")
    if len(parts) == 1:
        return date(end.year, 1, 1)
    if len(parts) == 3:
        return end
    if parts[1].startswith("Q"):
        return date(end.year, (int(parts[1][1:]) - 1) * 3 + 1, 1)
    if parts[1].startswith("H"):
        return date(end.year, 1 if parts[1] == "H1" else 7, 1)
    return date(end.year, end.month, 1)


# The tracker folds every claim of the store to answer `status()` for all works, which
# takes seconds on a large store (23 s on 1M claims); pages that list everything read a
# copy instead. A copy is taken again once the store's revision has moved, but no sooner
# than `ttl` seconds, or ten times as long as it took to make, after the last one, so that
# refreshing never takes more than a tenth of the server's time.
class Snapshot:
    """Every installment's status as of today, kept while the store is unchanged and refreshed in the background."""

    def __init__(self, store: Store, revision: Revision, ttl: float = 30.0):
        self.store = store
        self.revision = revision
        self.ttl = ttl
        self.generation = 0
        self._rows: list[dict] | None = None
        self._taken_of: tuple = ()
        self._taken = 0.0
        self._cost = 0.0
        self._day: date | None = None
        self._lock = threading.Lock()
        self._refreshing = False
        self._derived: dict[str, tuple[int, object]] = {}

    def installments(self) -> list[dict]:
        """Every installment as of today, in the contract's shape without timelines."""
        rows = self._rows
        if rows is not None and self._day == date.today():
            self.poke()
            return rows
        with self._lock:
            if self._rows is None or self._day != date.today():
                self._take()
            return self._rows

    def poke(self) -> int:
        """Start bringing the copy up to date if the store has moved on; returns the copy's generation.

        Called on every request, including those answered from kept pages, so a copy that
        no page asks for is still refreshed.
        """
        if (self._rows is not None and time.monotonic() - self._taken >= max(self.ttl, 10 * self._cost)
                and self.revision.current() != self._taken_of):
            # Out of date: serve it meanwhile and let one thread bring it up to date.
            self.refresh_in_background()
        return self.generation

    def derived(self, name: str, make):
        """`make(rows)` for the current copy, computed once per copy."""
        # The generation is read first: a copy replaced meanwhile is made again next time, never mixed up.
        generation = self.generation
        rows = self.installments()
        kept = self._derived.get(name)
        if kept is not None and kept[0] == generation:
            return kept[1]
        value = make(rows)
        self._derived[name] = (generation, value)
        return value

    def invalidate(self) -> None:
        """Make the next reader see what was just written (soon, on a store slow to fold)."""
        if self._cost < 1.0:
            with self._lock:
                self._rows = None
        else:
            self._taken = float("-inf")

    def _take(self) -> None:
        day = date.today()
        started = time.monotonic()
        # Read before folding: a write landing meanwhile leaves the copy marked older than it.
        taken_of = self.revision.current()
        rows = status(self.store, as_of=day, timeline=False)
        self._cost = time.monotonic() - started
        self._rows, self._taken, self._day, self._taken_of = rows, time.monotonic(), day, taken_of
        self.generation += 1

    def refresh_in_background(self) -> None:
        """Start one thread that takes a new copy, unless one is already at it."""
        with self._lock:
            if self._refreshing:
                return
            self._refreshing = True

        def refresh():
            try:
                with self._lock:
                    self._take()
            finally:
                self._refreshing = False

        threading.Thread(target=refresh, name="nextseason-snapshot", daemon=True).start()


def works_of(rows: list[dict]) -> list[dict]:
    """Installment rows grouped into works, sorted by title."""
    grouped: dict[str, dict] = {}
    for row in rows:
        work = grouped.setdefault(row["work"], {
            "id": work_slug(row["work"]), "title": row["work"], "aliases": row["aliases"], "installments": []})
        work["installments"].append(row)
    for work in grouped.values():
        work["installments"].sort(key=lambda row: row["n"])
    return sorted(grouped.values(), key=lambda work: work["title"].casefold())


def upcoming(rows: list[dict], today: date | None = None) -> list[dict]:
    """Installments whose expected window has not ended, soonest first."""
    today = today or date.today()
    found = []
    for row in rows:
        expected = row.get("expected")
        if not expected or row["status"] not in UPCOMING_STATUSES:
            continue
        start, end = window_start(expected["when"]), window_end(expected["when"])
        if start is None or end is None or end < today:
            continue
        found.append({**row, "id": work_slug(row["work"]), "window_start": start, "window_end": end})
    return sorted(found, key=lambda row: (row["window_start"], row["window_end"], row["work"].casefold(), row["n"]))


def calendar(rows: list[dict], today: date | None = None, months: int = 12, per_month: int = 8) -> list[dict]:
    """The next `months` months, each with (up to `per_month` of) the upcoming windows starting in it."""
    # A window that began before this month but has not ended (late 2026, asked in
    # November) is shown in the first month; windows starting after the last month are left out.
    today = today or date.today()
    year, month = today.year, today.month
    cells = []
    for _ in range(months):
        cells.append({"year": year, "month": month, "items": [], "more": 0})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    index = {(cell["year"], cell["month"]): cell for cell in cells}
    for row in upcoming(rows, today):
        start = row["window_start"]
        key = (start.year, start.month) if start > today else (today.year, today.month)
        cell = index.get(key)
        if cell is None:
            continue
        # A busy month shows its first few windows and how many more there are.
        if len(cell["items"]) < per_month:
            cell["items"].append(row)
        else:
            cell["more"] += 1
    return cells


def latest_changes(store: Store, limit: int = 10, work: str | None = None) -> list[dict]:
    """The newest status changes, newest first, each with its work's id."""
    today = date.today()
    found: list[dict] = []
    # `changes` lists everything since a date; asking for recent windows first keeps
    # a large store from returning years of changes to show ten.
    for days in (30, 365, None):
        since = today - timedelta(days=days) if days is not None else None
        found = changes(store, since=since, work=work)
        if len(found) >= limit:
            break
    newest = list(reversed(found))[:limit]
    return [{**change, "id": work_slug(change["work"])} for change in newest]


def work_view(store: Store, slug: str, offset: int = 0, limit: int = 50) -> dict | None:
    """A work's installments with the marks of their claims, and one page of its claims; None if unknown."""
    as_of = date.today()
    rows, told = [], []
    for key, names, standing, claims in standings(store, slug_name(slug), as_of=as_of):
        row = status_row(key.title, names, key.n, standing, as_of, None)
        row["marks"] = [Mark.of(claim) for claim in claims]
        rows.append(row)
        told.extend((claim, key.n) for claim in claims)
    if not rows:
        return None
    # Newest first; on one day the higher installment first, then the claims in the order they were stored.
    told.sort(key=lambda pair: (-pair[0].dated.toordinal(), -pair[1], pair[0].article_pk, pair[0].id))
    shown = [{**claim.to_timeline(), "n": n} for claim, n in told[offset:offset + limit]]
    deciding = [row["decided_by"] for row in rows if row["decided_by"]]
    details = article_details(store, [entry["article"] for entry in shown + deciding])
    for entry in shown + deciding:
        entry.update(details.get(entry["article"], {}))
    return {"id": work_slug(rows[0]["work"]), "title": rows[0]["work"], "aliases": rows[0]["aliases"],
            "installments": rows, "timeline": shown, "claims": len(told)}


def bands(changes_of_installment: list[dict], until: date) -> list[dict]:
    """Spans of time in one status, from an installment's change events, up to `until`."""
    found = []
    ordered = sorted(changes_of_installment, key=lambda change: change["date"])
    for position, change in enumerate(ordered):
        start = date.fromisoformat(change["date"])
        if start > until:
            break
        end = date.fromisoformat(ordered[position + 1]["date"]) if position + 1 < len(ordered) else until
        found.append({"status": change["new"], "start": start, "end": min(end, until)})
    return found


def changes_by_installment(store: Store, title: str) -> dict[int, list[dict]]:
    """Every status change of a work's installments, by installment number."""
    found: dict[int, list[dict]] = defaultdict(list)
    for change in changes(store, work=title):
        found[change["n"]].append(change)
    return found

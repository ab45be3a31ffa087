"""The tracker: installment statuses as of any date, timelines, status changes, source records."""

from nextseason.tracker.changes import attach, changes, record_changes, refresh
from nextseason.tracker.export import FORMATS, export, export_rows
from nextseason.tracker.rules import window_end
from nextseason.tracker.sources import sources
from nextseason.tracker.status import standings, status, status_row

__all__ = ["status", "standings", "status_row", "changes", "sources", "export", "export_rows", "FORMATS", "attach",
           "record_changes", "refresh", "window_end"]

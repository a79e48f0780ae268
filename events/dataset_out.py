"""Events out: flat rows for tables, and native records (events.formats.native writes them)."""

from __future__ import annotations

from events.dataset_rows import COLUMNS, LIST_COLUMNS, LIST_SEPARATOR
from events.event import Event

ROW_COLUMNS = (
    "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
    "timex", "mod", "rule", "title", "summary", "actors", "places", "topics", "source",
    "source_url", "quote", "published", "anchor", "error",
)  # fmt: skip


def event_row(event: Event) -> dict:
    """One flat dict per event: dates in ISO form ("" when unread), lists joined by "; "."""
    span = event.span
    return {
        "id": event.id,
        "date": event.date,
        "start": span.start.isoformat() if span else "",
        "end": span.end.isoformat() if span else "",
        "precision": span.precision if span else "",
        "qualifier": span.qualifier if span else "",
        "approximate": span.approximate if span else False,
        "ongoing": span.ongoing if span else False,
        "timex": span.timex if span else "",
        "mod": span.mod if span else "",
        "rule": span.rule if span else "",
        "title": event.title,
        "summary": event.summary,
        **{name: LIST_SEPARATOR.join(getattr(event, name)) for name in LIST_COLUMNS},
        "source": event.source,
        "source_url": event.source_url,
        "quote": event.quote,
        "published": event.published.isoformat() if event.published else "",
        "anchor": event.anchor,
        "error": event.error,
    }


def native_record(event: Event) -> dict:
    """The event in the native columns; `start`/`end` only where they overrode the date."""
    span = event.span
    overridden = span is not None and span.rule == "override"
    record = {name: getattr(event, name, "") for name in COLUMNS}
    record["start"] = span.start.isoformat() if overridden else ""
    record["end"] = span.end.isoformat() if overridden else ""
    record["published"] = event.published.isoformat() if event.published else ""
    for name in LIST_COLUMNS:
        record[name] = list(record[name])
    return record

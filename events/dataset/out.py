"""Events out: flat rows for tables, and native records (events.formats.native writes them)."""

from __future__ import annotations

from events.dataset.rows import COLUMNS, LIST_COLUMNS, LIST_SEPARATOR, read_date
from events.event import USUAL_STATUS, Event

ROW_COLUMNS = (
    "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
    "timex", "mod", "rule", "title", "label", "importance", "status", "summary", "actors",
    "places", "topics", "source", "source_url", "quote", "published", "anchor", "error",
)  # fmt: skip


def event_row(event: Event) -> dict:
    """One flat dict per event: dates in ISO form ("" when unread), lists joined by "; ",
    importance None when not given, status always named ("happened" by default)."""
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
        "label": event.label,
        "importance": event.importance,
        "status": event.status,
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
    """The event in the native columns; `start`/`end` where the date text alone would not give
    the span back (an override, or a date counted from a story time the row does not record).
    Lists are lists; `importance` is None when not given (an empty CSV cell, a JSON null), and
    `status` empty when the event happened."""
    span = event.span
    overridden = span is not None and (span.rule == "override" or not _reads_back(event))
    record = {name: getattr(event, name, "") for name in COLUMNS}
    record["start"] = span.start.isoformat() if overridden else ""
    record["end"] = span.end.isoformat() if overridden else ""
    record["published"] = event.published.isoformat() if event.published else ""
    record["status"] = "" if event.status == USUAL_STATUS else event.status
    for name in LIST_COLUMNS:
        record[name] = list(record[name])
    return record


def _reads_back(event: Event) -> bool:
    """Whether reading the row's date, publication date and anchor again gives its span."""
    anchor = read_date(event.anchor, event.published)[0] if event.anchor else None
    again, _ = read_date(event.date, event.published, anchor.start if anchor else None)
    span = event.span
    return again is not None and (again.start, again.end, again.precision) == (
        span.start, span.end, span.precision)

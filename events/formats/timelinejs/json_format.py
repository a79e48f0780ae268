"""TimelineJS 3 JSON: a title slide and one slide per dated event, and back.

Out: `start_date`/`end_date` carry only the parts the precision knows (see date_parts),
`display_date` the date as written, `text.headline`/`text.text` the title and summary,
`group` the first topic, `unique_id` the event id. TimelineJS renders these as HTML, so every
text is HTML-escaped. Each slide also carries a `timeline_desk` block (TimelineJS ignores it)
with what TimelineJS has no field for: label, importance, status (when not "happened"),
publication date, anchor, start/end overrides, lists, source, quote. Events without a readable
date go in a top-level `timeline_desk.unplaced` list, each with its position in the dataset, so
reading puts it back where it was.

In: a slide with a `timeline_desk` block is read back exactly as it was written (its date as
written is read again from `display_date`). Any other slide is read from its date parts, and
fields Timeline Desk does not keep (media, background, times, location) are named in the
row's error as not loaded. The title slide's headline becomes the dataset's name.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import replace

from events.dataset.out import native_record
from events.dataset.rows import RawRow
from events.event import Event
from events.formats.base import DatasetError, LabelledRow, Parsed
from events.formats.native import json_row, load_json
from events.formats.timelinejs.date_parts import PartsError, date_cells, parts_span, span_parts

BLOCK = "timeline_desk"
EXTRA_FIELDS = ("label", "importance", "status", "published", "anchor", "start", "end", "actors",
                "places", "topics", "source", "source_url", "quote")  # fmt: skip
LABELS = {"id": "unique_id", "date": "display_date", "title": "text.headline",
          "summary": "text.text", "topics": "group", "start": "start_date", "end": "end_date"}
READ_KEYS = {"unique_id", "start_date", "end_date", "display_date", "text", "group", BLOCK}
DATE_KEYS = {"year", "month", "day"}


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def write(events: Sequence[Event], title: str = "") -> str:
    """TimelineJS JSON text; undated events are kept in the `timeline_desk` block."""
    placed = [event for event in events if event.span is not None]
    doc: dict = {"title": title_slide(title, placed), "events": [slide(e) for e in placed]}
    unplaced = [{"position": n, "event": native_record(event)}
                for n, event in enumerate(events) if event.span is None]  # fmt: skip
    if unplaced:
        doc[BLOCK] = {"unplaced": unplaced}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def title_slide(title: str, placed: Sequence[Event]) -> dict:
    count = f"{len(placed)} dated event{'s' if len(placed) != 1 else ''}"
    return {"text": {"headline": escape(title or "Timeline"),
                     "text": escape(f"{count}. Made with Timeline Desk.")}}  # fmt: skip


def slide(event: Event) -> dict:
    """One event as a TimelineJS slide."""
    start, end = span_parts(event.span)
    item: dict = {"unique_id": event.id, "start_date": start}
    if end:
        item["end_date"] = end
    if event.date:
        item["display_date"] = escape(event.date)
    item["text"] = {"headline": escape(event.title), "text": escape(event.summary)}
    if event.topics:
        item["group"] = escape(event.topics[0])
    item[BLOCK] = extras(event)
    return item


def extras(event: Event) -> dict:
    """The native fields TimelineJS has no place for, those that are set."""
    record = native_record(event)
    return {name: record[name] for name in EXTRA_FIELDS if record[name] not in ("", [], None)}


def detect(text: str) -> bool:
    """A JSON object whose events have start dates, or whose title slide has text."""
    if not text.lstrip().startswith("{"):
        return False
    try:
        data = load_json(text, "")
    except DatasetError:
        return False
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        return False
    return any(isinstance(e, dict) and "start_date" in e for e in events) or isinstance(
        data.get("title"), dict
    )


def read(text: str, source_name: str) -> Parsed:
    """The slides of a TimelineJS JSON file as raw rows."""
    data = load_json(text, source_name)
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise DatasetError(f'{source_name}: expected a TimelineJS object with an "events" list')
    rows = [slide_row(item, n, source_name) for n, item in enumerate(data["events"], 1)]
    for position, row in _unplaced(data, source_name):  # back where they stood
        rows.insert(position, row)
    return Parsed(_title(data.get("title")), None, tuple(rows))


def _title(title: object) -> str | None:
    headline = _dict(_dict(title).get("text")).get("headline")
    return html.unescape(headline).strip() or None if isinstance(headline, str) else None


def _unplaced(data: dict, source_name: str) -> list[tuple[int, RawRow]]:
    """The undated events kept in the block, each with the position it had."""
    block = data.get(BLOCK)
    items = block.get("unplaced") if isinstance(block, dict) else None
    found = []
    for n, item in enumerate(items if isinstance(items, list) else [], 1):
        where = f"{source_name}, {BLOCK}.unplaced item {n}"
        wrapped = isinstance(item, dict) and isinstance(item.get("position"), int) and (
            "event" in item)
        position = item["position"] if wrapped else len(data["events"]) + n
        found.append((position, json_row(item["event"] if wrapped else item, n, where)))
    return sorted(found, key=lambda pair: pair[0])


def slide_row(item: object, number: int, source_name: str) -> RawRow:
    """One slide as a raw row: exactly as written when it has a block, else from its parts."""
    where = f"{source_name}, event {number}"
    if not isinstance(item, dict):
        return json_row(item, number, where)
    text = _dict(item.get("text"))
    cells = {"id": item.get("unique_id", ""), "title": _unescaped(text.get("headline")),
             "summary": _unescaped(text.get("text"))}  # fmt: skip
    display = _unescaped(item.get("display_date"))
    block = item.get(BLOCK)
    if isinstance(block, dict):
        row = _exact_row(where, number, cells | {"date": display}, block)
        return replace(row, problems=_odd_text(where, item) + row.problems)
    cells, problems = _parts_cells(where, item, cells, display)
    if item.get("group"):
        cells["topics"] = [_unescaped(item["group"])]
    problems += _odd_text(where, item) + _unused(where, item)
    return LabelledRow(where, number, cells, "field", problems, LABELS)


def _odd_text(where: str, item: dict) -> tuple[str, ...]:
    """A `text` that is not an object (of headline and text), named as not loaded."""
    value = item.get("text")
    if isinstance(value, dict) or not _filled(value):
        return ()
    return (f"{where}, field text: expected an object with headline and text, got {value!r};"
            " not loaded",)


def _exact_row(where: str, number: int, cells: dict, block: dict) -> RawRow:
    labels = LABELS | {name: f"{BLOCK}.{name}" for name in EXTRA_FIELDS}
    problems = tuple(
        f"{where}, field {BLOCK}.{key}: unknown field, its value {value!r} is not loaded"
        for key, value in block.items() if key not in EXTRA_FIELDS
    )  # fmt: skip
    known = {key: value for key, value in block.items() if key in EXTRA_FIELDS}
    return LabelledRow(where, number, cells | known, "field", problems, labels)


def _parts_cells(where: str, item: dict, cells: dict, display: str) -> tuple[dict, tuple]:
    try:
        span = parts_span(_dict(item.get("start_date")), _dict(item.get("end_date")) or None)
    except PartsError as exc:
        field = "end_date" if str(exc).startswith("end") else "start_date"
        return cells | {"date": display}, (f"{where}, field {field}: {exc}",)
    dates, problem = date_cells(span, display)
    problems = (f"{where}, field display_date: {problem}",) if problem else ()
    return cells | dates, problems


def _unused(where: str, item: dict) -> tuple[str, ...]:
    """Fields with values that Timeline Desk does not keep, each named."""
    found = [key for key, value in item.items() if key not in READ_KEYS and _filled(value)]
    for key in ("start_date", "end_date"):
        parts = _dict(item.get(key))
        found += [f"{key}.{part}" for part, value in parts.items()
                  if part not in DATE_KEYS and _filled(value)]  # fmt: skip
    return tuple(f"{where}, field {name}: not loaded (Timeline Desk does not keep it)"
                 for name in found)  # fmt: skip


def _filled(value: object) -> bool:
    if isinstance(value, dict):
        return any(_filled(inner) for inner in value.values())
    return value not in (None, "", [], False)


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _unescaped(value: object) -> object:
    return html.unescape(value) if isinstance(value, str) else value

"""The native formats: a CSV file with a header row, or JSON (a list, or {"name", "published",
"events"}), one event per row or item, in the columns of `events.dataset.rows.COLUMNS`.

Written files add derived columns after the native ones (`DERIVED`: the resolved span, its
precision and qualifier, and any error) for whoever reads the file. Reading ignores them: they
are worked out again from `date`, `start` and `end`, so edit those instead.

Days are written as events.day writes them: "2022-10-05" in years 1 to 9999, signed outside
them ("-0043-03-15" is 15 March 44 BC, astronomical year -43); a CSV cell starting with "-" or
"+" gets the spreadsheet-safe mark (see cells), which reading drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from events.dataset.out import event_row, native_record
from events.dataset.rows import COLUMNS, LIST_COLUMNS, LIST_SEPARATOR, RawRow
from events.event import Event
from events.formats.base import DatasetError, Parsed, json_pieces, parse_json
from events.formats.cells import csv_lines, csv_records

DERIVED = ("resolved_start", "resolved_end", "precision", "qualifier", "approximate", "ongoing",
           "error")  # fmt: skip
JSON_KEYS = ("events", "published", "name")


def derived(event: Event) -> dict:
    """The derived fields of one event: resolved span, precision, qualifier, flags, error."""
    row = event_row(event)
    return {
        "resolved_start": row["start"], "resolved_end": row["end"],
        "precision": row["precision"], "qualifier": row["qualifier"],
        "approximate": row["approximate"], "ongoing": row["ongoing"], "error": row["error"],
    }  # fmt: skip


def write_csv(events: Sequence[Event], title: str = "") -> str:
    """Native CSV text, derived columns last, every cell spreadsheet-safe."""
    return "".join(stream_csv(events, title))


def stream_csv(events: Iterable[Event], title: str = "") -> Iterator[str]:
    """`write_csv`'s text in pieces, written as the events come."""
    return csv_lines([*COLUMNS, *DERIVED], (_csv_record(event) for event in events))


def _csv_record(event: Event) -> dict:
    record = {**native_record(event), **derived(event)}
    record.update({name: LIST_SEPARATOR.join(record[name]) for name in LIST_COLUMNS})
    record.update({name: str(record[name]).lower() for name in ("approximate", "ongoing")})
    return record


def write_json(events: Sequence[Event], title: str = "") -> str:
    """Native JSON text: {"name", "events"}, lists as arrays, derived fields in each item."""
    return "".join(stream_json(events, title))


def stream_json(events: Iterable[Event], title: str = "") -> Iterator[str]:
    """`write_json`'s text an item at a time."""
    items = ({**native_record(event), **derived(event)} for event in events)
    yield from json_pieces({"name": title}, "events", items)
    yield "\n"


def detect_csv(text: str) -> bool:
    """A comma-separated header naming a date or a title column."""
    first_line = text.lstrip().partition("\n")[0].lower()
    cells = {cell.strip() for cell in first_line.split(",")}
    return "," in first_line and bool({"date", "title"} & cells)


def detect_json(text: str) -> bool:
    return text.lstrip().startswith(("[", "{"))


def read_csv(text: str, source_name: str) -> Parsed:
    """The rows of a native CSV file; `DatasetError` when it is not one."""
    return Parsed(None, None, tuple(csv_rows(text, source_name)))


def csv_rows(text: str, source_name: str) -> Iterator[RawRow]:
    """The rows of a native CSV file one at a time (a file of any size, in little memory)."""
    for line, header, cells in csv_records(text, source_name):
        if header is None:
            _check_header(cells, source_name, line)
            continue
        yield _csv_row(header, cells, f"{source_name}, line {line}", line)


def _check_header(cells: list[str], source_name: str, line: int) -> None:
    header = [cell.strip().lower() for cell in cells]
    if not {"date", "title"} & set(header):
        found = ", ".join(repr(cell) for cell in cells[:6])
        raise DatasetError(
            f"{source_name}, line {line}: the header names no date or title column"
            f" (found {found}); is it a comma-separated events file?"
        )
    check_unique(header, source_name, line)


def check_unique(header: list[str], source_name: str, line: int) -> None:
    for name in header:
        if name and header.count(name) > 1:
            raise DatasetError(f"{source_name}, line {line}: column {name!r} appears twice")


def _csv_row(header: list[str], cells: list[str], where: str, line: int) -> RawRow:
    problems = ()
    extra = ", ".join(cell for cell in cells[len(header) :] if cell.strip())
    if extra:  # empty trailing cells, as spreadsheets write them, lose nothing
        problems = (
            f"{where}: {len(cells)} cells but the header names {len(header)} columns"
            f" (extra {extra!r} not loaded)",
        )
    values = dict(zip(header, cells[: len(header)], strict=False))
    return RawRow(where, line, _without_derived(values), "column", problems)


def _without_derived(cells: dict) -> dict:
    return {name: value for name, value in cells.items() if name not in DERIVED}


def read_json(text: str, source_name: str) -> Parsed:
    """The items of a native JSON file; `DatasetError` when it is not one."""
    data = load_json(text, source_name)
    name, items, published = _json_top(data, source_name)
    rows = [json_row(item, n, f"{source_name}, item {n}") for n, item in enumerate(items, 1)]
    return Parsed(name, published, tuple(rows))


def load_json(text: str, source_name: str) -> object:
    return parse_json(text, source_name)


def _json_top(data: object, source_name: str) -> tuple[str | None, list, date | None]:
    if isinstance(data, list):
        return None, data, None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise DatasetError(
            f'{source_name}: expected a list of events or an object with an "events" list'
        )
    unknown = sorted(set(data) - set(JSON_KEYS))
    if unknown:
        raise DatasetError(f"{source_name}: unknown top-level key(s) {', '.join(unknown)}"
                           f" (expected {', '.join(JSON_KEYS)})")  # fmt: skip
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise DatasetError(f'{source_name}: "name" must be text')
    return name or None, data["events"], json_published(data.get("published"), source_name)


def json_published(value: object, source_name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return date.fromisoformat(value.strip())
    except ValueError:
        pass
    raise DatasetError(f'{source_name}: "published" {value!r} is not an ISO date (YYYY-MM-DD)')


def json_row(item: object, number: int, where: str) -> RawRow:
    """One JSON object as a raw row; anything else is kept as a row saying what it was."""
    if isinstance(item, dict):
        cells = {str(key).strip().lower(): value for key, value in item.items()}
        return RawRow(where, number, _without_derived(cells), "field")
    kind = type(item).__name__.replace("str", "text").replace("NoneType", "null")
    return RawRow(where, number, {}, "field", (f"{where}: expected an object, got {kind}",))

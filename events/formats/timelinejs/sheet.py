"""The TimelineJS Google-sheet layout as CSV: paste it into the TimelineJS template sheet, or
point TimelineJS at the file itself.

Out: a title row (Type "title"), then one row per dated event with the date parts its
precision knows, the date as written in Display Date, title and summary in Headline and Text
(HTML-escaped: TimelineJS renders them as HTML) and the first topic in Group. Timeline Desk's
own columns follow Background (TimelineJS ignores them), so the sheet reads back exactly.
Every cell is spreadsheet-safe (see cells) but the date parts, whole numbers we write (a BC
year is negative: -44 is 44 BC, as TimelineJS numbers them; see date_parts). Events without a
readable date cannot be placed in this layout and are left out; the command line names them.

In: a row of a sheet with Timeline Desk's columns reads back exactly; any other row is read
from its date parts, like TimelineJS JSON. Era rows are not events and are skipped.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence

from events.dataset.rows import LIST_SEPARATOR, RawRow
from events.event import Event
from events.formats.base import DatasetError, LabelledRow, Parsed
from events.formats.cells import neutralise_row
from events.formats.native import check_unique, csv_records
from events.formats.timelinejs.date_parts import PartsError, date_cells, parts_span, span_parts
from events.formats.timelinejs.json_format import EXTRA_FIELDS, escape, extras

SHEET_COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
EXTRA_COLUMNS = ("id", *EXTRA_FIELDS)
# Added later: a sheet Timeline Desk wrote before them is still its own without them.
LATER_COLUMNS = ("label", "importance", "status")
NOT_KEPT = ("time", "end time", "media", "media credit", "media caption", "media thumbnail",
            "background", "alt text")  # fmt: skip
LABELS = {"id": "id", "date": "Display Date", "title": "Headline", "summary": "Text",
          "topics": "Group", "start": "Year", "end": "End Year"}  # fmt: skip
PARTS = ("year", "month", "day")
PART_COLUMNS = ("Year", "Month", "Day", "End Year", "End Month", "End Day")  # whole numbers


def write(events: Sequence[Event], title: str = "") -> str:
    """The sheet as CSV text: a title row, then the dated events."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*SHEET_COLUMNS, *EXTRA_COLUMNS],
                            lineterminator="\n")  # fmt: skip
    writer.writeheader()
    placed = [event for event in events if event.span is not None]
    count = f"{len(placed)} dated event{'s' if len(placed) != 1 else ''}"
    writer.writerow(
        neutralise_row(
            {
                "Type": "title",
                "Headline": escape(title or "Timeline"),
                "Text": escape(f"{count}. Made with Timeline Desk."),
            }
        )
    )
    for event in placed:
        writer.writerow(safe_row(sheet_row(event)))
    return out.getvalue()


def safe_row(row: dict) -> dict:
    """Every cell made spreadsheet-safe but the date parts: a BC year such as -44 is a plain
    number to a spreadsheet, and TimelineJS reading the file itself needs it without the mark."""
    parts = {name: row[name] for name in PART_COLUMNS if name in row}
    return neutralise_row(row) | parts


def sheet_row(event: Event) -> dict:
    start, end = span_parts(event.span)
    row = {f"{name.title()}": value for name, value in start.items()}
    row |= {f"End {name.title()}": value for name, value in (end or {}).items()}
    row |= {
        "Display Date": escape(event.date),
        "Headline": escape(event.title),
        "Text": escape(event.summary),
        "Group": escape(event.topics[0]) if event.topics else "",
    }
    own = {name: LIST_SEPARATOR.join(v) if isinstance(v, list) else v
           for name, v in extras(event).items()}  # fmt: skip
    return row | {"id": event.id} | own


def detect(text: str) -> bool:
    """A comma-separated header naming Year and Headline columns."""
    first_line = text.lstrip().partition("\n")[0].lower()
    return {"year", "headline"} <= {cell.strip().strip('"') for cell in first_line.split(",")}


def read(text: str, source_name: str) -> Parsed:
    """The event rows of a sheet (title row: the dataset's name; era rows skipped)."""
    name, rows, ours = None, [], False
    for line, header, cells in csv_records(text, source_name):
        if header is None:
            ours = _check_header(cells, source_name, line)
            continue
        values = dict(zip(header, cells, strict=False))
        kind = values.get("type", "").strip().lower()
        if kind == "title" and name is None:
            name = html.unescape(values.get("headline", "")).strip() or None
        elif kind != "era":
            rows.append(sheet_event(values, f"{source_name}, line {line}", line, ours))
    return Parsed(name, None, tuple(rows))


def _check_header(cells: list[str], source_name: str, line: int) -> bool:
    """Whether the sheet carries Timeline Desk's own columns."""
    header = [cell.strip().lower() for cell in cells]
    if not {"year", "headline"} <= set(header):
        raise DatasetError(f"{source_name}, line {line}: a TimelineJS sheet needs Year and"
                           " Headline columns")  # fmt: skip
    check_unique(header, source_name, line)
    return set(EXTRA_COLUMNS) - set(LATER_COLUMNS) <= set(header)


def sheet_event(values: dict, where: str, line: int, ours: bool) -> RawRow:
    """One sheet row as a raw row."""
    text = {key: html.unescape(values.get(key, "")) for key in ("headline", "text", "group")}
    cells = {"title": text["headline"], "summary": text["text"]}
    display = html.unescape(values.get("display date", ""))
    own = {name: values.get(name, "") for name in EXTRA_COLUMNS}
    if ours and (display or own["start"] or own["end"]):
        return LabelledRow(where, line, cells | own | {"date": display}, "column", (), LABELS)
    cells |= {"id": own["id"], "topics": text["group"]}
    dates, problems = _dates(where, values, display)
    return LabelledRow(where, line, cells | dates, "column", problems + _unused(where, values),
                       LABELS)  # fmt: skip


def _dates(where: str, values: dict, display: str) -> tuple[dict, tuple[str, ...]]:
    start = {part: values.get(part, "") for part in PARTS}
    end = {part: values.get(f"end {part}", "") for part in PARTS}
    try:
        span = parts_span(start, end)
    except PartsError as exc:
        column = "End Year" if str(exc).startswith("end") else "Year"
        return {"date": display}, (f"{where}, column {column}: {exc}",)
    dates, problem = date_cells(span, display)
    return dates, ((f"{where}, column Display Date: {problem}",) if problem else ())


def _unused(where: str, values: dict) -> tuple[str, ...]:
    known = {name.lower() for name in SHEET_COLUMNS} | set(EXTRA_COLUMNS)
    names = [name for name in NOT_KEPT if values.get(name, "").strip()]
    names += [name for name, value in values.items()
              if name not in known and name not in NOT_KEPT and value.strip()]  # fmt: skip
    return tuple(f"{where}, column {name}: not loaded (Timeline Desk does not keep it)"
                 for name in names)  # fmt: skip

"""One registry of interchange formats, used by the dataset loader, the upload and the CLI:
Timeline Desk's own CSV and JSON (native), TimelineJS's JSON and sheet (timelinejs), iCalendar.

Each `Format` row names its extensions, how to recognise its content, and its reader and
writer (either may be missing: iCalendar is written only). Detectors are disjoint, so a file's
content picks at most one format; its extension settles the rest.
"""

from __future__ import annotations

from pathlib import Path

from events.formats import ics, native
from events.formats.base import DatasetError, Format, Parsed
from events.formats.cells import delimiter
from events.formats.timelinejs import json_format as timelinejs
from events.formats.timelinejs import sheet as timelinejs_sheet

__all__ = ["FORMATS", "DatasetError", "Format", "Parsed", "detect", "get", "readable",
           "readable_extensions", "writable"]  # fmt: skip


def _native_json(text: str) -> bool:
    return native.detect_json(text) and not timelinejs.detect(text)


FORMATS: tuple[Format, ...] = (
    Format("csv", "CSV (Timeline Desk)", (".csv",), "text/csv",
           native.detect_csv, native.read_csv, native.write_csv,
           rows=native.csv_rows, stream=native.stream_csv),
    Format("json", "JSON (Timeline Desk)", (".json",), "application/json",
           _native_json, native.read_json, native.write_json, stream=native.stream_json),
    Format("timelinejs", "TimelineJS JSON", (".json",), "application/json",
           timelinejs.detect, timelinejs.read, timelinejs.write),
    Format("timelinejs-csv", "TimelineJS sheet (CSV)", (".csv",), "text/csv",
           timelinejs_sheet.detect, timelinejs_sheet.read, timelinejs_sheet.write,
           needs_dates=True),
    Format("ics", "iCalendar", (".ics",), "text/calendar",
           ics.detect, None, ics.write, needs_dates=True, stream=ics.stream,
           refuses=ics.refusal),
)  # fmt: skip
BY_NAME = {fmt.name: fmt for fmt in FORMATS}


def get(name: str) -> Format:
    """The format called `name`; `DatasetError` lists the names when there is none."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise DatasetError(f"unknown format {name!r} (expected {', '.join(BY_NAME)})") from None


def readable() -> tuple[str, ...]:
    return tuple(fmt.name for fmt in FORMATS if fmt.reader is not None)


def writable() -> tuple[str, ...]:
    return tuple(fmt.name for fmt in FORMATS if fmt.writer is not None)


def readable_extensions() -> tuple[str, ...]:
    """Extensions an upload may have, without dots (for a file picker's `type=`)."""
    found = (ext.lstrip(".") for fmt in FORMATS if fmt.reader for ext in fmt.extensions)
    return tuple(dict.fromkeys(found))


def detect(text: str, source_name: str) -> Format:
    """The format of a file: what its content says, then what its extension says. A
    tab-separated header is told as the comma-separated one it stands for."""
    suffix = Path(source_name).suffix.lower()
    probe = text if delimiter(text) == "," else text.lstrip().partition("\n")[0].replace("\t", ",")
    found = next((fmt for fmt in FORMATS if fmt.detect(probe)), None)
    if found and (suffix in found.extensions or not _claimed(suffix)):
        return found
    named = [fmt for fmt in FORMATS if suffix in fmt.extensions]
    if named:  # the extension says which; its reader says what is wrong with the content
        return named[0]
    raise DatasetError(
        f"{source_name} is not a CSV or JSON file (expected a .csv file whose header names"
        " date and title columns, a .json file, or a TimelineJS JSON or sheet CSV file)"
    )


def _claimed(suffix: str) -> bool:
    return any(suffix in fmt.extensions for fmt in FORMATS)

"""Datasets of events: read native CSV or JSON files, keep every row, name every problem.

A row that cannot be read is still an `Event`, with `error` naming file, line, column and
value. Only a file that is not a dataset at all (not CSV or JSON, empty, not UTF-8)
raises `DatasetError`.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path

from events.dataset_out import event_row, write_csv, write_json
from events.dataset_rows import RawRow, build_event
from events.event import Event

__all__ = [
    "Dataset", "DatasetError", "dataset_from_bytes", "default_dataset", "event_row",
    "load_dataset", "read_events", "write_csv", "write_json",
]  # fmt: skip

DEFAULT_FILE = "cnbc_musk_putin_2024.csv"
DEFAULT_NAME = "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"
FORMATS = ("csv", "json")
JSON_KEYS = ("events", "published", "name")


class DatasetError(ValueError):
    """The file as a whole cannot be read as a dataset; the message names the file."""


@dataclass(frozen=True)
class Dataset:
    name: str
    events: tuple[Event, ...]
    path: str = ""

    @property
    def errors(self) -> tuple[Event, ...]:
        """The events that could not be read cleanly, each saying why in `error`."""
        return tuple(event for event in self.events if event.error)

    @property
    def ok_events(self) -> tuple[Event, ...]:
        return tuple(event for event in self.events if event.ok)


def load_dataset(path: str | Path | None = None, *, published: date | None = None) -> Dataset:
    """Read a dataset file; None reads the built-in one. `published` is the default date
    of publication for rows that give none."""
    if path is None:
        return _builtin(published)
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return dataset_from_bytes(data, source_name=path.name, published=published, path=str(path))


def default_dataset() -> Dataset:
    """The built-in dataset: Elon Musk and Vladimir Putin, from CNBC's story of 25 Oct 2024."""
    return _builtin(None)


@functools.cache
def _builtin(published: date | None) -> Dataset:
    resource = resources.files("events").joinpath("data", DEFAULT_FILE)
    loaded = dataset_from_bytes(
        resource.read_bytes(), source_name=DEFAULT_FILE, published=published, path=str(resource)
    )
    return replace(loaded, name=DEFAULT_NAME)


def dataset_from_bytes(
    data: bytes, *, source_name: str, published: date | None = None, path: str = ""
) -> Dataset:
    """A dataset from a file's bytes (an upload, say); the format comes from the name
    and the content."""
    text = decode(data, source_name)
    fmt = sniff_format(text, source_name)
    name, events = _parse(text, fmt, source_name, published)
    return Dataset(name=name or Path(source_name).stem, events=events, path=path)


def read_events(
    text: str, *, fmt: str, source_name: str, published: date | None = None
) -> tuple[Event, ...]:
    """The events in in-memory `text` of format "csv" or "json"."""
    if fmt not in FORMATS:
        raise DatasetError(f"{source_name}: unknown format {fmt!r} (expected csv or json)")
    return _parse(text.removeprefix("\ufeff"), fmt, source_name, published)[1]


def decode(data: bytes, source_name: str) -> str:
    """UTF-8 text (a byte order mark is dropped), or DatasetError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DatasetError(f"{source_name} is UTF-16 text; save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(
            f"{source_name} is not UTF-8 text (byte {data[exc.start]:#04x} at position"
            f" {exc.start}); save it as UTF-8 CSV or JSON"
        ) from None
    if "\x00" in text:
        raise DatasetError(f"{source_name} is a binary file, not CSV or JSON text")
    return text


def sniff_format(text: str, source_name: str) -> str:
    """The format, "csv" or "json", from the file's extension or else its content."""
    suffix = Path(source_name).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        return "json"
    first_line = stripped.partition("\n")[0].lower()
    if "," in first_line and {"date", "title"} & {c.strip() for c in first_line.split(",")}:
        return "csv"
    raise DatasetError(
        f"{source_name} is not a CSV or JSON file (expected a .csv file whose header names"
        " date and title columns, or a .json file)"
    )


def _parse(text, fmt, source_name, published) -> tuple[str | None, tuple[Event, ...]]:
    if not text.strip():
        raise DatasetError(f"{source_name} is empty")
    if fmt == "csv":
        name, rows, default = None, _csv_rows(text, source_name), None
    else:
        name, rows, default = _json_rows(text, source_name)
    if not rows:
        raise DatasetError(f"{source_name} holds no events")
    events = [build_event(row, default or published) for row in rows]
    return name, _with_ids(events, rows)


def _csv_rows(text: str, source_name: str) -> list[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, header, last_line = [], None, 0
    try:
        for cells in reader:
            first_line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _header(cells, source_name, first_line)
                continue
            rows.append(_csv_row(header, cells, f"{source_name}, line {first_line}", first_line))
    except csv.Error as exc:  # reported at the line where the unreadable row begins
        raise DatasetError(
            f"{source_name}, line {last_line + 1}: not valid CSV ({exc}); check the quotes"
        ) from None
    return rows


def _header(cells: list[str], source_name: str, line: int) -> list[str]:
    header = [cell.strip().lower() for cell in cells]
    if not {"date", "title"} & set(header):
        found = ", ".join(repr(cell) for cell in cells[:6])
        raise DatasetError(
            f"{source_name}, line {line}: the header names no date or title column"
            f" (found {found}); is it a comma-separated events file?"
        )
    for name in header:
        if name and header.count(name) > 1:
            raise DatasetError(f"{source_name}, line {line}: column {name!r} appears twice")
    return header


def _csv_row(header: list[str], cells: list[str], where: str, line: int) -> RawRow:
    problems = ()
    extra = ", ".join(cell for cell in cells[len(header) :] if cell.strip())
    if extra:  # empty trailing cells, as spreadsheets write them, lose nothing
        problems = (
            f"{where}: {len(cells)} cells but the header names {len(header)} columns"
            f" (extra {extra!r} not loaded)",
        )
    cells = cells[: len(header)]
    return RawRow(where, line, dict(zip(header, cells, strict=False)), "column", problems)


def _json_rows(text: str, source_name: str) -> tuple[str | None, list[RawRow], date | None]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError(
            f"{source_name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    name, items, published = _json_top(data, source_name)
    return name, [_json_row(item, n, source_name) for n, item in enumerate(items, 1)], published


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
    return name or None, data["events"], _json_published(data.get("published"), source_name)


def _json_published(value: object, source_name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return date.fromisoformat(value.strip())
    except ValueError:
        pass
    raise DatasetError(f'{source_name}: "published" {value!r} is not an ISO date (YYYY-MM-DD)')


def _json_row(item: object, number: int, source_name: str) -> RawRow:
    where = f"{source_name}, item {number}"
    if isinstance(item, dict):
        cells = {str(key).strip().lower(): value for key, value in item.items()}
        return RawRow(where, number, cells, "field")
    kind = type(item).__name__.replace("str", "text").replace("NoneType", "null")
    return RawRow(where, number, {}, "field", (f"{where}: expected an object, got {kind}",))


def _with_ids(events: list[Event], rows: list[RawRow]) -> tuple[Event, ...]:
    """Give each event a unique id: its own if it has one, else one made from its text."""
    taken = {event.id for event in events if event.id}
    seen: set[str] = set()
    out = []
    for event, row in zip(events, rows, strict=True):
        own = event.id
        if own and own not in seen:
            seen.add(own)
            out.append(event)
            continue
        new_id = _free(own or made_id(event.date, event.title), taken | seen)
        seen.add(new_id)
        note = f"{row.at('id')}: {own!r} is already used, renamed {new_id!r}" if own else ""
        error = "; ".join(part for part in (event.error, note) if part)
        out.append(replace(event, id=new_id, error=error))
    return tuple(out)


def _free(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    return next(f"{wanted}-{n}" for n in range(2, len(taken) + 3) if f"{wanted}-{n}" not in taken)


def made_id(date_text: str, title: str) -> str:
    """A stable id for a row that has none: a slug of the title and a short hash."""
    digest = hashlib.sha1(f"{date_text}\n{title}".encode()).hexdigest()[:6]
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:40].rstrip("-")
    return f"{slug or 'event'}-{digest}"

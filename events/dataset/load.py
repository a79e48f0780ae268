"""Datasets of events: read through the format registry (events.formats), keep every row.

A row that cannot be read is still an `Event`, with `error` naming file, line, column and
value. Only a file that is not a dataset at all (no readable format, empty, not text)
raises `DatasetError`. Text is UTF-8, or UTF-16 or UTF-32 with a byte order mark.

`load_dataset` holds every event; `stream_dataset` hands them on one at a time (for `convert`
and `show` on files of any size): a format read row by row (CSV) is read twice, once for its
ids and to find any fault before an event is handed on, then event by event.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TextIO

from events import formats
from events.dataset.out import event_row
from events.dataset.rows import RawRow, build_event
from events.event import Event
from events.formats.base import DatasetError

__all__ = [
    "Dataset", "DatasetError", "EventStream", "dataset_from_bytes", "default_dataset",
    "event_row", "load_dataset", "read_events", "stream_dataset", "stream_from_bytes",
    "write_csv", "write_json",
]  # fmt: skip

DEFAULT_FILE = "cnbc_musk_putin_2024.csv"
DEFAULT_NAME = "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"
# Longest first: a UTF-32 little-endian mark starts with the UTF-16 one.
BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


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


@dataclass(frozen=True)
class EventStream:
    """A dataset handed on an event at a time: its name, and its events (one pass only)."""

    name: str
    events: Iterator[Event]
    path: str = ""


def load_dataset(
    path: str | Path | None = None, *, published: date | None = None, fmt: str | None = None
) -> Dataset:
    """Read a dataset file; None reads the built-in one. `published` is the default date
    of publication for rows that give none; `fmt` names a format instead of detecting it."""
    if path is None:
        return _builtin(published)
    return dataset_from_bytes(
        _read_bytes(path), source_name=Path(path).name, published=published, path=str(path),
        fmt=fmt,
    )  # fmt: skip


def stream_dataset(
    path: str | Path | None = None, *, published: date | None = None, fmt: str | None = None
) -> EventStream:
    """`load_dataset`, its events handed on one at a time."""
    if path is None:
        builtin = _builtin(published)
        return EventStream(builtin.name, iter(builtin.events), builtin.path)
    stream = stream_from_bytes(_read_bytes(path), source_name=Path(path).name,
                               published=published, fmt=fmt)  # fmt: skip
    return replace(stream, path=str(path))


def _read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None


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
    data: bytes,
    *,
    source_name: str,
    published: date | None = None,
    path: str = "",
    fmt: str | None = None,
) -> Dataset:
    """A dataset from a file's bytes (an upload, say); the format comes from `fmt`, or else
    from the content and the name (see events.formats)."""
    text, chosen = _opened(data, source_name, fmt)
    name, events = _parse(text, chosen, source_name, published)
    return Dataset(name=name or Path(source_name).stem, events=events, path=path)


def stream_from_bytes(
    data: bytes, *, source_name: str, published: date | None = None, fmt: str | None = None
) -> EventStream:
    """`dataset_from_bytes`, its events handed on one at a time. A file that cannot be read
    raises `DatasetError` here, before any event is handed on."""
    text, chosen = _opened(data, source_name, fmt)
    if chosen.rows is None:  # read whole
        name, events = _parse(text, chosen, source_name, published)
        return EventStream(name or Path(source_name).stem, iter(events))
    taken = _own_ids(chosen.rows(text, source_name), source_name)
    pairs = ((build_event(row, published), row.at("id")) for row in chosen.rows(text, source_name))
    return EventStream(Path(source_name).stem, _unique(pairs, taken))


def _opened(data: bytes, source_name: str, fmt: str | None) -> tuple[str, formats.Format]:
    """The file's text and its format, or `DatasetError`."""
    text = decode(data, source_name)
    _check_not_empty(text, source_name)
    chosen = _readable(fmt, source_name) if fmt else formats.detect(text, source_name)
    if chosen.reader is None:
        raise DatasetError(f"{source_name} is {chosen.label}: Timeline Desk writes that format"
                           f" but cannot read it (readable: {', '.join(formats.readable())})")
    return text, chosen


def read_events(
    text: str, *, fmt: str, source_name: str, published: date | None = None
) -> tuple[Event, ...]:
    """The events in in-memory `text` of a readable format ("csv", "json", "timelinejs"...)."""
    chosen = _readable(fmt, source_name)
    text = text.removeprefix("\ufeff")
    _check_not_empty(text, source_name)
    return _parse(text, chosen, source_name, published)[1]


def write_csv(events: Iterable[Event], fp: TextIO) -> None:
    """Write `events` as a native CSV file (open `fp` with newline="")."""
    for piece in formats.get("csv").pieces(events, ""):
        fp.write(piece)


def write_json(events: Iterable[Event], fp: TextIO, *, name: str = "") -> None:
    """Write `events` as a native JSON file, lists as arrays."""
    for piece in formats.get("json").pieces(events, name):
        fp.write(piece)


def decode(data: bytes, source_name: str) -> str:
    """The text: UTF-8, or UTF-16 or UTF-32 with a byte order mark (as spreadsheets save
    "Unicode text"); the mark is dropped. DatasetError when it is not text."""
    encoding = next((name for mark, name in BYTE_ORDER_MARKS if data.startswith(mark)), "")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        shown = exc.object[exc.start : exc.start + 4].hex(" ")
        raise DatasetError(
            f"{source_name} is not {(encoding or 'utf-8').upper()} text (bytes {shown} at"
            f" position {exc.start}: {exc.reason}); save it as UTF-8 CSV or JSON"
        ) from None
    if "\x00" in text:
        raise DatasetError(f"{source_name} is a binary file, not CSV or JSON text")
    return text


def sniff_format(text: str, source_name: str) -> str:
    """The name of the file's format, from its content or else its extension."""
    return formats.detect(text, source_name).name


def _readable(fmt: str, source_name: str) -> formats.Format:
    if fmt not in formats.readable():
        raise DatasetError(f"{source_name}: unknown format {fmt!r} (expected one of"
                           f" {', '.join(formats.readable())})")  # fmt: skip
    return formats.get(fmt)


def _check_not_empty(text: str, source_name: str) -> None:
    if not text.strip():
        raise DatasetError(f"{source_name} is empty")


def _parse(text, fmt: formats.Format, source_name, published) -> tuple[str | None, tuple]:
    """The name and the events; rows are read one at a time when the format can."""
    if fmt.rows is not None:
        name, own_published, rows = None, None, fmt.rows(text, source_name)
    else:
        parsed = fmt.reader(text, source_name)
        name, own_published, rows = parsed.name, parsed.published, parsed.rows
    pairs = [(build_event(row, own_published or published), row.at("id")) for row in rows]
    if not pairs:
        raise DatasetError(f"{source_name} holds no events")
    taken = {event.id for event, _ in pairs if event.id}
    return name, tuple(_unique(pairs, taken))


def _own_ids(rows: Iterable[RawRow], source_name: str) -> set[str]:
    """The ids the rows give (as `build_event` reads them); reading them finds any fault."""
    taken, count = set(), 0
    for row in rows:
        count += 1
        value = row.cells.get("id")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            taken.add(value.strip())
    if not count:
        raise DatasetError(f"{source_name} holds no events")
    return taken


def _unique(pairs: Iterable[tuple[Event, str]], taken: set[str]) -> Iterator[Event]:
    """Each event with a unique id: its own the first time it is given, else one made from
    its text that no row owns (`taken`) and none given before has. `pairs` holds each event
    and where its id stands in the file (for the note on a renamed one)."""
    kept: set[str] = set()
    given: set[str] = set()
    for event, where in pairs:
        own = event.id
        if own and own not in kept:
            kept.add(own)
            yield event
            continue
        new_id = _free(own or made_id(event.date, event.title), taken, given)
        given.add(new_id)
        note = f"{where}: {own!r} is already used, renamed {new_id!r}" if own else ""
        yield replace(event, id=new_id, error="; ".join(part for part in (event.error, note)
                                                        if part))  # fmt: skip


def _free(wanted: str, taken: set[str], given: set[str]) -> str:
    def free(name: str) -> bool:
        return name not in taken and name not in given

    return wanted if free(wanted) else next(
        f"{wanted}-{n}" for n in range(2, len(taken) + len(given) + 3) if free(f"{wanted}-{n}"))


def made_id(date_text: str, title: str) -> str:
    """A stable id for a row that has none: a slug of the title and a short hash."""
    digest = hashlib.sha1(f"{date_text}\n{title}".encode()).hexdigest()[:6]
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:40].rstrip("-")
    return f"{slug or 'event'}-{digest}"

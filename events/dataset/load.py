"""Datasets of events: read through the format registry (events.formats), keep every row.

A row that cannot be read is still an `Event`, with `error` naming file, line, column and
value. Only a file that is not a dataset at all (no readable format, empty, not UTF-8)
raises `DatasetError`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
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
    "Dataset", "DatasetError", "dataset_from_bytes", "default_dataset", "event_row",
    "load_dataset", "read_events", "write_csv", "write_json",
]  # fmt: skip

DEFAULT_FILE = "cnbc_musk_putin_2024.csv"
DEFAULT_NAME = "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"


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


def load_dataset(
    path: str | Path | None = None, *, published: date | None = None, fmt: str | None = None
) -> Dataset:
    """Read a dataset file; None reads the built-in one. `published` is the default date
    of publication for rows that give none; `fmt` names a format instead of detecting it."""
    if path is None:
        return _builtin(published)
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return dataset_from_bytes(
        data, source_name=path.name, published=published, path=str(path), fmt=fmt
    )


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
    text = decode(data, source_name)
    _check_not_empty(text, source_name)
    chosen = _readable(fmt, source_name) if fmt else formats.detect(text, source_name)
    name, events = _parse(text, chosen, source_name, published)
    return Dataset(name=name or Path(source_name).stem, events=events, path=path)


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
    fp.write(formats.get("csv").writer(list(events), ""))


def write_json(events: Iterable[Event], fp: TextIO, *, name: str = "") -> None:
    """Write `events` as a native JSON file, lists as arrays."""
    fp.write(formats.get("json").writer(list(events), name))


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
    if fmt.reader is None:
        raise DatasetError(f"{source_name} is {fmt.label}: Timeline Desk writes that format"
                           f" but cannot read it (readable: {', '.join(formats.readable())})")
    parsed = fmt.reader(text, source_name)
    if not parsed.rows:
        raise DatasetError(f"{source_name} holds no events")
    events = [build_event(row, parsed.published or published) for row in parsed.rows]
    return parsed.name, _with_ids(events, list(parsed.rows))


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

"""The registry's building blocks: a format, what its reader hands back, the shared error, and
JSON read so that no document, however deep or long its numbers, gets past without a message."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from events.dataset.rows import RawRow
from events.event import Event

# A dataset nests 5 levels (document, events, slide, block, list); deeper is not a dataset,
# and would let a hostile file run readers and messages out of stack.
MAX_JSON_DEPTH = 64
MAX_INT_DIGITS = 18


class DatasetError(ValueError):
    """The file as a whole cannot be read as a dataset; the message names the file."""


def parse_json(text: str, source_name: str) -> object:
    """The JSON value in `text`; `DatasetError` says why not, and where. A whole number of more
    than 18 digits is kept as its digits, as text (no field needs more; Python refuses to read
    more than 4,300 and to make a float of more than 308)."""
    try:
        data = json.loads(text, parse_int=_whole_number)
        too_deep = not _nested_within(data, MAX_JSON_DEPTH)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{source_name} is not valid JSON: {exc.msg} (line {exc.lineno},"
                           f" column {exc.colno})") from None  # fmt: skip
    except RecursionError:  # nested deeper than the parser's stack
        too_deep = True
    if too_deep:
        raise DatasetError(f"{source_name}: JSON nested more than {MAX_JSON_DEPTH} levels deep"
                           " (a dataset needs 5)")  # fmt: skip
    return data


def json_pieces(head: dict, key: str, items: Iterable) -> Iterator[str]:
    """The text json.dumps(head | {key: [*items]}, indent=2, ensure_ascii=False) gives, made
    an item at a time (`key` comes last)."""
    opening = json.dumps({**head, key: []}, indent=2, ensure_ascii=False)
    yield opening.removesuffix("[]\n}")
    joint = "["
    for item in items:
        yield joint + "\n" + textwrap.indent(json.dumps(item, indent=2, ensure_ascii=False), "    ")
        joint = ","
    yield "[]\n}" if joint == "[" else "\n  ]\n}"


def _whole_number(digits: str) -> int | str:
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else digits


def _nested_within(data: object, limit: int) -> bool:
    """Whether no list or object in `data` lies more than `limit` levels deep (no recursion)."""
    level, containers = 1, [data] if isinstance(data, list | dict) else []
    while containers:
        if level > limit:
            return False
        inner = (value for item in containers
                 for value in (item.values() if isinstance(item, dict) else item))  # fmt: skip
        containers, level = [value for value in inner if isinstance(value, list | dict)], level + 1
    return True


@dataclass(frozen=True)
class Parsed:
    """A file read into raw rows: its name and default publication date, when it gives them."""

    name: str | None
    published: date | None
    rows: tuple[RawRow, ...]


@dataclass(frozen=True)
class LabelledRow(RawRow):
    """A raw row whose errors name the file's own column for each native one."""

    labels: Mapping[str, str] = field(default_factory=dict)

    def at(self, column: str) -> str:
        return super().at(self.labels.get(column, column))


Reader = Callable[[str, str], Parsed]  # (text, source_name) -> Parsed
Writer = Callable[[Sequence[Event], str], str]  # (events, title) -> text
RowReader = Callable[[str, str], Iterator[RawRow]]  # (text, source_name) -> rows, one by one
Streamer = Callable[[Iterable[Event], str], Iterator[str]]  # (events, title) -> pieces of text


@dataclass(frozen=True)
class Format:
    """One interchange format: how to recognise, read and write it."""

    name: str
    label: str
    extensions: tuple[str, ...]
    media_type: str
    detect: Callable[[str], bool]
    reader: Reader | None = None
    writer: Writer | None = None
    # Writers of formats that cannot hold an event without a date leave such events out.
    needs_dates: bool = False
    # The reader one row at a time, for formats whose files hold rows only (no name or date).
    rows: RowReader | None = None
    # The writer a piece at a time, for events that come one at a time.
    stream: Streamer | None = None
    # Why the writer leaves out a dated event it cannot hold ("" when it writes it).
    refuses: Callable[[Event], str] | None = None

    @property
    def extension(self) -> str:
        """The extension a written file gets, e.g. ".csv"."""
        return self.extensions[0]

    def left_out(self, event: Event) -> str:
        """Why the writer leaves `event` out, or "" when it writes it."""
        if event.span is None:
            return "no readable date" if self.needs_dates else ""
        return self.refuses(event) if self.refuses else ""

    def pieces(self, events: Iterable[Event], title: str) -> Iterator[str]:
        """The written text in pieces: as the events come when the format streams, else
        once they have all come."""
        if self.stream is not None:
            yield from self.stream(events, title)
        else:
            yield self.writer(list(events), title)

"""The registry's building blocks: a format, what its reader hands back, and the shared error."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from events.dataset.rows import RawRow
from events.event import Event


class DatasetError(ValueError):
    """The file as a whole cannot be read as a dataset; the message names the file."""


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

    @property
    def extension(self) -> str:
        """The extension a written file gets, e.g. ".csv"."""
        return self.extensions[0]

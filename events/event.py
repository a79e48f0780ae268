"""The event: one dated thing that happened (or is planned, or claimed), as a timeline row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from events.span import DateSpan

IMPORTANCES = (1, 2, 3)  # 3 matters most, 1 is background
USUAL_IMPORTANCE = 2  # what an event without an importance counts as
# happened: told as done; planned: scheduled, expected or intended; claimed: reported, unproven
STATUSES = ("happened", "planned", "claimed")
USUAL_STATUS = "happened"  # what an event without a status is (written as an empty cell)


@dataclass(frozen=True)
class Event:
    """A dated event; `span` is None when the date could not be read, and `error` says why.

    `label` is a short headline for the chart ("" lets the chart shorten the title),
    `importance` one of IMPORTANCES, or None when not given (read as USUAL_IMPORTANCE), and
    `status` one of STATUSES.
    """

    id: str
    date: str
    title: str
    span: DateSpan | None = None
    summary: str = ""
    label: str = ""
    importance: int | None = None
    status: str = USUAL_STATUS
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    source: str = ""
    source_url: str = ""
    quote: str = ""
    published: date | None = None
    anchor: str = ""
    error: str = ""
    line: int | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.span is not None and not self.error

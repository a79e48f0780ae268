"""The date span: what a date expression resolves to, with its precision kept."""

from __future__ import annotations

from dataclasses import dataclass, replace

from events.day import AnyDay

# Finest first. The last four are for antiquity and deep time: "the 3rd millennium BC",
# "12,000 years ago", "66 million years ago", "4.5 billion years ago".
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade",
              "century", "millennium", "thousand years", "million years", "billion years")
QUALIFIERS = ("none", "early", "mid", "late", "about", "before", "after", "since")
MIN_YEAR, MAX_YEAR = 1, 9999  # the years of Python's `date`; events.day holds all others


@dataclass(frozen=True)
class DateSpan:
    """An inclusive span of days, how precisely it is known and how it was read.

    `start` and `end` are `date`s in years 1 to 9999 and `events.day.Day`s outside them.
    """

    start: AnyDay
    end: AnyDay
    precision: str
    qualifier: str = "none"
    approximate: bool = False
    ongoing: bool = False
    timex: str = ""
    mod: str = ""
    rule: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"span starts {self.start} after it ends {self.end}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}")

    def with_(self, **changes) -> DateSpan:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def as_dict(self) -> dict:
        """Plain JSON-ready fields, dates in ISO form."""
        return {
            "text": self.text,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "qualifier": self.qualifier,
            "approximate": self.approximate,
            "ongoing": self.ongoing,
            "timex": self.timex,
            "mod": self.mod,
            "rule": self.rule,
        }


def precision_name(precision: str) -> str:
    """The precision as a reader says it: "half year" for "half"."""
    return {"half": "half year"}.get(precision, precision)


def precision_rank(precision: str) -> int:
    """0 for day, growing as the precision gets coarser."""
    return PRECISIONS.index(precision)

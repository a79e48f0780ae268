"""One dataset row, as read from a CSV line or a JSON item, turned into an `Event`.

Nothing here raises for bad data: every problem becomes part of the event's `error`,
naming the file, the line (or item), the column and the value.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from events.dataset.precision import derived_precision
from events.dates.normalise import normalise
from events.day import ISO_DAY, AnyDay, parse_iso
from events.event import IMPORTANCES, STATUSES, USUAL_STATUS, Event
from events.span import DateSpan

try:
    from events.dates.normalise import RELATIVE_RULES
except ImportError:  # the rule engine has not landed yet: no rule reads relative to `published`
    RELATIVE_RULES: frozenset[str] = frozenset()

COLUMNS = (
    "id", "date", "anchor", "start", "end", "title", "label", "importance", "status",
    "summary", "actors", "places", "topics", "source", "source_url", "quote", "published",
)  # fmt: skip
LIST_COLUMNS = ("actors", "places", "topics")
TEXT_COLUMNS = tuple(
    name for name in COLUMNS if name not in (*LIST_COLUMNS, "importance", "status")
)
LIST_SEPARATOR = "; "
# Handed to the normaliser when a row has no publication date. Absolute dates do not
# depend on it; a date that moves when it moves (a relative rule, or "since ..." running
# on to publication) is refused instead of placed against it.
NO_PUBLISHED = date(9000, 6, 15)
OTHER_NO_PUBLISHED = date(1000, 6, 15)
MAX_ISO_LENGTH = 20  # "-20000000000-01-01" is the earliest day events.day holds
_PLAIN_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE = re.compile(r"\d{1,9}(?:\.0*)?")  # digits capped: int() refuses very long text


@dataclass(frozen=True)
class RawRow:
    """The cells of one row before they are read; `where` is e.g. "events.csv, line 4"."""

    where: str
    line: int
    cells: dict = field(default_factory=dict)
    column_word: str = "column"
    problems: tuple[str, ...] = ()

    def at(self, column: str) -> str:
        return f"{self.where}, {self.column_word} {column}"


def build_event(row: RawRow, default_published: date | None = None) -> Event:
    """The event a row describes, with every problem found joined into `error`."""
    errors = list(row.problems) + _unknown_columns(row)
    text = {name: _text(row, name, errors) for name in TEXT_COLUMNS}
    lists = {name: _list(row, name, errors) for name in LIST_COLUMNS}
    importance = _importance(row, errors)
    status = _status(row, errors)
    own_published = _published(row, text["published"], errors)
    published = own_published or default_published
    start = _iso(row, "start", text["start"], errors)
    end = _iso(row, "end", text["end"], errors)
    if not text["title"]:
        errors.append(f"{row.at('title')}: missing (every event needs a title)")
    if not (text["date"] or start or end or text["start"] or text["end"]):
        errors.append(f"{row.at('date')}: missing (give a date, or start and end)")
    anchor = _anchor(row, text["anchor"], published, errors)
    span = _span(row, text["date"], published, anchor, errors)
    span = _override(row, span, start, end, text["date"], errors)
    return Event(
        id=text["id"], date=text["date"], title=text["title"], span=span,
        summary=text["summary"], label=text["label"], importance=importance, status=status,
        source=text["source"], source_url=text["source_url"],
        quote=text["quote"], published=published, anchor=text["anchor"],
        error="; ".join(errors), line=row.line, **lists,
    )  # fmt: skip


def split_list(value: str) -> tuple[str, ...]:
    """'a; b;c' -> ('a', 'b', 'c'); blanks dropped."""
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _unknown_columns(row: RawRow) -> list[str]:
    return [
        f"{row.at(name or '(unnamed)')}: unknown column, its value {_shown(value)} is not loaded"
        for name, value in row.cells.items()
        if name not in COLUMNS and value not in ("", None, [], ())
    ]


def _text(row: RawRow, name: str, errors: list[str]) -> str:
    value = row.cells.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    errors.append(f"{row.at(name)}: expected text, got {_shown(value)}")
    return ""


def _list(row: RawRow, name: str, errors: list[str]) -> tuple[str, ...]:
    value = row.cells.get(name)
    if not isinstance(value, list | tuple):
        return split_list(_text(row, name, errors))
    if all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    errors.append(f"{row.at(name)}: expected a list of names, got {_shown(value)}")
    return ()


def _importance(row: RawRow, errors: list[str]) -> int | None:
    """1, 2 or 3, or None when empty; any other value is named in `errors` and read as None."""
    value = row.cells.get("importance")
    value = value.strip() if isinstance(value, str) else value
    if value in ("", None):
        return None
    number = _whole(value)
    if number in IMPORTANCES:
        return number
    errors.append(f"{row.at('importance')}: {_shown(value)} is not an importance"
                  " (give 1, 2 or 3, where 3 matters most)")  # fmt: skip
    return None


def _status(row: RawRow, errors: list[str]) -> str:
    """One of STATUSES, in any case; empty is USUAL_STATUS ("happened"), and so is any other
    value, which is named in `errors`."""
    value = row.cells.get("status")
    text = value.strip().lower() if isinstance(value, str) else value
    if text in ("", None):
        return USUAL_STATUS
    if text in STATUSES:
        return text
    errors.append(
        f"{row.at('status')}: {_shown(value)} is not a status (give"
        f" {', '.join(STATUSES[:-1])} or {STATUSES[-1]}; empty is {USUAL_STATUS})"
    )
    return USUAL_STATUS


def _whole(value: object) -> int | None:
    """A whole number given as text ("3", or "3.0" as a spreadsheet may write it) or as a
    number (3, 3.0); None for anything else."""
    if isinstance(value, str):
        return int(value.partition(".")[0]) if _WHOLE.fullmatch(value) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() else None
    return None


def _iso(row: RawRow, name: str, value: str, errors: list[str]) -> AnyDay | None:
    """A day written as events.day writes it: "2022-10-05", or signed outside years 1 to 9999
    ("-0043-03-15" is 15 March 44 BC, astronomical year -43)."""
    if not value:
        return None
    if _PLAIN_DAY.fullmatch(value):  # years 1 to 9999, most rows: date's own reader is fastest
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # year 0, or no such day: parse_iso says which
    if len(value) > MAX_ISO_LENGTH or not ISO_DAY.fullmatch(value):
        errors.append(f"{row.at(name)}: {value!r} is not an ISO date (expected YYYY-MM-DD, or"
                      " -YYYY-MM-DD for a year before AD 1: 44 BC is -0043)")  # fmt: skip
        return None
    try:
        return parse_iso(value)
    except ValueError as exc:  # "'...' is not a day of the calendar: <why>"
        errors.append(f"{row.at(name)}: {value!r} is not a date ({str(exc).partition(': ')[2]})")
        return None


def _published(row: RawRow, value: str, errors: list[str]) -> date | None:
    """The publication date: a day in years 1 to 9999 (relative dates are counted from it)."""
    day = _iso(row, "published", value, errors)
    if day is None or isinstance(day, date):
        return day
    errors.append(f"{row.at('published')}: {value!r} is not a publication date (give a day of"
                  " years 1 to 9999: relative dates are counted from it)")  # fmt: skip
    return None


def _anchor(row: RawRow, text: str, published: date | None, errors: list[str]) -> date | None:
    if not text:
        return None
    span, problem = read_date(text, published)
    if problem:
        errors.append(f"{row.at('anchor')}: {text!r} {problem}")
    return span.start if span else None


def _span(row, text, published, anchor, errors) -> DateSpan | None:
    if not text:
        return None
    span, problem = read_date(text, published, anchor)
    if problem:
        errors.append(f"{row.at('date')}: {text!r} {problem}")
    return span


# The same text read against the same dates gives the same span: a dataset's repeated dates
# (and a writer's second reading) are read once. Bounded; a span is frozen, so safe to share.
@functools.lru_cache(maxsize=16384)
def read_date(
    text: str, published: date | None, anchor: date | None = None
) -> tuple[DateSpan | None, str]:
    """The span `text` names, or None and why not (as a phrase after the quoted text)."""
    try:
        span = normalise(text, published=published or NO_PUBLISHED, anchor=anchor)
    except (ValueError, OverflowError) as exc:
        return None, f"is not a date ({why_not_a_date(exc)})"
    if published is None and _relative(span, text, anchor):
        return None, "cannot be placed: relative date needs a published date"
    return span, ""


def _relative(span: DateSpan, text: str, anchor: date | None) -> bool:
    """Whether the span was placed relative to the publication date."""
    if anchor is None and span.rule in RELATIVE_RULES:
        return True
    try:  # a fallback reading may be relative too: it moves with the publication date
        other = normalise(text, published=OTHER_NO_PUBLISHED, anchor=anchor)
    except (ValueError, OverflowError):
        return True
    return (other.start, other.end) != (span.start, span.end)


def why_not_a_date(error: Exception) -> str:
    """The reason in a normaliser error, without the repeated "'text' is not a date: "."""
    message = str(error)
    head, sep, reason = message.partition(" is not a date: ")
    return reason if sep and head[:1] in "'\"" and reason else message


def _override(row, span, start, end, text, errors) -> DateSpan | None:
    """Apply the ISO `start`/`end` columns, which win over the span the date text names."""
    if (start is None and end is None) or (text and span is None):
        return span
    low = start or (span.start if span else end)
    high = end or (span.end if span else start)
    if low > high:
        limit = f"end {end.isoformat()!r}" if end else f"the end of {text!r} ({high.isoformat()})"
        errors.append(f"{row.at('start')}: {low.isoformat()!r} is after {limit}")
        return span
    if span is not None:
        return span.with_(start=low, end=high, rule="override")
    precision = derived_precision(low, high)
    timex = low.isoformat() if precision == "day" else ""
    shown = low.isoformat() if low == high else f"{low.isoformat()}/{high.isoformat()}"
    return DateSpan(low, high, precision, timex=timex, rule="override", text=shown)


def _shown(value: object) -> str:
    if isinstance(value, list | tuple):
        return "a list" if not all(isinstance(v, str) for v in value) else repr("; ".join(value))
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)

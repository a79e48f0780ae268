"""Date ranges: "2019-2021", "from March to May 2020", "Nov. 3-7, 2024", "between 1994 and 1997".

One row per way of joining two ends. Each end is read by the normaliser on its own; the later
end lends the earlier one what it leaves unsaid (the year of "March" in "March to May 2020",
the month of "7" in "Nov. 3-7"). The range runs from the start of the first end to the end of
the second, at the coarser of their precisions, and its TIMEX3 value is the ISO 8601 interval
of the two ("2019/2021").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from events.article.sentences import clause_title
from events.dates.resolvers.eras import later_short_year
from events.span import DateSpan, precision_rank

__all__ = ["RANGE_FORMS", "RangeForm", "join_ranges", "read_range"]


@dataclass(frozen=True)
class RangeForm:
    """A way of joining two ends: an optional opening word and the word or mark between."""

    name: str
    opening: str  # a regex the whole text starts with, "" for none
    joint: str  # a regex between the two ends


RANGE_FORMS: tuple[RangeForm, ...] = (
    RangeForm("between_and", r"between\s+", r"\s+and\s+"),
    RangeForm("from_to", r"(?:from\s+)?", r"\s+(?:to|through|thru|until|till)\s+"),
    RangeForm("dash", "", r"\s*[-\u2013\u2014]\s*"),
)

# The second end as a bare day ("Nov. 3-7, 2024") or the last digits of a year ("2022-23").
_BARE_DAY = re.compile(r"(?P<day>\d{1,2})(?P<year>,?\s+\d{4})?\.?")
_YEAR_DIGITS = re.compile(r"\d{2}")
_FOUR_DIGITS_AT_END = re.compile(r"(\d{2})\d{2}$")
# The first end as a bare year of a range the era closes: "499" of "499-493 BC", "235" of
# "235-284 AD"; the last as a bare year of a range the era opens: "284" of "AD 235-284".
_BARE_FIGURES = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,5}")
_ERA_BC_AT_END = re.compile(r"\s*B\.?\s?C\.?(?:\s?E\.?)?$", re.IGNORECASE)
_ERA_AT_END = re.compile(r"\s*(?<![a-z])(?:B\.?\s?C\.?(?:\s?E\.?)?|A\.?D\.?|C\.?E\.?)$",
                         re.IGNORECASE)
_ERA_AD_AT_START = re.compile(r"(?:A\.D\.|AD|C\.E\.|CE)(?=\s*\d)", re.IGNORECASE)
_FIGURES = re.compile(r"\d+")

Reader = Callable[[str, date | None], DateSpan]  # text, anchor -> span; raises ValueError


def read_range(text: str, read: Reader, anchor: date | None = None) -> DateSpan | None:
    """The span of `text` read as a range of two dates, or None when it is not one."""
    for form in RANGE_FORMS:
        opened = re.match(form.opening, text, re.IGNORECASE) if form.opening else None
        body = text[opened.end():] if opened else text
        if form.opening and not opened:
            continue
        for joint in re.finditer(form.joint, body, re.IGNORECASE):
            first, second = body[: joint.start()].strip(), body[joint.end():].strip()
            if first and second and (span := _ends(first, second, read, anchor)):
                return _joined(*span, form.name, text)
    return None


def _ends(first: str, second: str, read: Reader, anchor: date | None):
    """The two spans, the first completed from the second; None when they make no range."""
    try:
        first, second = _lend_era(first, second)
        if _YEAR_DIGITS.fullmatch(second) and (century := _FOUR_DIGITS_AT_END.search(first)):
            second = century.group(1) + second
        elif bare := _BARE_DAY.fullmatch(second):
            return _day_range(first, bare, read, anchor)
        last = read(second, anchor)
        start = read(first, last.start)
        if start.start > last.end and isinstance(last.start, date):  # "December to March 2021"
            start = read(first, last.start.replace(year=last.start.year - 1, day=1))
    except ValueError:
        return None
    return (start, last) if start.start <= last.end else None


def _lend_era(first: str, second: str) -> tuple[str, str]:
    """Both ends of "499-493 BC", "235-284 AD" and "AD 235-284" in the era the range names, a
    short second part with the figures it leaves unsaid ("499-93 BC": 493 BC)."""
    if _BARE_FIGURES.fullmatch(first) and (era := _ERA_AT_END.search(second)):
        first = f"{first} {era.group(0).strip()}"
    elif _BARE_FIGURES.fullmatch(second) and (era := _ERA_AD_AT_START.match(first)):
        second = f"{era.group(0)} {second}"
    else:
        return first, second
    whole, part = _FIGURES.search(first), _FIGURES.search(second)
    if len(whole[0]) in (3, 4) and len(part[0]) == 2:  # "499-93 BC", "AD 235-84"
        year = later_short_year(whole[0], part[0], bc=bool(_ERA_BC_AT_END.search(second)))
        second = second[: part.start()] + year + second[part.end() :]
    return first, second


def _day_range(first: str, bare: re.Match, read: Reader, anchor: date | None):
    start = read(first + (bare.group("year") or ""), anchor)
    if start.precision != "day":
        return None
    day = start.start.replace(day=int(bare.group("day")))
    last = start.with_(start=day, end=day, timex=day.isoformat())
    return (start, last) if start.start <= last.end else None


def _joined(first: DateSpan, last: DateSpan, form: str, text: str) -> DateSpan:
    coarser = max(first.precision, last.precision, key=precision_rank)
    return DateSpan(
        start=first.start, end=last.end, precision=coarser,
        approximate=first.approximate or last.approximate, ongoing=last.ongoing,
        timex=f"{first.timex}/{last.timex}", rule=f"range_{form}", text=text,
    )  # fmt: skip


# Between two rows of an article: the joining word or mark of a range, and what must come first.
def join_ranges(rows: list, text: str) -> list:
    """Extraction rows with each range of two placed rows ("from 2019 to 2021", "between March
    and May 2020") made one row spanning both; other rows as they are, in order."""
    joined, at = [], 0
    while at < len(rows):
        first, second = rows[at], rows[at + 1] if at + 1 < len(rows) else None
        form = second is not None and _row_joint(text, first, second)
        if form:
            joined.append(_joined_row(first, second, form, text))
            at += 2
        else:
            joined.append(first)
            at += 1
    return joined


def _row_joint(text: str, first, second) -> str:
    if not (first.placed and second.placed and first.start <= second.end):
        return ""
    between = text[first.char_end:second.char_start]
    before = text[max(0, first.char_start - 12):first.char_start]
    for form in RANGE_FORMS:  # "and" joins a range only after "between", its opening word
        needed = form.opening and not re.fullmatch(form.opening, "")
        if re.fullmatch(form.joint, between, re.IGNORECASE) and (
                not needed or re.search(rf"(?<!\w)(?:{form.opening})$", before, re.IGNORECASE)):
            return form.name
    return ""


def _joined_row(first, second, form: str, text: str):
    lo, hi = first.sentence
    title = clause_title(text[lo:hi], first.char_start - lo, second.char_end - lo)
    return replace(
        first, char_end=second.char_end, text=text[first.char_start:second.char_end], title=title,
        end=second.end, precision=max(first.precision, second.precision, key=precision_rank),
        qualifier="none", approximate=first.approximate or second.approximate,
        ongoing=second.ongoing, timex=f"{first.timex}/{second.timex}", mod="",
        rule=f"range_{form}",
    )  # fmt: skip

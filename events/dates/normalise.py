"""Free text plus reference dates to an honest DateSpan: the engine over the rule table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from events.article.scan import rules_present
from events.dates.calendar import OutOfRange, shift_days, thirds
from events.dates.fallback import dateparser_period
from events.dates.impossible import impossible_part
from events.dates.nondates import mask_non_dates
from events.dates.ranges import read_range
from events.dates.resolvers.core import Context
from events.dates.resolvers.eras import bc_timex
from events.dates.rules import RELATIVE_RULES, RULES, Rule
from events.dates.vocabulary import APPROX, FEW, OPEN, OPEN_MOD, PART, PART_MOD, PREFIX, alternation
from events.day import AnyDay, Day
from events.span import DateSpan

__all__ = ["RELATIVE_RULES", "NotADate", "modifiers_before", "normalise", "resolve_match", "timex"]

_PREFIX_TAIL = re.compile(rf"\b{PREFIX}$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-",
                             "\u00a0": " ", "\u2009": " "})
# A hedge inside a match: "a week or so ago"; never the "C." of "B.C.E." or "C.E.".
_APPROX_ONLY = re.compile(rf"(?<!\.)\b(?:{alternation(APPROX)}|or\s+so|{alternation(FEW)})\b"
                          r"(?![.\w])", re.IGNORECASE)


VAGUE = {"PAST_REF": "a vague reference to the past",
         "FUTURE_REF": "a vague reference to the future"}


class NotADate(ValueError):
    """The text holds no date this normaliser can place in time."""


@dataclass(frozen=True)
class _Found:
    rule: Rule
    match: re.Match
    index: int  # the rule's place in the table

    def rank(self) -> tuple:
        """Absolute forms beat relative ones, then the longest reading, then table order."""
        return (self.rule.relative, -(self.match.end() - self.match.start()), self.index)


def normalise(text: str, *, published: date, anchor: date | None = None) -> DateSpan:
    """The span `text` refers to; `NotADate` when it names no date. A text that one date
    does not cover may be a range of two ("2019-2021", "Nov. 3-7, 2024")."""
    cleaned = _SPACES.sub(" ", str(text).translate(_TYPOGRAPHY)).strip()
    if not cleaned:
        raise NotADate("empty text is not a date")
    if reason := impossible_part(cleaned):  # "Q5 2020": never the year 2020 alone
        raise NotADate(f"{cleaned!r} is not a date: {reason}")
    try:
        single = _single(cleaned, published, anchor)
    except NotADate:
        if ranged := read_range(cleaned, _reader(published), anchor):
            return ranged
        raise
    if _covers(single.text, cleaned):
        return single
    return read_range(cleaned, _reader(published), anchor) or single


def _reader(published: date):
    def read(text: str, anchor: date | None) -> DateSpan:
        span = _single(text, published, anchor)
        if span.rule == "dateparser" or not _covers(span.text, text):
            raise NotADate(f"{text!r} is not one date of this table")  # the ends must be ours
        return span

    return read


_FILLER = re.compile(r"\W+|\b(?:the|in|on|at|of)\b", re.IGNORECASE)


def _covers(read: str, text: str) -> bool:
    """True when `read` is all of `text` but filler words and punctuation."""
    at = text.find(read)
    return at >= 0 and not _FILLER.sub("", text[:at] + text[at + len(read):])


def _single(cleaned: str, published: date, anchor: date | None) -> DateSpan:
    ctx = Context(_as_date(published), _as_date(anchor) if anchor else None)
    masked, non_dates = mask_non_dates(cleaned)
    try:
        found = _best(masked)
        if found is None:
            return _fallback(cleaned, masked, non_dates, ctx)
        return _placed(_resolve(found, masked, ctx), cleaned)
    except (OutOfRange, OverflowError) as error:
        raise NotADate(f"{cleaned!r} is not a date: {error}") from None


def _placed(span: DateSpan, cleaned: str) -> DateSpan:
    """Vague references to the past or the future name no span: refused, saying so."""
    if span.timex in VAGUE:
        raise NotADate(f"{cleaned!r} is not a date: it is {VAGUE[span.timex]}")
    return span


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _best(masked: str) -> _Found | None:
    candidates = [
        _Found(RULES[index], m, index)
        for index in rules_present(masked)  # only rules whose core words occur
        if (m := RULES[index].regex.search(masked))
    ]
    return min(candidates, key=_Found.rank, default=None)


def _resolve(found: _Found, masked: str, ctx: Context) -> DateSpan:
    m = found.match
    modifiers = modifiers_before(masked[: m.start()])
    span = resolve_match(found.rule, m, modifiers, ctx)
    return span.with_(text=masked[m.start() - len(modifiers.get("_all", "")): m.end()].strip())


def resolve_match(rule: Rule, m: re.Match, modifiers: dict[str, str], ctx: Context) -> DateSpan:
    """The span a rule's match names, narrowed or opened by the modifier words before it."""
    groups, start = m.groupdict(), None
    try:
        start, end, *given = rule.resolve(groups, ctx)
        precision = given[0] if given else rule.precision  # a resolver may keep another's
        value = (rule.value and rule.value(groups, start)) or timex(start, precision)
    except (AttributeError, TypeError):
        if not _outside_dates(ctx, start):
            raise
        # A form counted with `date` arithmetic (weekdays, day spans) from a day BC or past 9999.
        raise OutOfRange(f"{m.group(0)!r} is not counted from a day outside the years 1 to "
                         "9999") from None
    fields = {"start": start, "end": end, "qualifier": "none", "mod": "", "timex": value}
    _apply_part(fields, modifiers.get("part"), precision)
    _apply_approx(fields, modifiers.get("approx") or _APPROX_ONLY.search(m.group(0)))
    _apply_open(fields, modifiers.get("open"), ctx)
    _apply_shift(fields, modifiers.get("shift"), precision)
    return DateSpan(precision=precision, rule=rule.name, text=m.group(0), **fields)


def _outside_dates(ctx: Context, start: AnyDay | None) -> bool:
    told = ctx.previous[0] if ctx.previous else None
    return any(isinstance(when, Day) for when in (ctx.published, ctx.anchor, told, start))


def modifiers_before(before: str) -> dict[str, str]:
    """The modifier words (open, approx, part) ending `before`; "_all" is their whole text."""
    m = _PREFIX_TAIL.search(before) if before.strip() else None
    if not m:
        return {}
    found = {k: " ".join(v.lower().split()) for k, v in m.groupdict().items() if v}
    return found | {"_all": m.group(0)}


def _apply_part(fields: dict, part: str | None, precision: str) -> None:
    if not part or precision == "day":
        return
    which = PART[part]
    fields["start"], fields["end"] = thirds(fields["start"], fields["end"], precision)[which]
    fields |= {"qualifier": which, "mod": PART_MOD[which]}


def _apply_approx(fields: dict, approx) -> None:
    if approx:
        fields["approximate"] = True
        if fields["qualifier"] == "none":
            fields["qualifier"] = "about"
        fields["mod"] = fields["mod"] or "APPROX"


def _apply_open(fields: dict, word: str | None, ctx: Context) -> None:
    """since runs on to publication; before/after mark the boundary on their open side."""
    if not word:
        return
    kind = OPEN[word]
    fields |= {"qualifier": kind, "mod": OPEN_MOD[kind]}
    if kind == "since":
        fields |= {"end": max(fields["start"], ctx.published), "ongoing": True}
    elif kind == "before":
        fields["start"] = fields["end"] = shift_days(fields["start"], -1)
    else:
        fields["start"] = fields["end"] = shift_days(fields["end"], 1)


def _apply_shift(fields: dict, shift: str | None, precision: str) -> None:
    """"the day before last Tuesday", "the day after Christmas": the neighbouring day."""
    if not shift or precision != "day" or fields["start"] != fields["end"]:
        return
    fields["start"] = fields["end"] = shift_days(fields["start"], 1 if "after" in shift else -1)
    fields["timex"] = timex(fields["start"], "day")


def _fallback(cleaned: str, masked: str, non_dates: list, ctx: Context) -> DateSpan:
    period = dateparser_period(masked, ctx.published)
    if period is None:
        reason = (f"it reads as {non_dates[0][0].replace('_', ' ')} ({non_dates[0][1].strip()!r})"
                  if non_dates else "no date found")
        raise NotADate(f"{cleaned!r} is not a date: {reason}")
    start, end, precision = period
    return DateSpan(start, end, precision, timex=timex(start, precision), rule="dateparser",
                    text=masked.strip())


def timex(start: AnyDay, precision: str) -> str:
    """The TimeML TIMEX3 value of a whole period that begins on `start`."""
    if start.year <= 0:
        return bc_timex(start, precision)
    year = f"{start.year:04d}"
    if precision == "day":
        return start.isoformat()
    if precision == "week":
        iso_year, week, _ = start.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if precision == "month":
        return f"{year}-{start.month:02d}"
    if precision == "season":  # the season holding `start`; January's winter began in December
        season = "WI" if start.month in (12, 1, 2) else ("SP", "SU", "FA")[start.month // 3 - 1]
        return f"{start.year - (start.month < 3):04d}-{season}"
    if precision == "quarter":
        return f"{year}-Q{(start.month + 2) // 3}"
    if precision == "half":
        return f"{year}-H{1 if start.month <= 6 else 2}"
    return {"year": year, "decade": year[:3], "century": year[:2], "millennium": year[:1]}.get(
        precision, year)

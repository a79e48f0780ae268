"""Article to timeline rows: every temporal expression in a text, resolved in narrative order,
each with the event its clause tells (events.article.describe: title, status, names)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from events.article.anchoring import (
    PREPOSITION_WINDOW,
    REFERENCE,
    Narrative,
    frames_sentence,
    history_drops,
    names_a_thing,
    nearest_cue,
    preposition_tense,
    tense_near,
    verb_cues,
)
from events.article.dateline import dateline_date
from events.article.describe import Said, describe
from events.article.genre import GENRES, story_genre
from events.article.scan import Found, find
from events.article.sentences import sentence_spans
from events.dates.calendar import OutOfRange
from events.dates.normalise import resolve_match
from events.dates.ranges import RANGE_FORMS
from events.dates.resolvers.core import Context
from events.event import USUAL_STATUS

__all__ = ["GENRES", "Extracted", "extract"]

LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Extracted:
    """One temporal expression: where it is, what it names, and the event its clause tells
    (its title, status, and the actors and places proposed from its sentence)."""

    char_start: int
    char_end: int
    text: str
    start: date | None
    end: date | None
    precision: str
    qualifier: str
    approximate: bool
    ongoing: bool
    timex: str
    mod: str
    timex_type: str
    sentence: tuple[int, int]
    title: str
    rule: str
    source: str = ""
    published: date | None = None
    status: str = USUAL_STATUS
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()

    @property
    def placed(self) -> bool:
        """True when the row belongs on a timeline (a DATE or TIME with a span)."""
        return self.start is not None and self.timex_type in ("DATE", "TIME")

    def as_dict(self) -> dict:
        """Plain JSON-ready fields, dates in ISO form, actors and places joined by "; "."""
        out = asdict(self)
        for key in ("start", "end", "published"):  # asdict would make a Day (BC) a dict
            value = getattr(self, key)
            out[key] = value.isoformat() if value else None
        out["sentence"] = list(self.sentence)
        for key in ("actors", "places"):
            out[key] = LIST_SEPARATOR.join(out[key])
        return out


def extract(text: str, *, published: date | None = None, source: str = "",
            genre: str = "auto") -> list[Extracted]:
    """Every temporal expression in `text`, in text order, read against `published` (by
    default the date of the article's dateline; ValueError when there is none) as news, as
    history (dates without a year in the year the story has reached) or as the text shows."""
    published = _publication(text, published)
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    quotes = _Quotes(text)
    narrative = Narrative(published, history=story_genre(text, published, genre) == "history")
    rows, said, cues = [], [], {}
    found_all = find(text)
    for number, found in enumerate(found_all):
        if narrative.history and history_drops(text[found.start:found.end]):
            continue
        index = bisect_right(starts, found.start) - 1
        sentence = sentences[index] if index >= 0 else (0, 0)
        narrative = narrative.at(index)
        if sentence not in cues:  # one sentence at a time: its verb cues, found once
            cues = {sentence: verb_cues(text[sentence[0]:sentence[1]])}
        closing = _range_close(text, found, found_all[number + 1: number + 2], published)
        reading = (text, found, (index, sentence), cues[sentence], quotes)
        try:
            if closing:  # "March to May 2020": March takes the year May says
                narrative = replace(narrative, current=closing, current_since=index)
            before = narrative
            span, narrative, told = _read(*reading, narrative)
            if turned := before.turned(span, found.rule.name):  # December 1916, then 14 January
                span, narrative, told = _read(*reading, replace(before, current=turned))
            if closing and span.start > closing:  # "December to March 2021": the December before
                earlier = closing.replace(year=closing.year - 1, day=1)
                span, narrative, told = _read(*reading, replace(narrative, current=earlier))
        except (OutOfRange, OverflowError, ValueError):
            continue
        rows.append(_row(text, found, span, sentence, source, published))
        said.append(told)
    return describe(rows, said, text, sentences)


def _publication(text: str, published: date | datetime | None) -> date:
    if published is None:
        published = dateline_date(text)
        if published is None:
            raise ValueError("no publication date: pass published= or give the text a dateline")
    return published.date() if isinstance(published, datetime) else published


# What may stand between a date and the one that closes its range, or ends its list ("March
# and in May 2020").
_JOINT = re.compile("(?:" + "|".join([*(form.joint for form in RANGE_FORMS), r"\s+and\s+in\s+"])
                    + r")(?:the\s+)?", re.IGNORECASE)  # "from the 13th to the 19th of June"


def _range_close(text: str, found: Found, after: list[Found], published: date) -> date | None:
    """Where the date that closes a range opened by `found` starts, when `found` leaves its
    year unsaid and the closing date says it ("March to May 2020", "March and May 2020")."""
    if REFERENCE.get(found.rule.name) != "story" or not after or after[0].rule.relative:
        return None
    closing = after[0]
    if not _JOINT.fullmatch(text[found.end:closing.start]):
        return None
    try:
        return resolve_match(closing.rule, closing.match, closing.modifiers,
                             Context(published)).start
    except (OutOfRange, OverflowError, ValueError):
        return None


def _read(text: str, found: Found, where: tuple[int, tuple[int, int]], cues, quotes: _Quotes,
          narrative: Narrative):
    """The span of one expression, the narrative after it, and how it is told (Said); `where`
    is (number, span) of its sentence."""
    index, (lo, _) = where
    rule, direction = found.rule, (found.match.groupdict().get("dir") or "").lower()
    tense, gap = tense_near(cues, found.start - lo, found.end - lo)
    before = text[max(lo, found.start - PREPOSITION_WINDOW):found.start]
    tense, gap = preposition_tense(found.modifiers.get("open", ""), before, tense, gap)
    ctx = narrative.context(rule.name, direction, quoted=quotes.inside(found.start),
                            tense=tense, tense_gap=gap)
    span = resolve_match(rule, found.match, found.modifiers, ctx)
    framing = lo <= found.start < lo + 40 and frames_sentence(text[lo:found.start])
    after = narrative.told(span, rule.name, relative=rule.relative, framing=framing,
                           direction=direction, sentence=index,
                           naming=names_a_thing(text, found.start, found.end))
    return span, after, _said(text, found, lo, cues, tense)


def _said(text: str, found: Found, lo: int, cues, tense: str) -> Said:
    """The tense a date is told in, the verb nearest it and how far that verb stands."""
    cue = nearest_cue(cues, found.start - lo, found.end - lo)
    if cue is None:
        return Said(tense)
    a, b = lo + cue[0], lo + cue[1]
    gap = found.start - b if b <= found.start else a - found.end
    return Said(tense, text[a:b].lower(), gap)


class _Quotes:
    """Where the quotation marks and line breaks are, so that whether a position lies inside
    quotation marks opened earlier in its paragraph takes two bisections, not a count."""

    def __init__(self, text: str) -> None:
        self.marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
        self.breaks = [m.start() for m in _LINE_BREAK.finditer(text)]

    def inside(self, at: int) -> bool:
        line = bisect_left(self.breaks, at)
        paragraph = self.breaks[line - 1] + 1 if line else 0
        return (bisect_left(self.marks, at) - bisect_left(self.marks, paragraph)) % 2 == 1


_QUOTE_MARK = re.compile('["\u201c\u201d]')
_LINE_BREAK = re.compile("\n")


def _row(text, found: Found, span, sentence, source, published) -> Extracted:
    """The row of one expression; describe() adds its title, status and names. Vague
    references (PAST_REF, PRESENT_REF, FUTURE_REF) keep their value but get no span: "now" and
    "current officials" say nothing of when an event was."""
    start, end = found.start, found.end
    placed = not span.timex.endswith("_REF")
    return Extracted(
        char_start=start, char_end=end, text=text[start:end],
        start=span.start if placed else None, end=span.end if placed else None,
        precision=span.precision if placed else "", qualifier=span.qualifier,
        approximate=span.approximate,
        ongoing=span.ongoing, timex=span.timex, mod=span.mod,
        timex_type="TIME" if "T" in span.timex[:11] and span.timex[:1].isdigit() else "DATE",
        sentence=sentence, title="", rule=span.rule, source=source, published=published,
    )

"""Article to timeline rows: every temporal expression in a text, resolved in narrative order."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from events.article.anchoring import (
    REFERENCE,
    Narrative,
    frames_sentence,
    preposition_tense,
    tense_near,
    verb_cues,
)
from events.article.dateline import dateline_date
from events.article.scan import Found, find
from events.article.sentences import clause_title, sentence_spans
from events.dates.calendar import OutOfRange
from events.dates.normalise import resolve_match
from events.dates.ranges import RANGE_FORMS
from events.dates.resolvers.core import Context

__all__ = ["Extracted", "extract"]


@dataclass(frozen=True)
class Extracted:
    """One temporal expression: where it is, what it names, and the event its clause tells."""

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

    @property
    def placed(self) -> bool:
        """True when the row belongs on a timeline (a DATE or TIME with a span)."""
        return self.start is not None and self.timex_type in ("DATE", "TIME")

    def as_dict(self) -> dict:
        """Plain JSON-ready fields, dates in ISO form."""
        out = asdict(self)
        for key in ("start", "end", "published"):
            out[key] = out[key].isoformat() if out[key] else None
        out["sentence"] = list(self.sentence)
        return out


def extract(text: str, *, published: date | None = None, source: str = "") -> list[Extracted]:
    """Every temporal expression in `text`, in text order, read against `published` (by
    default the date of the article's dateline; ValueError when there is none)."""
    if published is None:
        published = dateline_date(text)
        if published is None:
            raise ValueError("no publication date: pass published= or give the text a dateline")
    published = published.date() if isinstance(published, datetime) else published
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    narrative = Narrative(published)
    rows, cues = [], {}
    found_all = find(text)
    for number, found in enumerate(found_all):
        index = bisect_right(starts, found.start) - 1
        sentence = sentences[index] if index >= 0 else (0, 0)
        narrative = narrative.at(index)
        if sentence not in cues:
            cues[sentence] = verb_cues(text[sentence[0]:sentence[1]])
        closing = _range_close(text, found, found_all[number + 1: number + 2], published)
        try:
            if closing:  # "March to May 2020": March takes the year May says
                narrative = replace(narrative, current=closing, current_since=index)
            span, narrative = _read(text, found, (index, sentence), narrative, cues[sentence])
            if closing and span.start > closing:  # "December to March 2021": the December before
                earlier = closing.replace(year=closing.year - 1, day=1)
                span, narrative = _read(text, found, (index, sentence),
                                        replace(narrative, current=earlier), cues[sentence])
        except (OutOfRange, OverflowError, ValueError):
            continue
        rows.append(_row(text, found, span, sentence, source, published))
    return rows


# What may stand between a date and the one that closes its range, or ends its list ("March
# and in May 2020").
_JOINT = re.compile("|".join([*(form.joint for form in RANGE_FORMS), r"\s+and\s+in\s+"]),
                    re.IGNORECASE)


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


def _read(text: str, found: Found, where: tuple[int, tuple[int, int]], narrative: Narrative,
          cues):
    """The span of one expression, and the narrative after it; `where` is (number, span) of
    its sentence."""
    index, (lo, _) = where
    rule, direction = found.rule, (found.match.groupdict().get("dir") or "").lower()
    tense, gap = tense_near(cues, found.start - lo, found.end - lo)
    tense, gap = preposition_tense(found.modifiers.get("open", ""), text[lo:found.start],
                                   tense, gap)
    ctx = narrative.context(rule.name, direction, quoted=_quoted(text, found.start),
                            tense=tense, tense_gap=gap)
    span = resolve_match(rule, found.match, found.modifiers, ctx)
    framing = lo <= found.start < lo + 40 and frames_sentence(text[lo:found.start])
    return span, narrative.told(span, rule.name, relative=rule.relative, framing=framing,
                                direction=direction, sentence=index)


def _quoted(text: str, at: int) -> bool:
    """True inside quotation marks opened earlier in the same paragraph."""
    paragraph = text.rfind("\n", 0, at) + 1
    before = text[paragraph:at]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


def _row(text, found: Found, span, sentence, source, published) -> Extracted:
    start, end = found.start, found.end
    lo, hi = sentence
    title = clause_title(text[lo:hi], start - lo, end - lo) if lo <= start < hi else ""
    placed = not span.timex.endswith("_REF") or span.timex == "PRESENT_REF"
    return Extracted(
        char_start=start, char_end=end, text=text[start:end],
        start=span.start if placed else None, end=span.end if placed else None,
        precision=span.precision if placed else "", qualifier=span.qualifier,
        approximate=span.approximate,
        ongoing=span.ongoing, timex=span.timex, mod=span.mod,
        timex_type="TIME" if "T" in span.timex[:11] and span.timex[:1].isdigit() else "DATE",
        sentence=sentence, title=title, rule=span.rule, source=source, published=published,
    )

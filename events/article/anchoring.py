"""Narrative time: what a relative date in a story counts from, as the story moves along.

Three references, kept as the text is read in order: the publication date; the story's
current time (set by a full date, "Oct. 27, 2022", or by a date that opens a sentence, "In
2022, ..."; set back to publication by "yesterday" or "on Tuesday"; lapsed after a few
sentences that do not use it); and the last event told. Which one a rule counts from is data
(REFERENCE), not branches. The tense of the nearest verb tells past from coming weekdays.

History (a narrated past, events.article.genre) differs: every date the text gives moves the
story's time, which never lapses and stands for "now" ("the following spring"), except a date
far from it in mid-sentence (an aside) or one naming a thing ("the 1846 rising").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date

from events.dates.resolvers.core import Context
from events.span import DateSpan

__all__ = ["PREPOSITION_WINDOW", "REFERENCE", "Narrative", "frames_sentence", "history_drops",
           "names_a_thing", "nearest_cue", "preposition_tense", "tense_near", "verb_cues"]

# rule name -> what it counts from: "story" (the story's time) or "previous" (the last event).
# Rules not named here count from publication.
REFERENCE = {
    **dict.fromkeys(("month_day", "weekday_month_day", "week_of", "week_of_month", "day_month",
                     "bare_month", "holiday", "holiday_week", "near_season", "ordinal_quarter",
                     "bare_quarter", "day_span", "ordinal_day", "day_range_opening"), "story"),
    **dict.fromkeys(("days_counted", "weeks_counted", "months_counted", "years_counted",
                     "decades_counted", "neighbour_day", "neighbour_week", "neighbour_month",
                     "neighbour_quarter", "neighbour_year", "named_month"), "previous"),
}
# Sentences the story's time holds without a date that uses or renews it.
STORY_SENTENCES = 6
# Deictic forms: they bring the story back to the time of publication.
RESETS = frozenset({"weekday", "relative_day", "day_part", "present_ref", "neighbour_week"})
# "a year earlier", "18 months ago" compare with the past; the story does not move there.
LOOK_BACK_RULES = frozenset({"days_counted", "weeks_counted", "months_counted", "years_counted",
                             "decades_counted"})
LOOK_BACK_WORDS = frozenset({"ago", "earlier", "before", "previously", ""})
# "the year-earlier period", "the 1988 quarter": figures compared with, not the story's time.
COMPARISONS = frozenset({"year_earlier", "year_period"})
_MOVES_WHEN_FRAMING = frozenset({"week", "month", "season", "quarter", "half", "year"})


@dataclass(frozen=True)
class Narrative:
    """The publication date, the story's current time and the last event told."""

    published: date
    current: date | None = None
    previous: tuple[date, date, str] | None = None
    current_since: int = 0  # the sentence that last set or used the story's time
    history: bool = False  # a narrated past: the story's time follows the text, never lapses
    aside: date | None = None  # history: a date far from the story's time, not yet followed
    current_precision: str = ""  # history: how much of the story's time the text gave
    current_end: date | None = None  # history: the end of the period the story's time names

    def at(self, sentence: int) -> Narrative:
        """The narrative at a sentence: the story's time lapses after STORY_SENTENCES unused
        (in news; history stays in the past it has reached)."""
        if self.current and not self.history and sentence - self.current_since > STORY_SENTENCES:
            return replace(self, current=None)
        return self

    def context(self, rule: str, direction: str = "", *, quoted: bool = False,
                tense: str = "", tense_gap: int = 0) -> Context:
        """The reference dates for an expression read by `rule`."""
        source = REFERENCE.get(rule)
        if self.history:  # the story's time is its "now": "next spring", "that year"
            counted = source == "previous" or direction == "ago"
            anchor = self.previous[0] if counted and self.previous else self.current
            now = self.current or self.published
            if self.current_precision == "year":  # "in 1713 ... the following spring": 1714
                now = self.current_end or now
            return Context(now, anchor, self.previous, tense, tense_gap,
                           issued=self.published)
        if direction == "ago":  # from publication, or from when quoted words were said
            said = self.previous[0] if self.previous else self.current
            anchor = said if quoted and self.current else None
        elif source == "previous":
            anchor = self.previous[0] if self.previous else self.current
        else:  # a verb in the future speaks of after publication, whatever the story's time
            anchor = self.current if source == "story" and tense != "future" else None
        return Context(self.published, anchor, self.previous, tense, tense_gap)

    def told(self, span: DateSpan, rule: str, *, relative: bool, framing: bool,
             direction: str = "", sentence: int = 0, naming: bool = False) -> Narrative:
        """The narrative after an expression has been read in the given sentence; `naming`
        when the date names a thing ("the August 1792 uprising"), which in history moves the
        story's time only forward ("the June 1916 offensive" after 1915)."""
        if span.timex in ("PAST_REF", "FUTURE_REF"):
            return self
        if self.history:
            label = naming and self.current is not None and span.start <= self.current
            return self._history_told(span, rule, relative=relative or label, framing=framing,
                                      direction=direction)
        current, previous, since = self.current, self.previous, self.current_since
        if current and REFERENCE.get(rule) == "story":
            since = sentence
        if rule not in COMPARISONS:
            if not (rule in LOOK_BACK_RULES and direction in LOOK_BACK_WORDS):
                previous = (span.start, span.end, span.precision)
            framed = framing and span.precision in _MOVES_WHEN_FRAMING and not relative
            if rule in RESETS:
                current = None
            elif (not relative and not naming and span.precision == "day") or framed:
                current, since = span.start, sentence
        return replace(self, current=current, previous=previous, current_since=since)

    def _history_told(self, span: DateSpan, rule: str, *, relative: bool, framing: bool,
                      direction: str) -> Narrative:
        """History: every date the text gives moves the story's time there, unless it only
        names the period the story is already in ("1918" when the story is at 8 August 1918),
        or lies far from it in the middle of a sentence ("documents found in 2004"): an aside,
        until a month or a day near it follows it there ("as in 1614" restates the aside)."""
        if rule in COMPARISONS:
            return self
        previous = self.previous
        if not (rule in LOOK_BACK_RULES and direction in LOOK_BACK_WORDS):
            previous = (span.start, span.end, span.precision)
        current, aside = self.current, self.aside
        named = not relative or REFERENCE.get(rule) == "story"  # "On 7 August": a date named
        if named and span.qualifier not in BOUNDS:
            within = current is not None and span.start <= current <= span.end
            if within and span.precision != "day":
                return replace(self, previous=previous, aside=None)
            followed = (aside is not None and _near(span.start, aside)
                        and span.precision != "year")
            if not (current is None or framing or _near(span.start, current) or followed):
                return replace(self, previous=previous, aside=span.start)
            return replace(self, current=span.start, previous=previous, aside=None,
                           current_precision=span.precision,
                           current_end=None if span.ongoing else span.end)
        return replace(self, previous=previous)

    def turned(self, span: DateSpan, rule: str) -> date | None:
        """History: the story's time moved to the next year when a date without a year fell
        more than half a year behind a story that gave its month ("In December 1916 ... on 14
        January": January 1917); None when the date stays where it fell."""
        if not (self.history and type(self.current) is date and type(span.start) is date
                and REFERENCE.get(rule) == "story"):
            return None
        if self.current_precision not in ("day", "month") or span.precision not in ("day",
                                                                                     "month"):
            return None
        if (self.current - span.start).days <= HALF_YEAR_DAYS:
            return None
        return self.current.replace(year=self.current.year + 1, month=1, day=1)


# History: words that are no time in a narrated past. "Soon" there says that one event followed
# another shortly ("soon the city fell"), not that something is yet to come.
NOT_TIMES_IN_HISTORY = frozenset({"soon"})


def history_drops(text: str) -> bool:
    """True for an expression that is no time when the text narrates the past."""
    return text.strip().lower() in NOT_TIMES_IN_HISTORY


# History: "after 1777", "before 1777" bound a time the story is not in.
BOUNDS = frozenset({"after", "before"})
# History: a date this many years from the story's time, mid-sentence, may be an aside.
ASIDE_YEARS = 20
# History: a month or day further than this behind the story's time lies in the year after.
HALF_YEAR_DAYS = 183


def _near(when: date, story: date) -> bool:
    return abs(when.year - story.year) <= ASIDE_YEARS


_FRAME = re.compile(r"^\W*(?:(?:and|but|then)\s+)?(?:(?:in|by|during|since|throughout|until|"
                    r"from|through|at|on|for|of)\s+)?$", re.IGNORECASE)


_NAMING_BEFORE = re.compile(r"\b(?:the|its|his|her|their)\s+$", re.IGNORECASE)
_NAMING_AFTER = re.compile(r"(?:(?<=\d{4}),)?[ \t]+([A-Za-z]+)\b")  # "the Dec. 21, 1988, bombing"
# Words after a date that do not make it the name of a thing: "the 1990s and", "the 1920s was".
_NOT_A_NOUN = frozenset(("and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
                         "the", "a", "an", "when", "as", "was", "were", "had", "is", "are",
                         "saw", "that", "which", "until", "after", "before", "through"))


def names_a_thing(text: str, start: int, end: int) -> bool:
    """True when the date at [start, end) stands between an article and a noun, naming a thing
    ("the August 1792 uprising", "the 1614 rules"), or alone in brackets after one ("the
    Civil Constitution (1790)"): a label, not a time the story moves to."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    after = _NAMING_AFTER.match(text, end)
    return bool(after and after[1].lower() not in _NOT_A_NOUN
                and _NAMING_BEFORE.search(text, max(0, start - 8), start))


def frames_sentence(sentence_before: str) -> bool:
    """True when the expression opens its sentence ("In 2022, ..."), setting the story's time."""
    return bool(_FRAME.match(sentence_before))


_IRREGULAR_PAST = (
    "went|came|took|made|met|began|left|saw|gave|held|won|lost|fell|rose|sold|bought|paid|got|"
    "brought|sought|thought|found|became|ran|wrote|spoke|chose|grew|drew|led|kept|felt|heard|"
    "meant|sent|spent|stood|struck|taught|broke|caught|fought|knew|threw|flew|drove|rode|"
    "shot|built|sank|swore|wore|froze|forgot|slept|laid|fled|hung|ate|sat"
)
# Cues of more than one word, tried first where a word starts. "had been due" was ahead once
# and is behind by now; "will be paid" points ahead.
_PHRASES = re.compile(
    r"(?P<past>had\s+been\s+(?:due|scheduled|expected|set|planned))\b"
    r"|(?P<future>(?:will|would|shall|to)\s+(?:not\s+)?be\s+[a-z]+|going\s+to|"
    r"plan(?:s|ned|ning)?\s+to|is\s+to|are\s+to|set\s+to"
    # "planned a rally on Saturday": what is planned lies ahead of the planning
    r"|plan(?:s|ned|ning)?\s+(?:a|an|another|their|its)\s+[a-z]+)\b"
    # "agreed to buy the mill in February": ahead of the agreement; "On Tuesday the council
    # voted to rebuild it": the vote, told after its day, is past
    r"|(?P<intent>(?:agree(?:s|d)?|agreement|decided|voted|offered|pledged|promised|vowed)"
    r"\s+to\s+(?!be\b)[a-z]+)\b",
    re.IGNORECASE,
)
# One word each. "scheduled" and "expected" look past but point ahead.
_FUTURE_WORDS = frozenset((
    "will", "won't", "shall", "scheduled", "effective", "expected", "expect", "expects", "due",
    "payable", "upcoming", "coming", "soon", "intend", "intends", "would",
    # the present of a timetable: "the two leaders meet Monday", "talks resume Tuesday"
    "meet", "meets", "resume", "resumes", "begins", "arrives", "convenes", "reconvenes",
    "departs", "testifies"))
_PAST_WORDS = frozenset(("was", "were", "had", "did", "ago", "said", "says", "told",
                         *_IRREGULAR_PAST.split("|")))
_WORDS = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# The words a phrase begins with: other words are not tried against _PHRASES, unless a letter
# beyond ASCII follows (case-insensitive, "\u017f" reads as "s").
_PHRASE_OPENERS = frozenset(("had", "will", "would", "shall", "to", "going", "plan", "plans",
                             "planned", "planning", "is", "are", "set", "agree", "agrees",
                             "agreed", "agreement", "decided", "voted", "offered", "pledged",
                             "promised", "vowed"))


def verb_cues(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "past" or "future") of each verb cue in a sentence, in order."""
    cues, after = [], 0
    for word in _WORDS.finditer(sentence):
        start, text = word.start(), word.group(0)
        if start < after:
            continue
        filed = _TENSES.get(text) or _filed_tense(text)
        opener = filed[1] or not sentence[word.end():word.end() + 1].isascii()
        if opener and (phrase := _PHRASES.match(sentence, start)):
            cues.append((phrase.start(), phrase.end(), phrase.lastgroup))
            after = phrase.end()
            continue
        if tense := filed[0]:
            start += len(text) - 3 if tense == "'ll" else 0
            cues.append((start, word.end(), "future" if tense == "'ll" else tense))
    return cues


_TENSES: dict[str, tuple[str, bool]] = {}  # word -> its tense, whether it opens a phrase
_TENSE_WORDS = 1 << 16


def _filed_tense(word: str) -> tuple[str, bool]:
    if len(_TENSES) >= _TENSE_WORDS:
        _TENSES.clear()
    filed = _TENSES[word] = (_word_tense(word), word.lower() in _PHRASE_OPENERS)
    return filed


# Participles that are adjectives: "on an as yet unspecified day in May" says no tense.
_ADJECTIVES_IN_ED = frozenset(("unspecified", "undisclosed", "unidentified", "unnamed",
                               "unexpected", "unprecedented", "unscheduled", "unlimited",
                               "unrelated", "alleged"))


def _word_tense(word: str) -> str:
    lower = word.lower()
    if lower in _ADJECTIVES_IN_ED:
        return ""
    if lower in _FUTURE_WORDS:
        return "future"
    if lower.endswith("'ll"):
        return "'ll"
    if lower in _PAST_WORDS or (word.islower() and len(word) > 3 and word.endswith("ed")
                                and word.isascii() and "'" not in word):
        return "past"
    return ""


def tense_near(cues: list[tuple[int, int, str]], start: int, end: int) -> tuple[str, int]:
    """"future" or "past" from the nearest verb cue before [start, end) in the sentence, else
    the nearest after it ("" when there is none), and how many characters away it is."""
    cue = nearest_cue(cues, start, end)
    if cue is None:
        return "", NO_CUE
    before = cue[1] <= start
    tense = cue[2] if cue[2] != "intent" else ("future" if before else "past")
    return tense, start - cue[1] if before else cue[0] - end


def nearest_cue(cues: list[tuple[int, int, str]], start: int,
                end: int) -> tuple[int, int, str] | None:
    """The verb cue nearest before [start, end), else the first after it (cues are in order
    and do not overlap, so both are found by bisection)."""
    before = bisect_right(cues, start, key=lambda cue: cue[1])
    if before:
        return cues[before - 1]
    after = bisect_left(cues, end, key=lambda cue: cue[0])
    return cues[after] if after < len(cues) else None


NO_CUE = 10_000

_DEADLINE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
# "ahead of the weekend", "ahead of Sunday's vote": what is still to come.
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A past verb this close to "by May" puts the deadline behind ("had been repaid by May").
DEADLINE_VERB = 12
# How much of the sentence before a date its preposition's verb may stand in ("postponed for
# a second time until"): the callers hand preposition_tense no more than this.
PREPOSITION_WINDOW = 120
# Put off until a time that, when told, was still to come: "postponed until Tuesday".
_DEFERRED = re.compile(r"\b(?:postponed|delayed|adjourned|extended|deferred|suspended|put\s+off|"
                       r"pushed\s+back|moved)\s+(?:[\w,-]+\s+){0,4}?(?:until|till|to)\s+$",
                       re.IGNORECASE)


def preposition_tense(open_word: str, before: str, tense: str, gap: int) -> tuple[str, int]:
    """The tense a preposition gives a date, over the verb's: "since March" lies behind;
    "postponed until Tuesday" and "ahead of the weekend" ahead; "by May" and "until Tuesday"
    ahead too, unless a past verb stands right by ("until Tuesday, they had not")."""
    if open_word == "since":
        return "past", 0
    if _DEFERRED.search(before) or _AHEAD_OF.search(before):
        return "future", gap
    if _DEADLINE.search(before) and not (tense == "past" and gap <= DEADLINE_VERB):
        return "future", gap
    return tense, gap

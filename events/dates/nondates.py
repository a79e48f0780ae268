"""Classes of text that look like dates but are not: one row per class.

Matches are masked before the date rules run, so "$2022 million" or "Route 2024" never
reads as a year. Examples of each class live in tests/test_normalise.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from events.dates.openings import matches_at
from events.dates.vocabulary import APPROX, MONTHS, OPEN, PART, SEASONS, WEEKDAYS, alternation

_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_SIGNS = "$€£¥"  # currency signs
_AMOUNT = r"(?:million|billion|trillion|thousand|bn|mn|[mbk])"
# "44 B.C.", "66 million years ago": a year and an age, not sums of money.
_NOT_AN_ERA_OR_AGE = r"(?!\.\s?C\b|[\s-]+years?\s+ago\b)"
_CURRENCY = r"(?:dollars?|euros?|pounds?|yen|yuan|roubles?|rubles?|cents?|pence)"
_LABEL_NOUNS = (r"(?:page|pages|pp?\.|no\.|nos\.|number|chapter|section|article|item|room|"
                r"flight|route|highway|interstate|exit|gate|platform|apartment|apt\.|suite|"
                r"unit|box|model|version|episode|season|level|grade|floor|bus|line)")
_MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|"
                r"november|december)")
_STREET = r"(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.|lane|drive|way|place|square)"

# Words that may stand right before a year without making it a label ("In 2022", "May 2021").
DATE_WORDS = frozenset(
    {"in", "on", "at", "by", "since", "before", "after", "until", "till", "through", "from",
     "to", "of", "during", "between", "and", "or", "than", "the", "year", "fiscal", "fy",
     "ad", "ce", "bc", "bce", "q", "mid", "summer", "winter", "spring", "autumn", "fall",
     "christmas", "easter", "for", "a", "an", "that", "this", "these", "those", "its", "his",
     "her", "their", "our", "each", "every", "last", "next", "early", "late", "as", "with",
     "throughout", "within", "following", "dated"}
    | set(APPROX) | set(OPEN) | {w.split()[0] for w in PART}
    | set(WEEKDAYS) | {m for m in MONTHS} | set(SEASONS)
    | {"january", "february", "march", "april", "june", "july", "august", "sept",
       "september", "october", "november", "december"}
)


@dataclass(frozen=True)
class NonDate:
    name: str
    pattern: str
    keep: Callable[[re.Match], bool] = lambda m: True
    needs_digit: bool = True

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _not_a_date_word(m: re.Match) -> bool:
    return m.group("word").lower().rstrip(".") not in DATE_WORDS


NON_DATES: tuple[NonDate, ...] = (
    NonDate("money", rf"[{_SIGNS}]\s?\d[\d,.]*(?:\s?{_AMOUNT}\b)?"
                     rf"|\b\d[\d,.]*\s?(?:{_AMOUNT}\s+)?{_CURRENCY}\b|\b\d[\d,.]*\s?{_AMOUNT}\b{_NOT_AN_ERA_OR_AGE}"),
    NonDate("percentage", r"\d[\d,.]*\s?(?:%|per\s?cent\b|percentage\s+points?\b)"),
    # "for 12 months", "for the past two decades"; never "for next year" or "for this month".
    NonDate("duration", rf"\bfor\s+(?:the\s+(?:past|last|next|first|previous|coming)\s+)?"
                        rf"(?:{alternation(APPROX)}\s+|more\s+than\s+|over\s+|almost\s+)?"
                        rf"(?:(?!(?:this|next|last|that|the)\b)[\w-]+\s+)?{_UNIT}\b"
                        rf"|\b[\w-]+[\s-]{_UNIT}[\s-](?:long|old)\b"
                        # how long, not when: "closed for the foreseeable future"
                        rf"|\bfor\s+the\s+(?:foreseeable|indefinite)\s+future\b",
            needs_digit=False),
    NonDate("set", rf"\b(?:every|each|per)\s+(?:other\s+)?(?:[\w-]+\s+)?"
                   rf"(?:{_UNIT}|{alternation(WEEKDAYS)}|{alternation(SEASONS)}|{_MONTH_NAMES})\b",
            needs_digit=False),
    NonDate("label", rf"\b{_LABEL_NOUNS}\s*#?\d+[a-z]?\b"),
    # "Boeing 747", but not "Blair 10 days ago" nor "A 1996 law" nor the "D." of "A.D. 79",
    # nor a year heading on the line after a name ("... to Barcelona.\n\n1938").
    NonDate("name_with_number", rf"(?-i:\b(?<!\.)(?P<word>[A-Za-z]*[A-Z][A-Za-z]*\.?))[ \t-]+#?\d+"
                                rf"[a-z]?\b(?!\s+{_UNIT}\b)", _not_a_date_word),
    # Codes that are dates are left to the date rules: Q3, H1, W42, FY2024, AD 800.
    NonDate("code", r"(?-i:\b(?!Q[1-4]\b|H[12]\b|W\d\d\b|FY\s?\d{4}\b|AD\b|CE\b|BC)"
                    r"[A-Z]{1,4}-?\d+[A-Z]?\b)"),
    NonDate("address", rf"\b\d+\s+(?:[A-Z][a-z]+\s+){{1,3}}{_STREET}(?![a-z])"),
    # "in his 30s", "their late 20s": a person's age in decades, never the 1930s.
    NonDate("age", r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?'?\d0'?s\b",
            needs_digit=False),
)


def mask_non_dates(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with every non-date blanked out, and what was blanked (class, fragment)."""
    found = []
    figures = [m.span() for m in _DIGITS.finditer(text)]
    digits = _around(text, figures) if len(text) > LONG else [(0, len(text))]
    openings = _figure_openings(text, figures)
    for non_date in NON_DATES:
        if non_date.needs_digit:
            matches = matches_at(non_date.regex, text, openings, digits)
        else:
            matches = list(non_date.regex.finditer(text))
        spans = [m.span() for m in matches if m.group(0).strip() and non_date.keep(m)]
        found.extend((non_date.name, text[a:b]) for a, b in spans)
        text = _blank(text, spans)
        if spans:
            openings = _after_blanking(text, openings, spans)
    return text, found


# In a long text, classes that hold a figure are looked for only around figures.
LONG, _REACH = 400, 80
_DIGITS = re.compile(r"\d+")


def _around(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged stretches of `text` within _REACH characters of the given spans."""
    stretches: list[list[int]] = []
    for start, end in spans:
        lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1][1] = hi
        else:
            stretches.append([lo, hi])
    return [(lo, hi) for lo, hi in stretches]


# Every match of a class that needs a figure begins at a currency sign, at a figure's first
# digit ("25%", "1600 Pennsylvania Avenue") or at the first letter of the word just before a
# figure, across "#", ".", "-" and spaces ("Route 66", "No. 5", "Boeing 747-400", "A380"): each
# class is tried only there, rather than at every character around the figures.
_CURRENCY_SIGN = re.compile(f"[{_SIGNS}]")
_GAP = frozenset("#.-")


def _figure_openings(text: str, figures: list[tuple[int, int]]) -> list[int]:
    """Where a non-date holding a figure may begin in `text`, in order."""
    at = {m.start() for m in _CURRENCY_SIGN.finditer(text)}
    for start, _ in figures:
        at.add(start)
        at.add(_word_before(text, start))
    return sorted(at)


def _after_blanking(text: str, openings: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """The openings of `text` once `spans` are blank: a word or a figure may now begin where
    a span ends, and the word before a span stands before what follows it."""
    return sorted({*openings, *(b for _, b in spans), *(_word_before(text, b) for _, b in spans)})


def _word_before(text: str, at: int) -> int:
    """Where the word of letters before `at` begins, across "#", ".", "-" and spaces (`at`
    when there is none). Letters only, so that a long run of words and figures is read once."""
    gap = at
    while gap and (text[gap - 1] in _GAP or text[gap - 1].isspace()):
        gap -= 1
    word = gap
    while word and text[word - 1].isalpha():
        word -= 1
    return word if word < gap else at


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by as many spaces, in one pass."""
    if not spans:
        return text
    parts, last = [], 0
    for a, b in spans:
        parts += [text[last:a], " " * (b - a)]
        last = b
    parts.append(text[last:])
    return "".join(parts)

"""Find date expressions in running text with the rule table: longest matches, in text order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.dates.nondates import mask_non_dates
from events.dates.openings import matches_at
from events.dates.rules import RULES, Rule
from events.dates.vocabulary import APPROX, OPEN, PART, PREFIX, alternation

__all__ = ["Found", "clean", "find", "prefix_start", "rules_present"]

# One character for one, so that every offset is kept; str.replace, as str.translate with a
# table of non-ASCII keys reads the text a character at a time (0.5 ms on 7,500 characters).
_TYPOGRAPHY = (("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-"),
               ("\u00a0", " "), ("\u2009", " "), ("\u201c", '"'), ("\u201d", '"'))
_PREFIX_TAIL = re.compile(rf"\b{PREFIX}$", re.IGNORECASE)
# The words a modifier prefix can end with ("since", "about", "late", "end of", "the"), each
# followed by spaces or "-".
_PREFIX_LAST_WORDS = {words.split()[-1] for words in (*OPEN, *APPROX, *PART, "the")}
_PREFIX_LAST = re.compile(rf"\b(?:{alternation(_PREFIX_LAST_WORDS)})\Z", re.IGNORECASE)
_PREFIX_LAST_LONGEST = max(map(len, _PREFIX_LAST_WORDS))
_PREFIX_WINDOW = 40


@dataclass(frozen=True)
class Found:
    """One rule match in the text: where it lies, with its modifier words in front."""

    rule: Rule
    match: re.Match
    start: int  # where the row's text begins: modifiers included, "since"/"before" left out
    modifiers: dict

    @property
    def end(self) -> int:
        return self.match.end()


def clean(text: str) -> str:
    """Typographic quotes and dashes made plain, keeping every offset."""
    for fancy, plain in _TYPOGRAPHY:
        text = text.replace(fancy, plain)
    return text


# Each rule names the words every match of it holds (its core: a month, "week", a figure). Rules
# are run only in windows around those words, which keeps a long article fast.
WINDOW = 40  # longer than any date expression


def find(text: str) -> list[Found]:
    """Non-overlapping rule matches in text order, longest first; non-dates masked out."""
    plain = clean(text)
    masked, _ = mask_non_dates(plain)
    hits = _word_hits(masked)
    windows = {core: _windows(masked, hits[core]) for core in _CORES if core in hits}
    windows[""] = [(0, len(masked))]  # a rule without a core is run over the whole text
    candidates = []
    for index, rule in enumerate(RULES):
        core = _CORE_OF_RULE[index]
        if rule.opens:  # tried only where its opening words begin: what finditer would find
            starts = [start for start, _ in hits.get(rule.opens, ())]
            matches = matches_at(rule.regex, masked, starts, windows.get(core, ()))
        else:
            matches = (m for lo, hi in windows.get(core, ())
                       for m in rule.regex.finditer(masked, lo, hi))
        candidates.extend((index, m) for m in matches if m.end() > m.start())
    return _with_prefixes(plain, _longest_first(candidates))


# Words are filed once under the cores they hold ("yesterday" holds "day") and the openings
# they match; a word seen before costs a dictionary look-up.
_CORE_OF_RULE = tuple(rule.core or (r"\d" if rule.needs_digit else "") for rule in RULES)
_CORES = tuple(core for core in dict.fromkeys(_CORE_OF_RULE) if core)
_WORD_REGEXES = tuple((word, re.compile(word, re.IGNORECASE))
                      for word in dict.fromkeys((*_CORES, *(rule.opens for rule in RULES))) if word)
_WORD = re.compile(r"\w+")


def _word_hits(masked: str) -> dict[str, list[tuple[int, int]]]:
    """core or opening -> spans of the words in `masked` that hold or match it."""
    hits: dict[str, list[tuple[int, int]]] = {}
    filed = _FILED.get  # inline: a call per word would cost more than the rest of the loop
    for m in _WORD.finditer(masked):
        cores = filed(m[0])
        if cores is None:
            cores = _cores_of(m[0])
        if cores:  # mostly none
            span = m.span()
            for core in cores:
                hits.setdefault(core, []).append(span)
    return hits


def rules_present(text: str) -> list[int]:
    """Indices (in table order) of the rules whose core words occur in `text`."""
    cores = {core for m in _WORD.finditer(text) for core in _cores_of(m.group(0))} | {""}
    return [index for index, core in enumerate(_CORE_OF_RULE) if core in cores]


_FILED: dict[str, tuple[str, ...]] = {}  # word -> its cores and openings
_FILED_WORDS = 1 << 16


def _cores_of(word: str) -> tuple[str, ...]:
    cores = _FILED.get(word)
    if cores is None:
        if len(_FILED) >= _FILED_WORDS:
            _FILED.clear()
        cores = _FILED[word] = tuple(core for core, regex in _WORD_REGEXES if regex.search(word))
    return cores


def _windows(masked: str, spans) -> list[tuple[int, int]]:
    """Merged stretches of text around the given words."""
    windows: list[list[int]] = []
    for a, b in spans:
        lo, hi = max(0, a - WINDOW), min(len(masked), b + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, _word_end(masked, hi)) for lo, hi in windows]


_SPACE = re.compile(r"\s")


def _word_end(text: str, at: int) -> int:
    m = _SPACE.search(text, at)
    return m.start() if m else len(text)


def _longest_first(candidates: list) -> list[tuple[Rule, re.Match]]:
    """Take the longest matches first (absolute forms, then table order, break ties), keep
    those that overlap no match already taken; return them in text order."""
    candidates.sort(key=lambda c: (c[1].start() - c[1].end(), RULES[c[0]].relative, c[0],
                                   c[1].start()))
    taken = bytearray(0)
    chosen = []
    for index, m in candidates:
        a, b = m.span()
        if len(taken) < b:
            taken.extend(bytes(b - len(taken)))
        if not any(taken[a:b]):
            taken[a:b] = b"\x01" * (b - a)
            chosen.append((RULES[index], m))
    chosen.sort(key=lambda c: c[1].start())
    return chosen


# Forms that begin with a number, a month or a weekday: "the" before them belongs to the noun
# they qualify ("the Oct. 27 vote", "the Tuesday meeting"), not to the date.
ARTICLE_OUTSIDE = frozenset({
    "iso_date", "month_day_year", "day_month_year", "numeric_date", "month_day", "day_month",
    "weekday", "weekday_month_day", "month_year", "iso_month", "bare_month", "year",
    "season_of_year",  # "the Spring Offensive of 1918": the offensive's "the"
})


def _with_prefixes(plain: str, chosen: list[tuple[Rule, re.Match]]) -> list[Found]:
    found, floor = [], 0
    for rule, m in chosen:
        start, modifiers = prefix_start(plain, max(floor, m.start() - _PREFIX_WINDOW), m, rule)
        found.append(Found(rule, m, start, modifiers))
        floor = m.end()
    return found


def prefix_start(text: str, lo: int, match: re.Match, rule: Rule) -> tuple[int, dict]:
    """Where the row's text begins, and the modifier words before the match: "since" and
    "before" stay outside the text, and so does "the" before a number or a name."""
    at = match.start()
    gap = at
    while gap > lo and (text[gap - 1].isspace() or text[gap - 1] == "-"):
        gap -= 1
    if gap == at or not _PREFIX_LAST.search(text, max(lo, gap - _PREFIX_LAST_LONGEST), gap):
        return at, {}  # no modifier ends right before the date: the search would find none
    m = _PREFIX_TAIL.search(text, lo, at)
    if not m or m.start() == m.end():
        return at, {}
    modifiers = {k: " ".join(v.lower().split()) for k, v in m.groupdict().items() if v}
    if rule.precision == "day":
        modifiers.pop("part", None)  # "early Friday": a day has no early third
    if rule.value is not None and "approx" in modifiers and not rule.needs_digit:
        modifiers.pop("approx")  # "worried about the future": a preposition, not a hedge
    if "approx" in modifiers and text.startswith("'s", match.end()):
        modifiers.pop("approx")  # "a way around Friday's ruling": the ruling, not the day
    if "approx" in modifiers:
        return m.start("approx"), modifiers
    if "shift" in modifiers and rule.precision == "day":
        return m.start("shift"), modifiers  # "day before last Tuesday" is one day
    adjective = "-" in match.group(0).split()[-1]  # "the third-quarter loss": the noun's "the"
    outside = rule.name in ARTICLE_OUTSIDE or adjective or rule.precision == "day"
    if outside and "part" not in modifiers:
        return at, modifiers
    if not m.group("open"):
        return m.start(), modifiers
    start = m.end("open")
    while start < at and text[start].isspace():
        start += 1
    return start, modifiers

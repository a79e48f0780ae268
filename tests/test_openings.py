"""Rules and non-date classes are tried only where a match may begin (events.dates.openings):
they must find what a scan of every character finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.dates.nondates import NON_DATES, mask_non_dates
from events.dates.rules import RULES
from tests.test_normalise import FORMS, MODIFIED, REFUSALS

ARTICLES = Path(__file__).parent / "data" / "articles"
TEXTS = [
    *(row[0] for row in FORMS), *(row[0] for row in MODIFIED), *(row[0] for row in REFUSALS),
    *(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))),
    "pp. 12, no.5, Route-66, apt. #4B, the A380 and AB-12, Flight\n  #909, page12",
    "$ 5, €2m, 1,200 dollars, 3.5bn, x25%, 1600 Pennsylvania Avenue, 4 Quay Street",
    "FY2024, fiscal year 2023, year 12345, AD 800, A.D. 79, 44 BC, 1990s, the '90s",
    "Monday, Oct. 21; the week of March 6; 3 p.m. Tuesday; noon; last May; 5th of June",
]
TOKENS = [
    "page", "pp.", "No.", "Route", "Boeing", "A", "AB", "Q3", "FY", "AD", "A.D.", "BC", "$",
    "€", "#", "-", ".", ",", "'", "%", "per cent", "million", "m", "dollars", "for", "every",
    "the", "year", "years", "month", "day", "week", "March", "May", "Oct.", "Sept", "Monday",
    "last", "since", "late", "about", "Street", "Quay", "Avenue", "12", "2022", "1,200", "3.5",
    "25", "1990s", "3rd", "10:35", "a.m.", "x1", "\u017fection", "_5", "é", "long", "old",
]
_WORD = re.compile(r"\w+")


def _starts_of_words(text: str, opening: str) -> set[int]:
    regex = re.compile(opening, re.IGNORECASE)
    return {m.start() for m in _WORD.finditer(text) if regex.search(m.group(0))}


def _match_starts(regex: re.Pattern, text: str) -> set[int]:
    return {at for at in range(len(text)) if (m := regex.match(text, at)) and m.end() > at}


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule.opens], ids=lambda r: r.name)
def test_rules_begin_where_their_openings_say(rule):
    for text in TEXTS:
        assert _match_starts(rule.regex, text) <= _starts_of_words(text, rule.opens), text


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule.core], ids=lambda r: r.name)
def test_rules_hold_their_core_words(rule):
    core = re.compile(rule.core, re.IGNORECASE)
    for text in TEXTS:
        words = [m.span() for m in _WORD.finditer(text) if core.search(m.group(0))]
        for at in _match_starts(rule.regex, text):
            end = rule.regex.match(text, at).end()
            assert any(a < end and at < b for a, b in words), (text, at)


def _masked_by_scanning(text: str) -> tuple[str, list[tuple[str, str]]]:
    """mask_non_dates as a scan of every character of a short text would do it."""
    found = []
    for non_date in NON_DATES:
        spans = [m.span() for m in non_date.regex.finditer(text)
                 if m.group(0).strip() and non_date.keep(m)]
        found.extend((non_date.name, text[a:b]) for a, b in spans)
        for a, b in spans:
            text = text[:a] + " " * (b - a) + text[b:]
    return text, found


@pytest.mark.parametrize("text", [text for text in TEXTS if len(text) <= 400])
def test_non_dates_are_masked_as_a_scan_of_every_character_would(text):
    assert mask_non_dates(text) == _masked_by_scanning(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from([" ", "", "  ", "\n", "-"])),
                max_size=40))
def test_any_text_is_masked_and_opened_as_a_scan_would(pieces):
    text = "".join(token + gap for token, gap in pieces)[:400]
    assert mask_non_dates(text) == _masked_by_scanning(text)
    for rule in RULES:
        if rule.opens:
            assert _match_starts(rule.regex, text) <= _starts_of_words(text, rule.opens)

"""Status rules: happened, planned or claimed, from how a date is told and where it lies."""

from __future__ import annotations

from datetime import date

import pytest

from events.article.status import CLAIM, Told, status_of, timing

PUBLISHED = date(2024, 10, 25)


@pytest.mark.parametrize(
    ("told", "status"),
    [
        (Told(), "happened"),
        (Told("past", "was", timing="before"), "happened"),
        (Told("past", "said", timing="after"), "planned"),  # "next month's summit"
        (Told("future", "will", timing="around"), "planned"),  # "will vote this week"
        (Told("future", "soon"), "planned"),  # a vague "will return soon"
        (Told("future", "will", gap=16, timing="before"), "planned"),  # "will hold it on Nov. 12"
        (Told("future", "scheduled", gap=5, timing="before"), "planned"),  # "scheduled for"
        (Told("future", "will be held", gap=4, timing="before"), "planned"),
        (Told("future", "will", gap=45, timing="before"), "happened"),  # a verb far off
        (Told("future", "expected", gap=4, timing="before"), "happened"),  # "than expected in"
        (Told("future", "would", timing="before"), "claimed"),  # "said it would, in March"
        (Told("future", "would", timing="after"), "planned"),
        (Told("past", "was", claim=True, timing="before"), "claimed"),
        (Told("future", "will", claim=True, timing="after"), "claimed"),
    ],
)
def test_the_first_rule_that_holds_gives_the_status(told, status):
    assert status_of(told) == status


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 10, 26), date(2024, 10, 26), "after"),
        (date(2024, 10, 1), date(2024, 10, 31), "around"),
        (date(2024, 10, 25), date(2024, 10, 25), "around"),
        (date(2022, 9, 1), PUBLISHED, "around"),  # since late 2022
        (date(2019, 1, 1), date(2019, 12, 31), "before"),
        (None, None, ""),
    ],
)
def test_timing_against_publication(start, end, expected):
    assert timing(start, end, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("clause", "claim"),
    [
        ("The mill allegedly dumped waste", True),
        ("The mayor reportedly met the builder", True),
        ("The pier is said to have moved", True),
        ("The firms were alleged to have fixed prices", True),
        ("The paper reported the vote", False),
        ("The mayor said the pier moved", False),
    ],
)
def test_claim_words(clause, claim):
    assert bool(CLAIM.search(clause)) is claim

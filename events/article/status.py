"""Whether the event a date tells had happened when the story was published, was planned or
expected, or is only claimed: from where the date lies against publication and the words
around it. The rules are a table, tried in order; the first that holds gives the status."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from events.event import STATUSES, USUAL_STATUS

__all__ = ["CLAIM", "NEAR_VERB", "PLAN_VERBS", "RULES", "Told", "claims", "status_of", "timing"]

# Words that report a claim rather than tell a fact.
CLAIM = re.compile(
    r"\b(?:allegedly|reportedly|purportedly|supposedly|reputedly|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:alleged|said|reported|rumou?red|believed)"
    r"\s+to)\b",
    re.IGNORECASE,
)
# A word every claim holds, in lower case: ASCII text without one holds no claim.
_CLAIM_WORDS = ("said", "reported", "alleged", "believed", "rumo", "purportedly", "supposedly",
                "reputedly")


def claims(text: str) -> bool:
    """True when CLAIM finds a claim in `text`; most text is ruled out without the search."""
    if text.isascii():  # ASCII letters fold only to each other, as str.lower folds them
        lower = text.lower()
        if not any(word in lower for word in _CLAIM_WORDS):
            return False
    return CLAIM.search(text) is not None


@dataclass(frozen=True)
class Told:
    """How a date is told: the tense of the verb nearest it ("past", "future" or ""), that verb
    in lower case and how many characters lie between them, whether its clause reports a claim,
    and where its span lies against the publication date ("before", "around" when it holds
    it, "after", or "" without a span)."""

    tense: str = ""
    verb: str = ""
    gap: int = 0
    claim: bool = False
    timing: str = ""


# Verbs (their first word) that set a plan, and how close to its date one must stand to make
# the event planned even when the date was read as past ("will hold a vote on Nov. 12").
PLAN_VERBS = frozenset({"will", "'ll", "shall", "scheduled", "due", "set", "plan", "plans",
                        "planned", "planning", "intend", "intends", "going", "is", "are"})
NEAR_VERB = 30

# (status, test): "said it would open in March 2022" told of a month gone by is a claim; "will
# open next month", "next month's summit" and "is expected to open this year" are plans.
RULES: tuple[tuple[str, Callable[[Told], bool]], ...] = (
    ("claimed", lambda told: told.claim),
    ("planned", lambda told: told.timing == "after"),
    ("planned", lambda told: told.tense == "future" and told.timing in ("around", "")),
    ("planned", lambda told: told.tense == "future" and told.gap <= NEAR_VERB
     and told.verb.partition(" ")[0] in PLAN_VERBS),
    ("claimed", lambda told: told.verb == "would" and told.timing == "before"),
)
assert {status for status, _ in RULES} <= set(STATUSES)


def status_of(told: Told) -> str:
    """The status the first rule that holds gives; USUAL_STATUS ("happened") when none does."""
    return next((status for status, holds in RULES if holds(told)), USUAL_STATUS)


def timing(start: date | None, end: date | None, published: date) -> str:
    """Where a span lies against the publication date: "before", "around", "after" or ""."""
    if start is None or end is None:
        return ""
    if start > published:
        return "after"
    return "around" if end >= published else "before"

"""The publication date an article gives at its top: a dateline or a byline."""

from __future__ import annotations

import re
from datetime import date

from events.article.scan import find

__all__ = ["dateline_date"]

HEAD = 600  # a dateline or byline sits in the first lines
_FULL_DATES = frozenset({"month_day_year", "day_month_year", "iso_date"})
_BYLINE = re.compile(r"\b(?:published|updated|posted|dated?)\b", re.IGNORECASE)


def dateline_date(text: str) -> date | None:
    """The first full date in the article's head, one on a "Published ..." line first."""
    head = text[:HEAD]
    dates = []
    for found in find(head):
        if found.rule.name not in _FULL_DATES:
            continue
        try:
            start, _ = found.rule.resolve(found.match.groupdict(), None)
        except ValueError:
            continue
        line_start = head.rfind("\n", 0, found.start) + 1
        dates.append((not _BYLINE.search(head, line_start, found.start), found.start, start))
    return min(dates)[2] if dates else None

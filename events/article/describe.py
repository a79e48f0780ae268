"""What the words around each date say of the event it tells: its clause as the title (the ends
of a range, or a date and the one restating it, share one), whether it happened, is planned or
is claimed, and the actors and places its sentence names, proposed for a reader to check.

Each date reads a window of its sentence (sentences.title_window), never the whole of it, so a
sentence of any length costs the same per date: one line of ten thousand figures is read in
linear time.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from events.article.names import Proposed, names_in, propose
from events.article.pairs import extents
from events.article.sentences import clause_of, clause_title, title_window
from events.article.status import CLAIM, Told, claims, status_of, timing

__all__ = ["Said", "describe"]


@dataclass(frozen=True)
class Said:
    """How an expression is told: the tense its verb or preposition gives it, and that verb."""

    tense: str = ""
    verb: str = ""
    gap: int = 0  # characters between the verb and the date


def describe(rows: list, said: list[Said], text: str, sentences: list[tuple[int, int]]) -> list:
    """The rows with title, status, actors and places filled in; `said` runs beside `rows`."""
    starts = [row.char_start for row in rows]
    spans = [(row.char_start, row.char_end) for row in rows]
    names = names_in(text, sentences, spans)
    name_starts = [name.start for name in names]
    proposed: dict[tuple[int, int], Proposed] = {}  # a sentence's dates mostly share a window
    described = []
    for row, told, (first, last) in zip(rows, said, extents(rows, text), strict=True):
        lo, hi = row.sentence
        if not lo <= row.char_start < hi:  # outside every sentence: no clause to read
            described.append(_with(row, status=_status(row, told, "", 0, 0)))
            continue
        wlo, whi = title_window(lo, hi, first, last)
        window, first, last = text[wlo:whi], first - wlo, last - wlo
        others = [(s - wlo, e - wlo) for s, e in spans[bisect_left(starts, wlo):
                                                       bisect_left(starts, whi)]
                  if not first <= s - wlo < last]
        if (wlo, whi) not in proposed:
            proposed[(wlo, whi)] = propose(names, name_starts, wlo, whi)
        described.append(_with(
            row, title=clause_title(window, first, last, others),
            status=_status(row, told, window, first, last),
            actors=proposed[(wlo, whi)].actors, places=proposed[(wlo, whi)].places,
        ))  # fmt: skip
    return described


def _with(row, **changes):
    """dataclasses.replace for a frozen row without __post_init__ or init-only fields, at a
    tenth of its cost: its fields copied rather than set one by one through __init__."""
    copy = object.__new__(type(row))
    copy.__dict__.update(vars(row), **changes)
    return copy


def _status(row, said: Said, window: str, start: int, end: int) -> str:
    claim = False
    if window and claims(window):  # rare: only then is the date's clause worth finding
        a, b = clause_of(window, start, end)
        claim = bool(CLAIM.search(window, a, b))
    where = timing(row.start, row.end, row.published)
    return status_of(Told(said.tense, said.verb, said.gap, claim, where))

"""Names a sentence mentions, proposed as an event's actors and places for a reader to check.

A name is a run of capitalised words ("Ada Brent", "Friends of Saltmarsh Light", "D.C."),
with titles ("Mayor", "Rep.") and leading common words ("The", "In") left off, and never the
words of a date ("March", "Tuesday"). A single capitalised word that opens its sentence is a
name only when the article also writes it capitalised inside a sentence ("Quill said", after
"chair Mara Quill"): otherwise its capital says nothing. A name after a place preposition ("in",
"at", "near") is proposed as a place, and so is the city heading a dateline ("LOWMERE, ...");
any other name as an actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["MAX_NAMES", "Name", "Proposed", "capitalised_inside", "names_in", "propose"]

# A word, with the dots of an abbreviation such as "D.C." or "U.S." (a sentence's full stop
# stays outside it).
TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*(?:\.(?:[^\W\d_]\.)+)?")
# A word that may be capitalised (non-ASCII ones are checked with str.isupper), and runs of them.
_CAP = r"(?<![\w'\u2019-])(?![a-z])[^\W\d_][\w'\u2019-]*(?:\.(?:[^\W\d_]\.)+)?"
_CAPITALISED = re.compile(_CAP)
_SPACE = r"[^\S\n]+"  # a name never runs across a line break
_RUN = re.compile(rf"{_CAP}(?:{_SPACE}(?:(?:of|de|da|van|von|der|du|la|le|&){_SPACE})?{_CAP})*")
CONNECTORS = frozenset({"of", "de", "da", "van", "von", "der", "du", "la", "le"})
# Capitalised because they open a sentence or a heading, not because they name someone.
STOP = frozenset({
    "a", "about", "after", "again", "all", "also", "although", "an", "and", "another", "any",
    "as", "at", "because", "before", "both", "but", "by", "despite", "during", "each",
    "earlier", "even", "every", "few", "for", "from", "he", "her", "here", "his", "however",
    "i", "if", "in", "instead", "it", "its", "last", "later", "many", "meanwhile", "more",
    "most", "my", "next", "no", "not", "now", "once", "one", "only", "or", "other", "our",
    "over", "several", "she", "since", "so", "some", "such", "than", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "though", "three", "to", "today",
    "tomorrow", "two", "under", "until", "we", "what", "when", "where", "which", "while",
    "who", "why", "with", "yesterday", "yet", "you", "your"
})  # fmt: skip
# Words that stand before a name and are not part of it.
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "mayor", "president",
    "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
    "governor", "chancellor", "king", "queen", "prince", "princess", "judge", "justice",
    "general", "gen", "col", "capt", "captain", "chief", "ceo", "chair", "chairman",
    "chairwoman", "chairperson", "director", "spokesman", "spokeswoman", "spokesperson",
    "pope", "rev", "father", "sister", "councillor", "councilor", "deputy", "officer"
})  # fmt: skip
CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun"
})  # fmt: skip
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|around|into|"
                           r"towards?)\s+(?:the\s+)?$", re.IGNORECASE)
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*[A-Z.](?=,)")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_POSSESSIVE_ENDS = ("'", "'s", "\u2019", "\u2019s")  # what _POSSESSIVE finds in a word
# "Russian officials", "European leaders", "Russian President": a people's adjective before a
# noun or a title, not a name.
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ican|ese|ish)")
_NEXT_WORD = re.compile(r"\s+([\w.]+)")
_AFTER_ALL = float("inf")
MAX_NAMES = 6  # of each kind, per date: a proposal to check, not an index of the sentence


@dataclass(frozen=True)
class Name:
    """A name the text mentions: where it starts, as it is written, and whether it is a place."""

    start: int
    text: str
    place: bool = False


@dataclass(frozen=True)
class Proposed:
    """Actors and places proposed for one event, in the order the sentence names them."""

    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


def names_in(text: str, sentences: Sequence[tuple[int, int]],
             dates: Sequence[tuple[int, int]]) -> list[Name]:
    """Every name in `text`, in text order, read in one pass: `sentences` as sentence_spans
    gives them, `dates` where the date expressions lie (in order; their words are no names)."""
    runs, capitals = _runs(text)
    seen = _written_inside(text, sentences, capitals)
    openings = [lo for lo, _ in sentences]
    cities = {city.start(): city for lo in openings if (city := _dateline_city(text, lo, dates))}
    names = [Name(at, city.group(0).title(), place=True) for at, city in cities.items()]
    for start, end, words in _names(runs, dates):
        lo = openings[max(0, bisect_right(openings, start) - 1)] if openings else 0
        at_opening = not text[lo:start].strip(" \"'\u201c(")
        single = words == 1 and (_adjective(text, start, end) or (
            at_opening and text[start:end].casefold() not in seen))
        city = cities.get(lo)
        if not single and not (city and start < city.end()):
            place = bool(_PLACE_BEFORE.search(text, max(0, start - 20), start))
            names.append(Name(start, _POSSESSIVE.sub("", text[start:end]), place))
    return sorted(names, key=lambda name: name.start)


def propose(names: Sequence[Name], starts: Sequence[int], lo: int, hi: int) -> Proposed:
    """The actors and places among the names starting in [lo, hi), MAX_NAMES of each at most;
    `starts` are the names' starts."""
    actors: dict[str, None] = {}
    places: dict[str, None] = {}
    for name in names[bisect_left(starts, lo):bisect_left(starts, hi)]:
        (places if name.place else actors).setdefault(name.text, None)
    return Proposed(tuple(actors)[:MAX_NAMES], tuple(places)[:MAX_NAMES])


def capitalised_inside(text: str, sentences: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The capitalised words (casefolded) the text writes inside a sentence, not opening it."""
    capitals = ((m.start(), m.group(0)) for m in _CAPITALISED.finditer(text))
    return _written_inside(text, sentences, capitals)


def _written_inside(text: str, sentences: Iterable[tuple[int, int]],
                    capitals: Iterable[tuple[int, str]]) -> frozenset[str]:
    """capitalised_inside, from the words _CAPITALISED finds (start, word)."""
    openings = {m.start() for lo, hi in sentences if (m := TOKEN.search(text, lo, hi))}
    return frozenset(word.casefold() for start, word in capitals
                     if start not in openings and word[0].isupper())


def _adjective(text: str, start: int, end: int) -> bool:
    """True for a people's adjective ("Russian") before a lower-case word or a title."""
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following else ""
    return bool(_ADJECTIVE.fullmatch(text, start, end) and word
                and (word[0].islower() or word.casefold().rstrip(".") in TITLES))


def _dateline_city(text: str, opening: int, dates: Sequence[tuple[int, int]]) -> re.Match | None:
    """The city in capitals heading a dateline: "LOWMERE, March 14, 2023 - ..."."""
    city = _DATELINE_CITY.match(text, opening)
    if city:
        after = bisect_right(dates, (city.end(), -1))  # the first date after the city
        if after < len(dates) and dates[after][0] <= city.end() + 3:
            return city
    return None


def _names(runs: list[list[tuple[int, int, str]]],
           dates: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, words) of each name: runs of capitalised words (_runs), split at titles,
    calendar words and dates, leading common words left off."""
    names = []
    for run in runs:
        piece: list[tuple[int, int, str]] = []
        for start, end, word in [*run, (-1, -1, "")]:
            key = word.casefold().rstrip(".")
            if start < 0 or key in TITLES or key in CALENDAR or _inside(start, dates):
                names += _trimmed(piece)
                piece = []
            else:
                piece.append((start, end, word))
    return names


def _trimmed(piece: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    while piece and piece[0][2].casefold() in STOP:
        piece = piece[1:]
    return [(piece[0][0], piece[-1][1], len(piece))] if piece else []


def _runs(text: str) -> tuple[list[list[tuple[int, int, str]]], list[tuple[int, str]]]:
    """Runs of capitalised words joined by spaces, "of", "de" and the like, or "&"; a
    possessive ends one ("Musk's Tesla": two names). And every word _CAPITALISED finds, as
    (start, word): each lies in a run, its connectors aside."""
    runs, capitals = [], []
    for match in _RUN.finditer(text):
        run: list[tuple[int, int, str]] = []
        for token in TOKEN.finditer(text, match.start(), match.end()):
            word = token.group(0)
            if word in CONNECTORS:
                continue
            capitals.append((token.start(), word))
            if not word[0].isupper() or (run and run[-1][2].endswith(_POSSESSIVE_ENDS)):
                runs.append(run)
                run = []
            if word[0].isupper():
                run.append((token.start(), token.end(), word))
        runs.append(run)
    return [run for run in runs if run], capitals


def _inside(at: int, dates: Sequence[tuple[int, int]]) -> bool:
    """True when `at` lies in one of `dates` (spans in text order, not overlapping)."""
    before = bisect_right(dates, (at, _AFTER_ALL)) - 1
    return before >= 0 and at < dates[before][1]

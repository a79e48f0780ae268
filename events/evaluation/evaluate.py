"""The TempEval-3 timex scorer: relaxed and strict span F1, value accuracy and value F1.

Per document, system mentions are matched one-to-one to gold TIMEX3 (relaxed: at least one
character in common; strict: the identical span). Mentions of a type outside the scored types
(DURATION, SET in DATE+TIME mode) are left out; any other mention with no gold partner is a
false positive, even one lying over a gold timex of another type. Value accuracy is over relaxed
matches, values compared as exact strings; value F1 = relaxed F1 x value accuracy. Beside it,
the convention-equivalent value accuracy and F1 count a value right when only the annotation
convention differs (events.evaluation.convention).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from events.evaluation.convention import equivalent

__all__ = ["Counts", "Error", "Mention", "Scored", "score_document", "total"]

DATE_TIME = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Mention:
    """A timex as the scorer sees it, from gold or from a system: span, text, value, type."""

    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"


@dataclass(frozen=True)
class Error:
    """One mistake: missed gold, a spurious mention, a wrong value, a value right but for the
    annotation convention, or a span not identical."""

    kind: str  # "missed", "spurious", "value", "variant", "span"
    document: str
    gold: Mention | None
    ours: Mention | None


@dataclass(frozen=True)
class Counts:
    """The tallies the figures come from."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    values: int = 0
    equivalent: int = 0  # values right but for the annotation convention, exact ones included

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.fields(), other.fields(), strict=True)))

    def fields(self) -> tuple[int, ...]:
        return (self.gold, self.system, self.relaxed, self.strict, self.values, self.equivalent)

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (relaxed and strict), value accuracy and value F1, exact
        and convention-equivalent, in %."""
        out = {}
        for name, matched in (("relaxed", self.relaxed), ("strict", self.strict)):
            p, r = _ratio(matched, self.system), _ratio(matched, self.gold)
            out |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": _f1(p, r)}
        accuracy = _ratio(self.values, self.relaxed)
        out |= {"value_accuracy": accuracy, "value_f1": out["relaxed_f1"] * accuracy / 100}
        accuracy = _ratio(self.equivalent, self.relaxed)
        out |= {"equivalent_accuracy": accuracy,
                "equivalent_f1": out["relaxed_f1"] * accuracy / 100}
        return out


@dataclass(frozen=True)
class Scored:
    """A document's (or a corpus's) counts and errors."""

    counts: Counts
    errors: tuple[Error, ...] = field(default=())


def _ratio(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_document(
    gold: Sequence[Mention],
    ours: Sequence[Mention],
    *,
    types: frozenset[str] = DATE_TIME,
    document: str = "",
) -> Scored:
    """Match `ours` to `gold` one-to-one and count; gold and ours of other types are left out."""
    gold = sorted((g for g in gold if g.type in types), key=lambda m: (m.start, m.end))
    ours = sorted((o for o in ours if o.type in types), key=lambda m: (m.start, m.end))
    pairs = _match(gold, ours)
    errors = [Error("missed", document, g, None) for i, g in enumerate(gold) if i not in pairs]
    partner = {o: g for g, o in pairs.items()}
    errors += [Error("spurious", document, None, o) for j, o in enumerate(ours)
               if j not in partner]
    strict = values = variants = 0
    for i, j in pairs.items():
        g, o = gold[i], ours[j]
        strict += (g.start, g.end) == (o.start, o.end)
        values += g.value == o.value
        variant = g.value != o.value and equivalent(o.value, g.value)
        variants += variant
        if g.value != o.value:
            errors.append(Error("variant" if variant else "value", document, g, o))
        elif (g.start, g.end) != (o.start, o.end):
            errors.append(Error("span", document, g, o))
    counts = Counts(len(gold), len(ours), len(pairs), strict, values, values + variants)
    return Scored(counts, tuple(errors))


def _match(gold: Sequence[Mention], ours: Sequence[Mention]) -> dict[int, int]:
    """gold index -> ours index: identical spans first, then the first free overlapping one."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    where = {(o.start, o.end): j for j, o in enumerate(ours)}
    for i, g in enumerate(gold):
        j = where.get((g.start, g.end))
        if j is not None and j not in taken:
            pairs[i] = j
            taken.add(j)
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        j = next((j for j, o in enumerate(ours)
                  if j not in taken and o.start < g.end and g.start < o.end), None)
        if j is not None:
            pairs[i] = j
            taken.add(j)
    return pairs


def total(scored: Iterable[Scored]) -> Scored:
    """Corpus totals: summed counts and every error."""
    counts, errors = Counts(), []
    for one in scored:
        counts += one.counts
        errors.extend(one.errors)
    return Scored(counts, tuple(errors))


def gold_mentions(document) -> list[Mention]:
    """A TimeML document's gold timexes as mentions."""
    return [Mention(t.start, t.end, t.text, t.value, t.type) for t in document.timexes]


def extractor_mentions(document, genre: str = "auto") -> list[Mention]:
    """What `events.extract` finds in a TimeML document, read against its creation date as
    news, history or (auto) as its text says."""
    from events.article.extract import extract

    return [Mention(r.char_start, r.char_end, r.text, r.timex, r.timex_type)
            for r in extract(document.text, published=document.dct, genre=genre)]


def evaluate(documents, system=extractor_mentions, *, types=DATE_TIME, progress=None) -> Scored:
    """Score `system` (document -> mentions) over TimeML documents."""
    results = []
    for document in documents:
        results.append(score_document(gold_mentions(document), system(document), types=types,
                                      document=document.name))
        if progress:
            progress()
    return total(results)


def format_figures(name: str, scored: Scored) -> str:
    """Three aligned lines: the counts; P/R/F1 relaxed and strict; value accuracy and F1,
    exact and convention-equivalent, side by side."""
    c, f = scored.counts, scored.counts.figures()
    return (
        f"{name}: {c.gold} gold, {c.system} found, {c.relaxed} relaxed matches,"
        f" {c.strict} strict, {c.values} right values ({c.equivalent} convention-equivalent)\n"
        f"  relaxed P {f['relaxed_p']:.1f}  R {f['relaxed_r']:.1f}  F1 {f['relaxed_f1']:.1f}"
        f" | strict P {f['strict_p']:.1f}  R {f['strict_r']:.1f}  F1 {f['strict_f1']:.1f}\n"
        f"  value accuracy {f['value_accuracy']:.1f}  value F1 {f['value_f1']:.1f} exact"
        f" | {f['equivalent_accuracy']:.1f}  {f['equivalent_f1']:.1f} convention-equivalent"
    )


def worst_errors(errors: Iterable[Error], count: int) -> list[tuple[int, Error]]:
    """The most frequent mistakes, grouped by kind and the texts and values involved."""
    groups: dict[tuple, list[Error]] = {}
    for error in errors:
        key = (error.kind, _key(error.gold), _key(error.ours))
        groups.setdefault(key, []).append(error)
    ranked = sorted(groups.values(), key=lambda group: -len(group))
    return [(len(group), group[0]) for group in ranked[:count]]


def _key(mention: Mention | None) -> tuple:
    return (mention.text.lower(), mention.value) if mention else ()


def format_error(count: int, error: Error) -> str:
    """One line: how often, the kind, the gold text and value, ours, and a document."""
    def show(m: Mention | None) -> str:
        return f"{m.text!r} = {m.value}" if m else "-"

    return (f"{count:4d} x {error.kind:<8} gold {show(error.gold):<40} ours {show(error.ours):<40}"
            f" e.g. {error.document}")

"""Synthetic datasets: N events over six decades, every precision, seeded and deterministic.

    .venv/bin/python bench/datasets.py COUNT PATH [--seed S]

Writes native CSV (the columns of events/data). Each row carries its date as written and the
span it names as ISO `start`/`end` overrides, so a big file loads without guessing. Used by the
benchmarks and the browser tests; files go wherever the caller says, never into the repo.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from calendar import monthrange
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

COLUMNS = ("id", "date", "start", "end", "title", "summary", "actors", "places", "topics",
           "source", "published")  # fmt: skip
PUBLISHED = date(2024, 10, 25)
FIRST_YEAR, LAST_YEAR = 1965, 2024
SEED = 20241025

TOPICS = ("energy", "elections", "space", "trade", "health", "climate", "courts", "media",
          "transport", "housing", "defence", "science")  # fmt: skip
ACTORS = ("Ada Okafor", "Ben Lind", "Carla Ruiz", "Dev Patel", "Elif Kaya", "Finn Moore",
          "Grace Hu", "Hugo Brandt", "Iris Novak", "Jonas Berg", "Harbour Trust",
          "City Council", "Northwind Ltd", "Ministry of Works", "Union of Pilots")  # fmt: skip
PLACES = ("Lowmere", "Ashford", "Brightwater", "Calder", "Dunmore", "Eastleigh", "Fenwick",
          "Glenrock", "Holloway", "Inverly")  # fmt: skip
VERBS = ("opens", "rejects", "approves", "delays", "announces", "investigates", "funds",
         "cancels", "launches", "reviews")  # fmt: skip
THINGS = ("bridge plan", "budget", "pilot scheme", "inquiry", "new office", "strike talks",
          "trade pact", "research grant", "rail link", "power plant")  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

Span = tuple[str, date, date]  # the date as written, first day, last day


def _day(rng: random.Random, year: int) -> Span:
    day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    return f"{MONTHS[day.month - 1]} {day.day}, {year}", day, day


def _week(rng: random.Random, year: int) -> Span:
    week = rng.randint(2, 51)
    monday = date.fromisocalendar(year, week, 1)
    return f"{year}-W{week:02}", monday, monday + timedelta(days=6)


def _month(rng: random.Random, year: int) -> Span:
    month = rng.randint(1, 12)
    last = monthrange(year, month)[1]
    return f"{MONTHS[month - 1]} {year}", date(year, month, 1), date(year, month, last)


def _season(rng: random.Random, year: int) -> Span:
    name, month = rng.choice(list(SEASONS.items()))
    end = date(year + (month == 12), (month + 2) % 12 or 12, 1)
    end = end.replace(day=monthrange(end.year, end.month)[1])
    return f"{name} {year}", date(year, month, 1), end


def _quarter(rng: random.Random, year: int) -> Span:
    quarter = rng.randint(1, 4)
    first = date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    return f"Q{quarter} {year}", first, date(year, last_month, monthrange(year, last_month)[1])


def _year(rng: random.Random, year: int) -> Span:
    return str(year), date(year, 1, 1), date(year, 12, 31)


def _decade(rng: random.Random, year: int) -> Span:
    decade = min(year // 10 * 10, 2010)
    return f"the {decade}s", date(decade, 1, 1), date(decade + 9, 12, 31)


# Most events are precise, as in news stories; a few are coarse.
FORMS: tuple[tuple[Callable[[random.Random, int], Span], int], ...] = (
    (_day, 40), (_week, 6), (_month, 25), (_season, 5), (_quarter, 6), (_year, 15), (_decade, 3),
)  # fmt: skip


def rows(count: int, seed: int = SEED) -> Iterator[dict[str, str]]:
    """`count` event rows as CSV cells; the same count and seed always give the same rows."""
    rng = random.Random(seed)
    makers, weights = zip(*FORMS, strict=True)
    for number in range(1, count + 1):
        written, start, end = rng.choices(makers, weights)[0](rng, rng.randint(FIRST_YEAR, 2023))
        actors = rng.sample(ACTORS, rng.randint(1, 3))
        title = f"{actors[0]} {rng.choice(VERBS)} {rng.choice(THINGS)}"
        yield {
            "id": f"ev{number:06}",
            "date": written,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "title": title,
            "summary": f"{title} in {rng.choice(PLACES)}, event {number} of {count}.",
            "actors": "; ".join(actors),
            "places": "; ".join(rng.sample(PLACES, rng.randint(1, 2))),
            "topics": "; ".join(rng.sample(TOPICS, rng.randint(1, 3))),
            "source": "Synthetic Wire",
            "published": PUBLISHED.isoformat(),
        }


def write_dataset(path: str | Path, count: int, seed: int = SEED) -> Path:
    """Write `count` generated events to `path` as native CSV; returns the path."""
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows(count, seed))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    print(write_dataset(args.path, args.count, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())

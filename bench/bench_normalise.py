"""Time events.normalise against dateparser on 1,000 date expressions (fixed seed, same run).

    .venv/bin/python bench/bench_normalise.py [--count N] [--seed S] [--check]

Prints median and p95 per expression for each parser, how many expressions each resolved, the
speed ratio (dateparser / ours) and the target: a median of at most 0.1 ms, faster than
dateparser. With --check, exits 1 when the target is missed. Never part of `make test`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dateparser
from dateparser.date import DateDataParser

from events import NotADate, normalise

PUBLISHED = date(2024, 10, 25)
RELATIVE_BASE = datetime(2024, 10, 25)
TARGET_MS = 0.1

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
ABBREVIATIONS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "ten", "18"]
SEASONS = ["spring", "summer", "autumn", "fall", "winter"]
ORDINALS = ["first", "second", "third", "fourth"]
PARTS = ["early", "mid-", "late"]

# One template per date form, grouped by precision; {placeholders} are filled at random.
TEMPLATES = {
    "day": ["{month} {day:02}, {year}", "{abbr} {day}, {year}", "{iso}", "{abbr} {day}",
            "yesterday", "on {weekday}", "{number} days ago"],
    "week": ["this week", "last week", "{year}-W{week:02}"],
    "month": ["{month} {year}", "In {month}", "last month", "late {month}",
              "{number} months later"],
    "season": ["{season} {year}", "the {season} of {year}"],
    "quarter": ["Q{quarter} {year}", "the {ordinal} quarter of {year}"],
    "year": ["{year}", "next year", "late {year}", "mid-{year}", "the end of {year}",
             "about {number} years ago"],
    "decade": ["the {decade}s", "the late {decade}s"],
    "century": ["the {century} century"],
    "open": ["since early {year}", "before {year}", "after {month} {year}"],
}  # fmt: skip


def expressions(count: int, seed: int) -> list[str]:
    """`count` expressions: every template in turn, placeholders drawn from a seeded RNG."""
    rng = random.Random(seed)
    templates = [t for group in TEMPLATES.values() for t in group]
    out = []
    for i in range(count):
        year = rng.randint(1950, 2024)
        fields = {
            "year": year, "day": rng.randint(1, 28), "month": rng.choice(MONTHS),
            "abbr": rng.choice(ABBREVIATIONS), "weekday": rng.choice(WEEKDAYS),
            "iso": f"{year}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
            "number": rng.choice(NUMBER_WORDS), "week": rng.randint(1, 52),
            "season": rng.choice(SEASONS), "quarter": rng.randint(1, 4),
            "ordinal": rng.choice(ORDINALS), "decade": rng.choice(range(1900, 2030, 10)),
            "century": rng.choice(["19th", "20th", "21st"]),
        }  # fmt: skip
        out.append(templates[i % len(templates)].format(**fields))
    rng.shuffle(out)
    return out


def ours(text: str) -> bool:
    try:
        normalise(text, published=PUBLISHED)
    except NotADate:
        return False
    return True


def dateparser_parse(text: str) -> bool:
    settings = {"RELATIVE_BASE": RELATIVE_BASE}
    return dateparser.parse(text, languages=["en"], settings=settings) is not None


_DDP = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": RELATIVE_BASE})


def dateparser_instance(text: str) -> bool:
    return _DDP.get_date_data(text).date_obj is not None


def timed(parse: Callable[[str], bool], texts: list[str]) -> tuple[list[float], int]:
    """Per-expression times in ms after one warm-up pass, and how many resolved."""
    for text in texts:
        parse(text)
    times, resolved = [], 0
    for text in texts:
        start = time.perf_counter_ns()
        resolved += parse(text)
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times, resolved


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    texts = expressions(args.count, args.seed)
    contenders = {
        "events.normalise": ours,
        "dateparser.parse": dateparser_parse,
        "DateDataParser (one instance)": dateparser_instance,
    }
    results = {}
    for name, parse in contenders.items():
        print(f"  ... timing {name}: a warm-up pass, then each expression", flush=True)
        results[name] = timed(parse, texts)
    print(f"{len(texts)} expressions, seed {args.seed}, published {PUBLISHED}\n")
    print(f"{'parser':<32}{'median ms':>11}{'p95 ms':>10}{'resolved':>12}")
    for name, (times, resolved) in results.items():
        print(
            f"{name:<32}{statistics.median(times):>11.4f}{p95(times):>10.4f}"
            f"{resolved:>7} / {len(texts)}"
        )
    met = report(results)
    return 1 if args.check and not met else 0


def report(results: dict) -> bool:
    """The comparison against the faster way of calling dateparser, and the target."""
    our_median = statistics.median(results["events.normalise"][0])
    rival = min(
        (name for name in results if name != "events.normalise"),
        key=lambda name: statistics.median(results[name][0]),
    )
    ratio = statistics.median(results[rival][0]) / our_median
    print(f"\ncompared with the faster dateparser call: {rival}")
    print(f"ratio (dateparser / ours): {ratio:.1f}x")
    met = our_median <= TARGET_MS and ratio > 1
    verdict = "MET" if met else "MISSED"
    print(f"target: median <= {TARGET_MS} ms and faster than dateparser -> {verdict}")
    return met


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20241025)
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())

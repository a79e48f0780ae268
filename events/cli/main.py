"""The command line: `python -m events normalise TEXT ...` and `python -m events show ...`."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date

from events.cli import convert as cli_convert
from events.cli import extract as cli_extract
from events.dataset import Dataset, DatasetError, event_row, load_dataset
from events.dataset.rows import LIST_COLUMNS, why_not_a_date
from events.dates.normalise import normalise

SHOW_COLUMNS = (
    "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
    "title", "actors", "places", "topics", "error",
)  # fmt: skip
WIDTHS = {"title": 40, "actors": 30, "places": 30, "topics": 30, "date": 30}


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (2 for bad input or an unreadable file)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error argparse has already reported
        return exit_.code if isinstance(exit_.code, int) else 2
    return args.run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m events",
        description="Timeline Desk: read dates in news text, and inspect event datasets.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _add_normalise(commands)
    _add_show(commands)
    cli_convert.add_parser(commands)
    cli_extract.add_parsers(commands, iso_date)
    return parser


def _add_normalise(commands) -> None:
    norm = commands.add_parser(
        "normalise",
        help="read one date expression and print its span as JSON",
        description="Read one date expression, e.g. 'late 2022' or 'Oct. 27', and print the"
        " span it names as JSON.",
    )
    norm.add_argument("text", metavar="TEXT", help="the date expression, e.g. 'since late 2020'")
    norm.add_argument(
        "--published",
        type=iso_date,
        required=True,
        metavar="DATE",
        help="the story's publication date, YYYY-MM-DD",
    )
    norm.add_argument(
        "--anchor",
        type=iso_date,
        metavar="DATE",
        help="the date the text is relative to, if not the publication date",
    )
    norm.set_defaults(run=run_normalise)


def _add_show(commands) -> None:
    show = commands.add_parser(
        "show",
        help="print a dataset's events, errors included",
        description="Print every event of a dataset (CSV or JSON), rows with errors included.",
    )
    show.add_argument(
        "dataset",
        nargs="?",
        metavar="DATASET",
        help="a .csv or .json events file (default: the built-in dataset)",
    )
    show.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="aligned plain text (default) or JSON",
    )
    show.add_argument(
        "--published",
        type=iso_date,
        metavar="DATE",
        help="publication date for rows that give none, YYYY-MM-DD",
    )
    show.set_defaults(run=run_show)


def iso_date(text: str) -> date:
    """An argparse type: a YYYY-MM-DD date."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            return date.fromisoformat(text.strip())
        reason = "expected YYYY-MM-DD"
    except ValueError as exc:
        reason = str(exc)
    raise argparse.ArgumentTypeError(f"{text!r} is not a date ({reason})")


def run_normalise(args: argparse.Namespace) -> int:
    try:
        span = normalise(args.text, published=args.published, anchor=args.anchor)
    except (ValueError, OverflowError) as exc:
        print(f"not a date: {args.text!r} ({why_not_a_date(exc)})", file=sys.stderr)
        return 2
    print(json.dumps(span.as_dict(), indent=2, ensure_ascii=False))
    return 0


def run_show(args: argparse.Namespace) -> int:
    try:
        dataset = load_dataset(args.dataset, published=args.published)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(show_json(dataset) if args.format == "json" else show_table(dataset))
    return 0


def show_rows(dataset: Dataset) -> list[dict]:
    """The shown columns of each event."""
    return [{name: event_row(event)[name] for name in SHOW_COLUMNS} for event in dataset.events]


def show_json(dataset: Dataset) -> str:
    events = [
        {**row, **{name: [p for p in row[name].split("; ") if p] for name in LIST_COLUMNS}}
        for row in show_rows(dataset)
    ]
    payload = {"name": dataset.name, "path": dataset.path, "events": events}
    return json.dumps(payload, indent=2, ensure_ascii=False)


def show_table(dataset: Dataset) -> str:
    """Aligned plain text: a heading, one line per event, and a count of errors."""
    cells = [[_cell(name, row[name]) for name in SHOW_COLUMNS] for row in show_rows(dataset)]
    widths = [
        max([len(name)] + [len(line[i]) for line in cells]) for i, name in enumerate(SHOW_COLUMNS)
    ]
    widths[-1] = len(SHOW_COLUMNS[-1])  # the error runs on at the end of the line, never cut
    rule = ["-" * width for width in widths]
    lines = [_join(line, widths) for line in [list(SHOW_COLUMNS), rule, *cells]]
    count, bad = len(dataset.events), len(dataset.errors)
    summary = f"{count} event{'s' if count != 1 else ''}, {bad} with errors"
    return "\n".join([dataset.name, "", *lines, "", summary])


def _cell(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    text = " ".join(str(value).split())
    limit = WIDTHS.get(name)
    return text[: limit - 1].rstrip() + "…" if limit and len(text) > limit else text


def _join(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

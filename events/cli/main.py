"""The command line: `python -m events normalise TEXT ...` and `python -m events show ...`.

`show` reads its dataset an event at a time and keeps only each row's shown cells, so a file of
any size is shown in memory about its own size. Text from the file reaches the terminal with
control characters (ESC and the rest of C0 and C1, DEL, bidirectional marks) escaped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from events.cli import convert as cli_convert
from events.cli import extract as cli_extract
from events.cli.convert import printable
from events.dataset import DatasetError, event_row
from events.dataset.load import EventStream, stream_dataset
from events.dataset.rows import LIST_COLUMNS, why_not_a_date
from events.dates.normalise import normalise
from events.event import Event
from events.formats.base import json_pieces

SHOW_COLUMNS = (
    "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
    "title", "actors", "places", "topics", "error",
)  # fmt: skip
WIDTHS = {"title": 40, "actors": 30, "places": 30, "topics": 30, "date": 30}
SEPARATOR = "\x1f"  # between a row's kept cells; never in a cell (escaped by `printable`)
# What json.dumps leaves raw in a string: DEL, C1 controls, bidirectional marks.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def program_name(script: str, module: str) -> str:
    """How the user started us, for usage lines: the installed `script`, else `module`."""
    return script if Path(sys.argv[0]).name == script else module


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
        prog=program_name("timeline-desk", "python -m events"),
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
    print(json_printable(json.dumps(span.as_dict(), indent=2, ensure_ascii=False)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    try:
        stream = stream_dataset(args.dataset, published=args.published)
    except DatasetError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    for piece in show_json(stream) if args.format == "json" else show_table(stream):
        sys.stdout.write(piece)
    sys.stdout.write("\n")
    return 0


def shown(event: Event) -> dict:
    """The shown columns of one event."""
    row = event_row(event)
    return {name: row[name] for name in SHOW_COLUMNS}


def show_json(stream: EventStream) -> Iterator[str]:
    """{"name", "path", "events"} as indented JSON, an event at a time."""
    events = ({**row, **{name: [p for p in row[name].split("; ") if p] for name in LIST_COLUMNS}}
              for row in map(shown, stream.events))  # fmt: skip
    pieces = json_pieces({"name": stream.name, "path": stream.path}, "events", events)
    return map(json_printable, pieces)


def json_printable(text: str) -> str:
    """JSON text with what json.dumps leaves raw in strings written as \\u escapes."""
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def show_table(stream: EventStream) -> Iterator[str]:
    """Aligned plain text: a heading, one line per event, and a count of errors."""
    widths = [len(name) for name in SHOW_COLUMNS]
    rows, bad = [], 0
    for event in stream.events:
        cells = [_cell(name, value) for name, value in shown(event).items()]
        widths = [max(width, len(cell)) for width, cell in zip(widths, cells, strict=True)]
        rows.append(SEPARATOR.join(cells))
        bad += bool(event.error)
    widths[-1] = len(SHOW_COLUMNS[-1])  # the error runs on at the end of the line, never cut
    yield _cell("name", stream.name) + "\n\n"
    yield _join(list(SHOW_COLUMNS), widths) + "\n" + _join(["-" * w for w in widths], widths)
    for row in rows:
        yield "\n" + _join(row.split(SEPARATOR), widths)
    yield f"\n\n{len(rows)} event{'s' if len(rows) != 1 else ''}, {bad} with errors"


def _cell(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    text = printable(" ".join(str(value).split()))
    limit = WIDTHS.get(name)
    return text[: limit - 1].rstrip() + "…" if limit and len(text) > limit else text


def _join(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

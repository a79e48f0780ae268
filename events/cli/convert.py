"""`python -m events convert [IN] --to FORMAT [--out FILE] [--from FORMAT]`: one dataset, any
format of the registry (events.formats) in, any writable one out.

Events go from reader to writer one at a time where both formats allow it (a native CSV in;
CSV, JSON or iCalendar out), so a file of any size converts in little memory. A file that
cannot be read is refused before anything is written; `--out` is written to a temporary file
beside it and renamed when complete, so a failure never leaves half a file.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from events import formats
from events.dataset import DatasetError
from events.dataset.load import EventStream, stream_dataset, stream_from_bytes
from events.event import Event

STDIN = "-"
# C0 and C1 controls (ESC among them), DEL, and the marks that reorder text in a terminal.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe for a terminal: each control character written as an escape (\\x1b)."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def add_parser(subparsers) -> None:
    """Register the `convert` command on an argparse subparsers object."""
    convert = subparsers.add_parser(
        "convert",
        help="convert a dataset to CSV, JSON, TimelineJS (JSON or sheet CSV) or iCalendar",
        description="Read a dataset (any readable format, detected from content and extension)"
        " and write it in another format, to a file or to standard output.",
    )
    convert.add_argument("input", nargs="?", metavar="IN",
                         help="the dataset file, - for standard input (default: the built-in"
                         " dataset)")  # fmt: skip
    convert.add_argument("--to", required=True, choices=formats.writable(), dest="to_format",
                         help="the format to write")  # fmt: skip
    convert.add_argument(
        "--from",
        choices=formats.readable(),
        dest="from_format",
        help="the input's format, when detection should not decide",
    )
    convert.add_argument("--out", metavar="FILE", help="the file to write (default: stdout)")
    convert.set_defaults(run=run)


@dataclass
class Tally:
    """What went through: how many events, which had no date, which the target format cannot
    hold and why (iCalendar and a BC date), how many had errors."""

    count: int = 0
    undated: list[str] = field(default_factory=list)
    errors: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # ("id (date)", why)

    def counted(self, events: Iterator[Event], target: formats.Format) -> Iterator[Event]:
        for event in events:
            self.count += 1
            self.errors += bool(event.error)
            if event.span is None:
                self.undated.append(event.id)
            elif why := target.left_out(event):
                named = f"{event.id} ({event.date})" if event.date else event.id
                self.refused.append((named, why))
            yield event


def run(args: argparse.Namespace) -> int:
    """Convert; 0 on success, 2 when the input cannot be read or the output written."""
    try:
        stream = read_stream(args.input, args.from_format)
    except DatasetError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    target, tally = formats.get(args.to_format), Tally()
    pieces = target.pieces(tally.counted(stream.events, target), stream.name)
    try:
        _write(pieces, args.out)
    except OSError as exc:
        print(f"error: cannot write {printable(args.out or 'stdout')}: {exc.strerror or exc}",
              file=sys.stderr)  # fmt: skip
        return 2
    for line in report(tally, target, args.out):
        print(printable(line), file=sys.stderr)
    return 0


def read_stream(source: str | None, fmt: str | None) -> EventStream:
    """The input's events, one at a time; DatasetError when it cannot be read."""
    if source == STDIN:
        return stream_from_bytes(sys.stdin.buffer.read(), source_name="stdin", fmt=fmt)
    if source is None and fmt:
        raise DatasetError("--from needs an input file")
    return stream_dataset(source, fmt=fmt)


def _write(pieces: Iterator[str], out: str | None) -> None:
    if out is None:
        for piece in pieces:
            sys.stdout.write(piece)
        return
    target = Path(out)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as file:
            for piece in pieces:
                file.write(piece)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def report(tally: Tally, target: formats.Format, out: str | None) -> list[str]:
    """What was written, and what could not go in: said on stderr, never silently dropped."""
    lines = []
    if target.needs_dates:
        lines += [f"left out (no readable date, {target.label} needs one): {event_id}"
                  for event_id in tally.undated]  # fmt: skip
    lines += [f"left out of {target.label}: {event_id}: {why}" for event_id, why in tally.refused]
    if tally.errors:
        lines.append(f"{tally.errors} event(s) with errors; see `python -m events show`")
    if out is not None:
        lines.insert(0, f"wrote {out} ({target.label}, {tally.count} events read)")
    return lines

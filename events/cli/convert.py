"""`python -m events convert [IN] --to FORMAT [--out FILE] [--from FORMAT]`: one dataset, any
format of the registry (events.formats) in, any writable one out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from events import formats
from events.dataset import Dataset, DatasetError, dataset_from_bytes, load_dataset

STDIN = "-"


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
    convert.add_argument("--from", choices=formats.readable(), dest="from_format",
                         help="the input's format, when detection should not decide")
    convert.add_argument("--out", metavar="FILE", help="the file to write (default: stdout)")
    convert.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Convert; 0 on success, 2 when the input cannot be read or the output written."""
    try:
        dataset = _read(args.input, args.from_format)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    target = formats.get(args.to_format)
    text = target.writer(dataset.events, dataset.name)
    try:
        _write(text, args.out)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for line in report(dataset, target, args.out):
        print(line, file=sys.stderr)
    return 0


def _read(source: str | None, fmt: str | None) -> Dataset:
    if source == STDIN:
        return dataset_from_bytes(sys.stdin.buffer.read(), source_name="stdin", fmt=fmt)
    if source is None and fmt:
        raise DatasetError("--from needs an input file")
    return load_dataset(source, fmt=fmt)


def _write(text: str, out: str | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    Path(out).write_text(text, encoding="utf-8", newline="")


def report(dataset: Dataset, target: formats.Format, out: str | None) -> list[str]:
    """What was written, and what could not go in: said on stderr, never silently dropped."""
    lines = []
    if target.needs_dates:
        left_out = [event for event in dataset.events if event.span is None]
        lines += [f"left out (no readable date, {target.label} needs one): {event.id}"
                  for event in left_out]  # fmt: skip
    if dataset.errors:
        lines.append(f"{len(dataset.errors)} event(s) with errors; see `python -m events show`")
    if out is not None:
        lines.insert(0, f"wrote {out} ({target.label}, {len(dataset.events)} events read)")
    return lines

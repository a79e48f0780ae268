"""`python -m dashboard.export [DATASET] --format png|svg|pdf --out FILE ...`: the timeline of a
dataset (filtered, titled, credited) as an image, with its alt text written beside it; with
`--handout 1|6`, the Present deck of the same events as a PDF handout instead."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dashboard.chart.lanes import lane_palette
from dashboard.chart.scales import SCALES
from dashboard.export.credits import (
    alt_text,
    credit_line,
    default_subtitle,
    file_name,
    nothing_to_draw,
)
from dashboard.export.downloads import reference_date
from dashboard.export.handout.pdf import PER_PAGE, handout_pdf, page_count, too_many
from dashboard.export.images import FORMATS, ExportUnavailable, export_image
from dashboard.export.looks import LOOKS, PRESETS
from dashboard.filters import filter_events
from dashboard.frame import events_frame
from dashboard.present.slides import slide_order
from dashboard.state.bounds import BoundError, read_bound
from dashboard.state.view import LANES, ViewState, chart_view
from events.cli.main import program_name
from events.dataset import DatasetError, load_dataset
from events.dataset.builtin import BUILTINS, builtin_dataset

UNAVAILABLE = 3  # exit status when no browser can draw the image


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name("timeline-desk-export", "python -m dashboard.export"),
        description="Export a dataset's timeline as a PNG, SVG or PDF image, with a title, a"
        " credit line and alt text (written to FILE.alt.txt).",
    )
    parser.add_argument("dataset", nargs="?", metavar="DATASET",
                        help="a dataset file, or a built-in by name: news (the default) or"
                        " history")
    parser.add_argument("--format", choices=FORMATS, dest="fmt",
                        help="image format (default: from --out's extension, else png)")
    parser.add_argument("--out", metavar="FILE",
                        help="where to write (default: a name saying what is in the image)")
    parser.add_argument("--preset", choices=list(PRESETS), default="web",
                        help="; ".join(f"{p.name}: {p.label}" for p in PRESETS.values()))
    parser.add_argument("--theme", choices=list(LOOKS), default="light")
    parser.add_argument("--lanes", choices=LANES, default="topic",
                        help="one lane per first topic (default), per first actor, or one lane")
    parser.add_argument("--scale", choices=SCALES, default="auto",
                        help="time scale; auto is collapsed when most events crowd together")
    parser.add_argument("--title", help="default: the dataset's name")
    parser.add_argument("--subtitle", help="default: how many events, and the filters")
    parser.add_argument("--topic", action="append", default=[], help="keep events with this"
                        " topic (repeat for any of several)")
    parser.add_argument("--actor", action="append", default=[], help="keep events naming this"
                        " actor (repeat for any of several)")
    parser.add_argument("--from", type=_bound("from"), dest="date_from", metavar="DATE",
                        help="keep events that reach DATE or later (YYYY-MM-DD, or a year:"
                        " 264 BC, AD 79, -263)")
    parser.add_argument("--to", type=_bound("to"), dest="date_to", metavar="DATE",
                        help="keep events that start by DATE (YYYY-MM-DD, or a year, to its"
                        " end)")
    parser.add_argument("--handout", type=int, choices=PER_PAGE, metavar="1|6",
                        help="write the Present deck of the events as a PDF handout instead,"
                        " 1 or 6 slides per page (--title names its opening slide)")
    return parser  # fmt: skip


def _bound(side: str):
    """An argparse type: a From (`side` "from") or To bound, as the sidebar reads it."""

    def read(text: str):
        try:
            return read_bound(text, side)
        except BoundError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return read


def main(argv: list[str] | None = None) -> int:
    """Export one image; 0 on success, 2 for bad input or filters that leave nothing to draw,
    3 when no browser is available."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        named = args.dataset in BUILTINS
        dataset = builtin_dataset(args.dataset) if named else load_dataset(args.dataset)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    state = ViewState(topics=tuple(args.topic), actors=tuple(args.actor),
                      date_from=args.date_from, date_to=args.date_to, lanes=args.lanes,
                      scale=args.scale)  # fmt: skip
    if args.handout:
        return _handout(args, dataset, state)
    return _export(args, dataset, state)


def _export(args: argparse.Namespace, dataset, state: ViewState) -> int:
    frame = events_frame(dataset.events)
    shown = filter_events(frame, state)
    empty = nothing_to_draw(state, shown, len(frame))
    if empty:
        print(f"error: {empty}", file=sys.stderr)
        return 2
    fmt = args.fmt or _format_of(args.out)
    out = Path(args.out or file_name(dataset.name, state, shown, preset=args.preset, fmt=fmt,
                                     theme=args.theme))  # fmt: skip
    title = dataset.name if args.title is None else args.title
    subtitle = args.subtitle
    if subtitle is None:
        subtitle = default_subtitle(state, len(shown), len(frame))
    unwritable = _prepare_folder(out)
    if unwritable:
        print(f"error: cannot write {out}: {unwritable}", file=sys.stderr)
        return 2
    alt = alt_text(shown, title=title, lanes=args.lanes)
    view = chart_view(state, shown, reference=reference_date(frame),
                      palette=lane_palette(frame, args.lanes))  # fmt: skip
    try:
        image = export_image(
            shown, view, fmt=fmt, preset=args.preset, theme=args.theme, title=title,
            subtitle=subtitle, credit=credit_line(event.source for event in dataset.events),
            alt=alt,
        )  # fmt: skip
    except ExportUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return UNAVAILABLE
    out.write_bytes(image)
    alt_file = Path(f"{out}.alt.txt")
    alt_file.write_text(alt + "\n", encoding="utf-8")
    print(f"wrote {out} and {alt_file}")
    return 0


def _handout(args: argparse.Namespace, dataset, state: ViewState) -> int:
    """Write the handout of the filtered events; 2 when it cannot be made as asked."""
    frame = events_frame(dataset.events)
    shown = filter_events(frame, state)
    order = slide_order(shown)
    problem = (_handout_format(args) or nothing_to_draw(state, shown, len(frame))
               or too_many(order))  # fmt: skip
    out = Path(args.out or file_name(dataset.name, state, shown, fmt="pdf",
                                     preset=f"handout-{args.handout}-per-page"))  # fmt: skip
    unwritable = "" if problem else _prepare_folder(out)
    problem = problem or (f"cannot write {out}: {unwritable}" if unwritable else "")
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    title = dataset.name if args.title is None else args.title
    try:
        pdf = handout_pdf(order, title, args.handout)
    except ExportUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return UNAVAILABLE
    out.write_bytes(pdf)
    print(f"wrote {out}: {len(order) + 2} slides on {page_count(order, args.handout)} pages")
    return 0


def _handout_format(args: argparse.Namespace) -> str:
    """Why the format asked for is no handout's (a handout is a PDF), or ""."""
    if args.fmt not in (None, "pdf"):
        return f"a handout is a PDF, not {args.fmt.upper()}: leave out --format"
    if args.out and Path(args.out).suffix.lower() != ".pdf":
        return f"a handout is a PDF: name the file with .pdf, not {args.out!r}"
    return ""


def _prepare_folder(out: Path) -> str:
    """Make the file's folder when it is missing; why it cannot be written there, or ""."""
    if out.parent.exists() and not out.parent.is_dir():
        return f"{out.parent} is a file, not a folder"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return exc.strerror or str(exc)
    if out.is_dir():
        return "it is a folder"
    return "" if os.access(out.parent, os.W_OK) else "the folder is not writable"


def _format_of(out: str | None) -> str:
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    return suffix if suffix in FORMATS else "png"


if __name__ == "__main__":
    raise SystemExit(main())

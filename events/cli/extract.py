"""`python -m events extract FILE...` and `python -m events evaluate CORPUS_DIR`."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from dataclasses import fields
from functools import partial
from pathlib import Path

from events.article.dateline import dateline_date
from events.article.extract import GENRES, Extracted, extract
from events.article.text import ArticleError
from events.article.text import article_text as read_article
from events.article.to_events import article_events
from events.formats import native

__all__ = ["add_parsers", "read_article", "rows_csv", "rows_json"]

COLUMNS = tuple(f.name for f in fields(Extracted))
NO_CORPUS = ("evaluate needs a folder of TimeML (.tml) files, such as TimeBank + AQUAINT (TBAQ,"
             " from TempEval-3) or WikiWars; corpora are not shipped with Timeline Desk, so get"
             " one and pass its folder")  # fmt: skip


def add_parsers(commands, iso_date) -> None:
    """Add the extract and evaluate commands; `iso_date` is the CLI's YYYY-MM-DD type."""
    ext = commands.add_parser(
        "extract",
        help="list every dated expression of one or more articles",
        description="Read articles (plain text, Markdown or HTML; '-' reads standard input)"
        " and print every temporal expression with its resolved span, one row each.",
    )
    ext.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for stdin")
    ext.add_argument("--published", type=iso_date, metavar="DATE",
                     help="publication date, YYYY-MM-DD (default: read from the dateline)")
    ext.add_argument("--format", choices=("json", "csv", "dataset"), default="json",
                     help="output format: the rows as JSON or CSV, or 'dataset': the articles'"
                     " events as a Timeline Desk CSV (ranges joined, datelines left out), ready"
                     " for make run DATASET=...")
    _add_genre(ext)
    ext.set_defaults(run=run_extract)
    ev = commands.add_parser(
        "evaluate",
        help="score the extractor on a TimeML corpus (TempEval-3 figures)",
        description="Score events.extract against the gold TIMEX3 of every .tml file under"
        " each CORPUS_DIR: relaxed and strict P/R/F1, value accuracy and value F1 (exact and"
        " convention-equivalent), one corpus after the other.",
    )
    ev.add_argument("corpora", nargs="+", metavar="CORPUS_DIR",
                    help="folders of TimeML (.tml) files")
    ev.add_argument("--types", default="DATE,TIME", help="TIMEX3 types scored (DATE,TIME)")
    ev.add_argument("--baseline", choices=("dateparser",), help="also score this baseline")
    ev.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print the N most frequent mistakes")
    _add_genre(ev)
    ev.set_defaults(run=run_evaluate)


def _add_genre(command) -> None:
    command.add_argument("--genre", choices=GENRES, default="auto",
                         help="how the story's time moves: 'news' counts year-less dates from"
                         " publication, 'history' from the year the text last gave; 'auto'"
                         " (default) decides for each document from its text")  # fmt: skip


def _articles(names: list[str]):
    """(name, text or None, error) for each file named; '-' is standard input."""
    for name in names:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            yield name, read_article(name, data), ""
        except OSError as exc:
            yield name, None, exc.strerror or str(exc)
        except ArticleError as exc:
            yield name, None, str(exc).removeprefix(f"{name}: ")


def run_extract(args: argparse.Namespace) -> int:
    rows, events, taken, failed = [], [], set(), 0
    for name, text, error in _progress(list(_articles(args.files)), len(args.files)):
        published = args.published or (dateline_date(text) if text is not None else None)
        if text is not None and published is None:
            error = "no publication date: give --published or an article with a dateline"
        if error:
            print(f"error: {name}: {error}", file=sys.stderr)
            failed += 1
            continue
        found = extract(text, published=published, source=name, genre=args.genre)
        rows.extend(found)
        events.extend(article_events(found, text, taken))  # ids unique across articles
    print(_written(args.format, rows, events), end="")
    return 1 if failed else 0


def _written(form: str, rows: list[Extracted], events: list) -> str:
    if form == "dataset":
        return native.write_csv(events)
    return rows_csv(rows) if form == "csv" else rows_json(rows)


def _progress(items: list, count: int):
    if count < 5:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="articles", unit="file", file=sys.stderr)


def rows_json(rows: list[Extracted]) -> str:
    return json.dumps([row.as_dict() for row in rows], indent=2, ensure_ascii=False) + "\n"


def rows_csv(rows: list[Extracted]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        cells = row.as_dict()
        cells["sentence"] = f"{row.sentence[0]}-{row.sentence[1]}"
        writer.writerow({k: "" if v is None else v for k, v in cells.items()})
    return out.getvalue()


def run_evaluate(args: argparse.Namespace) -> int:
    """Score every corpus named; 2, with nothing scored, when one cannot be read."""
    from events.evaluation.timeml import TimeMLError, read_corpus

    corpora = []
    for folder in args.corpora:
        if not Path(folder).is_dir():
            print(f"error: no corpus at {folder}: {NO_CORPUS}", file=sys.stderr)
            return 2
        try:
            documents = read_corpus(folder)
        except TimeMLError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if not documents:
            print(f"error: {folder}: no .tml files", file=sys.stderr)
            return 2
        corpora.append((folder, documents))
    for folder, documents in corpora:
        _score_corpus(folder, documents, args)
    return 0


def _score_corpus(folder: str, documents: list, args: argparse.Namespace) -> None:
    from events.evaluation.baseline import BASELINES
    from events.evaluation.evaluate import (
        evaluate,
        extractor_mentions,
        format_error,
        format_figures,
        worst_errors,
    )

    types = frozenset(t.strip().upper() for t in args.types.split(",") if t.strip())
    print(f"{folder}: {len(documents)} documents, types {','.join(sorted(types))}")
    ours = evaluate(documents, partial(extractor_mentions, genre=args.genre), types=types)
    print(format_figures("events.extract", ours))
    if args.baseline:
        print(format_figures(args.baseline, evaluate(documents, BASELINES[args.baseline],
                                                     types=types)))
    for count, error in worst_errors(ours.errors, args.errors):
        print(format_error(count, error))

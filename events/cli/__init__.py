"""The command line, `python -m events` (and `timeline-desk`): normalise and show (main),
extract and evaluate (extract), convert (convert)."""

from events.cli.main import build_parser, iso_date, main

__all__ = ["build_parser", "iso_date", "main"]

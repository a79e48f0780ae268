"""CSV cells: records read from comma- or tab-separated text, and spreadsheet-safe cells out.

In, the separator is a tab when the header line is tab-separated (as spreadsheets save
"Unicode text"), else a comma. A cell may hold up to MAX_CELL characters (a 1 MB title is
read back whole); a longer one is named with its line and column, as is text that is not CSV.

Out, a cell starting with =, +, -, @, a tab or a carriage return is written with a leading
apostrophe, as OWASP advises against CSV injection. So that reading undoes exactly what writing
added, a cell that already starts with an apostrophe gets one more. Reading drops one
apostrophe only where it stands before one of those characters or before another apostrophe:
"'=SUM(A1)" reads as "=SUM(A1)", "''90s" as "'90s", and "'90s" stays "'90s".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence

from events.formats.base import DatasetError

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

RISKY = ("=", "+", "-", "@", "\t", "\r")
MARK = "'"
MAX_CELL = 16 * 1024 * 1024  # characters in one cell
HEADER_NAMES = frozenset({"date", "title", "year", "headline"})  # what a header names
CHUNK = 64 * 1024  # characters of written CSV handed on at a time

# The csv module's own limit (128 KB a field) would refuse a long title with "check the
# quotes"; the text is in memory already, so no field can outgrow it, and MAX_CELL is checked
# per cell below, where its line and column are known.
csv.field_size_limit(2**31 - 1)


def neutralise(value: str) -> str:
    """`value` made inert for a spreadsheet; `restore` gives it back."""
    return MARK + value if value.startswith((*RISKY, MARK)) else value


def restore(value: str) -> str:
    """The text `neutralise` was given."""
    if value.startswith(MARK) and value[1:].startswith((*RISKY, MARK)):
        return value[1:]
    return value


def neutralise_row(row: dict) -> dict:
    """Every text cell of a CSV row made inert."""
    return {key: neutralise(v) if isinstance(v, str) else v for key, v in row.items()}


def csv_lines(fieldnames: Sequence[str], records: Iterable[dict]) -> Iterator[str]:
    """CSV text of a header and `records`, every cell made inert, in pieces of about CHUNK
    characters: written as it is made, never held whole."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(neutralise_row(record))
        if out.tell() >= CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def delimiter(text: str) -> str:
    """A tab when the first line is a tab-separated header, else a comma."""
    first_line = text.lstrip().partition("\n")[0]
    names = {cell.strip().strip('"').lower() for cell in first_line.split("\t")}
    return "\t" if "\t" in first_line and names & HEADER_NAMES else ","


def csv_records(text: str, source_name: str) -> Iterator[tuple[int, list | None, list[str]]]:
    """(line, header, cells) for each non-blank record; header is None on the header itself.
    Cells are stripped of the apostrophe that made them spreadsheet-safe."""
    reader = csv.reader(_lines(text), delimiter=delimiter(text), strict=True)
    header, last_line = None, 0
    try:
        for cells in reader:
            first_line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            _check_sizes(cells, header, f"{source_name}, line {first_line}")
            if header is None:
                yield first_line, None, cells
                header = [cell.strip().lower() for cell in cells]
                continue
            yield first_line, header, [restore(cell) for cell in cells]
    except csv.Error as exc:  # reported at the line where the unreadable row begins
        raise DatasetError(
            f"{source_name}, line {last_line + 1}: not valid CSV ({exc}); check the quotes"
        ) from None


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their ends (\\n, \\r\\n or \\r), as io.StringIO(text, newline="")
    gives them, one at a time: no second copy of a big file's text."""
    return (m.group(0) for m in _LINE.finditer(text))


def _check_sizes(cells: list[str], header: list[str] | None, where: str) -> None:
    if max(map(len, cells)) <= MAX_CELL:
        return
    for number, cell in enumerate(cells, 1):
        if len(cell) > MAX_CELL:
            named = header[number - 1] if header and number <= len(header) else ""
            column = f"column {named}" if named else f"column {number}"
            raise DatasetError(
                f"{where}, {column}: a cell of {len(cell) / 2**20:.1f} million characters, more"
                f" than the {MAX_CELL // 2**20} million a cell may hold (if it is not meant"
                f" to be, a quote opened in this cell is closed too late)"
            )

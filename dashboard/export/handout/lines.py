"""Text broken into lines that fit a width, measured with the chart's character widths
(dashboard.chart.text_width); what does not fit in the lines allowed ends in "…"."""

from __future__ import annotations

from dashboard.chart.text_width import text_px
from dashboard.details import TRAILING

ELLIPSIS = "…"


def fit(text: str, size: float, width: float, max_lines: int, bold: bool = False
        ) -> tuple[str, ...]:  # fmt: skip
    """`text` in at most `max_lines` lines of at most `width` px at `size` px; when it needs
    more, the last line kept is cut and ends in "…"."""
    if max_lines < 1:
        return ()
    lines = wrap(text, size, width, bold, limit=max_lines + 1)
    if len(lines) <= max_lines:
        return tuple(lines)
    return (*lines[: max_lines - 1], ended(lines[max_lines - 1], size, width, bold))


def wrap(text: str, size: float, width: float, bold: bool = False, limit: int = 10_000
         ) -> list[str]:  # fmt: skip
    """Words filled into lines of at most `width` px (a word wider than a line is broken
    between characters); stops once `limit` lines are made."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for piece in _pieces(word, size, width, bold):
            joined = f"{line} {piece}" if line else piece
            if line and text_px(joined, size, bold) > width:
                lines.append(line)
                line = piece
                if len(lines) >= limit:
                    return lines
            else:
                line = joined
    return [*lines, line] if line else lines


def ended(line: str, size: float, width: float, bold: bool = False) -> str:
    """`line` cut so that it and "…" fit `width`: at a word when one is left, else anywhere."""
    room = width - text_px(ELLIPSIS, size, bold)
    words = line.split(" ")
    while len(words) > 1 and text_px(" ".join(words), size, bold) > room:
        words.pop()
    head = " ".join(words).rstrip(TRAILING)
    while head and text_px(head, size, bold) > room:
        head = head[:-1]
    return head.rstrip(TRAILING) + ELLIPSIS


def _pieces(word: str, size: float, width: float, bold: bool) -> list[str]:
    """The word, or, when it is wider than a line, runs of its characters that each fit."""
    if text_px(word, size, bold) <= width:
        return [word]
    pieces, piece = [], ""
    for char in word:
        if piece and text_px(piece + char, size, bold) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]

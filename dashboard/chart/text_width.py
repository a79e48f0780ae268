"""How wide a line of chart text is, in pixels, without a browser.

The chart's font is Arial (Liberation Sans on Linux has the same advance widths), so the widths
below, in thousandths of an em, measured once from Chromium's canvas, give a line's width to
within kerning, which only ever makes text narrower. A letter with an accent is as wide as the
letter; anything else unknown counts as a wide letter, East Asian wide characters as a full em.
"""

from __future__ import annotations

import functools
import unicodedata

FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif"
ASCII = "".join(chr(code) for code in range(32, 127))
REGULAR = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
    722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
    500, 334, 260, 334, 584,
)  # fmt: skip
BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,
    722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
    500, 389, 280, 389, 584,
)  # fmt: skip
PUNCTUATION = {
    "\u2013": 556, "\u2014": 1000, "\u2018": 278, "\u2019": 278, "\u201c": 500,
    "\u201d": 500, "\u2026": 1000, "\u2022": 350, "\u00b7": 278, "\u20ac": 556,
    "\u00a3": 556, "\u00b0": 400, "\u2192": 1000, "\u26a0": 900, "\u00ab": 556,
    "\u00bb": 556, "\u00a0": 278,
}  # fmt: skip
UNKNOWN, WIDE = 700, 1000
WIDTHS = {False: dict(zip(ASCII, REGULAR, strict=True)), True: dict(zip(ASCII, BOLD, strict=True))}


@functools.lru_cache(maxsize=4096)
def char_em(char: str, bold: bool = False) -> int:
    """One character's advance width in thousandths of an em."""
    table = WIDTHS[bold]
    if char in table:
        return table[char]
    if char in PUNCTUATION:
        return PUNCTUATION[char]
    if unicodedata.combining(char):
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return WIDE
    base = unicodedata.normalize("NFKD", char)[:1]
    return table.get(base, UNKNOWN) if base != char else UNKNOWN


def text_px(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of `text` at `size` px."""
    return sum(char_em(char, bold) for char in text) * size / 1000

"""handout.lines: text wrapped to a width with the chart's character widths, cut with "…"."""

from __future__ import annotations

import pytest

from dashboard.chart.text_width import text_px
from dashboard.export.handout.lines import fit

FOX = "The quick brown fox jumps over the lazy dog"


@pytest.mark.parametrize(
    ("text", "width", "max_lines", "expected"),
    [
        (FOX, 100, 3, ("The quick brown fox", "jumps over the lazy", "dog")),
        (FOX, 100, 2, ("The quick brown fox", "jumps over the lazy…")),
        (FOX, 100, 1, ("The quick brown fox…",)),
        (FOX, 1000, 1, (FOX,)),
        (FOX, 100, 0, ()),
        ("", 100, 3, ()),
        ("  spaced \n  out\ttext ", 1000, 1, ("spaced out text",)),
        # punctuation before the cut is dropped, as the screen drops it
        ("Talks ended, then resumed later", 60, 1, ("Talks…",)),
        # a word wider than the line is broken between its letters
        ("Supercalifragilisticexpialidocious", 60, 3, ("Supercalifrag", "ilisticexpialid",
                                                       "ocious")),
        ("Supercalifragilisticexpialidocious", 60, 1, ("Supercalifr…",)),
        ("北京上海广州深圳", 30, 2, ("北京上", "海广…")),  # wide characters count a full em
    ],
)  # fmt: skip
def test_fit_wraps_and_cuts(text, width, max_lines, expected):
    assert fit(text, 10, width, max_lines) == expected


@pytest.mark.parametrize(
    ("text", "bold"),
    [
        (FOX * 40, False),
        (FOX * 40, True),
        ("W" * 500, True),  # the widest letter, no space
        ("x" * 100_000, False),  # a huge word: cut, not laid out whole
        ("“Quoted” \u2013 dashes \u2014 and … ellipses · bullets " * 9, True),
    ],
)
@pytest.mark.parametrize("width", [40, 97, 333])
def test_no_line_is_wider_than_the_room(text, bold, width):
    lines = fit(text, 13, width, 4, bold)
    assert 1 <= len(lines) <= 4
    assert max(text_px(line, 13, bold) for line in lines) <= width
    assert lines[-1].endswith("…")

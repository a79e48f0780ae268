"""The vertical timeline's measures: where the time line and the cards go across the page, how
much room the key and note take above it, and each card's text and height."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.chart import axes, status
from dashboard.chart.labels import wrap_px
from dashboard.chart.text_width import text_px
from dashboard.chart.view import ChartView, Sizes
from dashboard.details import precision_text

PAD, GAP, CARD_PAD, EDGE = 8.0, 6.0, 5.0, 4.0  # px
MAX_LINES = 3  # of a label on a card
INLINE_GAP = 12.0  # px between the date and the label when they share a line
NOTES = {
    "chronological": "Time runs down the page, to scale.",
    "collapsed": "Time runs down; white gaps cut out stretches without events.",
    "sequential": "Events in date order; the time between them is written on the left.",
}


@dataclass(frozen=True)
class Geometry:
    width: float
    top: float  # px above the time line (the key and the note)
    axis_x: float  # the time line
    column: float  # px per column of marks
    cards_x: float
    card_width: float
    line: float  # px per line of card text
    head: float  # font size of a card's first line


def geometry(view: ChartView, sizes: Sizes, rows: pd.DataFrame, lanes, kind: str) -> Geometry:
    """The page's measures for `rows` (their mark columns set) and the lanes in the key."""
    tick_width = text_px("Sep 2022", sizes.tick) + 10
    column = sizes.row * 0.5
    columns = int(rows["column"].max()) + 1 if len(rows) else 1
    axis_x = PAD + tick_width
    cards_x = axis_x + columns * column + 14
    names = [*lanes["lane_label"], *status.key_names(set(status.statuses(rows)))]
    key_rows = axes.key_rows(names, view.width - 2 * PAD, sizes, title="")
    note_lines = len(wrap_px(NOTES[kind], sizes.note, view.width - 2 * PAD))
    top = view.top + key_rows * sizes.key * axes.KEY_LINE + note_lines * sizes.note * 1.4 + 8
    return Geometry(view.width, top, axis_x, column, cards_x, view.width - cards_x - PAD,
                    sizes.font * 1.3, round(sizes.font * 0.85))  # fmt: skip


def room(view: ChartView, geometry: Geometry) -> float | None:
    """The px the time line has on a page; None on a screen, where the figure grows."""
    if view.height is None:
        return None
    return max(view.height - geometry.top - PAD - view.bottom, 1.0)


def card_text(rows: pd.DataFrame, geometry: Geometry, sizes: Sizes) -> pd.DataFrame:
    """Each card's first line (the date as written, its precision) and label lines; where
    both fit on one line (a wide page) they share it, the label after the date."""
    width = geometry.card_width - 2 * CARD_PAD
    heads, bodies, inline = [], [], []
    columns = ("date", "precision", "qualifier", "approximate", "ongoing", "label_text")
    for written, precision, qualifier, approximate, ongoing, label in zip(
        *(rows[name] for name in columns), strict=True
    ):
        flags = {"approximate": approximate, "ongoing": ongoing}
        head = fit(f"{written} · {precision_text(precision, qualifier, flags)}",
                   geometry.head, width)  # fmt: skip
        heads.append(head)
        shared = text_px(head, geometry.head) + INLINE_GAP + text_px(label, sizes.font) <= width
        inline.append(shared)
        bodies.append([label] if shared else _wrap(label, sizes.font, width))
    lines = np.array([len(body) + (0 if one else 1) for body, one in zip(bodies, inline,
                                                                         strict=True)])
    return pd.DataFrame({"head": heads, "body": bodies, "inline": inline,
                         "card_height": lines * geometry.line + 2 * CARD_PAD}, index=rows.index)


def _wrap(text: str, size: float, width: float) -> list[str]:
    """The label in lines that fit the card, at most MAX_LINES (the last cut with "…")."""
    lines = wrap_px(text, size, width)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1] + " …"
    return [fit(line, size, width) for line in lines]


def fit(text: str, size: float, width: float) -> str:
    """`text` cut with "…" until it fits `width` px at `size`."""
    while text_px(text, size) > width and len(text) > 1:
        text = text[:-2].rstrip() + "…"
    return text

"""The horizontal timeline's frame: its margins and height, lane names and bands, the time axis
(Plotly's date ticks, or ours for the collapsed and sequential scales, with each cut's break
drawn), the key's place, the publication line and notes written on the chart.

Margins are set, never left to Plotly, so the plot is exactly as wide as the labels were
placed for.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.chart import theme
from dashboard.chart.drawn import Axis
from dashboard.chart.labels import plain, wrap_px
from dashboard.chart.scales import breaks
from dashboard.chart.text_width import text_px
from dashboard.chart.view import Sizes
from dashboard.details import day_text

SIDE_PX, RIGHT_PX, BOTTOM_PX = 12, 18, 12
KEY_LINE = 1.75  # a key row, in key font sizes
NOTE_LINE = 1.4  # a note's line, in note font sizes
NOTE_GAP = 2  # px between the key's last row and a note under it: their text boxes stay apart
KEY_SYMBOL_PX = 46  # a key item's symbol and gaps
MIN_PLOT_ROWS = 4  # a short timeline still gets this much height
CUT_BAND = "rgba(255,255,255,1)"
# One line per date tick at every zoom (Plotly's own put the year on a second line, into the
# publication label above): the day, the month or the year, with the year when it is needed.
DAY_MS, MONTH_MS = 86_400_000, 2_629_800_000
DATE_TICKS = [
    {"dtickrange": [None, DAY_MS], "value": "%-d %b %Y %H:%M"},
    {"dtickrange": [DAY_MS, MONTH_MS], "value": "%-d %b %Y"},
    {"dtickrange": [MONTH_MS, 12 * MONTH_MS], "value": "%b %Y"},
    {"dtickrange": [12 * MONTH_MS, None], "value": "%Y"},
]


@dataclass(frozen=True)
class Frame:
    """The figure's outer size and margins, and its rows."""

    width: float
    height: float
    left: float
    top: float
    bottom: float
    row_px: float
    reserved: float = 0.0  # px above the key kept for an export's title

    @property
    def plot_width(self) -> float:
        return self.width - self.left - RIGHT_PX

    @property
    def plot_height(self) -> float:
        return self.height - self.top - self.bottom


def left_margin(lane_labels: list[str], sizes: Sizes) -> float:
    """Room for the widest lane name and a gap."""
    widest = max((text_px(label, sizes.lane) for label in lane_labels), default=0)
    return round(widest + 2 * SIDE_PX)


@dataclass(frozen=True)
class Header:
    """What sits above the plot: the key, the scale's note (on the key's line when both fit,
    else on lines of its own), then the publication label and the tick labels."""

    key_rows: int
    note: tuple[str, ...]
    beside: bool

    def top(self, reserved: float, sizes: Sizes) -> float:
        key = self.key_rows * sizes.key * KEY_LINE
        notes = 0 if self.beside else NOTE_GAP + len(self.note) * sizes.note * NOTE_LINE
        return round(reserved + key + notes + sizes.tick * 1.6 + sizes.tick * 1.8)

    def notes(self, frame: Frame, sizes: Sizes) -> list[dict]:
        """The note's lines as annotations (paper coordinates, from the plot's top)."""
        above = frame.top - frame.reserved
        if self.beside:
            y = 1 + (above - sizes.key * KEY_LINE / 2) / frame.plot_height
            return [note(self.note[0], sizes, x=1, xanchor="right", y=y, yanchor="middle")]
        above -= self.key_rows * sizes.key * KEY_LINE + NOTE_GAP
        return [note(line, sizes, y=1 + (above - i * sizes.note * NOTE_LINE) / frame.plot_height,
                     yanchor="top") for i, line in enumerate(self.note)]  # fmt: skip


def header(key_names: list[str], scale_note: str, width: float, sizes: Sizes) -> Header:
    """The header for a key of `key_names` and a note, in a plot `width` px wide."""
    rows = key_rows(key_names, width, sizes)
    used = text_px("Key  ", sizes.key) + sum(KEY_SYMBOL_PX + text_px(name, sizes.key)
                                             for name in key_names)  # fmt: skip
    beside = rows == 1 and used + text_px(scale_note, sizes.note) + 2 * KEY_SYMBOL_PX <= width
    lines = (scale_note,) if beside else tuple(wrap_px(scale_note, sizes.note, width))
    return Header(rows, tuple(plain(line) for line in lines), beside)


def layout(frame: Frame, lanes: pd.DataFrame, axis: Axis, sizes: Sizes, rows: int) -> dict:
    """Size, margins, lane ticks, the time axis over the view, the key on top (a layout dict:
    built once, unvalidated, as Plotly checks every property set one by one)."""
    shown_rows = max(rows, frame.plot_height / frame.row_px)
    return {
        "width": frame.width, "height": frame.height, "autosize": False,
        "barmode": "overlay", "hovermode": "closest", "dragmode": "zoom",
        "margin": {"l": frame.left, "r": RIGHT_PX, "t": frame.top, "b": frame.bottom,
                   "autoexpand": False},
        "legend": _legend(frame, sizes), "font": {"size": sizes.font},
        "yaxis": {
            "tickvals": ((lanes["min"] + lanes["max"]) / 2).to_list(),
            "ticktext": [plain(str(name)) for name in lanes.index],  # markup shows
            "tickfont": {"size": sizes.lane}, "range": [shown_rows - 0.5, -0.5],
            "showgrid": False, "fixedrange": True, "ticks": "", "automargin": False,
        },  # zoom and pan along time only; lanes stay put
        "xaxis": {
            "type": "date" if axis.scale.date_axis else "linear", "side": "top",
            "automargin": False, "range": [axis.low, axis.high],
            "tickfont": {"size": sizes.tick}, "showgrid": True, "zeroline": False,
            **({"tickformatstops": DATE_TICKS} if axis.scale.date_axis else {}),
        },
    }  # fmt: skip


def _legend(frame: Frame, sizes: Sizes) -> dict:
    return {
        "orientation": "h", "x": 0, "xref": "paper", "y": 1 - frame.reserved / frame.height,
        "yref": "container", "yanchor": "top", "itemclick": False, "itemdoubleclick": False,
        "title": {"text": "Key  ", "font": {"size": sizes.key}}, "font": {"size": sizes.key},
    }  # fmt: skip


def key_rows(names: list[str], width: float, sizes: Sizes, title: str = "Key  ") -> int:
    """How many rows a horizontal key needs at `width` px: one when every item fits side by
    side, else as many as Plotly's grid of equal columns (the widest item's) takes."""
    if not names:
        return 1
    items = [KEY_SYMBOL_PX + text_px(name, sizes.key) for name in names]
    room = width - (text_px(title, sizes.key) if title else 0)
    if sum(items) <= room:
        return 1
    columns = max(1, int(room // max(items)))
    return -(-len(items) // columns)


def break_shapes(axis: Axis) -> list[dict]:
    """Each cut: a white band through every lane, and a double slash on the axis line."""
    shapes = []
    for first, last, _ in breaks(axis.scale):
        shapes.append({"type": "rect", "xref": "x", "yref": "paper", "x0": first, "x1": last,
                       "y0": 0, "y1": 1, "fillcolor": CUT_BAND, "line": {"width": 0},
                       "layer": "below", "name": "cut"})  # fmt: skip
        width = last - first
        for share in (0.3, 0.62):
            x = first + width * share
            shapes.append({"type": "line", "xref": "x", "yref": "paper", "name": "cut mark",
                           "x0": x - width * 0.12, "x1": x + width * 0.12, "y0": 0.985,
                           "y1": 1.015, "line": {"color": theme.MUTED, "width": 1.5}})
    return shapes


def lane_bands(lanes: pd.DataFrame) -> list[dict]:
    """Pale bands behind every other lane so lanes read apart."""
    band = {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "layer": "below"}
    band |= {"fillcolor": theme.BAND, "line": {"width": 0}, "name": "lane band"}
    return [
        {**band, "y0": low - 0.5, "y1": high + 0.5}
        for i, (low, high) in enumerate(zip(lanes["min"], lanes["max"], strict=True))
        if i % 2 == 1
    ]


def reference_marks(x: float, reference: pd.Timestamp, sizes: Sizes) -> tuple[dict, dict]:
    """A dashed vertical line at the reference (publication) date, and its label above the
    ticks: (shape, annotation)."""
    line = {"type": "line", "xref": "x", "yref": "paper", "x0": x, "x1": x, "y0": 0, "y1": 1,
            "line": {"color": theme.INK, "width": 1.5, "dash": "dash"}, "name": "reference"}
    label = {"x": x, "xref": "x", "y": 1, "yref": "paper", "yanchor": "bottom",
             "xanchor": "right", "yshift": sizes.tick * 1.6, "showarrow": False,
             "text": f"published {day_text(reference)}", "name": "reference label",
             "font": {"size": sizes.note, "color": theme.INK}}  # fmt: skip
    return line, label


def note(text: str, sizes: Sizes, **place) -> dict:
    """Muted text on the chart itself, so an exported image says it too (an annotation)."""
    return {"text": text, "showarrow": False, "align": "left", "name": "note",
            "font": {"color": theme.MUTED, "size": sizes.note},
            "x": 0, "xanchor": "left", "xref": "paper", "yref": "paper", **place}  # fmt: skip

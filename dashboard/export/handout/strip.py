"""The small overview strip under an event slide: every event of the deck in grey, this one in
vermillion with a dotted line through it, on an axis of dates. The Present tab's overview
(present.slides.overview_figure) is drawn, then moved onto axes of its own inside the slide's
cell, so a page can hold six."""

from __future__ import annotations

import pandas as pd

from dashboard.chart.theme import GRID, MUTED
from dashboard.export.handout.sheets import Box, Sheet
from dashboard.present.slides import overview_figure, year_axis

TICK_PX = 80  # room per date on the axis
# (longer than, tick unit in months or days, date format): years on a strip of years, months
# on one of months, days on a short one; steps are whole units, so no date is written twice.
UNITS = ((pd.Timedelta(days=3 * 366), "M12", "%Y"), (pd.Timedelta(days=92), "M1", "%b %Y"),
         (pd.Timedelta(0), "D1", "%-d %b"))  # fmt: skip
STEPS = (1, 2, 3, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000)
SCREEN_PLOT = 42  # px: the height of the Present tab's overview, less its dates


def strip(order: pd.DataFrame, index: int, box: Box, sheet: Sheet, axis: int
          ) -> tuple[list, list, dict]:  # fmt: skip
    """The traces, shapes and layout axes that draw the overview of `order` (event `index`
    current) in `box`, on x and y axes number `axis` (2 or more)."""
    overview = overview_figure(order, index)
    x, y = f"x{axis}", f"y{axis}"
    plot = Box(box.x, box.y, box.width, box.height - sheet.ticks_room)
    window = overview.layout.xaxis.range
    if overview.layout.xaxis.type == "linear":  # years outside 1000-9999: "250 BC", "66 Ma"
        dates = {"type": "linear", **year_axis(window, box.width, sheet.type.ticks)}
    else:
        dates = {"type": "date", **ticks(window, max(int(box.width // TICK_PX), 2))}
    traces = [_scaled(trace, min(plot.height / SCREEN_PLOT, 1.0)).update(xaxis=x, yaxis=y)
              for trace in overview.data]  # fmt: skip
    shapes = [shape.update(xref=x, yref=f"{y} domain") for shape in overview.layout.shapes]
    axes = {
        f"xaxis{axis}": {
            "range": window, "anchor": y,
            "domain": _across(plot, sheet), "fixedrange": True, "showgrid": True,
            "gridcolor": GRID, "showline": True, "linecolor": MUTED, "ticks": "outside",
            "ticklen": 3, "tickcolor": MUTED, **dates,
            "ticklabeloverflow": "hide past domain",
            "tickfont": {"size": sheet.type.ticks, "color": MUTED}, "automargin": False,
        },
        f"yaxis{axis}": {
            "range": overview.layout.yaxis.range, "anchor": x, "domain": _down(plot, sheet),
            "visible": False, "fixedrange": True,
        },
    }  # fmt: skip
    return traces, shapes, axes


def _scaled(trace, factor: float):
    """The trace's marks `factor` times their size on screen, so a small strip's rows stay
    apart."""
    if trace.marker.size is not None:
        trace.marker.size = trace.marker.size * factor
    if trace.line.width is not None:
        trace.line.width = trace.line.width * factor
    if trace.type == "scatter":  # marks at the strip's edge are drawn whole (WebGL has no such)
        trace.cliponaxis = False
    return trace


def ticks(window, most: int) -> dict:
    """Where the strip's dates go in `window` (its first and last day) and how they are
    written: at most `most` of them, a whole number of years, months or days apart."""
    span = pd.Timestamp(window[1]) - pd.Timestamp(window[0])
    unit, written = next((unit, written) for longer, unit, written in UNITS if span >= longer)
    kind, size = unit[0], int(unit[1:])
    count = span.days / (size * 30.44 if kind == "M" else size)
    step = next((n for n in STEPS if count / n <= most), STEPS[-1]) * size
    dtick = f"M{step}" if kind == "M" else step * 86_400_000  # days in milliseconds
    return {"tickformat": written, "dtick": dtick, "tick0": "2000-01-01"}


def _across(plot: Box, sheet: Sheet) -> list[float]:
    return [plot.x / sheet.width, plot.right / sheet.width]


def _down(plot: Box, sheet: Sheet) -> list[float]:
    return [1 - plot.bottom / sheet.height, 1 - plot.y / sheet.height]

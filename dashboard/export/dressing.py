"""A timeline dressed for publication: title, subtitle and credit line, the chart laid out for
the preset's own pixel size and type (labels placed for that size, never scaled from the
screen's), drawn in a look (light, dark, transparent).

Pure: figures come back new. Text is escaped, so a title or a source name is never read as
Plotly's HTML-like markup, and wrapped to the image's width.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, replace

import pandas as pd
import plotly.graph_objects as go

from dashboard.chart.figure import timeline_figure
from dashboard.chart.text_width import text_px
from dashboard.chart.view import ChartView
from dashboard.export.looks import LOOKS, PRESETS, Look, Preset, painted

LINE = 1.3  # line height, in font sizes
PAD = 14  # px above the title and below the credit
SIDE = 20  # px kept free at each side of the title and credit


@dataclass(frozen=True)
class Dressing:
    """The texts around the chart, wrapped for one preset, and the room they take."""

    title: tuple[str, ...]  # escaped lines
    subtitle: tuple[str, ...]
    credit: tuple[str, ...]
    title_px: float
    subtitle_px: float
    credit_px: float

    @property
    def top(self) -> float:
        """Px above the chart: padding, the title's lines, the subtitle's."""
        title = len(self.title) * self.title_px * LINE
        subtitle = len(self.subtitle) * self.subtitle_px * LINE + (6 if self.subtitle else 0)
        return round(PAD + title + subtitle + (PAD / 2 if self.title or self.subtitle else 0))

    @property
    def bottom(self) -> float:
        """Px below the chart for the credit line."""
        return round(PAD * 2 + len(self.credit) * self.credit_px * LINE) if self.credit else 0


def dressing(preset: Preset, title: str = "", subtitle: str = "", credit: str = "") -> Dressing:
    """The title, subtitle and credit wrapped to `preset`'s width, in type sized for it."""
    width = preset.width - 2 * SIDE
    sizes = (round(preset.font * 1.7), round(preset.font * 1.15), round(preset.font * 0.92))
    return Dressing(
        tuple(wrap(title, sizes[0], width)), tuple(wrap(subtitle, sizes[1], width)),
        tuple(wrap(credit, sizes[2], width)), *sizes,
    )  # fmt: skip


def export_view(view: ChartView, preset: Preset, dressed: Dressing) -> ChartView:
    """`view` at the preset's size and type, with room kept for the texts around the chart."""
    return replace(view, width=round(preset.width), height=round(preset.height),
                   font=preset.font, layout=preset.layout, top=dressed.top,
                   bottom=dressed.bottom)  # fmt: skip


def dressed_figure(df: pd.DataFrame, view: ChartView | None = None, *, preset: str = "web",
                   theme: str = "light", title: str = "", subtitle: str = "",
                   credit: str = "") -> go.Figure:  # fmt: skip
    """The timeline of `df` laid out for `preset`, titled, credited and drawn in `theme`."""
    size = PRESETS[preset]
    dressed = dressing(size, title, subtitle, credit)
    figure = timeline_figure(df, export_view(view or ChartView(), size, dressed))
    return decorate(figure, dressed, LOOKS[theme])


def decorate(fig: go.Figure, dressed: Dressing, look: Look) -> go.Figure:
    """`fig` with the dressing's texts in the room it keeps, recoloured for `look`."""
    out = go.Figure(painted(fig, look))  # a copy: `fig` may be shared
    out.update_layout(
        paper_bgcolor=look.paper, plot_bgcolor=look.paper, font_color=look.ink,
        legend_bgcolor=look.legend, title=_title(dressed, look, out.layout.width),
    )  # fmt: skip
    if dressed.credit:
        out.add_annotation(_credit(dressed, out.layout, look.muted))
    return out


def _title(dressed: Dressing, look: Look, width: float) -> dict:
    """Title and subtitle, wrapped, at the top left of the image."""
    # Plotly lifts a title of several lines by about half a line: measured, and put back.
    lift = dressed.title_px * LINE / 2 if len(dressed.title) > 1 else 0
    return {
        "text": "<br>".join(dressed.title), "x": SIDE / width, "xref": "container",
        "xanchor": "left",
        "y": 1, "yref": "container", "yanchor": "top", "pad": {"t": PAD + lift},
        "font": {"size": dressed.title_px, "color": look.ink},
        "subtitle": {"text": "<br>".join(dressed.subtitle),
                     "font": {"size": dressed.subtitle_px, "color": look.muted}},
    }  # fmt: skip


def _credit(dressed: Dressing, layout, colour: str) -> dict:
    """The credit line at the bottom left of the image, inside the room kept for it."""
    margin = layout.margin
    plot_width = layout.width - (margin.l or 0) - (margin.r or 0)
    above = (margin.b or 0) - dressed.bottom  # the chart's own bottom margin
    return {
        "text": "<br>".join(dressed.credit), "showarrow": False, "align": "left",
        "x": (SIDE - (margin.l or 0)) / plot_width, "xref": "paper", "xanchor": "left",
        "y": 0, "yref": "paper", "yanchor": "top", "yshift": -(above + PAD),
        "font": {"size": dressed.credit_px, "color": colour}, "name": "credit",
    }  # fmt: skip


def wrap(text: str, font_size: float, width: float) -> list[str]:
    """`text` escaped and broken into lines that fit `width` px at `font_size`."""
    if not text.strip():
        return []
    average = text_px(text.strip(), font_size) / max(len(text.strip()), 1)
    lines = textwrap.wrap(text.strip(), max(10, int(width / max(average, 1))))
    while any(text_px(line, font_size) > width for line in lines) and len(lines) < 40:
        narrower = max(10, max(map(len, lines)) - 2)
        lines = textwrap.wrap(text.strip(), narrower)
    return [html.escape(line, quote=False) for line in lines]

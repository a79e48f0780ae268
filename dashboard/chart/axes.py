"""The timeline figure's frame: its height, lane ticks and bands, the date axis with its range
slider, the key's place, the publication line and notes written on the chart."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import theme
from dashboard.details import day_text

ROW_PX, MIN_HEIGHT, MAX_HEIGHT, FRAME_PX = 28, 340, 1600, 150
TOP_PX = 110  # from the top down: the key, the reference label, the date ticks, then the lanes
LEGEND = {
    "orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top",
    "title": {"text": "Key  ", "font": {"size": 13}}, "itemclick": False,
    "itemdoubleclick": False,
}  # fmt: skip


def row_px(total: int) -> float:
    """Pixels per sub-row: roomy for a few rows, thinner (never hidden) for very many."""
    return max(8.0, min(ROW_PX, (MAX_HEIGHT - FRAME_PX) / max(total, 1)))


def style(fig: go.Figure, lanes: pd.DataFrame, view: tuple, total: int, row_height=None) -> None:
    """Lane ticks and bands, date axis with range slider over the view, the key on top."""
    fig.update_layout(
        height=max(MIN_HEIGHT, FRAME_PX + round((row_height or row_px(total)) * total)),
        barmode="overlay",
        hovermode="closest",
        dragmode="zoom",
        legend=LEGEND,
        margin={"t": TOP_PX},
        shapes=lane_bands(lanes),
    )
    fig.update_yaxes(
        tickvals=((lanes["min"] + lanes["max"]) / 2).to_list(),
        ticktext=[html.escape(str(name)) for name in lanes.index],  # tick text renders markup
        range=[total - 0.5, -0.5],
        showgrid=False,
        fixedrange=True,  # zoom and pan along time only; lanes stay put
        ticks="",
        automargin=True,
    )
    fig.update_xaxes(
        type="date",
        side="top",
        automargin=True,
        range=iso_days(pd.Series(view)).to_list(),
        rangeslider={"visible": True, "thickness": 0.07},
    )


def lane_bands(lanes: pd.DataFrame) -> list[dict]:
    """Pale bands behind every other lane so lanes read apart."""
    band = {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "layer": "below"}
    band |= {"fillcolor": theme.BAND, "line": {"width": 0}}
    return [
        {**band, "y0": low - 0.5, "y1": high + 0.5}
        for i, (low, high) in enumerate(zip(lanes["min"], lanes["max"], strict=True))
        if i % 2 == 1
    ]


def add_reference_line(fig: go.Figure, reference: pd.Timestamp) -> None:
    """A dashed vertical line at the reference (publication) date, labelled."""
    x = reference.strftime("%Y-%m-%d")
    line = {"color": theme.INK, "width": 1.5, "dash": "dash"}
    fig.add_shape(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line)
    fig.layout.shapes[-1].name = "reference"
    place = {"x": x, "xref": "x", "y": 1, "yref": "paper", "yanchor": "bottom", "xanchor": "right"}
    font = {"size": 12, "color": theme.INK}
    text = f"published {day_text(reference)}"
    fig.add_annotation(**place, yshift=26, text=text, showarrow=False, font=font)  # above the ticks


def add_note(fig: go.Figure, text: str, **place) -> None:
    """Muted text on the chart itself, so an exported image says it too."""
    place = {"x": 0, "xanchor": "left", **place}
    font = {"color": theme.MUTED, "size": 13}
    fig.add_annotation(text=text, showarrow=False, xref="paper", yref="paper", font=font,
                       align="left", name="note", **place)  # fmt: skip


def iso_days(values: pd.Series) -> pd.Series:
    return pd.Series(values).dt.strftime("%Y-%m-%d")

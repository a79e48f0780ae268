"""A timeline figure dressed for publication: title, subtitle, credit line, size and look.

Pure: a new figure comes back and the one given is left as it was. Text is escaped, so a title
or a source name is never read as Plotly's HTML-like markup, and wrapped to the image's width.
The key (legend) stays where the figure put it, moved down below the title; the range slider,
a screen control, is dropped.
"""

from __future__ import annotations

import html
import math
import textwrap

import plotly.graph_objects as go

from dashboard.export.looks import LOOKS, PRESETS, recolour

TITLE_SIZE, SUBTITLE_SIZE, CREDIT_SIZE, KEY_SIZE = 22, 15, 12, 13
LINE = 1.3  # line height, in font sizes
CHAR = 0.56  # average character width, in font sizes (a safe over-estimate for sans-serif)
PAD = 14  # px above the title and below the credit
SIDE = 20  # px: room kept at the right edge, and between the lane labels and the plot
KEY_ROW = 24  # px per row of the key


def decorate(
    fig: go.Figure,
    *,
    title: str = "",
    subtitle: str = "",
    credit: str = "",
    preset: str = "web",
    theme: str = "light",
) -> go.Figure:
    """`fig` sized for `preset`, drawn in `theme`, with its title, subtitle and credit line."""
    size, look = PRESETS[preset], LOOKS[theme]
    out = go.Figure(recolour(fig.to_plotly_json(), look))
    usable = size.width - SIDE - _label_px(out)
    header = PAD + _lines_px(title, TITLE_SIZE, usable) + _lines_px(subtitle, SUBTITLE_SIZE, usable)
    credit_lines = wrap(credit, CREDIT_SIZE, usable)
    footer = PAD * 2 + len(credit_lines) * CREDIT_SIZE * LINE if credit else 0
    extra_key = (key_rows(out, usable) - 1) * KEY_ROW
    margin = out.layout.margin
    out.update_layout(
        width=size.width,
        height=size.height,
        paper_bgcolor=look.paper,
        plot_bgcolor=look.paper,
        font_color=look.ink,
        margin={"t": (margin.t or 0) + header + extra_key, "b": max(margin.b or 0, footer)},
        title=_title(title, subtitle, usable, look.muted) | {"font": {"size": TITLE_SIZE,
                                                                  "color": look.ink}},
    )
    out.update_xaxes(rangeslider_visible=False)
    _move_key(out, header, size.height, look.legend)
    if credit:
        out.add_annotation(_credit(credit_lines, look.muted))
    return out


def _title(title: str, subtitle: str, usable: float, muted: str) -> dict:
    """Title and subtitle, wrapped, at the top left of the plot area."""
    lines = wrap(title, TITLE_SIZE, usable)
    # Plotly lifts a title of several lines by about half a line: measured, and put back.
    lift = TITLE_SIZE * LINE / 2 if len(lines) > 1 else 0
    return {
        "text": "<br>".join(lines), "x": 0, "xref": "paper", "xanchor": "left",
        "y": 1, "yref": "container", "yanchor": "top", "pad": {"t": PAD + lift},
        "subtitle": {"text": "<br>".join(wrap(subtitle, SUBTITLE_SIZE, usable)),
                     "font": {"size": SUBTITLE_SIZE, "color": muted}},
    }  # fmt: skip


def wrap(text: str, font_size: float, width: float) -> list[str]:
    """`text` escaped and broken into lines that fit `width` px at `font_size`."""
    if not text.strip():
        return []
    chars = max(10, int(width / (font_size * CHAR)))
    return [html.escape(line, quote=False) for line in textwrap.wrap(text.strip(), chars)]


def _label_px(fig: go.Figure) -> float:
    """About how far the plot area starts from the left: the widest lane label and a gap."""
    labels = fig.layout.yaxis.ticktext or ()
    size = (fig.layout.yaxis.tickfont.size if fig.layout.yaxis.tickfont else None) or KEY_SIZE
    return max((len(str(label)) for label in labels), default=0) * size * CHAR + SIDE


def _lines_px(text: str, font_size: float, width: float) -> float:
    lines = len(wrap(text, font_size, width))
    return math.ceil(lines * font_size * LINE + (6 if lines else 0))


def key_rows(fig: go.Figure, width: float) -> int:
    """How many rows a horizontal key needs at `width` px (1 when there is no key)."""
    names = [trace.name or "" for trace in fig.data if trace.showlegend is not False]
    if not names or (fig.layout.legend.orientation or "v") != "h":
        return 1
    title = (fig.layout.legend.title.text or "") if fig.layout.legend.title else ""
    rows, used = 1, len(title) * KEY_SIZE * CHAR
    for name in names:
        item = 46 + len(name) * KEY_SIZE * CHAR  # symbol, gap and text
        if used + item > width and used > 0:
            rows, used = rows + 1, 0
        used += item
    return rows


def _move_key(fig: go.Figure, header: float, height: float, background: str) -> None:
    legend = fig.layout.legend
    if legend.yref == "container" and legend.y is not None:
        fig.update_layout(legend_y=legend.y - header / height)
    fig.update_layout(legend_bgcolor=background)


def _credit(lines: list[str], colour: str) -> dict:
    return {
        "text": "<br>".join(lines), "showarrow": False, "align": "left",
        "x": 0, "xref": "paper", "xanchor": "left",
        "y": 0, "yref": "paper", "yanchor": "top", "yshift": -PAD / 2,
        "font": {"size": CREDIT_SIZE, "color": colour}, "name": "credit",
    }  # fmt: skip

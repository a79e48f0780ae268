"""The vertical timeline's events as traces: marks on the time line (dots for days, bars for
spans, arrows at open ends, status outlines), leaders from marks to cards, and the cards as
clickable bars with a lane-coloured edge and their text."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.chart import status, theme, years
from dashboard.chart.label_traces import WINDOW
from dashboard.chart.labels import plain
from dashboard.chart.text_width import text_px
from dashboard.chart.theme import OPACITY
from dashboard.chart.vertical.layout import CARD_PAD, EDGE, INLINE_GAP, Geometry
from dashboard.chart.view import Sizes

MIN_BAR = 6.0  # px


def event_traces(rows, cards, geometry: Geometry, sizes: Sizes, selected: str) -> list:
    """Every event trace, back to front: leaders, marks, then cards."""
    return (_leaders(rows, cards, geometry) + _mark_traces(rows, geometry, sizes)
            + _card_traces(rows, cards, geometry, sizes, selected))  # fmt: skip


def _mark_x(rows: pd.DataFrame, geometry: Geometry) -> np.ndarray:
    return geometry.axis_x + (rows["column"].to_numpy() + 0.5) * geometry.column


def _leaders(rows, cards, geometry: Geometry) -> list:
    """Thin lines from each mark to its card's first line."""
    xs, ys = [], []
    mark_x = _mark_x(rows, geometry)
    for anchor, anchor_y, top in zip(cards["anchor"], cards["anchor_y"], cards["top"],
                                     strict=True):  # fmt: skip
        xs += [float(mark_x[anchor]), geometry.cards_x, None]
        ys += [float(anchor_y), top + CARD_PAD + geometry.line / 2, None]
    line = {"color": "#9A9A9A", "width": 1}
    return [theme.Scatter(x=xs, y=ys, mode="lines", line=line, hoverinfo="skip",
                          showlegend=False, name="leaders")]  # fmt: skip


def _mark_traces(rows: pd.DataFrame, geometry: Geometry, sizes: Sizes) -> list:
    """Dots for days, vertical bars for spans (paler the coarser), arrows at open ends; planned
    and claimed events as chart.status draws them."""
    x = _mark_x(rows, geometry)
    day = (rows["precision"] == "day").to_numpy()
    spans = rows[~day].assign(x=x[~day], width=geometry.column * 0.7)
    spans = spans.assign(length=np.maximum(spans["y_end"] - spans["y"], MIN_BAR))
    traces = _span_traces(spans, geometry)
    traces += status.outline_traces(spans.assign(
        x0=spans["x"] - spans["width"] / 2, x1=spans["x"] + spans["width"] / 2,
        y0=spans["y"], y1=spans["y"] + spans["length"]))  # fmt: skip
    return traces + _day_traces(rows[day], x[day], sizes) + _arrow_traces(rows, x, sizes)


def _span_traces(spans: pd.DataFrame, geometry: Geometry) -> list:
    """One bar trace per precision, from each span's first to its last moment."""
    traces = []
    for precision, group in spans.groupby("precision", sort=False):
        rims = [
            theme.rgba(theme.rim(colour), 0.0 if bare else 1.0)
            for colour, bare in zip(group["colour"], status.outlined(group), strict=True)
        ]
        marker = {"color": status.fills(group, OPACITY[precision]),
                  "line": {"color": rims, "width": 1},
                  "pattern": theme.hatch(precision, group["colour"].to_list())}  # fmt: skip
        traces.append(theme.Bar(x=group["x"].tolist(), base=group["y"].tolist(),
                                y=group["length"].tolist(), width=geometry.column * 0.7,
                                marker=marker, customdata=group["id"].tolist(),
                                hovertext=group["hover"].tolist(), showlegend=False,
                                hovertemplate="%{hovertext}<extra></extra>",
                                name=f"{precision} span"))  # fmt: skip
    return traces


def _day_traces(days: pd.DataFrame, x: np.ndarray, sizes: Sizes) -> list:
    """Day-precision events as dots (chart.status's rings for planned and claimed ones)."""
    if days.empty:
        return []
    symbols = status.day_symbols(days)
    marker = {"color": status.day_colours(days, symbols), "size": sizes.row * 0.5,
              "symbol": symbols.tolist(),
              "line": {"color": "white", "width": 1.5}}  # fmt: skip
    return [theme.Scatter(x=x.tolist(), y=days["y"].tolist(), mode="markers",
                          marker=marker, customdata=days["id"].tolist(),
                          hovertext=days["hover"].tolist(), showlegend=False,
                          hovertemplate="%{hovertext}<extra></extra>", name="day")]  # fmt: skip


def _arrow_traces(rows: pd.DataFrame, x: np.ndarray, sizes: Sizes) -> list:
    """Arrow heads at the open ends of ongoing spans."""
    open_end = rows["open_end"].to_numpy()
    if not open_end.any():
        return []
    ends = rows[open_end]
    marker = {"symbol": "triangle-down", "size": sizes.row * 0.5,
              "color": ends["colour"].tolist()}  # fmt: skip
    return [theme.Scatter(x=x[open_end].tolist(), y=ends["y_end"].tolist(),
                          mode="markers", marker=marker, hoverinfo="skip",
                          showlegend=False, name="open_end")]  # fmt: skip


def _card_traces(rows, cards, geometry: Geometry, sizes: Sizes, selected: str) -> list:
    """Cards as bars (so the whole card is clickable), a lane-coloured edge, then the text."""
    middle = (cards["top"] + cards["bottom"]) / 2
    anchors = cards["anchor"].to_numpy(dtype=int)
    more = cards["more"].to_numpy(dtype=bool)
    ids, hovers = _card_clicks(rows, cards)
    colours = np.where(more, theme.NEUTRAL, rows["colour"].to_numpy()[anchors])
    chosen = ~more & (rows["id"].to_numpy()[anchors] == selected)
    common = {"y": middle.tolist(), "width": cards["height"].tolist(), "orientation": "h",
              "base": [geometry.cards_x] * len(cards), "customdata": ids, "hovertext": hovers,
              "showlegend": False, "hovertemplate": "%{hovertext}<extra></extra>"}  # fmt: skip
    rims = np.where(chosen, theme.HIGHLIGHT, "rgba(0,0,0,0)").tolist()
    backs = theme.Bar(x=[geometry.card_width] * len(cards), name="cards",
                      marker={"color": [theme.rgba(c, 0.1) for c in colours],
                              "line": {"color": rims, "width": 2}}, **common)  # fmt: skip
    edges = theme.Bar(x=[EDGE] * len(cards), marker={"color": colours.tolist()},
                      name="card edges", **common)  # fmt: skip
    return [backs, edges, *_card_texts(rows, cards, geometry, sizes)]


def _card_texts(rows, cards, geometry: Geometry, sizes: Sizes) -> list:
    """Each card's first line (date and precision, muted) and its label lines, or "+N more"."""
    heads = {"x": [], "y": [], "text": []}
    bodies = {"x": [], "y": [], "text": []}
    x = geometry.cards_x + EDGE + CARD_PAD
    head_texts, body_texts = rows["head"].to_numpy(), rows["body"].to_numpy()
    inline = rows["inline"].to_numpy()
    for top, more, members, anchor in zip(cards["top"], cards["more"], cards["members"],
                                          cards["anchor"], strict=True):  # fmt: skip
        first = top + CARD_PAD + geometry.line / 2
        if more:
            bodies["x"].append(x)
            bodies["y"].append(first)
            bodies["text"].append(f"+{len(members)} more")
            continue
        heads["x"].append(x)
        heads["y"].append(first)
        heads["text"].append(plain(head_texts[anchor]))
        shift = text_px(head_texts[anchor], geometry.head) + INLINE_GAP if inline[anchor] else 0
        for n, line in enumerate(body_texts[anchor], start=0 if inline[anchor] else 1):
            bodies["x"].append(x + shift)
            bodies["y"].append(first + n * geometry.line)
            bodies["text"].append(plain(line))
    style = {"mode": "text", "textposition": "middle right", "hoverinfo": "skip",
             "showlegend": False, "cliponaxis": False}  # fmt: skip
    head_font = {"size": geometry.head, "color": theme.MUTED, "family": theme.FONT}
    body_font = {"size": sizes.font, "color": theme.INK, "family": theme.FONT}
    return [
        theme.Scatter(**heads, textfont=head_font, name="card dates", **style),
        theme.Scatter(**bodies, textfont=body_font, name="labels", **style),
    ]


def _card_clicks(rows: pd.DataFrame, cards: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Each card's customdata and hover: its event's id and hover, or for "+N more" the
    window of its events and how many they are."""
    ids, hovers = rows["id"].to_numpy(), rows["hover"].to_numpy()
    starts, ends = rows["x0"].to_numpy(), rows["x1"].to_numpy()
    data, texts = [], []
    for more, members, anchor in zip(cards["more"], cards["members"], cards["anchor"],
                                     strict=True):  # fmt: skip
        if not more:
            data.append(str(ids[anchor]))
            texts.append(str(hovers[anchor]))
            continue
        first = years.day_of(starts[list(members)].min())
        last = years.day_of(ends[list(members)].max())
        data.append(f"{WINDOW}|{first.isoformat()}|{last.isoformat()}")
        stretch = f"{years.day_text(first, padded=True)} to {years.day_text(last, padded=True)}"
        texts.append(
            f"{len(members)} more events, {stretch}:<br>tap to show only this stretch of time"
        )
    return data, texts

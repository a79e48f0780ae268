"""The vertical timeline, for narrow screens and portrait pages: time runs down the page, each
event a mark on the time line and a card beside it (the date as written with its precision in
words, then the label), lanes as colour.

Sequential by default (the story read by scrolling): cards follow each other in date order,
the time between neighbours written on the time line. On a chronological or collapsed scale
marks sit at their time and a card that would run into the one above moves down, joined to
its mark by a thin leader. A fixed height (a page) keeps the cards that matter most; each run
of the others becomes one "+N more" card whose click opens their stretch of time. Both axes
run in pixels, so nothing depends on the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import axes, scales, status, theme, ticks
from dashboard.chart.label_traces import WINDOW, with_label_texts
from dashboard.chart.labels import label_texts, plain, priority, wrap_px
from dashboard.chart.lanes import placed_rows
from dashboard.chart.placement import assign_rows
from dashboard.chart.text_width import text_px
from dashboard.chart.theme import OPACITY
from dashboard.chart.view import ChartView, Sizes
from dashboard.details import precision_text

PAD, GAP, CARD_PAD, EDGE = 8.0, 6.0, 5.0, 4.0  # px
MAX_COLUMNS = 4  # side by side marks for spans that overlap in time
MAX_LINES = 3  # of a label on a card
INLINE_GAP = 12.0  # px between the date and the label when they share a line
SCREEN_CARDS = 150  # a growing figure shows at most this many cards
MIN_AXIS = 320.0  # px of time line, however few the events
MIN_BAR = 6.0  # px
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


def vertical_figure(df: pd.DataFrame, view: ChartView, reference, hover_text) -> go.Figure:
    """The vertical timeline of `df` as `view` asks (see the module docstring)."""
    sizes = Sizes(view.font)
    rows = placed_rows(df, lanes=view.lanes, reference=reference, palette=view.palette,
                       window=view.window).reset_index(drop=True)  # fmt: skip
    rows["hover"] = hover_text(rows)
    rows = with_label_texts(rows, label_texts(rows))
    kind = "sequential" if view.scale == "auto" else view.scale
    scale = scales.scale_for(rows, kind, reference)
    rows = rows.assign(**_time(rows, scale)).sort_values(["t", "id"], kind="stable")
    rows = rows.reset_index(drop=True)
    rows["column"] = _columns(rows) if scale.kind != "sequential" else 0
    lanes = rows.drop_duplicates("lane_rank").sort_values("lane_rank")
    geometry = _geometry(view, sizes, rows, lanes, scale.kind)
    rows = rows.join(_card_text(rows, geometry, sizes))
    stack = _sequence if scale.kind == "sequential" else _timed
    shown = _shown(rows, view, geometry, stack)
    cards = _cards(rows, shown, geometry)
    rows, cards, length = stack(rows, cards, geometry, _room(view, geometry))
    height = view.height or round(geometry.top + max(cards["bottom"].max(), length) + PAD)
    key = _key(lanes) + status.key_traces(set(status.statuses(rows)))
    fig = theme.figure(_traces(rows, cards, geometry, sizes, view.selected) + key)
    _frame(fig, view, geometry, height, sizes)
    _time_line(fig, rows, cards, scale, geometry, length, sizes, reference)
    return fig


def _time(rows: pd.DataFrame, scale: scales.Scale) -> dict:
    """Each event's first and last moment as a share of the time line (0 top, 1 bottom)."""
    low, high = scales.unit_range(scale)
    if scale.kind == "sequential":
        order = np.lexsort((rows["id"].astype(str), rows["x1"], rows["x0"]))
        slot = np.empty(len(rows))
        slot[order] = np.arange(len(rows))
        start, end = slot, slot
    else:
        high = float(scales.to_units(scale, np.array([scale.high + scales.DAY_MS]))[0])
        start = scales.to_units(scale, scales.ms(rows["x0"]))
        end = scales.to_units(scale, scales.ms(rows["x1"]) + scales.DAY_MS)
    span = max(high - low, 1e-9)
    return {"t": (start - low) / span, "t_end": (end - low) / span}


def _columns(rows: pd.DataFrame) -> np.ndarray:
    """Spans that overlap in time side by side (at most MAX_COLUMNS, then they share)."""
    if rows.empty:
        return np.array([], dtype=int)
    starts = rows["t"].tolist()
    ends = (rows["t_end"] + 0.004).tolist()
    return np.array(assign_rows(starts, ends), dtype=int) % MAX_COLUMNS


def _geometry(view: ChartView, sizes: Sizes, rows: pd.DataFrame, lanes, kind: str) -> Geometry:
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


def _card_text(rows: pd.DataFrame, geometry: Geometry, sizes: Sizes) -> pd.DataFrame:
    """Each card's first line (the date as written, its precision) and label lines; where
    both fit on one line (a wide page) they share it, the label after the date."""
    room = geometry.card_width - 2 * CARD_PAD
    heads, bodies, inline = [], [], []
    columns = ("date", "precision", "qualifier", "approximate", "ongoing", "label_text")
    for written, precision, qualifier, approximate, ongoing, label in zip(
        *(rows[name] for name in columns), strict=True
    ):
        flags = {"approximate": approximate, "ongoing": ongoing}
        head = _fit(f"{written} · {precision_text(precision, qualifier, flags)}",
                    geometry.head, room)  # fmt: skip
        heads.append(head)
        shared = text_px(head, geometry.head) + INLINE_GAP + text_px(label, sizes.font) <= room
        inline.append(shared)
        bodies.append([label] if shared else _wrap(label, sizes.font, room))
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
    return [_fit(line, size, width) for line in lines]


def _fit(text: str, size: float, width: float) -> str:
    while text_px(text, size) > width and len(text) > 1:
        text = text[:-2].rstrip() + "…"
    return text


def _room(view: ChartView, geometry: Geometry) -> float | None:
    """The px the time line has on a page; None on a screen, where the figure grows."""
    if view.height is None:
        return None
    return max(view.height - geometry.top - PAD - view.bottom, 1.0)


def _shown(rows: pd.DataFrame, view: ChartView, geometry: Geometry, stack) -> np.ndarray:
    """Which events get a card: all that fit, the ones that matter most first."""
    by_rank = np.argsort(priority(rows, view.forced), kind="stable")
    room = _room(view, geometry)

    def first(count: int) -> np.ndarray:
        shown = np.zeros(len(rows), dtype=bool)
        shown[by_rank[:count]] = True
        return shown

    if room is None:
        return first(SCREEN_CARDS)
    low, high = 0, len(rows)
    while low < high:  # more cards never take less room, so bisect on how many
        middle = (low + high + 1) // 2
        _, cards, _ = stack(rows, _cards(rows, first(middle), geometry), geometry, room)
        low, high = (middle, high) if cards["bottom"].max() <= room else (low, middle - 1)
    return first(low)


def _cards(rows: pd.DataFrame, shown: np.ndarray, geometry: Geometry) -> pd.DataFrame:
    """One card per shown event and one "+N more" card per run of the others, in time order."""
    cards = []
    run: list[int] = []
    heights = rows["card_height"].to_numpy(dtype=float)
    for i in range(len(rows)):
        if shown[i]:
            if run:
                cards.append(_more(run, geometry))
                run = []
            cards.append({"members": (i,), "anchor": i, "more": False, "height": heights[i]})
        else:
            run.append(i)
    if run:
        cards.append(_more(run, geometry))
    return pd.DataFrame(cards, columns=["members", "anchor", "more", "height"])


def _more(run: list[int], geometry: Geometry) -> dict:
    return {"members": tuple(run), "anchor": run[0], "more": True,
            "height": geometry.line + 2 * CARD_PAD}  # fmt: skip


def _timed(rows, cards, geometry: Geometry, room: float | None):
    """Marks at their time on a line as long as the page (or about what the cards need on a
    screen); each card's first line at its mark unless the card above pushes it down."""
    length = room or max(float((cards["height"] + GAP).sum()), MIN_AXIS)
    rows = rows.assign(y=rows["t"] * length, y_end=rows["t_end"] * length)
    anchors = rows["y"].to_numpy()[cards["anchor"].to_numpy(dtype=int)]
    tops, bottom = [], -GAP
    for anchor, height in zip(anchors, cards["height"], strict=True):
        top = max(anchor - CARD_PAD - geometry.line / 2, bottom + GAP, 0.0)
        tops.append(top)
        bottom = top + height
    return rows, _with_tops(cards, np.array(tops, dtype=float), anchors), length


def _sequence(rows, cards, geometry: Geometry, room: float | None):
    """Cards one after another, room between them for the time that separates them; each
    mark beside its card's first line (a "+N more" card holds its events' marks)."""
    starts = scales.ms(rows["x0"])[cards["anchor"].to_numpy(dtype=int)]
    apart = np.diff(starts) >= scales.DAY_MS  # room to write the time between two cards
    steps = cards["height"].to_numpy()[:-1] + GAP + np.where(apart, geometry.head * 1.3, 0)
    tops = np.concatenate([[0.0], np.cumsum(steps)])[: len(cards)]
    anchors = tops + CARD_PAD + geometry.line / 2
    y = np.zeros(len(rows))
    for anchor, members in zip(anchors, cards["members"], strict=True):
        y[list(members)] = anchor
    bar = geometry.line * 0.9
    span = (rows["precision"] != "day").to_numpy()
    rows = rows.assign(y=np.where(span, y - bar / 2, y), y_end=np.where(span, y + bar / 2, y))
    cards = _with_tops(cards, tops, anchors)
    return rows, cards, float(cards["bottom"].max()) if len(cards) else MIN_AXIS


def _with_tops(cards: pd.DataFrame, tops: np.ndarray, anchors: np.ndarray) -> pd.DataFrame:
    cards = cards.assign(top=tops, anchor_y=anchors)
    return cards.assign(bottom=cards["top"] + cards["height"])


def _traces(rows, cards, geometry: Geometry, sizes: Sizes, selected: str) -> list:
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
    traces = []
    spans = rows[~day].assign(x=x[~day], width=geometry.column * 0.7)
    spans = spans.assign(length=np.maximum(spans["y_end"] - spans["y"], MIN_BAR))
    for precision, group in spans.groupby("precision", sort=False):
        rims = [theme.rgba(theme.rim(colour), 0.0 if bare else 1.0)
                for colour, bare in zip(group["colour"], status.outlined(group), strict=True)]
        marker = {"color": status.fills(group, OPACITY[precision]),
                  "line": {"color": rims, "width": 1},
                  "pattern": theme.hatch(precision, group["colour"].to_list())}  # fmt: skip
        traces.append(theme.Bar(x=group["x"].tolist(), base=group["y"].tolist(),
                                y=group["length"].tolist(), width=geometry.column * 0.7,
                                marker=marker, customdata=group["id"].tolist(),
                                hovertext=group["hover"].tolist(), showlegend=False,
                                hovertemplate="%{hovertext}<extra></extra>",
                                name=f"{precision} span"))  # fmt: skip
    traces += status.outline_traces(spans.assign(
        x0=spans["x"] - spans["width"] / 2, x1=spans["x"] + spans["width"] / 2,
        y0=spans["y"], y1=spans["y"] + spans["length"]))  # fmt: skip
    days = rows[day]
    if not days.empty:
        marker = {"color": days["colour"].tolist(), "size": sizes.row * 0.5,
                  "symbol": status.day_symbols(days).tolist(),
                  "line": {"color": "white", "width": 1.5}}  # fmt: skip
        traces.append(theme.Scatter(x=x[day].tolist(), y=days["y"].tolist(), mode="markers",
                                    marker=marker, customdata=days["id"].tolist(),
                                    hovertext=days["hover"].tolist(), showlegend=False,
                                    hovertemplate="%{hovertext}<extra></extra>", name="day"))
    open_end = rows["open_end"].to_numpy()
    if open_end.any():
        ends = rows[open_end]
        marker = {"symbol": "triangle-down", "size": sizes.row * 0.5,
                  "color": ends["colour"].tolist()}  # fmt: skip
        traces.append(theme.Scatter(x=x[open_end].tolist(), y=ends["y_end"].tolist(),
                                    mode="markers", marker=marker, hoverinfo="skip",
                                    showlegend=False, name="open_end"))  # fmt: skip
    return traces


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
    return [theme.Scatter(**heads, textfont=head_font, name="card dates", **style),
            theme.Scatter(**bodies, textfont=body_font, name="labels", **style)]


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
        first = pd.Timestamp(starts[list(members)].min())
        last = pd.Timestamp(ends[list(members)].max())
        data.append(f"{WINDOW}|{first:%Y-%m-%d}|{last:%Y-%m-%d}")
        texts.append(f"{len(members)} more events, {first:%d %b %Y} to {last:%d %b %Y}:"
                     "<br>tap to show only this stretch of time")  # fmt: skip
    return data, texts


def _key(lanes: pd.DataFrame) -> list:
    """One key entry per lane in view: its colour and name."""
    return [
        go.Scatter(x=[None], y=[None], mode="markers", name=plain(str(label)),
                   marker={"symbol": "square", "size": 12, "color": colour}, meta="key",
                   hoverinfo="skip")
        for label, colour in zip(lanes["lane_label"], lanes["colour"], strict=True)
    ]


def _frame(fig: go.Figure, view: ChartView, geometry: Geometry, height: float,
           sizes: Sizes) -> None:  # fmt: skip
    plot_height = height - geometry.top - view.bottom
    fig.update_layout(
        width=view.width, height=height, autosize=False, barmode="overlay",
        hovermode="closest", dragmode=False,
        margin={"l": 0, "r": 0, "t": geometry.top, "b": view.bottom, "autoexpand": False},
        legend={"orientation": "h", "x": PAD / view.width, "xref": "container",
                "y": 1 - view.top / height, "yref": "container", "yanchor": "top",
                "font": {"size": sizes.key}, "itemclick": False, "itemdoubleclick": False},
    )  # fmt: skip
    fig.update_xaxes(range=[0, view.width], visible=False, fixedrange=True)
    fig.update_yaxes(range=[plot_height, 0], visible=False, fixedrange=True)


def _time_line(fig, rows, cards, scale, geometry: Geometry, length: float, sizes: Sizes,
               reference) -> None:  # fmt: skip
    """The time line with its labels (dates, or the time between cards), cut marks, the
    publication line and the scale's note."""
    x = geometry.axis_x - 2
    fig.add_shape(type="line", x0=x, x1=x, y0=0, y1=length, name="time line",
                  line={"color": "#BBBBBB", "width": 1.5})  # fmt: skip
    sequential = scale.kind == "sequential"
    values, texts = _sequence_ticks(rows, cards) if sequential else _timed_ticks(
        scale, length, sizes)
    if reference is not None and len(rows):
        y = _reference_y(rows, cards, scale, length, reference)
        fig.add_shape(type="line", x0=x - 6, x1=geometry.cards_x - 4, y0=y, y1=y,
                      line={"color": theme.INK, "width": 1.5, "dash": "dash"},
                      name="reference")  # fmt: skip
        fig.add_annotation(text="published", x=x - 6, y=y, xanchor="right", showarrow=False,
                           font={"size": sizes.tick, "color": theme.INK},
                           name="reference label")  # fmt: skip
        room = sizes.tick * 1.3  # the label takes the place of any tick written there
        kept = [(v, t) for v, t in zip(values, texts, strict=True) if abs(v - y) >= room]
        values, texts = [v for v, _ in kept], [t for _, t in kept]
    fig.add_trace(theme.Scatter(x=[x - 6] * len(values), y=values, mode="text", text=texts,
                                textposition="middle left", hoverinfo="skip", showlegend=False,
                                textfont={"size": sizes.tick, "color": theme.MUTED},
                                name="ticks", cliponaxis=False))  # fmt: skip
    for first, last in _cut_spans(scale, length):
        fig.add_shape(type="rect", x0=x - 8, x1=x + 8, y0=first, y1=last, fillcolor="white",
                      line={"width": 0}, name="cut")  # fmt: skip
    note = "<br>".join(wrap_px(NOTES[scale.kind], sizes.note, geometry.width - 2 * PAD))
    fig.add_annotation(text=note, showarrow=False, xref="paper", x=PAD / geometry.width,
                       xanchor="left", yref="paper", y=1, yanchor="bottom", yshift=4,
                       align="left", name="note",
                       font={"size": sizes.note, "color": theme.MUTED})  # fmt: skip


def _to_px(scale: scales.Scale, length: float):
    low, high = scales.unit_range(scale)
    high = float(scales.to_units(scale, np.array([scale.high + scales.DAY_MS]))[0])
    return lambda units: (np.asarray(units, dtype=float) - low) / max(high - low, 1e-9) * length


def _timed_ticks(scale: scales.Scale, length: float, sizes: Sizes) -> tuple[list, list]:
    to_px = _to_px(scale, length)
    values, texts = ticks.thinned(ticks.collapsed_ticks(scale), to_px, length, sizes.tick,
                                  across=False)  # fmt: skip
    return to_px(values).tolist(), texts


def _sequence_ticks(rows: pd.DataFrame, cards: pd.DataFrame) -> tuple[list, list]:
    """The time between neighbouring cards, written in the room between them."""
    starts = scales.ms(rows["x0"])[cards["anchor"].to_numpy(dtype=int)]
    values, texts = [], []
    for i in range(1, len(cards)):
        gap = starts[i] - starts[i - 1]
        if gap >= scales.DAY_MS:
            values.append(float(cards["bottom"].iloc[i - 1] + cards["top"].iloc[i]) / 2)
            texts.append(ticks.CUT_STYLE.format(scales.duration_text(gap)))
    return values, texts


def _cut_spans(scale: scales.Scale, length: float) -> list[tuple[float, float]]:
    if not scale.cuts:
        return []
    to_px = _to_px(scale, length)
    return [tuple(to_px([first, last]).tolist()) for first, last, _ in scales.breaks(scale)]


def _reference_y(rows, cards, scale, length: float, reference) -> float:
    """Where the publication line crosses the time line."""
    moment = scales.ms(pd.Series([pd.Timestamp(reference)]))[0]
    if scale.kind != "sequential":
        units = scales.to_units(scale, np.array([moment + scales.DAY_MS / 2]))
        return float(_to_px(scale, length)(units)[0])
    starts = scales.ms(rows["x0"])[cards["anchor"].to_numpy(dtype=int)]
    before = int((starts <= moment).sum())
    if before == 0:
        return -GAP / 2
    if before == len(cards):
        return float(cards["bottom"].iloc[-1]) + GAP / 2
    return float(cards["bottom"].iloc[before - 1] + cards["top"].iloc[before]) / 2

"""Where a timeline figure's labels and marks land, in pixels, read back from its JSON alone:
an independent check of the placement (the browser tests measure what Chromium drew)."""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass

import numpy as np

from dashboard.chart.text_width import text_px

LABEL_TRACES = ("labels", "labels inside", "more")
MARK_TRACES = ("day", "open_end", "open_start", "selected", "approximate halo")
CARD_TRACES = ("cards",)  # a vertical timeline's cards: each label lies inside its own card
TEXT_HEIGHT = 1.15  # of the font size: a line's ascent and descent


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float
    what: str  # trace name
    id: str = ""

    def overlaps(self, other: Box, slack: float = 0.5) -> bool:
        return (self.left < other.right - slack and other.left < self.right - slack
                and self.top < other.bottom - slack and other.top < self.bottom - slack)


def values(value) -> list:
    if isinstance(value, dict) and "bdata" in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


class Plot:
    """The plot area of a figure and its axes, to turn data into pixels."""

    def __init__(self, fig: dict) -> None:
        layout = fig["layout"]
        margin = layout["margin"]
        self.left, self.top = margin["l"], margin["t"]
        self.width = layout["width"] - margin["l"] - margin["r"]
        self.height = layout["height"] - margin["t"] - margin["b"]
        self.x0, self.x1 = layout["xaxis"]["range"]
        self.y0, self.y1 = layout["yaxis"]["range"]

    def px(self, x: float) -> float:
        return self.left + (x - self.x0) / (self.x1 - self.x0) * self.width

    def py(self, y: float) -> float:
        return self.top + (y - self.y1) / (self.y0 - self.y1) * self.height

    def ry(self, rows: float) -> float:
        return abs(rows / (self.y0 - self.y1) * self.height)


def label_boxes(fig: dict) -> list[Box]:
    plot = Plot(fig)
    found = []
    for trace in fig["data"]:
        if trace.get("name") not in LABEL_TRACES:
            continue
        size = trace["textfont"]["size"]
        ids = values(trace.get("customdata"))
        for i, (x, y, text) in enumerate(zip(values(trace["x"]), values(trace["y"]),
                                             values(trace["text"]), strict=True)):  # fmt: skip
            left, middle = plot.px(x), plot.py(y)
            width = text_px(html.unescape(text), size)
            half = size * TEXT_HEIGHT / 2
            found.append(Box(left, middle - half, left + width, middle + half, trace["name"],
                             str(ids[i]) if ids else ""))  # fmt: skip
    return found


def mark_boxes(fig: dict) -> list[Box]:
    plot = Plot(fig)
    found = []
    for trace in fig["data"]:
        name = trace.get("name", "")
        ids = values(trace.get("customdata"))
        if trace.get("meta") == "key" or name in ("card edges", *CARD_TRACES):
            continue
        if trace["type"] == "bar" and trace.get("orientation") != "h":
            widths = values(trace["width"])
            for i, (x, base, length) in enumerate(zip(values(trace["x"]), values(trace["base"]),
                                                      values(trace["y"]), strict=True)):
                half = (widths[i] if len(widths) > 1 else widths[0]) / 2
                top, bottom = sorted((plot.py(base), plot.py(base + length)))
                found.append(Box(plot.px(x) - half, top, plot.px(x) + half, bottom, name))
        elif trace["type"] == "bar" and trace.get("orientation") == "h":
            widths = values(trace["width"])
            for i, (base, length, y) in enumerate(zip(values(trace["base"]), values(trace["x"]),
                                                      values(trace["y"]), strict=True)):
                left, right = sorted((plot.px(base), plot.px(base + length)))
                middle = plot.py(y)
                half = plot.ry(widths[i] if len(widths) > 1 else widths[0]) / 2
                found.append(Box(left, middle - half, right, middle + half, name,
                                 str(ids[i]) if ids else ""))  # fmt: skip
        elif trace.get("mode") == "markers" and name in MARK_TRACES:
            sizes = values(trace["marker"]["size"])
            for i, (x, y) in enumerate(zip(values(trace["x"]), values(trace["y"]), strict=True)):
                if x is None:
                    continue
                half = (sizes[i] if len(sizes) > 1 else sizes[0]) / 2
                cx, cy = plot.px(x), plot.py(y)
                found.append(Box(cx - half, cy - half, cx + half, cy + half, name,
                                 str(ids[i]) if ids else ""))  # fmt: skip
    return found


def card_boxes(fig: dict) -> list[Box]:
    plot = Plot(fig)
    found = []
    for trace in fig["data"]:
        if trace.get("name") in CARD_TRACES:
            for base, length, y, height in zip(values(trace["base"]), values(trace["x"]),
                                               values(trace["y"]), values(trace["width"]),
                                               strict=True):  # fmt: skip
                found.append(Box(plot.px(base), plot.py(y - height / 2), plot.px(base + length),
                                 plot.py(y + height / 2), "cards"))  # fmt: skip
    return found


def _within(inner: Box, outer: Box) -> bool:
    return (outer.left <= inner.left and inner.right <= outer.right + 0.5
            and outer.top <= inner.top and inner.bottom <= outer.bottom + 0.5)


def overlaps(fig: dict) -> list[tuple[Box, Box]]:
    """Every pair (label, label), (label, mark) or (card, card) that overlaps; a label inside
    its own bar may lie over that bar, and on a vertical timeline each label lies in a card."""
    labels, marks, cards = label_boxes(fig), mark_boxes(fig), card_boxes(fig)
    pairs = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :] if a.overlaps(b)]
    pairs += [(a, b) for i, a in enumerate(cards) for b in cards[i + 1 :] if a.overlaps(b)]
    if cards:
        pairs += [(label, label) for label in labels
                  if not any(_within(label, card) for card in cards)]  # fmt: skip
    for label in labels:
        for mark in marks:
            own_bar = label.what == "labels inside" and mark.id == label.id
            if not own_bar and label.overlaps(mark):
                pairs.append((label, mark))
    return pairs


def outside(fig: dict) -> list[Box]:
    """Labels that reach past the plot area's left or right edge."""
    plot = Plot(fig)
    return [box for box in label_boxes(fig)
            if box.left < plot.left - 0.5 or box.right > plot.left + plot.width + 0.5]

"""What each event is called on the chart, and which labels matter most when room runs out.

A label is the event's own `label` when it has one, else its title cut at a word boundary to
about 40 characters with an ellipsis (the whole title stays in the hover and the details).
A planned or claimed event says so first ("Planned: "), and a row drawn despite a warning
with a mark in front of that.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from dashboard.chart.status import statuses
from dashboard.chart.text_width import text_px
from dashboard.details import status_prefix

MAX_CHARS = 40
ELLIPSIS = "…"
TRAILING = ",;:.-\u2013\u2014 "  # dropped before the ellipsis, dashes included
WARNING = "⚠ "
DEFAULT_IMPORTANCE = 2


def plain(text) -> str:
    """Dataset text for Plotly's markup: <, > and & escaped so nothing renders as a tag; quotes
    left as they are (Plotly would show "&quot;" as written)."""
    return html.escape(str(text), quote=False)


def short_title(title: str, limit: int = MAX_CHARS) -> str:
    """`title` when it has at most `limit` characters, else its first words and "…"."""
    title = " ".join(str(title).split())
    if len(title) <= limit:
        return title
    head = title[: limit - 1]
    cut = head.rfind(" ")
    if title[limit - 1] != " " and cut >= limit // 2:  # mid-word: back to the last whole word
        head = head[:cut]
    return head.rstrip(TRAILING) + ELLIPSIS


def fit_px(text: str, size: float, width: float) -> str:
    """`text` cut (with "…") until it is at most `width` px wide at `size` px."""
    if text_px(text, size) <= width:
        return text
    while text and text_px(text + ELLIPSIS, size) > width:
        text = text[:-1]
    return text.rstrip(TRAILING) + ELLIPSIS if text else ""


def wrap_px(text: str, size: float, width: float) -> list[str]:
    """Words in lines of at most `width` px (a word longer than that keeps its own line)."""
    lines, line = [], ""
    for word in str(text).split():
        trial = f"{line} {word}".strip()
        if line and text_px(trial, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def label_texts(rows: pd.DataFrame) -> pd.Series:
    """Each row's label: its own, else its shortened title, after its status when it is
    planned or claimed; flagged when it has a warning."""
    own = rows["label"].fillna("").astype(str).str.strip() if "label" in rows else None
    titles = rows["title"].fillna("").astype(str).map(short_title)
    text = titles if own is None else own.where(own != "", titles)
    text = statuses(rows).map(status_prefix) + text
    warned = rows["error"].fillna("").astype(str) != "" if "error" in rows else False
    return text.where(~warned, WARNING + text) if warned is not False else text


def priority(rows: pd.DataFrame, forced: frozenset[str] | set[str] = frozenset()) -> np.ndarray:
    """Rank of each row's claim to a label, 0 first: forced (selected, searched) events, then
    higher importance, then finer precision, then earlier, then id."""
    importance = (
        pd.to_numeric(rows["importance"], errors="coerce").fillna(DEFAULT_IMPORTANCE)
        if "importance" in rows
        else pd.Series(DEFAULT_IMPORTANCE, index=rows.index)
    )
    keys = pd.DataFrame(
        {
            "forced": ~rows["id"].astype(str).isin(forced),
            "importance": -importance.to_numpy(),
            "precision": rows["precision_rank"].to_numpy(),
            "start": rows["start"].to_numpy(),
            "id": rows["id"].astype(str).to_numpy(),
        }
    )
    order = keys.sort_values(list(keys.columns), kind="stable").index.to_numpy()
    rank = np.empty(len(rows), dtype=int)
    rank[order] = np.arange(len(rows))
    return rank

"""chart.labels and chart.text_width: what each event is called on the chart, how wide that
is, and which labels are kept first."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.chart.labels import fit_px, label_texts, priority, short_title, wrap_px
from dashboard.chart.text_width import text_px


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Musk joins Trump on stage", "Musk joins Trump on stage"),
        ("Zelenskyy, Graham and Kasparov condemn Musk's proposal",
         "Zelenskyy, Graham and Kasparov condemn…"),
        ("Supercalifragilisticexpialidocious-and-even-longer-words-here",
         "Supercalifragilisticexpialidocious-and…"),  # no space: cut mid-word, no dash
        ("A title ending in a comma, just where it is cut off here",
         "A title ending in a comma, just where…"),
        ("  spaced   out  ", "spaced out"),
    ],
)  # fmt: skip
def test_short_title_cuts_at_a_word_with_an_ellipsis(title, expected):
    assert short_title(title) == expected and len(short_title(title)) <= 40


def frame(**columns) -> pd.DataFrame:
    base = {"id": ["a"], "title": ["A fairly long title about the events of the day"],
            "label": [""], "error": [""], "importance": [2], "precision_rank": [0],
            "start": pd.to_datetime(["2024-01-01"])}  # fmt: skip
    return pd.DataFrame(base | {k: [v] for k, v in columns.items()})


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        ({}, "A fairly long title about the events of…"),
        ({"label": "Short headline"}, "Short headline"),
        ({"label": "  "}, "A fairly long title about the events of…"),
        ({"label": "Headline", "error": "unknown column"}, "⚠ Headline"),
        ({"status": "happened"}, "A fairly long title about the events of…"),
        ({"status": ""}, "A fairly long title about the events of…"),  # as happened
        ({"status": "planned"}, "Planned: A fairly long title about the events of…"),
        ({"label": "Headline", "status": "claimed"}, "Claimed: Headline"),
        ({"label": "Headline", "error": "bad", "status": "planned"}, "⚠ Planned: Headline"),
    ],
)
def test_label_texts(columns, expected):
    assert label_texts(frame(**columns)).tolist() == [expected]


def test_priority_forced_then_importance_then_finer_then_earlier():
    rows = pd.DataFrame({
        "id": ["minor", "key", "coarse", "fine", "chosen"],
        "importance": [1, 3, 2, 2, 1],
        "precision_rank": [0, 5, 7, 0, 8],
        "start": pd.to_datetime(["2020-01-01"] * 5),
    })  # fmt: skip
    ranks = priority(rows, frozenset({"chosen"}))
    assert [rows["id"][i] for i in ranks.argsort()] == ["chosen", "key", "fine", "coarse", "minor"]


@pytest.mark.parametrize(
    ("text", "size", "width"),
    [("Hello", 13, 29.6), ("WWW", 10, 28.3), ("iii", 20, 13.3), ("Zoë", 13, 22.4),
     ("日本", 10, 20.0), ("", 13, 0.0)],
)  # fmt: skip
def test_text_px_uses_arial_widths(text, size, width):
    assert text_px(text, size) == pytest.approx(width, abs=0.1)


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [("Short", 200, "Short"), ("A longer label than fits", 80, "A longer la…"),
     ("Anything", 2, "")],
)  # fmt: skip
def test_fit_px(text, width, expected):
    fitted = fit_px(text, 13, width)
    assert fitted == expected and text_px(fitted, 13) <= max(width, 0) + 0.01


def test_wrap_px_breaks_between_words_within_the_width():
    lines = wrap_px("Putin asks Musk to keep Starlink out of Taiwan as a favour", 13, 150)
    assert " ".join(lines) == "Putin asks Musk to keep Starlink out of Taiwan as a favour"
    assert len(lines) > 1 and all(text_px(line, 13) <= 150 for line in lines)

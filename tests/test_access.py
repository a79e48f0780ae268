"""Readable faint text (captions, key hints) in every look, and a heading for each tab."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.access import CAPTION_SHARE, faint_colour, faint_contrast
from dashboard.state.view import TAB_LABELS

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"
STREAMLIT_SHARE = 0.6  # Streamlit's own caption opacity, kept for the row that must fail
# (text, background) of Streamlit 1.67's light and dark themes: page, sidebar, widgets.
LOOKS = [
    ("#2F2D2B", "#FFFFFF"),
    ("#2F2D2B", "#F8F8F7"),
    ("#2F2D2B", "#F1F0EE"),
    ("#EDEBE8", "#171614"),
    ("#EDEBE8", "#21201D"),
    ("#EDEBE8", "#2D2B27"),
]


@pytest.mark.parametrize(("text", "background"), LOOKS)
def test_faint_text_reads_at_4_5_to_1(text, background):
    assert faint_contrast(text, background, CAPTION_SHARE) >= 4.5


def test_streamlits_own_faint_text_does_not():
    assert faint_contrast("#2F2D2B", "#F8F8F7", STREAMLIT_SHARE) < 4.5


@pytest.mark.parametrize(
    ("text", "background", "share", "mixed"),
    [("#000000", "#FFFFFF", 0.8, "#333333"), ("#FFFFFF", "#000000", 0.5, "#808080")],
)
def test_faint_colour_mixes_text_into_background(text, background, share, mixed):
    assert faint_colour(text, background, share) == mixed


@pytest.mark.parametrize("name", list(TAB_LABELS))
def test_each_tab_opens_with_its_heading(monkeypatch, name):
    monkeypatch.setattr(sys, "argv", [str(APP)])
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["tab"] = name
    at.run()
    assert at.title[0].value == "Timeline Desk"
    assert [header.value for header in at.main.header] == [TAB_LABELS[name]]

"""Export presets and looks (dashboard/export/looks.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.chart import theme
from dashboard.export.looks import LOOKS, PRESETS, recolour


@pytest.mark.parametrize(
    ("name", "pixels"),
    [("web", (1200, 675)), ("slide", (1920, 1080)), ("square", (1080, 1080)),
     ("print", (3508, 2480))],
)  # fmt: skip
def test_preset_pixel_sizes(name, pixels):
    assert PRESETS[name].pixels == pixels


def test_print_is_a4_landscape_in_css_pixels():
    preset = PRESETS["print"]
    assert round(preset.width / 96 * 25.4) == 297
    assert round(preset.height / 96 * 25.4) == 210


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"color": theme.INK}, {"color": "#EDEDED"}),
        ({"fillcolor": "#f3f4f6"}, {"fillcolor": "#1F2328"}),
        ({"marker": {"color": ["rgba(0,0,0,0.5)", "#0072B2"]}}, {"marker": {"color": [
            "rgba(218,218,218,0.5)", "#0072B2"]}}),
        ({"line": {"color": "white"}}, {"line": {"color": "#15181C"}}),
        ({"text": "white", "name": "#222222"}, {"text": "white", "name": "#222222"}),
        ({"colorway": ["#000000"]}, {"colorway": ["#DADADA"]}),
    ],
)  # fmt: skip
def test_dark_recolours_colour_properties_only(value, expected):
    assert recolour(value, LOOKS["dark"]) == expected


def test_light_changes_nothing():
    figure = {"layout": {"font": {"color": theme.INK}}}
    assert recolour(figure, LOOKS["light"]) is figure


def test_readme_documents_every_preset_and_theme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    images = readme.split("### Images", 1)[1].split("\n## ", 1)[0]
    for name in PRESETS:
        assert f"| `{name}` |" in images, name
    for name in LOOKS:
        assert f"`{name}`" in images, name


def test_transparent_has_no_paper():
    assert LOOKS["transparent"].paper == "rgba(0,0,0,0)"

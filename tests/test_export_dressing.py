"""Dressing a timeline for publication (dashboard/export/dressing.py): the figure as data."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from dashboard.chart import theme
from dashboard.chart.figure import timeline_figure
from dashboard.export.dressing import decorate, key_rows, wrap
from dashboard.export.looks import PRESETS
from dashboard.frame import events_frame
from events.dataset import default_dataset

FIGURE = timeline_figure(events_frame(default_dataset().events))
CREDIT = "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk"


def dressed(**options) -> go.Figure:
    return decorate(FIGURE, **({"title": "T", "subtitle": "S", "credit": CREDIT} | options))


def credit_of(fig: go.Figure):
    return next(a for a in fig.layout.annotations if a.name == "credit")


@pytest.mark.parametrize("preset", list(PRESETS))
def test_layout_takes_the_preset_size(preset):
    fig = dressed(preset=preset)
    assert (fig.layout.width, fig.layout.height) == (PRESETS[preset].width, PRESETS[preset].height)


def test_the_figure_given_is_left_alone():
    before = FIGURE.to_plotly_json()
    dressed(theme="dark", preset="square")
    assert FIGURE.to_plotly_json() == before


def test_title_subtitle_and_credit_are_escaped_text():
    fig = dressed(title="<b>Bold</b> & <a href='x'>", subtitle="a < b", credit="<i>Gazette</i>")
    assert fig.layout.title.text == "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;a href='x'&gt;"
    assert fig.layout.title.subtitle.text == "a &lt; b"
    assert credit_of(fig).text == "&lt;i&gt;Gazette&lt;/i&gt;"


def test_empty_texts_add_nothing():
    fig = decorate(FIGURE)
    assert fig.layout.title.text == ""
    assert not [a for a in fig.layout.annotations if a.name == "credit"]


def test_header_pushes_the_plot_and_the_key_down():
    plain, fig = decorate(FIGURE), dressed(title="A title", subtitle="A subtitle")
    assert fig.layout.margin.t > plain.layout.margin.t
    assert fig.layout.legend.y < plain.layout.legend.y


def test_range_slider_is_a_screen_control_and_is_dropped():
    assert FIGURE.layout.xaxis.rangeslider.visible is True
    assert dressed().layout.xaxis.rangeslider.visible is False


def test_credit_sits_below_the_plot_in_the_bottom_margin():
    fig = dressed()
    credit = credit_of(fig)
    assert (credit.yref, credit.y, credit.yanchor) == ("paper", 0, "top")
    assert fig.layout.margin.b >= 40


@pytest.mark.parametrize(
    ("theme_name", "paper", "ink"),
    [("light", "white", theme.INK), ("dark", "#15181C", "#EDEDED"),
     ("transparent", "rgba(0,0,0,0)", theme.INK)],
)  # fmt: skip
def test_themes_set_background_and_text_colours(theme_name, paper, ink):
    fig = dressed(theme=theme_name)
    assert (fig.layout.paper_bgcolor, fig.layout.plot_bgcolor) == (paper, paper)
    assert (fig.layout.font.color, fig.layout.title.font.color) == (ink, ink)


def test_dark_leaves_no_screen_ink_behind():
    text = dressed(theme="dark").to_json()
    assert theme.INK not in text and theme.BAND not in text


def test_streamlit_template_never_leaks_into_an_export():
    import streamlit  # noqa: F401 - importing it makes "streamlit" plotly's default template

    previous = pio.templates.default
    pio.templates.default = "streamlit"
    try:
        fig = dressed()
    finally:
        pio.templates.default = previous
    assert fig.layout.template.layout.font.family == theme.FONT
    assert fig.layout.template.layout.colorway == theme.template().layout.colorway


@pytest.mark.parametrize("preset", list(PRESETS))
def test_long_titles_wrap_to_the_width(preset):
    long_title = "Elon Musk and Vladimir Putin: two decades of contacts, deals and disputes " * 2
    lines = dressed(title=long_title, preset=preset).layout.title.text.split("<br>")
    assert len(lines) >= 2
    assert max(map(len, lines)) * 22 * 0.5 < PRESETS[preset].width


def test_wrap_escapes_each_line():
    lines = wrap("a < b " * 10, 20, 200)  # 200 px at 20 px: 17 characters a line
    assert lines == ["a &lt; b a &lt; b a &lt; b"] * 3 + ["a &lt; b"]


def test_key_wraps_to_more_rows_when_narrow():
    assert key_rows(FIGURE, 2000) == 1
    assert key_rows(FIGURE, 400) > key_rows(FIGURE, 900) >= 1

"""The Streamlit settings shipped in .streamlit/config.toml: local, quiet, no outside calls."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dashboard.export.looks import DARK_PAPER

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("section", "option", "value"),
    [
        # Listen on this machine only; with an address set, Streamlit also makes no call to
        # the internet to find the machine's external IP (make run ADDRESS=0.0.0.0 shares it).
        ("server", "address", "localhost"),
        ("server", "headless", True),
        ("browser", "gatherUsageStats", False),
    ],
)
def test_the_app_stays_on_this_machine(section, option, value):
    assert CONFIG[section][option] == value


def settings(table: dict, prefix: str = "") -> list[str]:
    """Every option's dotted name, nested tables ([theme.dark]) included."""
    names = []
    for name, value in table.items():
        dotted = f"{prefix}{name}"
        names += settings(value, dotted + ".") if isinstance(value, dict) else [dotted]
    return names


def test_every_setting_is_one_streamlit_knows():
    from streamlit import config

    options = config.get_config_options()
    unknown = [name for name in settings(CONFIG) if name not in options]
    assert unknown == []
    assert len(settings(CONFIG)) >= 8  # the nested tables were walked, not skipped


def test_the_page_follows_the_browser_light_or_dark():
    assert "base" not in CONFIG["theme"]  # a base would pin one theme whatever the browser says
    assert set(CONFIG["theme"]) == {"light", "dark"}


@pytest.mark.parametrize(("theme", "paper"), [("light", "#FFFFFF"), ("dark", DARK_PAPER)])
def test_each_page_is_the_paper_of_its_chart(theme, paper):
    assert CONFIG["theme"][theme]["backgroundColor"] == paper

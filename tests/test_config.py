"""The Streamlit settings shipped in .streamlit/config.toml: local, quiet, no outside calls."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

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


def test_every_setting_is_one_streamlit_knows():
    from streamlit import config

    options = config.get_config_options()
    for section, settings in CONFIG.items():
        for option in settings:
            assert f"{section}.{option}" in options, f"{section}.{option}"

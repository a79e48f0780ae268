"""Small helpers shared by several test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from events.cli import main


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """`python -m events *argv` in-process: exit code, stdout, stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_page(app: Path, **session) -> AppTest:
    """Run a test page script under AppTest with session_state preset."""
    at = AppTest.from_file(str(app), default_timeout=30)
    for key, value in session.items():
        at.session_state[key] = value
    return at.run()


def keyed(node, key: str):
    """The block with this widget/container key, searched depth first."""
    for child in getattr(node, "children", {}).values():
        if getattr(child, "key", None) == key:
            return child
        found = keyed(child, key)
        if found is not None:
            return found
    return None

"""Spreadsheet-safe cells (events/formats/cells.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.formats.cells import neutralise, neutralise_row, restore


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 1632 960000", "'+44 1632 960000"),
        ("-5", "'-5"),
        ("@handle", "'@handle"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("'90s", "''90s"),
        ("", ""),
        ("plain text", "plain text"),
        ("a = b", "a = b"),
        ("2024-03-04", "2024-03-04"),
    ],
)
def test_neutralise_table(value, written):
    assert neutralise(value) == written
    assert restore(written) == value


@pytest.mark.parametrize("hand_written", ["'90s", "'tis", "'", "it's"])
def test_restore_leaves_an_apostrophe_it_did_not_add(hand_written):
    assert restore(hand_written) == hand_written


def test_neutralise_row_leaves_non_text_alone():
    assert neutralise_row({"a": "=1", "b": 2, "c": None}) == {"a": "'=1", "b": 2, "c": None}


@given(st.text())
def test_restore_undoes_neutralise(value):
    assert restore(neutralise(value)) == value
    assert not neutralise(value).startswith(("=", "+", "-", "@", "\t", "\r"))

"""details: one event as labelled plain-text fields; links and markdown made safe."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.details import (
    Details,
    day_text,
    event_details,
    markdown_text,
    precision_text,
    resolved_text,
    safe_url,
)
from dashboard.frame import events_frame


@pytest.mark.parametrize(
    ("start", "end", "ongoing", "expected"),
    [
        ("2024-09-09", "2024-09-09", False, "9 Sep 2024"),
        ("2022-09-01", "2022-12-31", False, "1 Sep 2022 to 31 Dec 2022"),
        ("2022-09-01", "2024-10-25", True, "1 Sep 2022 to 25 Oct 2024 (ongoing)"),
        (None, None, False, "not placed on the timeline"),
    ],
)
def test_resolved_text(start, end, ongoing, expected):
    start = pd.Timestamp(start) if start else pd.NaT
    end = pd.Timestamp(end) if end else pd.NaT
    assert resolved_text(start, end, ongoing) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2024-10-25", "25 Oct 2024"), ("0800-01-01", "1 Jan 800"), ("9999-12-31", "31 Dec 9999")],
)
def test_day_text_any_year(day, expected):
    assert day_text(pd.Series([day], dtype="datetime64[s]")[0]) == expected


@pytest.mark.parametrize(
    ("precision", "qualifier", "flags", "expected"),
    [
        ("day", "none", {}, "day"),
        ("half", "none", {}, "half year"),
        ("year", "late", {}, "year, late"),
        ("month", "about", {"approximate": True}, "month, about, approximate"),
        ("year", "since", {"ongoing": True}, "year, since, ongoing"),
        ("", "", {}, "none"),
    ],
)
def test_precision_text(precision, qualifier, flags, expected):
    assert precision_text(precision, qualifier, flags) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("http://example.com/a?b=1&c=2#d", "http://example.com/a?b=1&c=2#d"),
        ("HTTPS://Example.com/", "HTTPS://Example.com/"),
        ("  https://example.com/x  ", "https://example.com/x"),
        ("https://example.com/a (b)", "https://example.com/a%20%28b%29"),  # cannot end the link
        ("https://example.com/%20ok", "https://example.com/%20ok"),  # not encoded twice
        ("javascript:alert(1)", ""),
        ("JavaScript:alert(1)", ""),
        ("data:text/html,<b>x</b>", ""),
        ("file:///etc/passwd", ""),
        ("ftp://example.com/file", ""),
        ("//example.com/no-scheme", ""),
        ("https://", ""),
        ("http://[::1", ""),  # unparseable
        ("", ""),
    ],
)
def test_safe_url_keeps_only_http_links(url, expected):
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "plain words"),
        ("$42 and $7", r"\$42 and \$7"),  # not LaTeX
        ("*stars* and _under_", r"\*stars\* and \_under\_"),
        ("<b>bold</b>", r"\<b\>bold\</b\>"),
        ("[link](javascript:x)", r"\[link\]\(javascript\:x\)"),
        ("# heading", r"\# heading"),
        ("1. first", r"1\. first"),
        ("- item", r"\- item"),
        ("line one\nline two", "line one  \nline two"),
    ],
)
def test_markdown_text_shows_text_literally(text, expected):
    assert markdown_text(text) == expected


@pytest.fixture
def frame(event_factory) -> pd.DataFrame:
    event = event_factory(
        "late", "late 2022", date(2022, 9, 1), date(2022, 12, 31), "year", qualifier="late"
    )
    df = events_frame([event, event_factory("none", "someday", None, error="no date")])
    df.loc[0, ["summary", "places", "source", "source_url", "quote"]] = [
        "A summary.", "Kyiv; Moscow", "CNBC", "https://cnbc.com/x", "We said so.",
    ]  # fmt: skip
    return df


def test_event_details_from_the_frame(frame):
    assert event_details(frame, "late") == Details(
        id="late",
        title="Title of late",
        written="late 2022",
        resolved="1 Sep 2022 to 31 Dec 2022",
        precision="year, late",
        summary="A summary.",
        actors=("Elon Musk", "SpaceX"),
        places=("Kyiv", "Moscow"),
        topics=("space",),
        source="CNBC",
        source_url="https://cnbc.com/x",
        quote="We said so.",
    )


@pytest.mark.parametrize("event_id", ["", "missing"])
def test_no_details_without_the_event(frame, event_id):
    assert event_details(frame, event_id) is None


def test_fields_in_panel_order_without_empty_ones(frame):
    assert event_details(frame, "late").fields() == [
        ("Date as written", "“late 2022”"),
        ("Resolved", "1 Sep 2022 to 31 Dec 2022"),
        ("Precision", "year, late"),
        ("Actors", "Elon Musk, SpaceX"),
        ("Places", "Kyiv, Moscow"),
        ("Topics", "space"),
    ]
    unplaced = event_details(frame, "none")
    assert ("Resolved", "not placed on the timeline") in unplaced.fields()
    assert "Places" not in dict(unplaced.fields())

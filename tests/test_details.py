"""details: one event as labelled plain-text fields; links and markdown made safe."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.details import (
    NAMES,
    TEXT_CHARS,
    TITLE_CHARS,
    WORD_JOINER,
    Details,
    cut_details,
    cut_text,
    day_text,
    event_details,
    markdown_text,
    precision_text,
    quote_credit,
    resolved_text,
    safe_url,
    status_prefix,
    status_text,
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
    [
        ("2024-10-25", "25 Oct 2024"),
        ("0800-01-01", "1 Jan AD 800"),
        ("9999-12-31", "31 Dec 9999"),
        ("-0043-03-15", "15 Mar 44 BC"),  # astronomical year -43
        ("0000-12-31", "31 Dec 1 BC"),
    ],
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


@pytest.mark.parametrize(
    ("status", "prefix", "text"),
    [
        ("happened", "", ""),
        ("", "", ""),
        ("planned", "Planned: ", "planned (scheduled, expected or intended)"),
        ("claimed", "Claimed: ", "claimed (reported, unproven)"),
    ],
)
def test_a_planned_or_claimed_event_says_so_after_its_precision(frame, status, prefix, text):
    frame.loc[0, "status"] = status
    details = event_details(frame, "late")
    assert (status_prefix(status), status_text(status)) == (prefix, text)
    labels = [label for label, _ in details.fields()]
    assert labels[2:4] == (["Precision", "Status"] if text else ["Precision", "Actors"])
    assert dict(details.fields()).get("Status", "") == text


# --- what the reader's browser makes of the markdown ---------------------------------------
# Streamlit draws markdown with react-markdown and remark-gfm. Modelled here, since no test can
# run that parser: links, images, <autolinks> and raw HTML need unescaped characters; literal
# autolinks (http://, www., e-mail addresses) are found, as mdast-util-gfm-autolink-literal
# does, in the text once escapes are resolved, after a space or a punctuation mark.
_CHARACTER = re.compile(r"\\([!-/:-@\[-`{-~])|(.)", re.DOTALL)
_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)[^)]*\)")
_ANGLE = re.compile(
    r"<(?:[a-z][a-z\d+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>|<[a-z/!?]", re.IGNORECASE
)
_LITERAL = re.compile(r"(?:https?://|www(?=\.))[-.\w]+[^ \t\r\n]*", re.IGNORECASE | re.ASCII)
_EMAIL = re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+", re.ASCII)


def links_in(markdown: str) -> list[tuple[str, str]]:
    """(kind, target or text) of each link or image the markdown makes, in order of kind."""
    plain, syntax = _resolved(markdown)
    found = [
        ("image" if m[1] else "link", plain[m.start(2) : m.end(2)]) for m in _LINK.finditer(syntax)
    ]
    found += [("html", plain[m.start() : m.end()]) for m in _ANGLE.finditer(syntax)]
    text = list(plain)  # the text of a link is never linked again
    for m in [*_LINK.finditer(syntax), *_ANGLE.finditer(syntax)]:
        text[m.start() : m.end()] = " " * (m.end() - m.start())
    text = "".join(text)
    found += [("autolink", url) for url in _literals(text, _LITERAL, _domain_ok)]
    found += [("email", mail) for mail in _literals(text, _EMAIL, _email_ok)]
    return found


def _resolved(markdown: str) -> tuple[str, str]:
    """The text escapes resolved, and the same with each escaped character made inert."""
    pairs = [(m[1] or m[2], "\0" if m[1] else m[2]) for m in _CHARACTER.finditer(markdown)]
    return "".join(p for p, _ in pairs), "".join(s for _, s in pairs)


def _literals(text: str, regex: re.Pattern, ok) -> list[str]:
    found, at = [], 0
    while m := regex.search(text, at):
        before = text[m.start() - 1] if m.start() else " "
        boundary = before.isspace() or unicodedata.category(before)[0] in "PS"
        if boundary and ok(m[0], before):
            found.append(m[0].rstrip("!\"&'),.:;<>?]}"))
            at = m.end()
        else:
            at = m.start() + 1
    return found


def _domain_ok(url: str, before: str) -> bool:
    domain = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    parts = re.match(r"[-.\w]*", domain, re.ASCII)[0].split(".")
    return len(parts) >= 2 and all(
        re.fullmatch(r"[-\w]*[a-zA-Z\d][-\w]*", p) and "_" not in p for p in parts[-2:]
    )


def _email_ok(mail: str, before: str) -> bool:
    return before != "/" and not re.search(r"[-\d_]$", mail)


@pytest.mark.parametrize(
    ("markdown", "links"),
    [
        ("[a](http://x.example/p)", [("link", "http://x.example/p")]),
        ("![i](http://x.example/i.png)", [("image", "http://x.example/i.png")]),
        ("see http://x.example/p.", [("autolink", "http://x.example/p")]),
        ("(https://x.example)", [("autolink", "https://x.example")]),
        ("see WWW.x.example now", [("autolink", "WWW.x.example")]),
        (r"http\://x\.example", [("autolink", "http://x.example")]),  # escapes do not help
        (r"\[a\]\(http\://x\.example\)", [("autolink", "http://x.example")]),
        ("mail a.b@x.example", [("email", "a.b@x.example")]),
        ("<http://x.example>", [("html", "<http://x.example>")]),
        ("<img src=x>", [("html", "<i")]),
        (r"\[a\]\(b\) \<img\>", []),
        ("x.example and a@b and wwwx.example", []),  # no scheme, no domain, no www.
        ("xhttp://x.example", []),  # only after a space or a punctuation mark
    ],
)
def test_links_in_models_what_markdown_links(markdown, links):
    assert links_in(markdown) == links


# Dataset text that markdown would make a link or an image of.
LINKY = [
    "[click](http://evil.example/a)",
    "![img](http://evil.example/i.png)",
    "https://example.com",
    "HTTP://EXAMPLE.COM/a?b=1",
    "see www.example.com now",
    "(www.example.com)",
    "write to me@example.com",
    "mailto:me@example.com",
    "<http://example.com>",
    '<img src="http://evil.example/i.png">',
    "<a href='https://evil.example'>x</a>",
]


@pytest.mark.parametrize("text", LINKY)
def test_markdown_text_makes_no_link_or_image(text):
    shown = markdown_text(text)
    assert links_in(shown) == []
    assert _resolved(shown)[0].replace(WORD_JOINER, "") == text  # the reader sees the text


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("one two three", 8, "one two…"),  # between words
        ("A " + "x" * 30, 20, "A " + "x" * 17 + "…"),  # not "A…": a word may be cut
        ("x" * 1_000_000, 2_000, "x" * 1_999 + "…"),
    ],
)
def test_cut_text_ends_with_an_ellipsis_within_the_limit(text, limit, expected):
    assert cut_text(text, limit) == expected
    assert len(cut_text(text, limit)) <= limit


def test_cut_details_cuts_what_is_drawn_and_says_what(frame):
    whole = event_details(frame, "late")
    long = replace(whole, title="t" * 5_000, summary="s " * 3_000, places=("p" * 999,) * 80)
    drawn, note = cut_details(long)
    assert drawn.title == "t" * (TITLE_CHARS - 1) + "…"
    assert len(drawn.summary) <= TEXT_CHARS and drawn.summary.endswith("s…")
    assert drawn.places == ("p" * (TITLE_CHARS - 1) + "…",) * NAMES + (f"and {80 - NAMES} more",)
    assert (drawn.quote, drawn.actors) == (whole.quote, whole.actors)
    assert note == (
        "Cut to fit: the title (5,000 characters), the summary (6,000 characters),"
        " the places (80 names). The dataset keeps all of it."
    )
    assert cut_details(whole) == (whole, "")


# --- the Timeline tab's details panel, under AppTest ------------------------------------------


def _details_page():
    import streamlit as st

    from dashboard.details import event_details
    from dashboard.frame import events_frame
    from dashboard.pages.timeline import show_details

    frame = events_frame([st.session_state["event"]])
    show_details(event_details(frame, "bad"), "bad")


def details_panel(event_factory, **fields) -> tuple[AppTest, list[str]]:
    """The panel of one event with these fields, and the markdown it shows."""
    event = event_factory("bad", fields.pop("date", "2024-09-09"), date(2024, 9, 9))
    at = AppTest.from_function(_details_page, default_timeout=30)
    at.session_state["event"] = replace(event, **fields)
    at.run()
    assert not at.exception
    shown = [
        node.value
        for node in at.main.children.values()
        for node in _walk(node)
        if getattr(node, "type", None) in ("markdown", "caption", "heading", "subheader")
    ]
    return at, shown


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def test_details_panel_links_nothing_but_the_source(event_factory):
    _, shown = details_panel(
        event_factory,
        title="Read https://evil.example/t now",
        date="www.evil.example",
        summary="[click](http://evil.example/a) and ![img](http://evil.example/i.png)",
        quote="write to spy@evil.example or <https://evil.example/q>",
        actors=("https://example.com",),
        places=("www.example.org",),
        topics=("mailto:x@example.net",),
        source="Reuters, http://evil.example/s",
        source_url="https://example.com/story",
    )
    assert [link for text in shown for link in links_in(text)] == [
        ("link", "https://example.com/story")
    ]


def test_details_panel_cuts_a_huge_title_summary_and_quote_saying_so(event_factory):
    huge = "x" * 1_000_000
    _, shown = details_panel(event_factory, title=huge, summary=huge, quote=huge)
    assert shown[0] == "x" * (TITLE_CHARS - 1) + "…"
    assert shown[1] == "x" * (TEXT_CHARS - 1) + "…"
    assert max(len(text) for text in shown) < TEXT_CHARS + 10
    assert shown[-1] == (
        "Cut to fit: the title (1,000,000 characters), the summary (1,000,000"
        " characters), the quote (1,000,000 characters). The dataset keeps all"
        " of it."
    )


@pytest.mark.parametrize(
    ("source", "actors", "credit"),
    [
        ("CNBC", ("Elon Musk",),
         "quoted in CNBC (speaker not recorded; the event's actors: Elon Musk)"),
        ("", ("Musk", "Putin"),
         "quoted in the source (speaker not recorded; the event's actors: Musk, Putin)"),
        ("CNBC", (), "quoted in CNBC (speaker not recorded)"),
    ],
)  # fmt: skip
def test_a_quote_is_credited_to_its_source_and_actors(source, actors, credit):
    details = Details("a", "A", "2020", "2020", "year", source=source, actors=actors, quote="Hi")
    assert quote_credit(details) == credit

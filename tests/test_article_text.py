"""Article files as text: HTML reduced with html.parser, light Markdown dropped, bad bytes named."""

from __future__ import annotations

import pytest

from events.article.text import (
    ArticleError,
    article_text,
    first_line,
    html_to_text,
    markdown_to_text,
)

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry pier &amp; harbour</title>
<style>p { color: red; }</style>
<script>var when = "May 5, 2031"; document.write("<p>not text</p>");</script>
</head>
<body><article>
<h1>Ferry pier opens</h1>
<p>DUNMORE, March 3, 2024 &ndash; The new pier opened on
Monday, the council&#8217;s chair said.</p>
<p>Work began in <b>June 2021</b>&nbsp;and cost &pound;4&nbsp;million.<br>It ran late.</p>
<!-- a comment with 2019 in it -->
<noscript>Enable scripts</noscript>
<ul><li>First boat: April 2</li><li>Second: May 9</li></ul>
</article></body></html>
"""


def test_html_page_becomes_its_lines():
    assert html_to_text(PAGE).split("\n") == [
        "Ferry pier & harbour",
        "",
        "Ferry pier opens",
        "",
        "DUNMORE, March 3, 2024 \u2013 The new pier opened on Monday,"
        " the council\u2019s chair said.",
        "",
        "Work began in June 2021 and cost £4 million.",
        "It ran late.",
        "",
        "First boat: April 2",
        "",
        "Second: May 9",
    ]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<script>alert('May 2020')</script>Kept", "Kept"),
        ("<style>.a{}</style><p>Kept</p>", "Kept"),
        ("<SCRIPT type='x'>1999</SCRIPT>Kept", "Kept"),
        ("<template><p>2001</p></template>Kept", "Kept"),
        ("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", "a & b <c> \"d\" 'e'"),
        ("&eacute;t&eacute; &pound;4", "été £4"),
        ("&#x2014;&mdash;&#8212;", "———"),
        ("x&nbsp;&nbsp;y", "x y"),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<div>one<div>two</div></div>", "one\ntwo"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<h2>Head</h2>body", "Head\nbody"),
        ("<tr><td>2020</td><td>won</td></tr>", "2020\n\nwon"),
        ("on <i>May</i> <b>5</b>, <span>2020</span>", "on May 5, 2020"),
        ("<p>soft\nwrapped\r\nline</p>", "soft wrapped line"),
        ("<pre>a  b\nc</pre>", "a b\nc"),
        ("<p>unclosed <b>tags", "unclosed tags"),
        ("", ""),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("# Pier opens\n\nIt opened **on Monday**.", "Pier opens\n\nIt opened on Monday."),
        ("## Heading ##", "Heading"),
        ("A [council vote](https://example.org/v) in *May 2020*.", "A council vote in May 2020."),
        ("![a map](map.png) and _late 2019_ and `code`", "a map and late 2019 and code"),
        ("> quoted on June 3", "quoted on June 3"),
        ("before\n\n---\n\nafter", "before\n\nafter"),
        ("3 * 4 = 12 and snake_case_name", "3 * 4 = 12 and snake_case_name"),
    ],
)
def test_markdown_to_text(markdown, text):
    assert markdown_to_text(markdown) == text


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("story.txt", b"On May 5, 2020 <b>it</b> rained.", "On May 5, 2020 <b>it</b> rained."),
        ("story.html", b"<p>On <b>May 5</b>, 2020.</p>", "On May 5, 2020."),
        ("STORY.HTM", b"<p>x</p>", "x"),
        ("saved", b"  <html><body><p>x</p></body></html>", "x"),  # told by its leading tag
        ("story.md", b"# Title\n**Bold** text", "Title\nBold text"),
        ("story.txt", b"# not a heading in plain text", "# not a heading in plain text"),
        ("bom.txt", b"\xef\xbb\xbfHello", "Hello"),
    ],
)
def test_article_text_reads_by_kind(name, data, text):
    assert article_text(name, data) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Café".encode("latin-1"), "old.txt: not UTF-8 text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "old.txt: not UTF-8 text"),
        (b"text\x00with a NUL", "old.txt: a binary file"),
    ],
)
def test_article_text_refuses_what_is_not_text(data, message):
    with pytest.raises(ArticleError, match=message):
        article_text("old.txt", data)


@pytest.mark.parametrize(
    ("text", "limit", "line"),
    [
        ("\n\n  Pier   opens \nbody", 80, "Pier opens"),
        ("", 80, ""),
        ("one two three four", 12, "one two…"),
        ("exactly ten", 11, "exactly ten"),
    ],
)
def test_first_line(text, limit, line):
    assert first_line(text, limit) == line

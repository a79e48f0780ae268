"""Article files as plain text: HTML reduced to its text (standard library html.parser), light
Markdown markup dropped, so extraction and titles read words rather than tags."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

__all__ = ["ArticleError", "article_text", "first_line", "html_to_text", "markdown_to_text"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})  # fmt: skip
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"})
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_NEWLINES = re.compile(r"[\r\n]+")
_MARKDOWN = (  # (pattern, replacement), applied in order
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their words
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^ {0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # rules
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # code spans
)


class ArticleError(ValueError):
    """A file that is not article text (not UTF-8, or binary)."""


class _TextParser(HTMLParser):
    """Collects the text of an HTML page: skipped elements dropped, each block on its own line,
    source line breaks inside a block read as spaces (entities are decoded by HTMLParser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED and tag not in VOID:
            self.skipping.append(tag)
        elif tag in BLOCKS:
            self.parts.append("\n")
        self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in BLOCKS and not self.skipping:
            self.parts.append("\n")
        self.pre -= tag == "pre" and self.pre > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data if self.pre else _NEWLINES.sub(" ", data))


def html_to_text(html: str) -> str:
    """The text of an HTML document: script and style gone, entities decoded, blocks as lines."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return _tidy("".join(parser.parts))


def markdown_to_text(markdown: str) -> str:
    """Markdown with its common markup dropped (headings, emphasis, links keep their words)."""
    for pattern, replacement in _MARKDOWN:
        markdown = pattern.sub(replacement, markdown)
    return _tidy(markdown)


def article_text(name: str, data: bytes) -> str:
    """The text of an article file: HTML (by extension or a leading tag) or Markdown reduced to
    text, anything else as it is; ArticleError when the bytes are not UTF-8 text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(f"{name}: not UTF-8 text") from None
    if "\x00" in text:
        raise ArticleError(f"{name}: a binary file, not text")
    suffix = PurePath(name).suffix.lower()
    if suffix in HTML_SUFFIXES or text.lstrip().startswith("<"):
        return html_to_text(text)
    if suffix in MARKDOWN_SUFFIXES:
        return markdown_to_text(text)
    return text


def first_line(text: str, limit: int = 80) -> str:
    """The first non-blank line, whitespace collapsed, cut at a word to at most `limit` chars."""
    line = next((" ".join(line.split()) for line in text.splitlines() if line.strip()), "")
    if len(line) <= limit:
        return line
    return line[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"


def _tidy(text: str) -> str:
    """Spaces collapsed and trimmed on every line; at most one blank line in a row."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")

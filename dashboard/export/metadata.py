"""A title and a description written into an exported file, for readers, search and screen
readers: pure functions from the renderer's bytes to the bytes handed out.

An SVG gets `<title>` and `<desc>` as the first children of its root `<svg>` (the SVG spec's
accessible name and description); a PDF gets Title and Subject in its document information.
Each text is put on one line (runs of white space become one space); an empty one is left
out rather than written empty.
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter

# The root's opening tag: a quoted attribute value may hold a ">".
_SVG_OPEN = re.compile(rb"""<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>""")
# Characters XML 1.0 cannot hold at all, not even escaped (control characters, lone surrogates).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def svg_with_title(svg: bytes, title: str, desc: str) -> bytes:
    """`svg` with `<title>title</title><desc>desc</desc>` right after its opening `<svg>` tag,
    the texts XML-escaped; the rest of the file is unchanged."""
    opening = _SVG_OPEN.search(svg)
    if opening is None or opening.group().endswith(b"/>"):
        raise ValueError("expected an SVG document with an opening <svg ...> tag")
    texts = {"title": _xml_text(title), "desc": _xml_text(desc)}
    elements = "".join(f"<{tag}>{text}</{tag}>" for tag, text in texts.items() if text)
    end = opening.end()
    return svg[:end] + elements.encode("utf-8") + svg[end:]


def pdf_with_title(pdf: bytes, title: str, subject: str = "") -> bytes:
    """`pdf` with its document information's Title (and Subject) set; an empty text removes
    the entry, so a title the renderer made up (Chromium's page title) is not left behind."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    info = dict(writer.metadata or {})
    for key, text in (("/Title", title), ("/Subject", subject)):
        if text.strip():
            info[key] = " ".join(text.split())
        else:
            info.pop(key, None)
    writer.metadata = info
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _xml_text(text: str) -> str:
    return escape(" ".join(_NOT_XML.sub("", text).split()))

"""Title and description written into exported files (dashboard/export/metadata.py): SVGs are
parsed as XML, PDFs read back with pypdf. The renderer's real output is tested in
tests/test_export_images.py."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader, PdfWriter

from dashboard.export.metadata import pdf_with_title, svg_with_title

# The shape of kaleido's SVG: namespaces, a quoted ">" in an attribute, then the drawing.
SVG = (b'<svg class="main-svg" xmlns="http://www.w3.org/2000/svg"'
       b' xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60" style=""'
       b' data-note="a > b" viewBox="0 0 120 60"><rect x="0" y="0" width="120" height="60"/>'
       b'<g class="infolayer"><text x="4" y="20">Chart title</text></g></svg>')  # fmt: skip
TRICKY = "Musk & Putin: <b>\"talks\"</b> and 'deals' ]]> --"


def children(svg: bytes) -> list[tuple[str, str]]:
    """The root's children as (tag without namespace, text)."""
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return [(child.tag.rpartition("}")[2], child.text or "") for child in root]


def pdf(**info: str) -> bytes:
    """A one-page PDF with this document information, as Chromium leaves it."""
    writer = PdfWriter()
    writer.add_blank_page(width=842, height=595)
    writer.add_metadata(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("title", "desc", "first"),
    [
        ("Musk and Putin", "Timeline chart: 27 dated events.",
         [("title", "Musk and Putin"), ("desc", "Timeline chart: 27 dated events.")]),
        (TRICKY, "1 < 2 & 3 > 2", [("title", TRICKY), ("desc", "1 < 2 & 3 > 2")]),
        ("Two\n  lines\tjoined", "", [("title", "Two lines joined")]),
        ("Bell\x07 and null\x00 dropped", "Zoë, Ελλάδα, 東京 😀",
         [("title", "Bell and null dropped"), ("desc", "Zoë, Ελλάδα, 東京 😀")]),
        ("", "Only a description", [("desc", "Only a description")]),
        ("  ", "", []),
    ],
)  # fmt: skip
def test_svg_gets_title_and_desc_as_its_first_children(title, desc, first):
    out = svg_with_title(SVG, title, desc)
    assert children(out) == [*first, ("rect", ""), ("g", "")]


def test_svg_is_otherwise_unchanged():
    out = svg_with_title(SVG, "T", "D")
    opening = SVG.index(b"><rect") + 1
    assert out == SVG[:opening] + b"<title>T</title><desc>D</desc>" + SVG[opening:]


@pytest.mark.parametrize(
    ("svg", "message"),
    [(b"<html><body></body></html>", "expected an SVG document"),
     (b'<svg xmlns="http://www.w3.org/2000/svg"/>', "expected an SVG document"),
     (b"", "expected an SVG document")],
)  # fmt: skip
def test_what_is_not_an_svg_is_refused(svg, message):
    with pytest.raises(ValueError, match=message):
        svg_with_title(svg, "T", "D")


@pytest.mark.parametrize(
    ("title", "subject", "expected"),
    [
        ("Musk and Putin", "Timeline chart: 27 dated events.",
         ("Musk and Putin", "Timeline chart: 27 dated events.")),
        (TRICKY, "", (TRICKY, None)),
        ("Zoë — «Ελλάδα» 東京", "Two\nlines", ("Zoë — «Ελλάδα» 東京", "Two lines")),
        ("", "", (None, None)),  # Chromium's page title is not left behind
    ],
)  # fmt: skip
def test_pdf_gets_title_and_subject(title, subject, expected):
    before = pdf(**{"/Title": "Kaleido-fier", "/Subject": "old", "/Producer": "Skia/PDF m156"})
    reader = PdfReader(io.BytesIO(pdf_with_title(before, title, subject)))
    assert (reader.metadata.title, reader.metadata.subject) == expected
    assert reader.metadata.producer == "Skia/PDF m156"  # the rest is kept
    assert len(reader.pages) == 1
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (
        842, 595)


def test_pdf_subject_is_optional():
    reader = PdfReader(io.BytesIO(pdf_with_title(pdf(), "Only a title")))
    assert (reader.metadata.title, reader.metadata.subject) == ("Only a title", None)

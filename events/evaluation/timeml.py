"""TimeML documents: the plain text of TEXT, its gold TIMEX3 spans, and the creation date."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = ["Document", "Timex", "TimeMLError", "parse_timeml", "read_corpus", "read_timeml"]


class TimeMLError(ValueError):
    """A file that is not a readable TimeML document."""


@dataclass(frozen=True)
class Timex:
    """One gold TIMEX3: its character span in the document text, type, value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    tid: str = ""


@dataclass(frozen=True)
class Document:
    """A TimeML document: name, plain TEXT content, creation date and gold timexes."""

    name: str
    text: str
    dct: date
    timexes: tuple[Timex, ...]


def read_corpus(folder: str | Path) -> list[Document]:
    """Every `.tml` file under `folder` (recursively), in path order."""
    root = Path(folder)
    if not root.is_dir():
        raise TimeMLError(f"{folder}: no such folder")
    return [read_timeml(path) for path in sorted(root.rglob("*.tml"))]


def read_timeml(path: str | Path) -> Document:
    """One TimeML file as a Document."""
    path = Path(path)
    try:
        return parse_timeml(path.read_text(encoding="utf-8"), name=path.name)
    except (OSError, UnicodeDecodeError) as exc:
        raise TimeMLError(f"{path}: {exc}") from None


def parse_timeml(xml: str, *, name: str = "") -> Document:
    """Parse TimeML markup: only TIMEX3 inside TEXT are kept; the DCT gives the date."""
    try:
        root = ET.fromstring(xml.encode("utf-8"))
    except ET.ParseError as exc:
        raise TimeMLError(f"{name or 'document'} is not well-formed XML: {exc}") from None
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise TimeMLError(f"{name or 'document'} has no TEXT element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(text_element, parts, timexes, 0)
    return Document(name, "".join(parts), _dct(root, name), tuple(timexes))


def _walk(element: ET.Element, parts: list[str], timexes: list[Timex], offset: int) -> int:
    """Append the element's text to `parts`, recording TIMEX3 spans; returns the new offset."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, parts, timexes, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        timexes.append(_timex(element, start, offset, "".join(element.itertext())))
    return offset


def _timex(element: ET.Element, start: int, end: int, text: str) -> Timex:
    get = element.attrib.get
    return Timex(start, end, text, get("type", ""), get("value", ""), get("mod", ""),
                 get("tid", ""))


def _dct(root: ET.Element, name: str) -> date:
    timex = root.find(".//DCT/TIMEX3")
    value = timex.attrib.get("value", "") if timex is not None else ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise TimeMLError(f"{name or 'document'} has no document creation time") from None

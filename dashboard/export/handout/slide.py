"""What one handout slide says, as lines of text placed in its cell: the opening (the dataset's
name, its years, how many events), an event (its title, saying first when it is planned or
claimed, the date line, source, summary, actors, places and quote) or the closing (sources);
at its foot the slide number and, when the page holds one slide, the credit line.

Text is wrapped and cut to the cell with the chart's character widths; when the blocks need
more room than the cell has, they give up lines in the order of SHRINK, so the title and date
stay and the quote goes first.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.chart.text_width import text_px
from dashboard.chart.theme import INK, MUTED
from dashboard.details import cut_details, row_details
from dashboard.export.handout.lines import fit
from dashboard.export.handout.sheets import LINE, Box, Sheet
from dashboard.present import deck
from dashboard.present.slides import SLIDE_TITLE_CHARS, position_text, slide_title

GAP = 0.6  # space before a block, in its font size
FOOTER_GAP = 10  # px between the body (or strip) and the footer
CREDIT_LINES = 2
# Px kept free at a line's end: a browser's line is up to a pixel or so wider than the sum of
# its letters' rounded widths (measured in Chromium on the handout's SVG).
EDGE = 2
# (role, fewest lines it keeps), tried in turn until the blocks fit; a role may come back lower.
SHRINK = (
    ("quote", 0), ("summary", 3), ("places", 1), ("actors", 1), ("sources", 1), ("more", 0),
    ("summary", 1), ("source", 1), ("date", 1), ("count", 0), ("places", 0), ("actors", 0),
    ("summary", 0), ("sources", 0), ("source", 0), ("title", 1), ("name", 1), ("date", 0),
    ("years", 0),
)  # fmt: skip


@dataclass(frozen=True)
class Text:
    """Lines of one size and style, their top left (top right when aligned right) at x, y."""

    role: str
    lines: tuple[str, ...]
    size: float
    x: float
    y: float
    bold: bool = False
    italic: bool = False
    colour: str = INK
    align: str = "left"

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LINE

    @property
    def width(self) -> float:
        return max((text_px(line, self.size, self.bold) for line in self.lines), default=0.0)

    def box(self) -> Box:
        left = self.x - self.width if self.align == "right" else self.x
        return Box(left, self.y, self.width, self.height)


@dataclass(frozen=True)
class Block:
    """Text to stack: how large, in what style, in at most how many lines."""

    role: str
    text: str
    size: float
    max_lines: int
    bold: bool = False
    italic: bool = False
    colour: str = INK
    gap: bool = True  # space before it


@dataclass(frozen=True)
class Slide:
    """A slide's texts and, for an event, the box its overview strip is drawn in."""

    texts: tuple[Text, ...]
    strip: Box | None


def slide(order: pd.DataFrame, name: str, position: int, sheet: Sheet, cell: Box,
          credit_here: bool) -> Slide:  # fmt: skip
    """The slide at `position` of the deck of `order`, laid out in `cell`."""
    area = sheet.inside(cell)
    credit = deck.opening(order, name).credit if credit_here else ""
    foot = footer(position_text(position, deck.size(order)), credit, sheet, area)
    bottom = min(text.y for text in foot) - FOOTER_GAP
    kind = deck.kind(position, order)
    strip = None
    if kind == "event":
        strip = Box(area.x, bottom - sheet.strip, area.width, sheet.strip)
        bottom = strip.y - FOOTER_GAP
    room = Box(area.x, area.y, area.width, bottom - area.y)
    if kind == "opening":
        texts = stack(_opening(order, name, sheet), room, lift=0.4)
    elif kind == "closing":
        texts = stack(_closing(order, sheet), room)
    else:
        texts = stack(_event(deck.event_row(position, order), sheet), room)
    return Slide((*texts, *foot), strip)


def stack(blocks: list[Block], room: Box, lift: float = 0.0) -> tuple[Text, ...]:
    """The blocks one under another in `room`, shortened by SHRINK until they fit; `lift` of the
    room left over goes above them (0: at the top, 0.5: centred)."""
    width = room.width - EDGE
    counts = [len(fit(b.text, b.size, width, b.max_lines, b.bold)) for b in blocks]
    for role, fewest in SHRINK:  # the last block of a role gives way first
        for i in [i for i in reversed(range(len(blocks))) if blocks[i].role == role]:
            while counts[i] > fewest and _height(blocks, counts) > room.height:
                counts[i] -= 1
    y = room.y + max(room.height - _height(blocks, counts), 0) * lift
    texts = []
    for block, count in zip(blocks, counts, strict=True):
        if not count:
            continue
        y += _gap(block) if texts else 0
        lines = fit(block.text, block.size, width, count, block.bold)
        texts.append(Text(block.role, lines, block.size, room.x, y, block.bold, block.italic,
                          block.colour))  # fmt: skip
        y += texts[-1].height
    return tuple(texts)


def _height(blocks: list[Block], counts: list[int]) -> float:
    shown = [(b, n) for b, n in zip(blocks, counts, strict=True) if n]
    gaps = sum(_gap(b) for b, _ in shown[1:])
    return gaps + sum(n * b.size * LINE for b, n in shown)


def _gap(block: Block) -> float:
    return block.size * GAP if block.gap else block.size * 0.15


def footer(number: str, credit: str, sheet: Sheet, area: Box) -> tuple[Text, ...]:
    """The number (of a slide or a page) at the bottom right of `area`; the credit line, when
    given, at the bottom left."""
    size = sheet.type.footer
    room = area.width - text_px(number, size) - 3 * size - EDGE
    credit_lines = fit(credit, size, room, CREDIT_LINES) if credit else ()
    rows = max(len(credit_lines), 1)
    top = area.bottom - rows * size * LINE
    texts = [Text("number", (number,), size, area.right, area.bottom - size * LINE,
                  colour=MUTED, align="right")]  # fmt: skip
    if credit_lines:
        texts.append(Text("credit", credit_lines, size, area.x, top, colour=MUTED))
    return tuple(texts)


def _opening(order: pd.DataFrame, name: str, sheet: Sheet) -> list[Block]:
    shown = deck.opening(order, name)
    kind = sheet.type
    count = f"{shown.count} dated event{'s' if shown.count != 1 else ''}"
    return [
        Block("name", shown.name or "Timeline", kind.name, 4, bold=True),
        Block("years", shown.years, kind.years, 1, colour=MUTED),
        Block("count", count, kind.meta, 1, colour=MUTED),
    ]


def _event(row: pd.Series, sheet: Sheet) -> list[Block]:
    details, _ = cut_details(row_details(row), title_chars=SLIDE_TITLE_CHARS)
    kind = sheet.type
    date = f"“{details.written}” · {details.resolved} · {details.precision}"
    blocks = [
        Block("title", slide_title(details), kind.title, 4, bold=True),
        Block("date", date, kind.meta, 2, colour=MUTED),
        Block("source", f"Source: {details.source}" if details.source else "", kind.meta, 2,
              colour=MUTED, gap=False),
        Block("summary", details.summary, kind.body, sheet.summary_lines),
        Block("actors", _listed("Actors", details.actors), kind.body, 2),
        Block("places", _listed("Places", details.places), kind.body, 2, gap=False),
        Block("quote", f"“{details.quote}”" if details.quote else "", kind.body, 3, italic=True,
              colour=MUTED),
    ]  # fmt: skip
    return [block for block in blocks if block.text]


def _closing(order: pd.DataFrame, sheet: Sheet) -> list[Block]:
    shown = deck.closing(order)
    kind = sheet.type
    blocks = [Block("heading", "Sources", kind.title, 1, bold=True)]
    blocks += [Block("sources", f"{source}: {link}" if link else source, kind.body, 2,
                     gap=i == 0) for i, (source, link) in enumerate(shown.sources)]  # fmt: skip
    if shown.more:
        blocks.append(Block("more", f"and {shown.more} more", kind.body, 1, colour=MUTED))
    if not shown.sources:
        blocks.append(Block("more", "No sources are named.", kind.body, 1, colour=MUTED))
    return blocks


def _listed(label: str, names: tuple[str, ...]) -> str:
    return f"{label}: {', '.join(names)}" if names else ""

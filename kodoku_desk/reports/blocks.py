"""Building blocks of the printed reports, and how they become reportlab flowables.

A report is described as plain data — :class:`Section` objects holding
:class:`Text`, :class:`Grid`, :class:`Bars` and :class:`Pair` blocks — by the
services, then :func:`render` lays it out on A4 with the bundled Japanese font
(IPAex Gothic, embedded as a subset) and the shared page furniture of
:mod:`.pages` (「1 / 4」, 作成日 in 和暦, an optional watermark).

Values in grids are printed as given: numbers with thousands separators,
``x`` (秘匿) and ``−`` (該当なし) as they are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from kodoku_desk.reports.charts import bar_chart
from kodoku_desk.reports.fonts import register_fonts
from kodoku_desk.reports.pages import canvas_class

__all__ = ["Bars", "Document", "Grid", "Pair", "Section", "Text", "fmt", "render"]

Value = int | float | str | None

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEAD_FILL = colors.HexColor("#e4e7eb")
TOTAL_FILL = colors.HexColor("#f5f7fa")
HIDDEN_FILL = colors.HexColor("#fbefd0")
ACCENT = colors.HexColor("#2f6f8f")

MARGIN = 16 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN
TOP_MARGIN, BOTTOM_MARGIN = 15 * mm, 18 * mm
FRAME_HEIGHT = A4[1] - TOP_MARGIN - BOTTOM_MARGIN - 12   # the frame's 6 pt padding, top and bottom
#: Room a section needs at least to start on a page (a long table: its first rows)
SECTION_START = 40 * mm


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"          # body | note | lead | warn


@dataclass(frozen=True)
class Grid:
    """A table: ``header`` (first cell labels the row labels), ``rows`` of (label, values).

    ``total``: a last row printed shaded (e.g. 「計」).  ``widths``: column widths in mm
    (first column included); otherwise the label column takes what the numbers leave.
    ``align``: "right" for numbers, "left" for text columns (name lists)."""

    header: Sequence[str]
    rows: Sequence[tuple[str, Sequence[Value]]]
    title: str = ""
    total: tuple[str, Sequence[Value]] | None = None
    notes: Sequence[str] = ()
    widths: Sequence[float] | None = None
    align: str = "right"
    font_size: float = 8.5


@dataclass(frozen=True)
class Bars:
    """A bar chart: one bar per label; a value ``x``/None is drawn as a gap marked 「x」."""

    labels: Sequence[str]
    values: Sequence[Value]
    title: str = ""
    unit: str = ""
    horizontal: bool = False
    height: float = 55           # mm
    width: float | None = None   # mm (default: the frame)


@dataclass(frozen=True)
class Pair:
    """Two blocks side by side (two small tables)."""

    left: object                 # a block, or a list of blocks stacked
    right: object


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: Sequence[object] = ()


@dataclass(frozen=True)
class Document:
    title: str
    subtitle_lines: Sequence[str]
    sections: Sequence[Section]
    made_on: date
    footer_left: str = ""
    watermark: str | None = None
    badge: str = ""              # a framed label at the top right (外部提出用 / 内部用)
    author: str = ""
    closing_notes: Sequence[str] = field(default=())


def fmt(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, textColor=INK,
                          alignment=TA_LEFT, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=26, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=15,
                                   textColor=MUTED),
        "heading": ParagraphStyle("heading", parent=base, fontSize=12.5, leading=17,
                                  textColor=ACCENT, spaceBefore=9, spaceAfter=4),
        "caption": ParagraphStyle("caption", parent=base, fontSize=9.5, leading=13,
                                  spaceBefore=4, spaceAfter=2),
        "body": base,
        "lead": ParagraphStyle("lead", parent=base, fontSize=10, leading=15),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=10.5, textColor=MUTED),
        "warn": ParagraphStyle("warn", parent=base, fontSize=9, leading=13,
                               textColor=colors.HexColor("#8a2a12")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), style)


def _cell(text: str, style: ParagraphStyle, width: float):
    """A table cell: the plain string when it fits on one line (drawn by the table in its
    FONT — far cheaper than a Paragraph, which matters for lists of hundreds of rows),
    else a Paragraph that wraps (CJK line breaking)."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 6.5:
        return text
    return _para(text, style)


def _grid(block: Grid, st: dict[str, ParagraphStyle], width: float) -> list:
    font = st["body"].fontName
    cell_style = ParagraphStyle("c", parent=st["cell"], fontSize=block.font_size,
                                leading=block.font_size * 1.3)
    columns = len(block.header)
    if block.widths:
        widths = [w * mm for w in block.widths]
    else:
        number = min(20 * mm, max(11 * mm, (width * 0.62) / max(1, columns - 1)))
        widths = [width - number * (columns - 1)] + [number] * (columns - 1)
    data: list[list[object]] = [[_cell(h, cell_style, widths[i]) if i == 0 or block.align == "left"
                                 else fmt(h) for i, h in enumerate(block.header)]]
    lines = list(block.rows) + ([block.total] if block.total else [])
    for label, values in lines:
        row: list[object] = [_cell(label, cell_style, widths[0])]
        for i, value in enumerate(values, start=1):
            row.append(_cell(fmt(value), cell_style, widths[min(i, len(widths) - 1)])
                       if block.align == "left" else fmt(value))
        data.append(row)
    style = [
        ("FONT", (0, 0), (-1, -1), font, block.font_size),
        ("LEADING", (0, 0), (-1, -1), cell_style.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, colors.HexColor("#d9dee3")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if block.align != "left":
        style.append(("ALIGN", (1, 0), (-1, -1), "RIGHT"))
    if block.total:
        style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE)]
    for r, (_label, values) in enumerate(lines, start=1):
        for c, value in enumerate(values, start=1):
            if value == "x":
                style.append(("BACKGROUND", (c, r), (c, r), HIDDEN_FILL))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    out: list = []
    if block.title:
        out.append(_para(block.title, st["caption"]))
    out.append(table)
    for note in block.notes:
        out.append(_para(note, st["note"]))
    return out


def _bars(block: Bars, st: dict[str, ParagraphStyle], width: float) -> list:
    w = (block.width * mm) if block.width else width
    drawing = bar_chart(block.labels, block.values, width=w, height=block.height * mm,
                        font=st["body"].fontName, unit=block.unit, horizontal=block.horizontal)
    out: list = []
    if block.title:
        out.append(_para(block.title, st["caption"]))
    out.append(drawing)
    return out


def _flow(block, st: dict[str, ParagraphStyle], width: float, nested: bool = False) -> list:
    """Flowables of ``block``; ``nested``: inside a table cell (no KeepTogether there)."""
    if isinstance(block, (list, tuple)):
        out: list = []
        for part in block:
            out += _flow(part, st, width, nested) + [Spacer(1, 2 * mm)]
        return out
    if isinstance(block, Text):
        return [_para(block.text, st.get(block.style, st["body"]))]
    if isinstance(block, Grid):
        parts = _grid(block, st, width)
        return parts if nested or len(block.rows) >= 25 else [KeepTogether(parts)]
    if isinstance(block, Bars):
        parts = _bars(block, st, width)
        return parts if nested else [KeepTogether(parts)]
    if isinstance(block, Pair):
        half = (width - 6 * mm) / 2
        cells = [_flow(block.left, st, half, True), _flow(block.right, st, half, True)]
        table = Table([cells], colWidths=[half + 6 * mm, half], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [table]
    raise TypeError(f"unknown report block {block!r}")


def _header(doc: Document, st: dict[str, ParagraphStyle]) -> list:
    title = [_para(doc.title, st["title"])] + [_para(line, st["subtitle"])
                                              for line in doc.subtitle_lines if line]
    if not doc.badge:
        return title + [Spacer(1, 3 * mm)]
    badge = Table([[_para(doc.badge, ParagraphStyle("badge", parent=st["body"], fontSize=10,
                                                    leading=13, alignment=1))]],
                  colWidths=[42 * mm])
    badge.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    top = Table([[title, badge]], colWidths=[FRAME_WIDTH - 44 * mm, 44 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [top, Spacer(1, 3 * mm)]


def _start_height(flowables: list) -> float:
    """Height the start of ``flowables`` needs on a page: all of a KeepTogether (it moves
    whole), :data:`SECTION_START` of anything taller that may split (a long table), after
    which the rest can go on the next page."""
    total = 0.0
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            total += sum(_full_height(f) for f in flowable._content)
            continue
        height = _full_height(flowable)
        if height > SECTION_START:
            return total + SECTION_START
        total += height
    return total


def _full_height(flowable) -> float:
    return (flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + flowable.getSpaceBefore()
            + flowable.getSpaceAfter())


def render(doc: Document, out=None, *, encrypt=None, canvasmaker=None) -> bytes:
    """Lay out ``doc`` on A4 portrait; returns the PDF bytes (also written to ``out``,
    a path or binary file, when given).  ``encrypt``: a reportlab StandardEncryption;
    ``canvasmaker``: another page furniture than :func:`.pages.canvas_class`."""
    font = register_fonts()
    st = _styles(font)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=doc.title, author=doc.author or "つながりデスク",
        creator="つながりデスク", subject=" ".join(doc.subtitle_lines[:1]), encrypt=encrypt,
        initialFontName=font)
    story: list = _header(doc, st)
    for section in doc.sections:
        heading = _para(section.heading, st["heading"])
        blocks = [_flow(block, st, FRAME_WIDTH) + [Spacer(1, 2.5 * mm)] for block in section.blocks]
        # the heading stays with what follows it (an introductory text and the first table
        # or chart): never alone at the foot of a page with its table on the next
        lead = 2 if len(blocks) > 1 and isinstance(section.blocks[0], Text) else 1
        needed = _start_height([heading] + [f for flow in blocks[:lead] for f in flow])
        story.append(CondPageBreak(min(max(SECTION_START, needed), FRAME_HEIGHT)))
        story.append(heading)
        for flowables in blocks:
            story += flowables
    if doc.closing_notes:
        story.append(Spacer(1, 3 * mm))
        story += [_para(n, st["note"]) for n in doc.closing_notes]
    template.build(story, canvasmaker=canvasmaker or canvas_class(
        footer_left=doc.footer_left, made_on=doc.made_on, watermark=doc.watermark))
    data = buffer.getvalue()
    if out is not None:
        if hasattr(out, "write"):
            out.write(data)
        else:
            with open(out, "wb") as handle:
                handle.write(data)
    return data

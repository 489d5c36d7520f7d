"""Writing published (disclosure-controlled) tables to CSV, XLSX or JSON, with a manifest.

Only :class:`PublishedTable` values reach this module: numbers, ``x`` and ``−``,
labels from code lists, the period by month.  Files are written to a temporary
name beside the target and renamed into place, so a failed export leaves no
half-written file.

- CSV: UTF-8 with BOM (Excel opens it as Japanese text); one table per file.
  Several tables (or ``zip_csv=True``) go into one .zip with ``manifest.json`` and
  ``注記.txt``.
- XLSX: one sheet per table and a 注記 sheet (period, 作成日, rules, footnotes).
- JSON: ``{"manifest": …, "tables": […]}``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from kodoku_desk import __version__
from kodoku_desk.models.stat_table import PublishedTable
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.reports.pdf_files import write_file

__all__ = ["FORMATS", "ExportMeta", "grid_rows", "sha256_of", "write_export"]

FORMATS = ("csv", "xlsx", "json")
RULE_VERSION = "kodoku-desk-disclosure-1"


@dataclass(frozen=True, slots=True)
class ExportMeta:
    period_label: str          # 「令和8年10月」
    period_start: date         # first day
    period_end: date           # last day (inclusive, for people reading the file)
    made_on: date
    org_name: str
    k_activity: int
    k_sensitive: int
    footnotes: tuple[str, ...]

    def manifest(self, tables: Sequence[PublishedTable]) -> dict:
        return {
            "app": "つながりデスク (kodoku-desk)", "app_version": __version__,
            "organization": self.org_name,
            "period": {"label": self.period_label,
                       "first_month": self.period_start.strftime("%Y-%m"),
                       "last_month": self.period_end.strftime("%Y-%m")},
            "made_on": self.made_on.isoformat(),
            "rule_set": {"version": RULE_VERSION, "k_activity": self.k_activity,
                         "k_sensitive": self.k_sensitive,
                         "suppressed": "x", "zero": "−"},
            "tables": [{"key": t.key, "title": t.source.title_ja, "k": t.k,
                        "suppressed_cells": t.suppressed_count()} for t in tables],
            "notes": list(self.footnotes),
        }

    def header_lines(self) -> list[str]:
        span = (f"{self.period_start:%Y年%m月}" if self.period_start.replace(day=1)
                == self.period_end.replace(day=1)
                else f"{self.period_start:%Y年%m月}〜{self.period_end:%Y年%m月}")
        return [f"集計期間：{self.period_label}（{span}）",
                f"作成日：{format_wareki(self.made_on)}",
                f"作成：{self.org_name}" if self.org_name else ""]


def grid_rows(table: PublishedTable) -> list[list[object]]:
    """The table as rows: a header row, one row per label, then the 計 row (when published)."""
    src = table.source
    has_row_totals = table.row_totals is not None
    header: list[object] = [""] + list(src.col_labels) + (["計"] if has_row_totals else [])
    rows = [header]
    for index, label in enumerate(src.row_labels):
        line: list[object] = [label] + list(table.cells[index])
        if has_row_totals:
            line.append(table.row_totals[index])
        rows.append(line)
    if table.col_totals is not None:
        line = ["計"] + list(table.col_totals)
        if has_row_totals:
            line.append(table.grand_total if table.grand_total is not None else "")
        rows.append(line)
    return rows


def _title(table: PublishedTable) -> str:
    return f"{table.source.title_ja}（単位：{table.source.unit_ja}）"


def _csv_bytes(table: PublishedTable, meta: ExportMeta) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_title(table)])
    for line in meta.header_lines():
        if line:
            writer.writerow([line])
    writer.writerows(grid_rows(table))
    for note in (*meta.footnotes, *table.source.notes_ja):
        writer.writerow([note])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _notes_text(tables: Sequence[PublishedTable], meta: ExportMeta) -> str:
    lines = [line for line in meta.header_lines() if line]
    lines += [f"秘匿基準：活動・参加の表 {meta.k_activity}人未満、機微な表 {meta.k_sensitive}人未満"]
    lines += list(meta.footnotes) + [""] + [f"・{_title(t)}" for t in tables]
    return "\r\n".join(lines) + "\r\n"


def _safe_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text)


def _zip_bytes(tables: Sequence[PublishedTable], meta: ExportMeta) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, table in enumerate(tables, start=1):
            name = f"{number:02d}_{_safe_name(table.source.title_ja)}.csv"
            archive.writestr(name, _csv_bytes(table, meta))
        archive.writestr("注記.txt", ("\ufeff" + _notes_text(tables, meta)).encode("utf-8"))
        archive.writestr("manifest.json", json.dumps(meta.manifest(tables), ensure_ascii=False,
                                                     indent=2))
    return buffer.getvalue()


def _xlsx_bytes(tables: Sequence[PublishedTable], meta: ExportMeta) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    notes = book.active
    notes.title = "注記"
    for line in _notes_text(tables, meta).splitlines():
        notes.append([line])
    notes.append([])
    notes.append(["manifest", json.dumps(meta.manifest(tables), ensure_ascii=False)])
    notes.column_dimensions["A"].width = 90
    used: set[str] = {"注記"}
    for number, table in enumerate(tables, start=1):
        title = f"{number:02d}_{_safe_name(table.source.title_ja)}"[:31].rstrip("_")
        while title in used:
            title = title[:-1] + "_"
        used.add(title)
        sheet = book.create_sheet(title)
        sheet.append([_title(table)])
        sheet["A1"].font = Font(bold=True, size=12)
        for line in meta.header_lines():
            if line:
                sheet.append([line])
        first_grid_row = sheet.max_row + 1
        for row in grid_rows(table):
            sheet.append(row)
        for row in sheet.iter_rows(min_row=first_grid_row, min_col=2):
            for cell in row:
                cell.alignment = Alignment(horizontal="right")
        for note in (*meta.footnotes, *table.source.notes_ja):
            sheet.append([note])
        sheet.column_dimensions["A"].width = 28
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _json_bytes(tables: Sequence[PublishedTable], meta: ExportMeta) -> bytes:
    body = {"manifest": meta.manifest(tables), "tables": [{
        "key": t.key, "title": t.source.title_ja, "unit": t.source.unit_ja,
        "rows": list(t.source.row_labels), "columns": list(t.source.col_labels),
        "cells": [list(r) for r in t.cells],
        "row_totals": list(t.row_totals) if t.row_totals is not None else None,
        "column_totals": list(t.col_totals) if t.col_totals is not None else None,
        "grand_total": t.grand_total, "notes": list(t.source.notes_ja)} for t in tables]}
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def render(tables: Sequence[PublishedTable], meta: ExportMeta, fmt: str) -> bytes:
    """The bytes of the file for ``fmt`` (csv: one table → .csv, several → .zip)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not tables:
        raise ValueError("nothing to export: no tables chosen")
    if fmt == "xlsx":
        return _xlsx_bytes(tables, meta)
    if fmt == "json":
        return _json_bytes(tables, meta)
    return _csv_bytes(tables[0], meta) if len(tables) == 1 else _zip_bytes(tables, meta)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_export(path: Path, tables: Sequence[PublishedTable], meta: ExportMeta,
                 fmt: str) -> str:
    """Write atomically; returns the file's SHA-256 (for the export log)."""
    data = render(tables, meta, fmt)
    write_file(path, data)
    return sha256_of(data)


def meta_dict(meta: ExportMeta) -> dict:
    """Plain values (dates as ISO text) for logging."""
    out = asdict(meta)
    for key in ("period_start", "period_end", "made_on"):
        out[key] = out[key].isoformat()
    return out

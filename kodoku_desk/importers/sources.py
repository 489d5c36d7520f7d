"""Spreadsheet bytes → rows of cell values (CSV and XLSX), no Qt, no database.

CSV files from Japanese offices come in CP932 (Shift_JIS, what Excel writes by
default on Windows) or UTF-8 with or without a BOM.  :func:`detect_encoding`
tries them in that order of certainty (BOM, strict UTF-8, CP932); the caller
may override the guess.  XLSX files are read with openpyxl (first sheet unless
another is chosen; formulas as their last computed value).

Row numbers: ``SourceTable.rows[i]`` is the row the user sees as row ``i + 1``
in Excel (blank lines are kept as empty rows so numbers stay aligned).  Any
file that cannot be read raises :class:`ImportFileError` with a Japanese and an
English message; nothing else escapes from :func:`read_source`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time

__all__ = ["ENCODINGS", "MAX_ROWS", "ImportFileError", "SourceTable", "detect_encoding",
           "read_csv", "read_source", "read_xlsx"]

#: Encodings offered for CSV: code → (Japanese label, English label).
ENCODINGS: dict[str, tuple[str, str]] = {
    "utf-8-sig": ("UTF-8（BOM付き）", "UTF-8 with BOM"),
    "utf-8": ("UTF-8", "UTF-8"),
    "cp932": ("Shift_JIS（CP932）", "Shift_JIS (CP932)"),
}
#: More rows than this is certainly not a roster (and would make the preview unusable).
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_BYTES = 50 * 1024 * 1024

Cell = str | int | float | bool | date | datetime | time | None


class ImportFileError(ValueError):
    """The file cannot be read at all; ``message_ja`` is shown to the user."""

    code = "import_file"

    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en

    def message(self, lang: str = "ja") -> str:
        return self.message_ja if lang == "ja" else self.message_en


@dataclass(frozen=True)
class SourceTable:
    """What a file holds: rows of cells, and how it was read."""

    kind: str  # "csv" | "xlsx"
    rows: list[list[Cell]]
    encoding: str | None = None  # CSV only: a key of ENCODINGS
    sheets: tuple[str, ...] = ()  # XLSX only: every sheet name
    sheet: str | None = None  # XLSX only: the sheet read
    detected_encoding: str | None = None  # CSV only: what detection chose
    notes: tuple[str, ...] = field(default=())

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def detect_encoding(data: bytes) -> str:
    """``"utf-8-sig"`` (BOM), ``"utf-8"`` (decodes strictly) or ``"cp932"``.

    ImportFileError when the bytes are none of these (a binary file, UTF-16 …).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            "このCSVファイルはUTF-16で保存されています。Excelで「CSV UTF-8（コンマ区切り）」か"
            "「CSV（コンマ区切り）」を選んで保存し直してください。",
            "This CSV file is UTF-16; save it again from Excel as CSV UTF-8 or CSV.")
    for encoding in ("utf-8", "cp932"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    raise ImportFileError(
        "文字コードを判別できません（UTF-8でもShift_JISでもありません）。"
        "CSVファイルか確かめ、Excelで「CSV UTF-8（コンマ区切り）」として保存し直してください。",
        "Cannot tell the character encoding (neither UTF-8 nor Shift_JIS); save the file "
        "again as CSV UTF-8.")


def _decode(data: bytes, encoding: str) -> str:
    if encoding not in ENCODINGS:
        raise ImportFileError(f"文字コード「{encoding}」には対応していません。",
                              f"Unsupported encoding {encoding!r}.")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = ENCODINGS[encoding][0]
        raise ImportFileError(
            f"このファイルは{label}として読めません（{exc.start + 1}バイト目）。別の文字コードを選んでください。",
            f"The file cannot be read as {ENCODINGS[encoding][1]} (byte {exc.start + 1}); "
            "choose another encoding.") from None


def _too_big(what_ja: str, what_en: str) -> ImportFileError:
    return ImportFileError(f"{what_ja}が多すぎます。名簿の部分だけを別のファイルに分けてください。",
                           f"Too many {what_en}; put the roster part in a file of its own.")


def read_csv(data: bytes, encoding: str | None = None) -> SourceTable:
    """Rows of a CSV (comma, tab or semicolon separated); ``encoding`` overrides detection."""
    try:
        detected: str | None = detect_encoding(data)
    except ImportFileError:
        if encoding is None:
            raise
        detected = None
    chosen = encoding or detected or "utf-8"
    if chosen == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        chosen = "utf-8-sig"
    text = _decode(data, chosen).replace("\x00", "")
    delimiter = _delimiter(text)
    rows: list[list[Cell]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) >= MAX_ROWS:
                raise _too_big("行", "rows")
            if len(record) > MAX_COLUMNS:
                record = record[:MAX_COLUMNS]
            rows.append(list(record))
    except csv.Error as exc:
        raise ImportFileError(f"CSVとして読み取れません（{len(rows) + 1}行目）。",
                              f"Cannot read the file as CSV (row {len(rows) + 1}): {exc}") from None
    return SourceTable(kind="csv", rows=rows, encoding=chosen,
                       detected_encoding=detected)


def _delimiter(text: str) -> str:
    """Comma unless the first lines clearly use tabs or semicolons."""
    head = text[:4096].splitlines()[:10]
    best, best_count = ",", 0
    for candidate in (",", "\t", ";"):
        count = sum(line.count(candidate) for line in head)
        if count > best_count:
            best, best_count = candidate, count
    return best


def read_xlsx(data: bytes, sheet: str | None = None) -> SourceTable:
    """Rows of one sheet (the first unless ``sheet`` names another) of an XLSX file."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on bad input
        raise ImportFileError(
            "Excelファイル（.xlsx）として開けません。ファイルが壊れていないか、パスワードが"
            "かかっていないか確かめてください。",
            f"Cannot open the file as an Excel workbook (.xlsx): {type(exc).__name__}") from None
    try:
        names = tuple(book.sheetnames)
        if not names:
            raise ImportFileError("このExcelファイルにはシートがありません。",
                                  "The workbook has no sheets.")
        name = sheet if sheet is not None else names[0]
        if name not in names:
            raise ImportFileError(f"シート「{name}」が見つかりません。",
                                  f"There is no sheet named {name!r}.")
        rows: list[list[Cell]] = []
        try:
            worksheet = book[name]
            # the stored size is often wrong in files written by other programs: read what is there
            worksheet.reset_dimensions()
            for values in worksheet.iter_rows(values_only=True):
                if len(rows) >= MAX_ROWS:
                    raise _too_big("行", "rows")
                rows.append(list(values[:MAX_COLUMNS]))
        except ImportFileError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ImportFileError(
                f"シート「{name}」を読み取れません。Excelで開いて保存し直してください。",
                f"Cannot read sheet {name!r}: {type(exc).__name__}") from None
        # rows are ragged: trailing empty cells are absent (an empty row is [])
        return SourceTable(kind="xlsx", rows=rows, sheets=names, sheet=name)
    finally:
        book.close()


def read_source(file_name: str, data: bytes, *, encoding: str | None = None,
                sheet: str | None = None) -> SourceTable:
    """Read a CSV or XLSX file (chosen by content, then by extension)."""
    if len(data) > MAX_BYTES:
        raise ImportFileError("ファイルが大きすぎます（50MBまで）。",
                              "The file is too large (50 MB at most).")
    lower = file_name.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0") or lower.endswith(".xls"):
        raise ImportFileError(
            "古い形式のExcelファイル（.xls）は読み込めません。Excelで開き、「名前を付けて保存」で"
            "「Excelブック（.xlsx）」を選んで保存し直してください。",
            "Old Excel files (.xls) cannot be read; save the file as an Excel workbook (.xlsx).")
    if data.startswith(b"PK\x03\x04") or lower.endswith((".xlsx", ".xlsm")):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise ImportFileError(
                "Excelファイル（.xlsx）として開けません。ファイルが壊れている可能性があります。",
                "Cannot open the file as an Excel workbook (.xlsx); it may be damaged.")
        return read_xlsx(data, sheet)
    if not data.strip():
        raise ImportFileError("ファイルが空です。", "The file is empty.")
    return read_csv(data, encoding)

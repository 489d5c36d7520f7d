"""本人開示: one person's complete record as a PDF (個人情報保護法第33条).

The data belongs to the person who asked for it, so nothing is suppressed: profile,
the staff-only part, consents, workers, family links, every 見守り record (with
its actions), every follow-up, assessment, つなぎ and 居場所 attendance.  The
service (:mod:`kodoku_desk.services.person_documents`) gathers and labels the
record; this module lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.reports.blocks import Document, Grid, Section, Text, render

__all__ = ["PersonRecord", "RecordTable", "disclosure_document", "write_disclosure"]

TITLE = "保有個人データの開示"
LEAD = ("本書は、個人情報の保護に関する法律第33条に基づく開示の請求を受けて、当団体が保有する"
        "あなたの個人データを、記録されているとおりに記載したものです。")


@dataclass(frozen=True)
class RecordTable:
    heading: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]     # first column: the row label
    widths: tuple[float, ...]             # mm
    empty_text: str = "記録はありません。"
    note: str = ""


@dataclass(frozen=True)
class PersonRecord:
    org_name: str
    made_on: date
    person_label: str                              # 「山田 花子 様（当事者番号 P000123）」
    profile: tuple[tuple[str, str], ...]           # (item, value)
    tables: tuple[RecordTable, ...]


def disclosure_document(record: PersonRecord) -> Document:
    sections = [Section("1. 基本情報", [Grid(
        ["項目", "記録されている内容"], [(label, [value or "（記録なし）"])
                                      for label, value in record.profile],
        widths=[48, 130], align="left", font_size=8.5)])]
    for number, table in enumerate(record.tables, start=2):
        heading = f"{number}. {table.heading}（{len(table.rows)}件）"
        if not table.rows:
            sections.append(Section(heading, [Text(table.empty_text)]))
            continue
        blocks: list = [Grid(table.header, [(row[0], list(row[1:])) for row in table.rows],
                             widths=table.widths, align="left", font_size=7.5)]
        if table.note:
            blocks.append(Text(table.note, "note"))
        sections.append(Section(heading, blocks))
    return Document(
        title=TITLE,
        subtitle_lines=[record.person_label, f"開示者：{record.org_name}",
                        f"作成日：{format_wareki(record.made_on)}"],
        sections=sections, made_on=record.made_on,
        footer_left=f"{TITLE}（本人開示用）", badge="本人開示用",
        author=record.org_name,
        closing_notes=[LEAD,
                       "記載の内容に誤りがある場合は、訂正・追加・削除を請求できます（同法第34条）。"
                       "利用の停止・消去の請求もできます（同法第35条）。お問い合わせは当団体の窓口まで。"])


def write_disclosure(record: PersonRecord, out=None) -> bytes:
    return render(disclosure_document(record), out)

"""The recovery sheet: one A4 page with the recovery key and how to use it, in Japanese.

Made once, when the database is created (the key is never shown again); meant to
be printed and kept in the office safe.  The PDF is written to a file-like object
or a path chosen by the user; nothing else keeps the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.reports.fonts import register_fonts

__all__ = ["RecoverySheet", "write_recovery_sheet"]

STEPS = (
    "つながりデスクを起動し、データベースを開く画面で「パスフレーズを忘れたとき（回復キーで開く）…」を押します。",
    "下の回復キーを入力します。大文字・小文字、ハイフンや空白の有無は区別しません（0 と O の読み違いも受け付けます）。",
    "管理者の利用者名と、新しいパスフレーズ（8文字以上）を入力して「開く」を押します。",
    "開けたら、新しいパスフレーズを管理者本人が覚えてください。回復キーは変わらないので、この用紙は引き続き保管します。",
)
KEEP = (
    "この回復キーがあれば、パスフレーズを知らない人でもデータベースを開けます。",
    "事務所の金庫など、鍵のかかる場所に保管してください。写真に撮ったり、メールで送ったり、パソコンに保存したままにしたりしないでください。",
    "この用紙をPDFとして保存した場合は、印刷したあとでファイルを削除してください。",
)


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    key: str
    org_name: str = ""
    db_file: str = ""
    admin_username: str = ""
    made_on: date | None = None


def _wrapped(c: canvas.Canvas, text: str, x: float, y: float, width: float, font: str,
             size: float, leading: float) -> float:
    """Draw ``text`` wrapped at ``width`` (Japanese wraps between any characters); new y."""
    line = ""
    for ch in text:
        if c.stringWidth(line + ch, font, size) > width and line:
            c.drawString(x, y, line)
            y -= leading
            line = ""
        line += ch
    if line:
        c.drawString(x, y, line)
        y -= leading
    return y


def write_recovery_sheet(out, sheet: RecoverySheet) -> None:
    """Write the one-page PDF to ``out`` (a path or a binary file object)."""
    font = register_fonts()
    width, height = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("つながりデスク 回復キー")
    c.setAuthor(sheet.org_name or "つながりデスク")
    left, text_width = 22 * mm, width - 44 * mm
    y = height - 30 * mm
    c.setFont(font, 22)
    c.drawString(left, y, "つながりデスク　回復キー")
    y -= 12 * mm
    c.setFont(font, 11)
    for label, value in (("団体名", sheet.org_name), ("データベース", sheet.db_file),
                         ("管理者の利用者名", sheet.admin_username),
                         ("作成日", format_wareki(sheet.made_on or date.today()))):
        if value:
            c.drawString(left, y, f"{label}：{value}")
            y -= 7 * mm
    y -= 4 * mm
    groups = sheet.key.split("-")
    half = (len(groups) + 1) // 2
    lines = ["-".join(groups[:half]) + "-", "-".join(groups[half:])] if len(groups) > 1 \
        else [sheet.key]
    box_height = 14 * mm * len(lines) + 10 * mm
    c.setLineWidth(1.5)
    c.roundRect(left, y - box_height, text_width, box_height, 4 * mm)
    c.setFont("Courier-Bold", 24)
    line_y = y - 14 * mm
    for line in lines:
        c.drawCentredString(width / 2, line_y, line)
        line_y -= 14 * mm
    y -= box_height + 12 * mm
    c.setFont(font, 14)
    c.drawString(left, y, "パスフレーズを忘れたときの開き方")
    y -= 9 * mm
    c.setFont(font, 11)
    for number, step in enumerate(STEPS, start=1):
        c.drawString(left, y, f"{number}.")
        y = _wrapped(c, step, left + 7 * mm, y, text_width - 7 * mm, font, 11, 6.5 * mm)
        y -= 2 * mm
    y -= 6 * mm
    c.setFont(font, 14)
    c.drawString(left, y, "保管について")
    y -= 9 * mm
    c.setFont(font, 11)
    for item in KEEP:
        c.drawString(left, y, "・")
        y = _wrapped(c, item, left + 7 * mm, y, text_width - 7 * mm, font, 11, 6.5 * mm)
        y -= 2 * mm
    c.setFont(font, 8.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawCentredString(width / 2, 12 * mm, "つながりデスク — この用紙は再発行できません")
    c.showPage()
    c.save()

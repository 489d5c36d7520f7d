"""協議会 case-sharing file: the few items of one person chosen for a 孤独・孤立対策地域協議会.

Every page carries 「秘　孤独・孤立対策地域協議会限り」 across it, with the recipient
and the date, and a header line about the statutory secrecy duty; the PDF is
encrypted (AES-256, :mod:`.pdf_crypto`) so that it opens only with the password
shown once to the person who made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.reports.blocks import Document, Grid, Section, Text, render
from kodoku_desk.reports.fonts import register_fonts
from kodoku_desk.reports.pages import NumberedCanvas
from kodoku_desk.reports.pdf_crypto import aes_encryption

__all__ = ["MARK", "CaseFile", "case_document", "write_case_file"]

MARK = "秘　孤独・孤立対策地域協議会限り"
SECRECY = "法に基づく秘密保持義務・罰則あり。協議会の事務以外に使用せず、複製・転送しないこと。"
TITLE = "孤独・孤立対策地域協議会　情報提供書"


@dataclass(frozen=True)
class CaseFile:
    org_name: str
    made_on: date
    recipient: str                         # 構成機関等の名称
    council_name: str                      # 協議会の名称
    basis_label: str                       # 本人同意 / 法令に基づく求め / 生命・身体の保護
    basis_detail: str                      # e.g. 「（同意日 令和8年4月1日・書面）」
    items: tuple[tuple[str, str], ...]     # (item, value), only the items chosen
    recent_contacts: tuple[tuple[str, str, str], ...] | None = None   # (date, method, 安否確認)
    reason: str = ""                       # 提供の理由 (the request, the emergency, the meeting)


def _canvas(recipient: str, made_on: date, footer_left: str):
    made = format_wareki(made_on)

    class _CaseCanvas(NumberedCanvas):
        left_text = footer_left
        made_text = f"作成日 {made}"
        mark = MARK

        def _watermark(self, font: str, width: float) -> None:
            _w, height = self._pagesize
            self.saveState()
            self.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.13)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.setFont(font, 30)
            self.drawCentredString(0, 10, MARK)
            self.setFont(font, 15)
            self.drawCentredString(0, -16, f"提供先：{recipient}　{made}")
            self.restoreState()
            self.saveState()
            self.setFillColorRGB(0.7, 0.1, 0.1)
            self.setFont(font, 9)
            self.drawString(18 * 2.835, height - 10 * 2.835,
                            f"{MARK}（法に基づく秘密保持義務・罰則あり）")
            self.drawRightString(width - 18 * 2.835, height - 10 * 2.835, f"提供先：{recipient}")
            self.restoreState()

    return _CaseCanvas


def case_document(case: CaseFile) -> Document:
    made = format_wareki(case.made_on)
    sections = [
        Section("提供の記録", [Grid(["項目", "内容"], [
            ("提供先", [case.recipient]), ("協議会", [case.council_name]),
            ("提供の根拠", [f"{case.basis_label}{case.basis_detail}".strip()]),
            *([("提供の理由", [case.reason])] if case.reason else []),
            ("提供元", [case.org_name]), ("提供日", [made])],
            widths=[40, 138], align="left", font_size=9)]),
        Section("提供する情報（必要な項目のみ）", [Grid(
            ["項目", "内容"], [(label, [value or "（記録なし）"]) for label, value in case.items],
            widths=[40, 138], align="left", font_size=9)]),
    ]
    if case.recent_contacts is not None:
        rows = [(d, [m, s]) for d, m, s in case.recent_contacts]
        sections.append(Section("最近の見守りの状況（直近3か月）", [
            Grid(["日付", "見守り方法", "安否確認"], rows, widths=[50, 70, 58], align="left")
            if rows else Text("直近3か月の見守り記録はありません。")]))
    sections.append(Section("取扱い", [Text(
        f"{MARK}。{SECRECY}"
        "不要になったら速やかに廃棄してください。この文書は提供元で第三者提供記録として記録されています。",
        "warn")]))
    return Document(title=TITLE, subtitle_lines=[f"提供先：{case.recipient}", f"提供日：{made}"],
                    sections=sections, made_on=case.made_on, badge="秘\n協議会限り",
                    footer_left="情報提供書（協議会限り）", author=case.org_name)


def write_case_file(case: CaseFile, password: str, out=None) -> bytes:
    """The encrypted PDF: opening it needs ``password``; printing is allowed, copying not."""
    register_fonts()
    doc = case_document(case)
    return render(doc, out, encrypt=aes_encryption(password),
                  canvasmaker=_canvas(case.recipient, case.made_on, doc.footer_left))

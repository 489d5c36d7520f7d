"""Pure parts of the printed reports: AES encryption glue, passwords, charts, page count."""

from __future__ import annotations

import io
import shutil
from datetime import date
import subprocess

import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from reportlab.graphics.shapes import Drawing

from kodoku_desk.reports import pdf_crypto
from kodoku_desk.reports.blocks import Bars, Document, Grid, Pair, Section, Text, render
from kodoku_desk.reports.charts import bar_chart, nice_max
from kodoku_desk.reports.pdf_files import page_count


def _decrypt(key: bytes, iv: bytes, data: bytes, *, unpad: bool = True) -> bytes:
    plain = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    raw = plain.update(data) + plain.finalize()
    if not unpad:
        return raw
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(raw) + unpadder.finalize()


@pytest.mark.parametrize("text", [b"", b"a", b"x" * 15, b"y" * 17, b"z" * 40])
def test_streams_are_padded_exactly_once(text):
    key, iv = bytes(range(32)), bytes(16)
    # reportlab pads a stream itself (PKCS#7) before handing it over
    pad = 16 - len(text) % 16 if len(text) > 16 else 16 - len(text)
    given = text + bytes([pad]) * pad if pad else text
    enc = pdf_crypto._Encrypter(pdf_crypto._CbcMode(key, iv=iv))
    out = enc.feed(given) + enc.feed()
    assert _decrypt(key, iv, out) == text


def test_file_keys_are_encrypted_without_padding():
    key, iv = bytes(range(32)), bytes(16)
    file_key = bytes(range(100, 132))
    enc = pdf_crypto._Encrypter(pdf_crypto._CbcMode(key, iv=iv))
    out = enc.feed(file_key) + enc.feed()
    assert len(out) == 32 and _decrypt(key, iv, out, unpad=False) == file_key


def test_readable_passwords():
    seen = {pdf_crypto.readable_password() for _ in range(50)}
    assert len(seen) == 50
    for password in seen:
        assert len(password) == 12 and set(password) <= set(pdf_crypto.PASSWORD_ALPHABET)
    assert not set("01IOL") & set(pdf_crypto.PASSWORD_ALPHABET)


def test_nice_axis():
    assert nice_max(0) == (5.0, 1.0)
    top, step = nice_max(173)
    assert top >= 173 and top / step <= 6


def test_chart_marks_hidden_values():
    drawing = bar_chart(["4月", "5月", "6月"], [12, "x", "−"], width=300, height=150,
                        font="Helvetica")
    assert isinstance(drawing, Drawing)
    strings = [getattr(node, "text", None) for node in drawing.contents]
    assert "x" in strings and "12" in strings and "−" in strings


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_encrypted_document_opens_only_with_its_password():
    doc = Document(title="テスト文書", subtitle_lines=["副題"], made_on=date(2026, 11, 27),
                   sections=[Section("見出し", [Text("本文です。"),
                                              Pair(Grid(["区分", "件数"], [("電話", [3])]),
                                                   Bars(["a", "b"], [1, 2])),
                                              Grid(["区分", "件数"], [("訪問", ["x"])], total=("計", [5]))])])
    pdf = render(doc, encrypt=pdf_crypto.aes_encryption("ABCDEFGHJKMN"))
    assert page_count(pdf) == 1
    closed = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=False)
    opened = subprocess.run(["pdftotext", "-upw", "ABCDEFGHJKMN", "-", "-"], input=pdf,
                            capture_output=True, check=False)
    assert closed.returncode != 0 and opened.returncode == 0
    text = opened.stdout.decode()
    assert "テスト文書" in text and "本文です。" in text and "1/1" in text.replace(" ", "")
    out = io.BytesIO()
    render(doc, out)
    assert out.getvalue().startswith(b"%PDF")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_long_internal_lists_and_many_places_fit():
    from kodoku_desk.models.report_period import Period
    from kodoku_desk.reports.monthly_report import (INTERNAL, LIST_LIMIT, FigureRow, FollowUpLine,
                                                    MonthlyReportData, OverdueLine, PlaceSummary,
                                                    write_monthly_report)

    made = date(2026, 11, 27)
    places = tuple((f"居場所{i:03d}", 4, 10 + i, 5) for i in range(120))
    data = MonthlyReportData(
        kind=INTERNAL, org_name="テスト団体", period=Period.month(2026, 10), made_on=made,
        figure_columns=("当月",), figures=(FigureRow("見守り件数", "件", (12,)),), tables={},
        trend_title="週別", trend=(("1〜4日", 3), ("5〜11日", 9)),
        places=PlaceSummary("居場所", places, ("計", 480, 8340, 300)),
        overdue=tuple(OverdueLine(f"氏名{i:03d}", "月1回", None, 40, 10) for i in range(LIST_LIMIT + 40)),
        open_follow_ups=tuple(FollowUpLine(f"対象{i:03d}", "high", made, None, "担当", "理由" * 30)
                              for i in range(5)))
    pdf = write_monthly_report(data)
    body = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    assert f"氏名{LIST_LIMIT - 1:03d}" in body and f"氏名{LIST_LIMIT:03d}" not in body
    assert "ほか40件はホーム画面で確認してください" in body
    assert "居場所119" in body and "多い順に20か所" in body
    assert "取扱注意" in body and "年度" not in body.split("\n")[0]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_table_cells_that_do_not_fit_wrap_instead_of_being_cut():
    """Cells that fit are plain strings (fast for long lists); longer ones wrap, so
    nothing is cut off at the column's edge — in label and in text columns."""
    long_label = "地域包括支援センターみなみ野と社会福祉協議会の合同による見守り訪問の件数"
    long_reason = "食事量の減少が気になる。元気がないので来週もう一度様子を見る。" * 2
    doc = Document(title="表", subtitle_lines=[], made_on=date(2026, 11, 27), sections=[
        Section("数", [Grid(["区分", "件数"], [(long_label, [3]), ("短い", [1])],
                           widths=[40, 20])]),
        Section("一覧", [Grid(["氏名", "理由"], [("山田 太郎", [long_reason])], widths=[30, 60],
                             align="left")]),
    ])
    pdf = render(doc)
    body = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    flat = "".join(body.split())
    assert long_label in flat and "短い" in flat and "山田太郎" in flat
    assert long_reason in flat
    label_lines = [line for line in body.splitlines() if line.strip() and line.strip() in long_label]
    assert len(label_lines) >= 2                     # wrapped over several lines


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("filler", [20, 23, 26, 29, 32])
def test_a_section_heading_is_never_left_alone_at_the_foot_of_a_page(filler):
    """Whatever space the first page has left, 「2. 表の節」 is printed on the page of its
    table's first row (the table is kept whole, so it cannot start at the foot)."""
    doc = Document("見出しの検査", ["令和8年10月分"], [
        Section("1. 前置き", [Text(f"段落{i}。" + "本文の行。" * 20) for i in range(filler)]),
        Section("2. 表の節", [Grid(["区分", "件数"], [(f"行{i:02d}", [i]) for i in range(20)],
                                 title="表の題")]),
    ], made_on=date(2026, 11, 27))
    pdf = render(doc)
    pages = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode("utf-8").split("\f")
    heading_page = next(i for i, text in enumerate(pages) if "2. 表の節" in text)
    first_row_page = next(i for i, text in enumerate(pages) if "行00" in text)
    assert heading_page == first_row_page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_long_table_starts_under_its_heading_without_waiting_for_a_fresh_page():
    """A table longer than a page splits anyway: it begins on the page of its heading
    when its first rows fit there, rather than leaving most of that page blank."""
    doc = Document("見出しの検査", ["令和8年10月分"], [
        Section("1. 前置き", [Text("本文の行。" * 40)]),
        Section("2. 長い表", [Grid(["区分", "件数"], [(f"行{i:02d}", [i]) for i in range(90)],
                                 title="表の題")]),
    ], made_on=date(2026, 11, 27))
    pages = subprocess.run(["pdftotext", "-layout", "-", "-"], input=render(doc),
                           capture_output=True, check=True).stdout.decode("utf-8").split("\f")
    assert "2. 長い表" in pages[0] and "行00" in pages[0]

"""The page that shows a new database's recovery key, once."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kodoku_desk.ui.formatting import short_date
from kodoku_desk.ui.theme import mono_font, point_size


class RecoveryKeyPage(QWidget):
    """Shows the key large; 続ける is enabled only after the user ticks the checkbox."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org_name = ""
        self.db_file = ""
        self.admin_username = ""
        title = QLabel(self.tr("回復キー"))
        title.setObjectName("PageTitle")
        explain = QLabel(self.tr(
            "パスフレーズを忘れたときは、この回復キーでデータベースを開けます。"
            "回復キーを印刷するか書き写して、事務所の金庫など安全な場所に保管してください。"
            "二度と表示されません。"))
        explain.setObjectName("Subtitle")
        explain.setWordWrap(True)
        self._key = ""
        self.key_label = QLabel()
        self.key_label.setObjectName("RecoveryKey")
        self.key_label.setFont(mono_font(point_size() + 8))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("回復キーをコピー"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("印刷…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(self.tr("用紙をPDFで保存…"))
        self.pdf_button.setToolTip(self.tr(
            "使い方の説明つきの回復キー用紙（A4）を保存します。印刷したらファイルは削除してください"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.copied = QLabel()
        self.copied.setObjectName("Success")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.print_button)
        copy_row.addWidget(self.pdf_button)
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)
        warning = QLabel(self.tr(
            "この回復キーがあれば誰でもデータを開けます。メールで送ったり、パソコンに保存したままにしたりしないでください。"))
        warning.setObjectName("Hint")
        warning.setWordWrap(True)
        self.stored = QCheckBox(self.tr("回復キーを安全な場所に保管しました"))
        self.continue_button = QPushButton(self.tr("続ける"))
        self.continue_button.setObjectName("Primary")
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stored, 1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addLayout(copy_row)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def set_key(self, key: str) -> None:
        self._key = key
        groups = key.split("-")
        half = (len(groups) + 1) // 2  # two lines of four groups, easy to copy by hand
        self.key_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.stored.setChecked(False)
        self.copied.setText("")

    def key(self) -> str:
        return self._key

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key())
        self.copied.setText(self.tr("コピーしました。貼り付けて印刷したら、コピーした内容は消してください。"))

    def sheet_html(self) -> str:
        """The printed sheet: what the key is for, the key, where to keep it."""
        title = self.tr("つながりデスク 回復キー")
        org_label = self.tr("団体名")
        created = self.tr("作成日")
        purpose = self.tr("パスフレーズを忘れたときは、この回復キーでデータベースを開けます。")
        keep = self.tr("事務所の金庫など安全な場所に保管してください。")
        org = f"<p>{escape(org_label)}: {escape(self.org_name)}</p>" if self.org_name else ""
        return (f"<h2>{escape(title)}</h2>{org}"
                f"<p>{escape(created)}: {escape(short_date(date.today()))}</p>"
                f"<p style='font-family: monospace; font-size: 20pt'>{escape(self.key())}</p>"
                f"<p>{escape(purpose)}</p><p>{escape(keep)}</p>")

    def print_sheet(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.sheet_html())
        document.print_(printer)

    def save_pdf(self) -> None:
        """Write the recovery sheet (reportlab, embedded Japanese font) where the user says."""
        from PySide6.QtWidgets import QFileDialog

        from kodoku_desk.reports.recovery_sheet import RecoverySheet, write_recovery_sheet

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("回復キーの用紙を保存"), self.tr("回復キー.pdf"),
            self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            write_recovery_sheet(path, RecoverySheet(
                self.key(), org_name=self.org_name, db_file=self.db_file,
                admin_username=self.admin_username))
        except OSError as exc:
            self.copied.setText(self.tr("保存できませんでした：{error}").format(error=exc))
            return
        self.copied.setText(self.tr("保存しました。印刷したら、このファイルは削除してください。"))

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.confirmed.emit()

"""The one-time password of a 協議会 case-sharing file, shown once.

The password exists only in this dialog (and, if the user copies it, briefly on
the clipboard, which :mod:`.clipboard_guard` clears after a minute): it is not
stored, not logged and cannot be shown again.  The dialog says to tell it to the
recipient by another channel than the file — by phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)


def grouped(password: str, size: int = 4) -> str:
    """「ABCD EFGH JKLM」: easier to read aloud over the phone (the spaces are not typed)."""
    return " ".join(password[i:i + size] for i in range(0, len(password), size))


class PasswordDialog(QDialog):
    """Shows ``password`` with 「コピー」; closing it forgets the password."""

    def __init__(self, password: str, file_name: str, recipient: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._password = password
        self.setWindowTitle(self.tr("情報提供書のパスワード"))
        self.setModal(True)
        title = QLabel(self.tr("情報提供書を作成しました"))
        title.setObjectName("PageTitle")
        where = QLabel(self.tr("ファイル：{name}\n提供先：{recipient}").format(
            name=file_name, recipient=recipient))
        where.setWordWrap(True)
        where.setObjectName("Subtitle")
        caption = QLabel(self.tr("このファイルを開くためのパスワード"))
        self.password_label = QLabel(grouped(password))
        self.password_label.setObjectName("OneTimePassword")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 2)
        font.setWeight(QFont.Weight.Bold)
        self.password_label.setFont(font)
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setAccessibleName(self.tr("パスワード"))
        self.password_label.setStyleSheet(
            "QLabel#OneTimePassword { padding: 10px 16px; border: 1px solid #9aa5b1; "
            "border-radius: 6px; background: #f5f7fa; }")
        self.copy_button = QPushButton(self.tr("コピー"))
        self.copy_button.setToolTip(self.tr(
            "パスワードをクリップボードにコピーします（しばらくすると自動で消えます）"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.password_label, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.instructions = QLabel(self.tr(
            "・パスワードは提供先に電話など、ファイルとは別の方法で伝えてください。"
            "ファイルと同じメールや封筒に書かないでください。\n"
            "・空白は読みやすくするためのもので、入力しません。"
            "数字の0・1と英字のO・I・Lは使っていません。\n"
            "・このパスワードはどこにも保存されず、この画面を閉じると二度と表示できません。"
            "必要なら作り直してください（提供の記録は作り直した分も残ります）。"))
        self.instructions.setWordWrap(True)
        self.copied = QLabel()
        self.copied.setObjectName("Hint")
        self.copied.hide()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("伝え方を確認して閉じる"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(self.instructions)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.copy_button.setFocus()

    def copy(self) -> None:
        if self._password:
            QApplication.clipboard().setText(self._password)
            self.copied.setText(self.tr("コピーしました。貼り付けたら、クリップボードに残さないでください。"))
            self.copied.show()

    def done(self, result: int) -> None:  # noqa: D102 - forget the password on close
        self._password = ""
        self.password_label.clear()
        super().done(result)

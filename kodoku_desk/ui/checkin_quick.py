"""「新しい参加者」: a small form inside the check-in screen with only 氏名 (姓・名),
ふりがな (セイ・メイ) and 参加者区分.  Enter in any field asks to save
(:attr:`submitted`), Esc cancels; the page registers and checks in with
:func:`kodoku_desk.services.checkin.quick_participant` and shows any
:class:`~kodoku_desk.models.errors.ValidationError` next to its fields.
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.models import kana
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.widgets import FieldError, field_box

FIELDS = ("family_name", "given_name", "family_kana", "given_kana", "category")
_KANA = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\uff66-\uff9f\s]+$")
_NOT_A_NAME = re.compile(r"[0-9０-９@＠#＃/:;,.，。、]")


def prefill_from_search(text: str) -> dict[str, str]:
    """Fields guessed from what was typed in the search box: kana → ふりがな (カタカナ),
    other letters → 氏名; split at the first space.  Digits and the like → nothing."""
    text = " ".join((text or "").split())
    if not text or len(text) > 30 or _NOT_A_NAME.search(text):
        return {}
    first, _space, rest = text.partition(" ")
    if _KANA.match(text):
        return {"family_kana": kana.to_katakana(first), "given_kana": kana.to_katakana(rest)}
    return {"family_name": first, "given_name": rest}


class QuickForm(QFrame):
    """``submitted`` on Enter / 登録して受付; ``cancelled`` on Esc / キャンセル."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickForm")
        title = QLabel(self.tr("新しい参加者を登録して受付"))
        title.setObjectName("CardTitle")
        hint = QLabel(self.tr("名簿にない方を登録します。氏名・ふりがな・区分だけで登録でき、"
                              "次回から名前で探せます。Enter で登録、Esc でやめる。"))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        for field, placeholder in (("family_name", self.tr("姓（例：山田）")),
                                   ("given_name", self.tr("名（例：太郎）")),
                                   ("family_kana", self.tr("セイ（例：ヤマダ）")),
                                   ("given_kana", self.tr("メイ（例：タロウ）"))):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            edit.setMinimumHeight(36)
            self.edits[field] = edit
        self.category = QComboBox()
        self.category.setObjectName("CheckinCategory")
        self.category.setAccessibleName(self.tr("参加者区分"))
        self.errors = {field: FieldError() for field in FIELDS}
        self.general = FieldError()

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for row, (text, fields) in enumerate(((self.tr("氏名"), ("family_name", "given_name")),
                                              (self.tr("ふりがな"), ("family_kana", "given_kana")))):
            caption = QLabel(text)
            caption.setMinimumHeight(36)
            caption.setBuddy(self.edits[fields[0]])
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            for column, field in enumerate(fields, start=1):
                grid.addWidget(field_box(self.edits[field], self.errors[field]), row, column,
                               Qt.AlignmentFlag.AlignTop)
        caption = QLabel(self.tr("参加者区分"))
        caption.setMinimumHeight(40)
        caption.setBuddy(self.category)
        grid.addWidget(caption, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(field_box(self.category, self.errors["category"]), 2, 1,
                       Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.save_button = QPushButton(self.tr("登録して受付（Enter）"))
        self.save_button.setObjectName("Primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submitted.emit)
        self.cancel_button = QPushButton(self.tr("やめる（Esc）"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(6)
        box.addWidget(title)
        box.addWidget(hint)
        box.addLayout(grid)
        box.addWidget(self.general)
        box.addLayout(buttons)
        for widget in (*self.edits.values(), self.category, self.save_button, self.cancel_button):
            widget.installEventFilter(self)
        order = [*self.edits.values(), self.category, self.save_button, self.cancel_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def set_categories(self, choices: list[tuple[str, str]]) -> None:
        self.category.clear()
        self.category.addItem(self.tr("（選んでください）"), "")
        for code, label in choices:
            self.category.addItem(label, code)

    def start(self, search_text: str = "", category: str | None = None) -> None:
        """Empty the form, fill what the search text suggests and focus the first gap."""
        for field, edit in self.edits.items():
            edit.setText(prefill_from_search(search_text).get(field, ""))
        self.category.setCurrentIndex(max(self.category.findData(category or ""), 0))
        self.clear_errors()
        first = next((self.edits[f] for f in ("family_name", "family_kana")
                      if not self.edits[f].text()), None)
        (first or self.category).setFocus()

    def values(self) -> dict[str, str]:
        found = {field: edit.text() for field, edit in self.edits.items()}
        found["category"] = self.category.currentData() or ""
        return found

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear_error()

    def show_errors(self, error) -> None:
        """Each message of a ValidationError under its field; focus the first."""
        self.clear_errors()
        lang = current_language()
        texts: dict[str, list[str]] = {}
        for item in error.errors:
            key = item.field if item.field in self.errors else ""
            texts.setdefault(key, []).append(item.message(lang))
        for key, messages in texts.items():
            (self.errors.get(key) or self.general).show_error("\n".join(messages))
        first = next((f for f in FIELDS if f in texts), None)
        if first == "category":
            self.category.setFocus()
        elif first is not None:
            self.edits[first].setFocus()
            self.edits[first].selectAll()

    def show_general(self, text: str) -> None:
        self.general.show_error(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.cancel_button:
                    self.cancelled.emit()
                    return True
                if not (isinstance(watched, QComboBox) and watched.view().isVisible()):
                    self.submitted.emit()
                    return True
            if key == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

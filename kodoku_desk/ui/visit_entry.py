"""見守り quick entry: one dialog, prefilled (today, me, 訪問（面会）), saved with Ctrl+Enter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from kodoku_desk.models import frequency
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.visit import Visit
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import ServiceError
from kodoku_desk.services.people import open_person
from kodoku_desk.services.visits import quick_visit_defaults, record_visit
from kodoku_desk.ui.formatting import edit_format
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.visit_entry_parts import (
    ActionRow, from_qdate, from_qdatetime, to_qdate, to_qdatetime, wrapping_checkbox,
)
from kodoku_desk.ui.widgets import FieldError

SIGN_GROUPS = ("outside", "in_person", "living", "community")


class VisitEntryDialog(QDialog):
    """Record one 見守り contact with ``person_id``; emits :attr:`saved` with the SavedVisit."""

    saved = Signal(object)

    def __init__(self, session, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.defaults: Visit = quick_visit_defaults(session, person_id)
        self.person = open_person(session, person_id)
        self.lists = code_lists.lists_for(session, code_lists.VISIT_LISTS)
        self.frequency_code = self.person.visit_frequency if self.person else None
        self._next_due_by_hand = False
        self._setting_next_due = False
        self.action_rows: list[ActionRow] = []
        self.errors: dict[str, FieldError] = {}
        self.setWindowTitle(self.tr("見守りを記録"))
        self.setModal(True)
        self._build()
        self._apply_defaults()
        self._initial = self._snapshot()
        self.method.setFocus()      # 日時 is already now: the first thing to choose is 方法

    # ---- building -------------------------------------------------------------------------
    def _error(self, key: str) -> FieldError:
        label = FieldError()
        self.errors[key] = label
        return label

    def _build(self) -> None:
        lang = current_language()
        name = self.person.full_name if self.person else ""
        kana = self.person.full_kana if self.person else ""
        self.name_label = QLabel(name)
        self.name_label.setObjectName("PageTitle")
        self.kana_label = QLabel(kana)
        self.kana_label.setObjectName("Subtitle")
        self.kana_label.setVisible(bool(kana))
        self.general_error = self._error("")

        # 日時 and 方法
        self.visit_at = QDateTimeEdit()
        self.visit_at.setDisplayFormat(edit_format(with_time=True))
        self.visit_at.setCalendarPopup(True)
        self.visit_at.dateTimeChanged.connect(self._visit_date_changed)
        self.visit_at.setMaximumWidth(260)
        self.method = QComboBox()
        self.method.setMaximumWidth(360)
        for code in self.lists["visit_method"]:
            self.method.addItem(code.label(lang), code.code)
        self.recorder = QLabel(self.session.user.display_name)
        basics = QGroupBox(self.tr("日時・方法"))
        form = QFormLayout(basics)
        form.addRow(self.tr("日時"), self.visit_at)
        form.addRow(self.tr("方法"), self.method)
        form.addRow(self.tr("記録者"), self.recorder)
        form.addRow(self._error("visit_at"))
        form.addRow(self._error("method"))
        form.addRow(self._error("visitors"))

        # 安否確認
        self.safety_group = QButtonGroup(self)
        safety = QGroupBox(self.tr("安否確認"))
        safety_row = QHBoxLayout()
        self.safety_buttons: dict[str, QRadioButton] = {}
        for code in self.lists["safety_check"]:
            button = QRadioButton(code.label(lang))
            self.safety_buttons[code.code] = button
            self.safety_group.addButton(button)
            safety_row.addWidget(button)
        safety_row.addStretch(1)
        safety_box = QVBoxLayout(safety)
        safety_box.addLayout(safety_row)
        safety_box.addWidget(self._error("safety_check"))

        # 気づき（異変のサイン）
        signs = QGroupBox(self.tr("気づき（異変のサイン）"))
        signs_box = QVBoxLayout(signs)
        group_titles = {"outside": self.tr("住まいの外から"), "in_person": self.tr("本人に会って"),
                        "living": self.tr("暮らし"), "community": self.tr("地域の場で")}
        self.sign_boxes: dict[str, QCheckBox] = {}
        self.sign_groups: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for index, group in enumerate(SIGN_GROUPS):
            box = QGroupBox(group_titles[group])
            column = QVBoxLayout(box)
            column.setSpacing(2)
            for code in self.lists["warning_sign"].in_group(group):
                check = QCheckBox(code.label(lang))
                check.setToolTip(code.label(lang))
                self.sign_boxes[code.code] = check
                column.addWidget(wrapping_checkbox(check))
            column.addStretch(1)
            self.sign_groups[group] = box
            grid.addWidget(box, index // 2, index % 2)
        others = [c for c in self.lists["warning_sign"] if c.code not in self.sign_boxes]
        if others:
            box = QGroupBox(self.tr("その他"))
            column = QVBoxLayout(box)
            for code in others:
                check = QCheckBox(code.label(lang))
                self.sign_boxes[code.code] = check
                column.addWidget(check)
            grid.addWidget(box, 2, 0, 1, 2)
        signs_box.addLayout(grid)
        signs_box.addWidget(self._error("signs"))

        # 本人の様子
        self.condition = QComboBox()
        self.condition.addItem(self.tr("（記録しない）"), "")
        for code in self.lists["condition"]:
            self.condition.addItem(code.label(lang), code.code)
        self.condition_note = QLineEdit()
        self.condition_note.setPlaceholderText(self.tr("ひとこと（例：足が少し痛むとのこと）"))
        condition = QGroupBox(self.tr("本人の様子"))
        condition_box = QVBoxLayout(condition)
        condition_row = QHBoxLayout()
        condition_row.addWidget(self.condition)
        condition_row.addWidget(self.condition_note, 1)
        condition_box.addLayout(condition_row)
        condition_box.addWidget(self._error("condition"))
        condition_box.addWidget(self._error("condition_note"))

        # 対応区分
        level_texts = (self.tr("0 異常なし"), self.tr("1 経過観察"), self.tr("2 関係機関へ相談"),
                       self.tr("3 緊急対応"))
        self.level_group = QButtonGroup(self)
        level = QGroupBox(self.tr("対応区分"))
        level_row = QHBoxLayout()
        self.level_buttons: list[QRadioButton] = []
        for value, text in enumerate(level_texts):
            button = QRadioButton(text)
            self.level_group.addButton(button, value)
            self.level_buttons.append(button)
            level_row.addWidget(button)
        level_row.addStretch(1)
        self.level_group.idToggled.connect(self._level_toggled)
        level_box = QVBoxLayout(level)
        level_box.addLayout(level_row)
        level_box.addWidget(self._error("response_level"))

        # 対応・連絡
        self.actions_box = QGroupBox(self.tr("対応・連絡（対応区分2以上は必須、3は結果も必須）"))
        actions_layout = QVBoxLayout(self.actions_box)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(10)
        self.add_action = QPushButton(self.tr("行を追加"))
        self.add_action.setAutoDefault(False)
        self.add_action.clicked.connect(lambda: self.add_action_row())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_action)
        add_row.addStretch(1)
        actions_layout.addLayout(self.rows_layout)
        actions_layout.addLayout(add_row)
        actions_layout.addWidget(self._error("actions"))

        # 要フォロー, 特記事項, 次回予定日
        self.follow_up = QCheckBox(self.tr("要フォロー（フォローアップの一覧に載せる）"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("特記事項"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.next_due = QDateEdit()
        self.next_due.setDisplayFormat(edit_format())
        self.next_due.setCalendarPopup(True)
        self.next_due.dateChanged.connect(self._next_due_edited)
        self.no_next_due = QCheckBox(self.tr("予定なし"))
        self.no_next_due.toggled.connect(self.next_due.setDisabled)
        self.no_next_due.toggled.connect(self._next_due_edited)
        rest = QGroupBox(self.tr("フォローと次回"))
        rest_form = QFormLayout(rest)
        rest_form.addRow(self.follow_up)
        rest_form.addRow(self._error("follow_up_requested"))
        rest_form.addRow(self._error("follow_up"))
        rest_form.addRow(self.tr("特記事項"), self.note)
        rest_form.addRow(self._error("note"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.next_due)
        due_row.addWidget(self.no_next_due)
        due_row.addStretch(1)
        rest_form.addRow(self.tr("次回予定日"), due_row)
        rest_form.addRow(self._error("next_due"))

        content = QWidget()
        content.setObjectName("PageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(10)
        for section in (basics, safety, signs, condition, level, self.actions_box, rest):
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.scroll = scroll

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("保存（Ctrl+Enter）"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("Primary")
        self.cancel_button = self.buttons.addButton(self.tr("キャンセル（Esc）"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

        header = QVBoxLayout()
        header.setContentsMargins(20, 14, 20, 4)
        header.setSpacing(2)
        header.addWidget(self.name_label)
        header.addWidget(self.kana_label)
        header.addWidget(self.general_error)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(20, 0, 20, 0)
        footer.addWidget(self.buttons)
        outer.addLayout(footer)
        self.resize(1000, 700)

    # ---- values ---------------------------------------------------------------------------
    def _apply_defaults(self) -> None:
        d = self.defaults
        self.visit_at.setDateTime(to_qdatetime(d.visit_at))
        self.visit_at.setMaximumDateTime(to_qdatetime(d.visit_at).addDays(1))
        self._select(self.method, d.method)
        if d.safety_check in self.safety_buttons:
            self.safety_buttons[d.safety_check].setChecked(True)
        self.level_buttons[d.response_level].setChecked(True)
        self._set_next_due(d.next_due)
        self._level_toggled(d.response_level, True)

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        index = combo.findData(code or "")
        combo.setCurrentIndex(max(index, 0))

    def _set_next_due(self, value: date | None) -> None:
        self._setting_next_due = True
        try:
            if value is not None:
                self.next_due.setDate(to_qdate(value))
            self.no_next_due.setChecked(value is None)
        finally:
            self._setting_next_due = False

    def _next_due_edited(self, *_args) -> None:
        if not self._setting_next_due:
            self._next_due_by_hand = True

    def _visit_date_changed(self, value: QDateTime) -> None:
        if self._next_due_by_hand or not self.frequency_code:
            return
        try:
            due = frequency.next_due(from_qdatetime(value).date(), self.frequency_code)
        except ValueError:
            return
        self._set_next_due(due)

    def _level_toggled(self, level: int, checked: bool) -> None:
        if not checked:
            return
        self.actions_box.setVisible(level >= 2)
        if level >= 2 and not self.action_rows:
            self.add_action_row()

    def add_action_row(self) -> ActionRow:
        row = ActionRow(self.lists, from_qdatetime(self.visit_at.dateTime()))
        row.remove.clicked.connect(lambda: self.remove_action_row(row))
        self.action_rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def remove_action_row(self, row: ActionRow) -> None:
        self.action_rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()

    def level(self) -> int:
        return max(self.level_group.checkedId(), 0)

    def visit(self) -> Visit:
        """The visit as entered (not validated)."""
        safety = next((code for code, b in self.safety_buttons.items() if b.isChecked()), "")
        level = self.level()
        return replace(
            self.defaults, visit_at=from_qdatetime(self.visit_at.dateTime()),
            method=self.method.currentData() or "", safety_check=safety,
            condition=self.condition.currentData() or None,
            condition_note=self.condition_note.text(), response_level=level,
            signs=tuple(code for code, box in self.sign_boxes.items() if box.isChecked()),
            actions=tuple(r.value() for r in self.action_rows) if level >= 2 else (),
            follow_up_requested=self.follow_up.isChecked(),
            next_due=None if self.no_next_due.isChecked() else from_qdate(self.next_due.date()),
            note=self.note.toPlainText())

    def _snapshot(self) -> tuple:
        v = self.visit()
        return (v, tuple((r.content.text(), r.contact_type.currentIndex(),
                          r.result.currentIndex()) for r in self.action_rows))

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    # ---- saving ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def show_errors(self, error: ValidationError) -> None:
        lang = current_language()
        by_key: dict[str, list[str]] = {}
        for e in error.errors:
            key = e.field if e.field in self.errors else e.field.split(".")[0]
            if key not in self.errors or key == "person_id":
                key = ""
            by_key.setdefault(key, []).append(e.message(lang))
        for key, messages in by_key.items():
            self.errors[key].show_error("\n".join(messages))
        first = next((self.errors[k] for k in self.errors if k in by_key), None)
        if first is not None:
            self.scroll.ensureWidgetVisible(first)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        self.save_button.setEnabled(False)
        try:
            saved = record_visit(self.session, self.visit())
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except ServiceError as exc:
            self.general_error.show_error(exc.message(current_language()))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved.emit(saved)
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # The Ctrl+Enter shortcuts cover focus inside text fields; this covers the rest.
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("入力の破棄"),
                self.tr("入力した内容は保存されていません。破棄して閉じますか？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

"""当事者の登録・編集: one dialog for a new person and for changing a record.

Dates are typed as text in 西暦 or 和暦 (「昭和15年3月15日」「S15.3.15」「1940/3/15」); the
line under 生年月日 says at once how the text was read.  Saving calls
:func:`~kodoku_desk.services.people.register_person` or
:func:`~kodoku_desk.services.people.update_person`; each validation message is
shown under its field, the first bad field gets the focus, and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Address, EmergencyContact, Person
from kodoku_desk.models.wareki import (DateParseError, age_on, era_year_text, format_seireki,
                                       format_wareki, parse_date, wareki_year)
from kodoku_desk.services.people import register_person, update_person
from kodoku_desk.services.people_filters import list_choices
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.record_form import drop_retired
from kodoku_desk.ui.widgets import FieldError, field_box

_DATE_FIELDS = ("birth_date", "registered_on", "closed_on")
_ADDRESS_FIELDS = ("postal_code", "prefecture", "municipality", "town", "chome", "banchi",
                   "building")


def read_date(text: str) -> date | None:
    """None for blank text; DateParseError when the text is not a date."""
    return parse_date(text) if text.strip() else None


def date_feedback(d: date, today: date) -> str:
    """「1940年3月15日（昭和15年・86歳）」 — how a typed date was read."""
    era, year = wareki_year(d)
    extra = era_year_text(era, year)
    if d <= today:
        extra += f"・{age_on(d, today)}歳"
    return f"{format_seireki(d)}（{extra}）"


class PersonFormDialog(QDialog):
    """``saved_person`` holds the stored :class:`Person` after a successful save."""

    def __init__(self, session, person: Person | None = None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person = person
        self.saved_person: Person | None = None
        self.today = today or date.today()
        self.lang = current_language()
        self.lists = list_choices(session).lists
        self.errors: dict[str, FieldError] = {}
        self.inputs: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("当事者の情報を編集") if person else self.tr("当事者の新規登録"))
        self.resize(820, 700)
        self.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"
                           " QLabel#FieldError { font-weight: bold; }")

        content = QWidget()
        content.setObjectName("PageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(14)
        column.addWidget(self._basic())
        column.addWidget(self._contact())
        column.addWidget(self._address())
        column.addWidget(self._mimamori())
        column.addWidget(self._other())
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)

        self.form_error = FieldError()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("Primary")
        self.save_button.setToolTip(self.tr("保存します（Ctrl+S）"))
        cancel = buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self._fill(person or Person(registered_on=self.today))
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.family_name.setFocus()
        self._pristine = self._state()

    def _state(self) -> tuple:
        """What the user can have changed: every field's text, choice and tick."""
        return (tuple(w.text() for w in self.findChildren(QLineEdit)),
                tuple(w.currentIndex() for w in self.findChildren(QComboBox)),
                tuple(w.toPlainText() for w in self.findChildren(QPlainTextEdit)),
                tuple(w.isChecked() for w in self.findChildren(QCheckBox)))

    def is_dirty(self) -> bool:
        return self._state() != self._pristine

    def reject(self) -> None:
        """キャンセル / Esc / the window's close button: ask before typed input is lost."""
        if self.saved_person is None and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("入力の破棄"),
                self.tr("入力した内容は保存されていません。破棄して閉じますか？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # ------------------------------------------------------------ building
    def _section(self, title: str) -> tuple[QGroupBox, QGridLayout]:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box, grid

    def _add(self, grid: QGridLayout, row: int, col: int, label: str, name: str,
             widget: QWidget, *extras: QWidget, span: int = 1) -> QWidget:
        error = FieldError()
        self.errors[name] = error
        self.inputs[name] = widget
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setContentsMargins(0, 6, 0, 0)  # level with the text in the field
        grid.addWidget(caption, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(field_box(widget, *extras, error), row, col * 2 + 1, 1, span * 2 - 1,
                       Qt.AlignmentFlag.AlignTop)
        return widget

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _codes(self, list_name: str, empty: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, None)
        codes = self.lists.get(list_name)
        for code, label in (codes.choices(self.lang) if codes else []):
            combo.addItem(label, code)
        return combo

    def _basic(self) -> QGroupBox:
        box, grid = self._section(self.tr("基本情報"))
        self.code_label = QLabel()
        self.code_label.setObjectName("Hint")
        grid.addWidget(self.code_label, 0, 0, 1, 4)
        self.family_name = self._add(grid, 1, 0, self.tr("氏（姓）"), "family_name", self._line())
        self.given_name = self._add(grid, 1, 1, self.tr("名"), "given_name", self._line())
        self.family_kana = self._add(grid, 2, 0, self.tr("セイ"), "family_kana",
                                     self._line(self.tr("ヤマダ")))
        self.given_kana = self._add(grid, 2, 1, self.tr("メイ"), "given_kana",
                                    self._line(self.tr("タロウ")))
        self.birth_feedback = QLabel()
        self.birth_feedback.setObjectName("Hint")
        self.birth_feedback.setWordWrap(True)
        self.birth_date = self._add(grid, 3, 0, self.tr("生年月日"), "birth_date",
                                    self._line(self.tr("例：昭和15年3月15日、S15.3.15、1940/3/15")),
                                    self.birth_feedback, span=2)
        self.birth_date.textChanged.connect(self._birth_changed)
        self.gender = self._add(grid, 4, 0, self.tr("性別"), "gender",
                                self._codes("gender", self.tr("（未選択）")))
        return box

    def _contact(self) -> QGroupBox:
        box, grid = self._section(self.tr("連絡先"))
        self.phone = self._add(grid, 0, 0, self.tr("電話"), "phone", self._line("03-1234-5678"))
        self.phone2 = self._add(grid, 0, 1, self.tr("電話2"), "phone2", self._line())
        self.emergency_name = self._add(grid, 1, 0, self.tr("緊急連絡先 氏名"), "emergency_name",
                                        self._line())
        self.emergency_relation = self._add(grid, 1, 1, self.tr("続柄"), "emergency_relation",
                                            self._line(self.tr("長女")))
        self.emergency_phone = self._add(grid, 2, 0, self.tr("緊急連絡先 電話"), "emergency_phone",
                                         self._line())
        return box

    def _address(self) -> QGroupBox:
        box, grid = self._section(self.tr("住所"))
        self.postal_code = self._add(grid, 0, 0, self.tr("〒"), "postal_code",
                                     self._line("123-4567"))
        self.prefecture = self._add(grid, 0, 1, self.tr("都道府県"), "prefecture", self._line())
        self.municipality = self._add(grid, 1, 0, self.tr("市区町村"), "municipality", self._line())
        self.town = self._add(grid, 1, 1, self.tr("町字"), "town", self._line())
        self.chome = self._add(grid, 2, 0, self.tr("丁目"), "chome", self._line())
        self.banchi = self._add(grid, 2, 1, self.tr("番地・号"), "banchi", self._line())
        self.building = self._add(grid, 3, 0, self.tr("方書"), "building",
                                  self._line(self.tr("建物名・部屋番号")), span=2)
        self.district = self._add(grid, 4, 0, self.tr("地区"), "district_code",
                                  self._codes("district", self.tr("（未選択）")))
        return box

    def _mimamori(self) -> QGroupBox:
        box, grid = self._section(self.tr("見守り"))
        self.visit_frequency = self._add(grid, 0, 0, self.tr("見守り頻度"), "visit_frequency",
                                         self._codes("visit_frequency", self.tr("（未設定）")))
        self.household_type = self._add(grid, 0, 1, self.tr("世帯類型"), "household_type",
                                        self._codes("household_type", self.tr("（未選択）")))
        categories = QWidget()
        cat_grid = QGridLayout(categories)
        cat_grid.setContentsMargins(0, 0, 0, 0)
        self.category_boxes: dict[str, QCheckBox] = {}
        codes = self.lists.get("support_category")
        for i, (code, label) in enumerate(codes.choices(self.lang) if codes else []):
            check = QCheckBox(label)
            self.category_boxes[code] = check
            cat_grid.addWidget(check, i // 3, i % 3)
        self._add(grid, 1, 0, self.tr("支援区分"), "support_categories", categories, span=2)
        self.status = self._add(grid, 2, 0, self.tr("支援状況"), "status",
                                self._codes("person_status", self.tr("（未選択）")))
        self.closed_on = self._add(grid, 3, 0, self.tr("終了日"), "closed_on",
                                   self._line(self.tr("例：令和8年3月31日")))
        self.closure_reason = self._add(grid, 3, 1, self.tr("終了理由"), "closure_reason",
                                        self._codes("closure_reason", self.tr("（未選択）")))
        return box

    def _other(self) -> QGroupBox:
        box, grid = self._section(self.tr("その他"))
        self.registered_on = self._add(grid, 0, 0, self.tr("登録日"), "registered_on",
                                       self._line(self.tr("例：令和8年4月1日")))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self._add(grid, 1, 0, self.tr("特記事項"), "note", self.note, span=2)
        return box

    # ------------------------------------------------------------ values
    def _fill(self, p: Person) -> None:
        self.code_label.setText(self.tr("当事者番号：{code}").format(code=p.person_code)
                                if p.person_code else self.tr("当事者番号は保存すると自動で付きます。"))
        for name in ("family_name", "given_name", "family_kana", "given_kana", "phone", "phone2"):
            getattr(self, name).setText(getattr(p, name) or "")
        for name in _ADDRESS_FIELDS:
            getattr(self, name).setText(getattr(p.address, name) or "")
        self.emergency_name.setText(p.emergency.name or "")
        self.emergency_relation.setText(p.emergency.relation or "")
        self.emergency_phone.setText(p.emergency.phone or "")
        for name in _DATE_FIELDS:
            value = getattr(p, name)
            getattr(self, name).setText(format_wareki(value) if value else "")
        for combo, code in ((self.gender, p.gender), (self.district, p.district_code),
                            (self.visit_frequency, p.visit_frequency),
                            (self.household_type, p.household_type), (self.status, p.status),
                            (self.closure_reason, p.closure_reason)):
            self._select(combo, code)
        drop_retired(self.district, keep=p.district_code)
        for code, check in self.category_boxes.items():
            check.setChecked(code in p.support_categories)
        self.note.setPlainText(p.note or "")
        self._birth_changed()

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        index = combo.findData(code) if code else 0
        if index < 0:  # a code no longer in the list: keep it selectable
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def values(self) -> tuple[Person, list[ModelFieldError]]:
        """The person as entered, and the dates that could not be read."""
        problems: list[ModelFieldError] = []
        dates: dict[str, date | None] = {}
        for name in _DATE_FIELDS:
            try:
                dates[name] = read_date(getattr(self, name).text())
            except DateParseError as exc:
                dates[name] = None
                problems.append(exc.to_field_error(name))
        closing = self.status.currentData() == "closed"
        base = self.person or Person()
        person = replace(
            base,
            family_name=self.family_name.text(), given_name=self.given_name.text(),
            family_kana=self.family_kana.text(), given_kana=self.given_kana.text(),
            birth_date=dates["birth_date"], gender=self.gender.currentData(),
            address=Address(**{n: getattr(self, n).text() for n in _ADDRESS_FIELDS}),
            district_code=self.district.currentData(),
            phone=self.phone.text(), phone2=self.phone2.text(),
            emergency=EmergencyContact(name=self.emergency_name.text(),
                                       relation=self.emergency_relation.text(),
                                       phone=self.emergency_phone.text()),
            household_type=self.household_type.currentData(),
            visit_frequency=self.visit_frequency.currentData(),
            status=self.status.currentData() or "",
            registered_on=dates["registered_on"],
            closed_on=dates["closed_on"] if closing else None,
            closure_reason=self.closure_reason.currentData() if closing else None,
            note=self.note.toPlainText(),
            support_categories=tuple(c for c, box in self.category_boxes.items()
                                     if box.isChecked()))
        return person, problems

    # ------------------------------------------------------------ saving
    def save(self) -> None:
        self.clear_errors()
        person, problems = self.values()
        if problems:  # unreadable dates: report them with the record's other problems
            try:
                person.normalized().validate(today=self.today, codes=self.lists)
            except ValidationError as exc:
                problems += [e for e in exc.errors if e.field not in {p.field for p in problems}]
            self.show_errors(ValidationError(problems))
            return
        try:
            if self.person is None:
                self.saved_person = register_person(self.session, person, today=self.today)
            else:
                self.saved_person = update_person(self.session, person, today=self.today)
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, not found, database errors
            self.form_error.show_error(error_message(exc))
            return
        self.accept()

    def clear_errors(self) -> None:
        self.form_error.clear_error()
        for label in self.errors.values():
            label.clear_error()

    def show_errors(self, error: ValidationError) -> None:
        general = []
        first: QWidget | None = None
        for field in error.fields:
            text = "\n".join(e.message(self.lang) for e in error.for_field(field))
            label = self.errors.get(field)
            if label is None:
                general.append(text)
                continue
            label.show_error(text)
            if first is None:
                first = self.inputs[field]
        if general:
            self.form_error.show_error("\n".join(general))
        else:
            self.form_error.show_error(self.tr("入力内容を確かめてください。保存していません。"))
        if first is not None:
            if first is self.inputs.get("support_categories") and self.category_boxes:
                first = next(iter(self.category_boxes.values()))
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    # ------------------------------------------------------------ live feedback
    def _birth_changed(self) -> None:
        text = self.birth_date.text()
        if not text.strip():
            self.birth_feedback.setObjectName("Hint")
            self.birth_feedback.setText(self.tr("西暦でも和暦でも入力できます。"))
        else:
            try:
                born = parse_date(text)
                self.birth_feedback.setObjectName("Hint")
                self.birth_feedback.setText(date_feedback(born, self.today))
                if born > self.today:             # said now, not only when saving
                    self.birth_feedback.setObjectName("FieldError")
                    self.birth_feedback.setText(self.tr("{date}は未来の日付です。生年月日を確かめてください。")
                                                .format(date=date_feedback(born, self.today)))
            except DateParseError as exc:
                self.birth_feedback.setObjectName("FieldError")
                self.birth_feedback.setText(exc.message_ja if self.lang == "ja"
                                            else exc.message_en)
        self.birth_feedback.style().unpolish(self.birth_feedback)
        self.birth_feedback.style().polish(self.birth_feedback)

    def _status_changed(self) -> None:
        closing = self.status.currentData() == "closed"
        self.closed_on.setEnabled(closing)
        self.closure_reason.setEnabled(closing)
        if closing and not self.closed_on.text().strip():
            self.closed_on.setText(format_wareki(self.today))

"""アセスメント（孤独感の評価）: the national survey items, entered by staff, saved with Ctrl+Enter.

The questions and answers are shown exactly as in :mod:`kodoku_desk.models.survey`
(data, not translated).  Each question can be left unanswered; the UCLA score is
shown live, and only when all three UCLA items are answered.  Saving calls
:func:`~kodoku_desk.services.assessments.record_assessment`; validation messages
appear under their question and nothing is written.  Volunteers cannot open it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QRadioButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from kodoku_desk.models import survey
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.records import ASSESSMENT_LABELS, Assessment
from kodoku_desk.models.wareki import (DateParseError, format_seireki, format_wareki,
                                        parse_date)
from kodoku_desk.services.access import ServiceError, require_staff
from kodoku_desk.services.assessments import record_assessment
from kodoku_desk.services.people import open_person
from kodoku_desk.ui import theme
from kodoku_desk.ui.formatting import long_date
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.widgets import FieldError

UCLA_FIELDS = ("ucla_q1", "ucla_q2", "ucla_q3")


class AnswerChoice(QWidget):
    """One question's answers as radio buttons: arrow keys move, digit keys choose.

    ``options`` are (value, text); the option whose value is None (無回答 / not
    asked) is selected at first.
    """

    changed = Signal()

    def __init__(self, options: list[tuple[object, str]], columns: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: list[tuple[object, QRadioButton]] = []
        self._by_key: dict[str, QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        columns = columns or len(options)
        for index, (value, text) in enumerate(options):
            button = QRadioButton(text)
            self.group.addButton(button, index)
            self.buttons.append((value, button))
            if value is not None and str(value).isdigit():
                self._by_key[str(value)] = button
            grid.addWidget(button, index // columns, index % columns)
        grid.setColumnStretch(columns, 1)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.set_value(None)

    def value(self) -> object:
        return next((value for value, button in self.buttons if button.isChecked()), None)

    def set_value(self, value: object) -> None:
        for candidate, button in self.buttons:
            if candidate == value:
                button.setChecked(True)
                return
        raise ValueError(f"no answer {value!r}")

    def button(self, value: object) -> QRadioButton:
        return next(button for candidate, button in self.buttons if candidate == value)

    def setFocus(self, *_reason) -> None:  # noqa: N802 - Qt naming; focus the chosen answer
        checked = self.group.checkedButton() or self.buttons[0][1]
        checked.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        button = self._by_key.get(event.text())
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if button is not None and plain:
            button.setChecked(True)
            button.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)


class AssessmentDialog(QDialog):
    """Record one assessment of ``person_id``; emits :attr:`saved` with the stored Assessment.

    Raises :class:`~kodoku_desk.services.access.NotPermitted` for a volunteer.
    """

    saved = Signal(object)

    def __init__(self, session, person_id: str, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        require_staff(session, "アセスメント（孤独感の評価）", "loneliness assessments")
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.today = today or date.today()
        self.lang = current_language()
        self.person = open_person(session, person_id)
        self.errors: dict[str, FieldError] = {}
        self.inputs: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("アセスメント（孤独感の評価）"))
        self.setModal(True)
        self._build()
        self._date_changed()
        self._update_score()
        self._initial = self._snapshot()
        self.assessed_on.setFocus()

    # ---- building -------------------------------------------------------------------------
    def _error(self, key: str, widget: QWidget | None = None) -> FieldError:
        label = FieldError()
        self.errors[key] = label
        if widget is not None:
            self.inputs[key] = widget
        return label

    def _item(self, layout: QVBoxLayout, text: str, choice: AnswerChoice, field: str) -> None:
        """A question (verbatim, wrapped), its answers and its error line."""
        question = QLabel(text)
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setBuddy(choice.buttons[0][1])
        layout.addWidget(question)
        layout.addWidget(choice)
        layout.addWidget(self._error(field, choice))

    @staticmethod
    def _group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        return box, QVBoxLayout(box)

    def _answers(self, codes, numbered: bool, none_text: str) -> list[tuple[object, str]]:
        options: list[tuple[object, str]] = [
            (int(c.code) if numbered else c.code,
             f"{c.code} {c.label(self.lang)}" if numbered else c.label(self.lang))
            for c in codes]
        return options + [(None, none_text)]

    def _build(self) -> None:
        name = self.person.full_name if self.person else ""
        self.name_label = QLabel(name)
        self.name_label.setObjectName("PageTitle")
        self.general_error = self._error("")

        # 実施日・実施者
        self.assessed_on = QLineEdit(format_wareki(self.today) if self.lang == "ja"
                                     else self.today.strftime("%Y/%m/%d"))
        self.assessed_on.setPlaceholderText(self.tr("例：令和8年10月1日、R8.10.1、2026/10/1"))
        self.assessed_on.setMinimumWidth(200)
        self.assessed_on.setMaximumWidth(280)
        self.assessed_on.textChanged.connect(self._date_changed)
        self.date_feedback = QLabel()
        self.date_feedback.setObjectName("Hint")
        self.date_feedback.setWordWrap(True)
        basics = QGroupBox(self.tr("実施日・実施者"))
        form = QFormLayout(basics)
        date_label = QLabel(self.tr("実施日"))
        date_label.setBuddy(self.assessed_on)
        date_row = QHBoxLayout()
        date_row.setSpacing(12)
        date_row.addWidget(self.assessed_on)
        date_row.addWidget(self.date_feedback, 1)
        form.addRow(date_label, date_row)
        form.addRow("", self._error("assessed_on", self.assessed_on))
        form.addRow(self.tr("実施者"), QLabel(self.session.user.display_name))

        # 間接質問 (UCLA-3)
        ucla, ucla_box = self._group(self.tr("間接質問（問1～問3）"))
        ucla_box.setSpacing(6)
        instrument = QLabel(survey.INSTRUMENT_LABEL)
        instrument.setObjectName("Hint")
        instrument.setWordWrap(True)
        ucla_box.addWidget(instrument)
        self.ucla: list[AnswerChoice] = []
        for number, (field, text) in enumerate(zip(UCLA_FIELDS, survey.UCLA_ITEMS,
                                                   strict=True), start=1):
            heading = f"問{number}" if self.lang == "ja" else ASSESSMENT_LABELS[field].en
            choice = AnswerChoice(self._answers(survey.UCLA_ANSWERS, True, self.tr("無回答")))
            choice.setAccessibleName(heading)
            choice.changed.connect(self._update_score)
            self.ucla.append(choice)
            ucla_box.addSpacing(4)
            self._item(ucla_box, f"{heading}　{text}" if self.lang == "ja"
                       else f"{heading}\n{text}", choice, field)
        self.score_label = QLabel()
        self.score_label.setObjectName("Score")
        self.score_label.setWordWrap(True)
        ucla_box.addSpacing(6)
        ucla_box.addWidget(self.score_label)

        # 直接質問, 問4 社会的交流
        direct, direct_box = self._group(self.tr("直接質問"))
        self.direct = AnswerChoice(self._answers(survey.DIRECT_ANSWERS, True, self.tr("無回答")),
                                   columns=3)
        self.direct.setAccessibleName(ASSESSMENT_LABELS["direct_q"].text(self.lang))
        self._item(direct_box, survey.DIRECT_QUESTION, self.direct, "direct_q")
        contact, contact_box = self._group(self.tr("社会的交流"))
        self.q4 = AnswerChoice(self._answers(survey.CONTACT_FREQUENCY_ANSWERS, False,
                                             self.tr("聞いていない（記録しない）")), columns=3)
        self.q4.setAccessibleName(ASSESSMENT_LABELS["q4"].text(self.lang))
        self._item(contact_box, survey.CONTACT_FREQUENCY_HEADING, self.q4, "q4")

        # メモ
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("聞き取りのときの様子など"))
        memo, memo_box = self._group(self.tr("メモ"))
        memo_box.addWidget(self.note)
        memo_box.addWidget(self._error("note", self.note))

        content = QWidget()
        content.setObjectName("PageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 8, 20, 14)
        column.setSpacing(10)
        for section in (basics, ucla, direct, contact, memo):
            column.addWidget(section)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存（Ctrl+Enter）"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("Primary")
        self.save_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(self.tr("キャンセル（Esc）"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

        header = QVBoxLayout()
        header.setContentsMargins(20, 14, 20, 0)
        header.setSpacing(2)
        header.addWidget(self.name_label)
        header.addWidget(self.general_error)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.addLayout(header)
        outer.addWidget(self.scroll, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(20, 0, 20, 0)
        footer.addWidget(buttons)
        outer.addLayout(footer)
        self.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"
                           " QLabel#FieldError, QLabel#Score { font-weight: bold; }"
                           f" QLabel#Score {{ color: {theme.ACCENT}; }}")
        self.resize(900, 760)

    # ---- live feedback --------------------------------------------------------------------
    def _read_date(self) -> date | None:
        """The 実施日 typed (None when blank); DateParseError when it cannot be read."""
        text = self.assessed_on.text()
        return parse_date(text) if text.strip() else None

    def _date_changed(self) -> None:
        try:
            day = self._read_date()
        except DateParseError as exc:
            self.date_feedback.setText(exc.message_ja if self.lang == "ja" else exc.message_en)
            return
        if day is None:
            self.date_feedback.setText(self.tr("西暦でも和暦でも入力できます。"))
        elif day > self.today:
            self.date_feedback.setText(self.tr("{date}：未来の日付は保存できません。")
                                       .format(date=long_date(day)))
        else:
            self.date_feedback.setText(long_date(day) if self.lang != "ja"
                                       else f"{long_date(day)}＝{format_seireki(day)}")

    def score_text(self) -> str:
        score = survey.ucla_score(*(choice.value() for choice in self.ucla))
        if score is None:
            return self.tr("3問すべてに回答があるときだけ得点を出します")
        band = survey.UCLA_BANDS.label(survey.ucla_band(score), self.lang)
        return self.tr("合計 {score}点（{band}）").format(score=score, band=band)

    def _update_score(self) -> None:
        self.score_label.setText(self.score_text())

    # ---- values ---------------------------------------------------------------------------
    def assessment(self, assessed_on: date | None = None) -> Assessment:
        """The answers as entered (not validated); ``assessed_on`` as given."""
        q1, q2, q3 = (choice.value() for choice in self.ucla)
        return Assessment(person_id=self.person_id, assessed_on=assessed_on,
                          administered_by=self.session.user.id, ucla_q1=q1, ucla_q2=q2,
                          ucla_q3=q3, direct_q=self.direct.value(), q4=self.q4.value(),
                          note=self.note.toPlainText())

    def _snapshot(self) -> tuple:
        return (self.assessed_on.text(), self.assessment())

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    # ---- saving ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def show_errors(self, error: ValidationError) -> None:
        by_key: dict[str, list[str]] = {}
        for e in error.errors:
            key = e.field if e.field in self.errors and e.field != "person_id" else ""
            by_key.setdefault(key, []).append(e.message(self.lang))
        if "" not in by_key:
            by_key[""] = [self.tr("入力内容を確かめてください。保存していません。")]
        for key, messages in by_key.items():
            self.errors[key].show_error("\n".join(messages))
        first = next((k for k in self.inputs if k in by_key), None)
        if first is not None:
            self.inputs[first].setFocus()
            self.scroll.ensureWidgetVisible(self.errors[first])

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        try:
            assessed_on = self._read_date()
        except DateParseError as exc:
            problems = [exc.to_field_error("assessed_on")]
            try:
                self.assessment().validate(today=self.today)
            except ValidationError as more:
                problems += [e for e in more.errors if e.field != "assessed_on"]
            self.show_errors(ValidationError(problems))
            return
        self.save_button.setEnabled(False)
        try:
            stored = record_assessment(self.session, self.assessment(assessed_on),
                                       today=self.today)
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except ServiceError as exc:
            self.general_error.show_error(exc.message(self.lang))
            return
        except Exception as exc:  # noqa: BLE001 - database errors: say so, keep the input
            self.general_error.show_error(error_message(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved.emit(stored)
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

"""Inputs of the 居場所 dialogs: a time typed as text, the usual schedule
(毎週／毎月第○曜日), amounts in yen, and a form row holding two fields (開始〜終了).

Each input reads its own text and raises :class:`InputError` (carrying a
translated message) when it cannot; the dialog turns that into a message under
the field, next to the service's own checks.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton,
    QVBoxLayout, QWidget,
)

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.schedule import LAST, Schedule, ScheduleError
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.widgets import FieldError, field_box

WEEKS = (1, 2, 3, 4, 5, LAST)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_KANJI = re.compile(r"^(\d{1,2})時(?:(\d{1,2})分?|(半))?$")
_DIGITS = re.compile(r"^(\d{1,2}?)(\d{2})?$")


class InputError(ValueError):
    """Text that cannot be read; ``message`` is already in the UI language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_field_error(self, field: str) -> ModelFieldError:
        return ModelFieldError(field, self.message, self.message)


def parse_time(text: str) -> time | None:
    """「13:30」「１３：３０」「13時半」「午後1時30分」「1330」「13」 → time; blank → None.

    Raises ValueError for anything else (the caller words the message)."""
    t = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if not t:
        return None
    afternoon = t.startswith("午後")
    if t.startswith(("午前", "午後")):
        t = t[2:]
    minute_text: str | None
    if match := _CLOCK.match(t):
        hour_text, minute_text = match.groups()
    elif match := _KANJI.match(t):
        hour_text, minute_text, half = match.groups()
        minute_text = "30" if half else minute_text or "0"
    elif match := _DIGITS.match(t):  # 「1330」, 「930」, or just the hour 「13」
        hour_text, minute_text = match.groups()
        minute_text = minute_text or "0"
    else:
        raise ValueError(text)
    hour, minute = int(hour_text), int(minute_text)
    if afternoon and hour < 12:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(text)
    return time(hour, minute)


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def time_range(start: time | None, end: time | None) -> str:
    """「13:30〜15:30」, 「13:30〜」, or "" without times."""
    if start is None and end is None:
        return ""
    return f"{format_time(start)}〜{format_time(end)}"


class TimeInput(QLineEdit):
    """A time of day typed as text (24-hour ``HH:MM``; 「13時半」 also works); may be blank."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder or self.tr("例：13:30"))
        self.setMaximumWidth(130)
        self.editingFinished.connect(self._tidy)

    def set_time(self, value: time | None) -> None:
        self.setText(format_time(value))

    def value(self) -> time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            raise InputError(self.tr("時刻は「13:30」のように24時間制で入力してください。")) from None

    def _tidy(self) -> None:
        """Rewrite a readable time as HH:MM when the field is left (「13時半」 → 13:30)."""
        try:
            value = parse_time(self.text())
        except ValueError:
            return
        if value is not None and self.text() != format_time(value):
            self.setText(format_time(value))


class YenInput(QLineEdit):
    """An amount of yen typed as text (「300」「３００円」「1,000」); may be blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("例：300（無料は0）"))
        self.setMaximumWidth(200)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def value(self) -> int | None:
        t = unicodedata.normalize("NFKC", self.text()).strip().replace(",", "")
        t = t.removesuffix("円").strip()
        if not t:
            return None
        if not t.isdigit():
            raise InputError(self.tr("金額は「300」のように半角または全角の数字で入力してください。"))
        return int(t)


class ScheduleEditor(QWidget):
    """「決まっていない」「毎週」「毎月」 + 第1〜第5・最終 + 曜日 → a :class:`Schedule`.

    :meth:`schedule` raises :class:`InputError` for a monthly rule without weeks;
    :attr:`changed` fires on every change (the description under it follows)."""

    changed = Signal()
    NONE, WEEKLY, MONTHLY = range(3)

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = True) -> None:
        super().__init__(parent)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[int, QRadioButton] = {}
        modes = QHBoxLayout()
        modes.setContentsMargins(0, 0, 0, 0)
        for mode, text in ((self.WEEKLY, self.tr("毎週")), (self.MONTHLY, self.tr("毎月")),
                           (self.NONE, self.tr("決まっていない"))):
            button = QRadioButton(text)
            self.mode_group.addButton(button, mode)
            self.mode_buttons[mode] = button
            if mode != self.NONE or allow_none:
                modes.addWidget(button)
        modes.addSpacing(16)
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("曜日"))
        for day, name in enumerate((self.tr("月曜日"), self.tr("火曜日"), self.tr("水曜日"),
                                    self.tr("木曜日"), self.tr("金曜日"), self.tr("土曜日"),
                                    self.tr("日曜日"))):
            self.weekday.addItem(name, day)
        modes.addWidget(self.weekday)
        modes.addStretch(1)

        self.week_boxes: dict[int, QCheckBox] = {}
        weeks = QHBoxLayout()
        weeks.setContentsMargins(0, 0, 0, 0)
        self.weeks_caption = QLabel(self.tr("第何週："))
        weeks.addWidget(self.weeks_caption)
        for n in WEEKS:
            box = QCheckBox(self.tr("最終") if n == LAST else self.tr("第{n}").format(n=n))
            if n == LAST:
                box.setToolTip(self.tr("その月の最後の曜日（第4または第5）"))
            self.week_boxes[n] = box
            weeks.addWidget(box)
            box.toggled.connect(self._changed)
        weeks.addStretch(1)
        self.weeks_row = QWidget()
        self.weeks_row.setLayout(weeks)
        self.description = QLabel()
        self.description.setObjectName("Hint")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(modes)
        column.addWidget(self.weeks_row)
        column.addWidget(self.description)
        self.mode_group.idToggled.connect(lambda _id, on: on and self._changed())
        self.weekday.currentIndexChanged.connect(self._changed)
        self.set_schedule(None if allow_none else Schedule.weekly(0))
        self.setFocusProxy(self.mode_buttons[self.WEEKLY])

    # ---- value ----------------------------------------------------------------------------
    def mode(self) -> int:
        return self.mode_group.checkedId()

    def set_schedule(self, schedule: Schedule | None) -> None:
        mode = self.NONE if schedule is None else (
            self.WEEKLY if schedule.is_weekly else self.MONTHLY)
        self.mode_buttons[mode].setChecked(True)
        self.weekday.setCurrentIndex(schedule.weekday if schedule is not None else 0)
        for n, box in self.week_boxes.items():
            box.setChecked(schedule is not None and n in schedule.nth)
        self._changed()

    def schedule(self) -> Schedule | None:
        mode = self.mode()
        if mode == self.NONE:
            return None
        weekday = self.weekday.currentData()
        if mode == self.WEEKLY:
            return Schedule.weekly(weekday)
        weeks = [n for n, box in self.week_boxes.items() if box.isChecked()]
        if not weeks:
            raise InputError(self.tr("毎月の場合は、第何週かを1つ以上選んでください。"))
        try:
            return Schedule.monthly(weekday, *weeks)
        except ScheduleError as exc:  # pragma: no cover - the boxes only offer valid weeks
            raise InputError(exc.message_ja if current_language() == "ja" else str(exc)) from None

    def state(self) -> tuple:
        """What the user has set (for 「入力の破棄」 checks)."""
        return (self.mode(), self.weekday.currentIndex(),
                tuple(box.isChecked() for box in self.week_boxes.values()))

    def _changed(self, *_args) -> None:
        mode = self.mode()
        self.weekday.setEnabled(mode != self.NONE)
        self.weeks_row.setEnabled(mode == self.MONTHLY)
        try:
            schedule = self.schedule()
        except InputError:
            text = ""  # the dialog says what is missing, under the field
        else:
            text = (schedule.describe(current_language()) if schedule is not None
                    else self.tr("開催予定なし（不定期）"))
        self.description.setText(text)
        self.changed.emit()


def add_pair_row(dialog, caption: str, first: tuple[str, QWidget], second: tuple[str, QWidget],
                 joiner: str = "〜", hint: QLabel | None = None) -> None:
    """A row of a :class:`~.record_form.RecordFormDialog` with two fields side by side
    (e.g. 開始〜終了), each with its own error label under the pair."""
    grid: QGridLayout = dialog.grid
    row = grid.rowCount()
    label = QLabel(caption)
    label.setBuddy(first[1])
    label.setContentsMargins(0, 6, 0, 0)
    pair = QWidget()
    line = QHBoxLayout(pair)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(first[1])
    line.addWidget(QLabel(joiner))
    line.addWidget(second[1])
    line.addStretch(1)
    extras: list[QWidget] = [hint] if hint is not None else []
    for key, widget in (first, second):
        dialog.errors[key] = FieldError()
        dialog.inputs[key] = widget
        extras.append(dialog.errors[key])
    grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    grid.addWidget(field_box(pair, *extras), row, 1, Qt.AlignmentFlag.AlignTop)

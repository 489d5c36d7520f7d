"""予定から開催をまとめて作成: a period, the schedule (the place's by default), 祝日・年末年始
を除く, a preview of the days from :func:`~kodoku_desk.services.places.plan_series`,
then :func:`~kodoku_desk.services.places.create_series` (staff only).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.places import Place
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.models.wareki import fiscal_year, fiscal_year_range
from kodoku_desk.services.places import SeriesResult, create_series, plan_series
from kodoku_desk.services.organization import fiscal_year_start_month
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_fields import InputError, ScheduleEditor
from kodoku_desk.ui.places_model import weekday_date
from kodoku_desk.ui.record_form import DateInput, RecordFormDialog
from kodoku_desk.ui.widgets import hint

SKIPPED = QColor("#7b8794")
PREVIEW_DELAY_MS = 250


class SeriesDialog(RecordFormDialog):
    """Plan and create the sessions of ``place`` over a period.  After 作成,
    :attr:`created` holds the :class:`SeriesResult` and :attr:`report` the sentence
    for the page (「n回の開催を作成しました…」)."""

    def __init__(self, session, place: Place, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(session, parent, today)
        self.place = place
        self.created: SeriesResult | None = None
        self.report = ""
        self.plan: SeriesResult | None = None
        self.set_title(self.tr("予定から開催をまとめて作成"), place.name)
        self.save_button.setText(self.tr("作成（Ctrl+Enter）"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._build()
        self.start.set_date(self.today)
        start = fiscal_year_start_month(session)
        self.end.set_date(fiscal_year_range(fiscal_year(self.today, start), start)[1])
        usual = Schedule.parse_or_none(place.schedule)
        self.schedule.set_schedule(usual or Schedule.weekly(self.today.weekday()))
        self.no_schedule.setVisible(usual is None)
        for widget in (self.start, self.end):
            widget.textChanged.connect(self._timer.start)
        for box in (self.skip_holidays, self.skip_year_end):
            box.toggled.connect(self._timer.start)
        self.schedule.changed.connect(self._timer.start)
        self.update_preview()
        self.remember_initial()
        self.start.setFocus()

    def _build(self) -> None:
        self.start = DateInput(self.tr("例：令和8年4月1日"))
        self.add_row(self.tr("開始日"), "start", self.start, self.start.feedback)
        self.end = DateInput(self.tr("例：令和9年3月31日"))
        self.add_row(self.tr("終了日"), "end", self.end, self.end.feedback)
        self.schedule = ScheduleEditor(allow_none=False)
        self.no_schedule = hint(self.tr("この居場所には開催予定が登録されていません。"
                                        "ここで選んだ予定で作成します。"))
        self.add_row(self.tr("開催予定"), "schedule", self.schedule, self.no_schedule)
        self.skip_holidays = QCheckBox(self.tr("祝日を除く"))
        self.skip_holidays.setChecked(True)
        self.skip_year_end = QCheckBox(self.tr("年末年始（12月29日〜1月3日）を除く"))
        options = QWidget()
        row = QHBoxLayout(options)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.skip_holidays)
        row.addSpacing(16)
        row.addWidget(self.skip_year_end)
        row.addStretch(1)
        self.add_row(self.tr("除外する日"), None, options)

        self.summary = QLabel()
        self.summary.setObjectName("CardTitle")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 2)
        self.preview.setHorizontalHeaderLabels([self.tr("日付"), self.tr("作成／除外")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setAccessibleName(self.tr("作成される開催の一覧"))
        header = self.preview.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview.setMinimumHeight(240)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.summary)
        column.addWidget(self.preview, 1)
        layout = self.layout()
        for i in reversed(range(layout.count())):  # the frame's stretch: the preview takes it
            if layout.itemAt(i).spacerItem() is not None:
                layout.takeAt(i)
        layout.insertWidget(layout.indexOf(self.form) + 1, box, 1)
        self.resize(760, 740)

    # ---- preview --------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return False  # nothing typed that would be lost: the period and options are defaults

    def _entered(self) -> tuple[date | None, date | None, Schedule | None,
                                list[ModelFieldError]]:
        problems: list[ModelFieldError] = []
        start = self.read_date(self.start, "start", problems)
        end = self.read_date(self.end, "end", problems)
        try:
            schedule = self.schedule.schedule()
        except InputError as exc:
            problems.append(exc.to_field_error("schedule"))
            schedule = None
        for key, value, label in (("start", start, self.tr("開始日")),
                                  ("end", end, self.tr("終了日"))):
            if value is None and not any(p.field == key for p in problems):
                message = self.tr("{label}を入力してください。").format(label=label)
                problems.append(ModelFieldError(key, message, message))
        return start, end, schedule, problems

    def _options(self) -> dict:
        return {"skip_holidays": self.skip_holidays.isChecked(),
                "skip_year_end": self.skip_year_end.isChecked()}

    def update_preview(self) -> None:
        """Ask the service what would be created and list it (nothing is written)."""
        self._timer.stop()
        self.clear_errors()
        self.plan = None
        start, end, schedule, problems = self._entered()
        if not problems:
            try:
                self.plan = plan_series(self.session, self.place.id, start, end,
                                        schedule=schedule, **self._options())
            except ValidationError as exc:
                problems = list(exc.errors)
            except Exception as exc:  # noqa: BLE001 - not permitted, database errors
                self.form_error.show_error(error_message(exc))
        if problems:
            self.show_errors(problems)
            if all(p.field in self.errors for p in problems):
                self.form_error.clear_error()  # nothing is being saved: no 「保存していません」
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        lang = current_language()
        rows: list[tuple[date, str, bool]] = []
        if plan is not None:
            rows = [(s.held_on, self.tr("作成します"), True) for s in plan.created]
            rows += [(d.day, self.tr("除外：{reason}").format(reason=d.reason_text(lang)), False)
                     for d in plan.skipped]
            rows.sort(key=lambda r: r[0])
        self.preview.setRowCount(len(rows))
        for i, (day, text, made) in enumerate(rows):
            for column, value in enumerate((weekday_date(day), text)):
                item = QTableWidgetItem(value)
                if not made:
                    item.setForeground(QBrush(SKIPPED))
                self.preview.setItem(i, column, item)
        if plan is None:
            self.summary.setText(self.tr("期間と開催予定を確かめてください。"))
        elif not plan.created and not plan.skipped:
            self.summary.setText(self.tr("この期間に開催予定の日はありません。"))
        else:
            self.summary.setText(self.tr("作成する開催：{n}回　除外する日：{m}日").format(
                n=len(plan.created), m=len(plan.skipped)))
        self.save_button.setEnabled(plan is not None and bool(plan.created))

    # ---- creating -------------------------------------------------------------------------
    def save(self) -> None:
        if self._timer.isActive() or self.plan is None:
            self.update_preview()  # create what the preview shows, never a stale plan
        if not self.save_button.isEnabled() or self.plan is None:
            return
        start, end, schedule, problems = self._entered()
        if problems:
            self.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        try:
            result = create_series(self.session, self.place.id, start, end, schedule=schedule,
                                   **self._options())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            self.save_button.setEnabled(True)
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, database errors
            self.form_error.show_error(error_message(exc))
            self.save_button.setEnabled(True)
            return
        self.created = result
        self.report = self.report_text(result)
        self.saved.emit(result)
        self.accept()

    def report_text(self, result: SeriesResult) -> str:
        n, m = len(result.created), len(result.skipped)
        if m:
            return self.tr("{n}回の開催を作成しました（{m}日は祝日などのため除外）").format(n=n, m=m)
        return self.tr("{n}回の開催を作成しました").format(n=n)

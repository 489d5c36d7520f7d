"""開催の追加・編集: one session of a place (date, times, venue, 活動形態, プログラム,
提供食数, 参加費, 備考).

A new session starts from :func:`~kodoku_desk.services.places.new_session_defaults`
(the place's usual venue, times and 活動形態, the fee of its last session).
Saving calls ``create_session`` or ``update_session``; any signed-in user may.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.services import code_lists
from kodoku_desk.services.places import create_session, new_session_defaults, update_session
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_fields import InputError, TimeInput, YenInput, add_pair_row
from kodoku_desk.ui.record_form import DateInput, RecordFormDialog, add_code_items, select_data

SESSION_LISTS = ("activity_form",)


class SessionDialog(RecordFormDialog):
    """Add a session to ``place`` (``held=None``) or edit ``held``; emits :attr:`saved`
    with the stored session (also in :attr:`saved_session`).

    Building a new one reads the defaults from the database and may raise (e.g.
    the place is gone): open it inside a try."""

    def __init__(self, session, place: Place, held: PlaceSession | None = None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(session, parent, today)
        self.place = place
        self.held = held
        self.saved_session: PlaceSession | None = None
        self.lists = code_lists.lists_for(session, SESSION_LISTS)
        start = held or new_session_defaults(session, place.id, self.today)
        self.set_title(self.tr("開催を編集") if held else self.tr("開催を追加"), place.name)
        self._build(start)
        self._fill(start)
        self.remember_initial()
        (self.program if held else self.held_on).setFocus()

    def _build(self, start: PlaceSession) -> None:
        self.held_on = DateInput(self.tr("例：令和8年4月14日、2026/4/14"))
        self.add_row(self.tr("開催日"), "held_on", self.held_on, self.held_on.feedback)
        self.start = TimeInput(self.tr("例：13:30"))
        self.end = TimeInput(self.tr("例：15:30"))
        add_pair_row(self, self.tr("時間"), ("start_time", self.start), ("end_time", self.end))
        self.venue = self.add_row(self.tr("会場"), "venue", QLineEdit())
        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("（選んでください）"), None)
        add_code_items(self.form_combo, self.lists.get("activity_form"), self.lang,
                       start.activity_form or None)
        self.form_combo.setMaximumWidth(320)
        self.add_row(self.tr("活動形態"), "activity_form", self.form_combo)
        self.program = self.add_row(self.tr("プログラム内容"), "program", QLineEdit())
        self.program.setPlaceholderText(self.tr("例：健康体操と茶話会、カレーライス"))
        self.meals = QSpinBox()
        self.meals.setRange(0, 9999)
        self.meals.setSuffix(self.tr(" 食"))
        self.meals.setMaximumWidth(160)
        self.meals.setAccessibleName(self.tr("提供食数"))
        self.add_row(self.tr("提供食数"), "meals_served", self.meals)
        self.fee = YenInput()
        self.add_row(self.tr("参加費（円）"), "fee_yen", self.fee)
        self.note = self.add_row(self.tr("備考"), "note", self.text_box(64))
        self.resize(700, self.sizeHint().height())

    def _fill(self, held: PlaceSession) -> None:
        self.held_on.set_date(held.held_on)
        self.start.set_time(held.start_time)
        self.end.set_time(held.end_time)
        self.venue.setText(held.venue or "")
        select_data(self.form_combo, held.activity_form or None)
        self.program.setText(held.program or "")
        self.meals.setValue(held.meals_served or 0)
        self.fee.set_value(held.fee_yen)
        self.note.setPlainText(held.note or "")

    def _snapshot(self) -> tuple:
        return super()._snapshot() + (self.meals.value(),)

    def entered(self) -> tuple[PlaceSession, list[ModelFieldError]]:
        """The session as typed (not validated) and the problems found while reading it."""
        problems: list[ModelFieldError] = []
        held_on = self.read_date(self.held_on, "held_on", problems)
        values = {}
        for key, field in (("start_time", self.start), ("end_time", self.end),
                           ("fee_yen", self.fee)):
            try:
                values[key] = field.value()
            except InputError as exc:
                problems.append(exc.to_field_error(key))
                values[key] = None
        held = replace(
            self.held or PlaceSession(), place_id=self.place.id, held_on=held_on,
            start_time=values["start_time"], end_time=values["end_time"],
            venue=self.venue.text(), activity_form=self.form_combo.currentData() or "",
            program=self.program.text(), meals_served=self.meals.value(),
            fee_yen=values["fee_yen"], note=self.note.toPlainText())
        return held, problems

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        held, problems = self.entered()
        if problems:
            taken = {p.field for p in problems}
            try:
                held.normalized().validate(codes=self.lists)
            except ValidationError as exc:
                problems += [e for e in exc.errors if e.field not in taken]
            self.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        try:
            stored = (create_session(self.session, held) if self.held is None
                      else update_session(self.session, held))
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - not found, database errors
            self.form_error.show_error(error_message(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved_session = stored
        self.saved.emit(stored)
        self.accept()

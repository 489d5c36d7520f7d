"""居場所の追加・編集: name, kind, 地区, the usual schedule, venue and times, 使用中.

Saving calls :func:`~kodoku_desk.services.places.add_place` or
:func:`~kodoku_desk.services.places.update_place` (staff only); each problem is
shown under its field and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.places import Place
from kodoku_desk.models.schedule import Schedule
from kodoku_desk.services import code_lists
from kodoku_desk.services.places import add_place, update_place
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.place_fields import InputError, ScheduleEditor, TimeInput, add_pair_row
from kodoku_desk.ui.record_form import RecordFormDialog, add_code_items, select_data
from kodoku_desk.ui.widgets import hint

PLACE_LISTS = ("place_kind", "district")


class PlaceDialog(RecordFormDialog):
    """Add (``place=None``) or edit a :class:`Place`; emits :attr:`saved` with the stored
    place (also kept in :attr:`saved_place`)."""

    def __init__(self, session, place: Place | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.place = place
        self.saved_place: Place | None = None
        self.lists = code_lists.lists_for(session, PLACE_LISTS)
        self.set_title(self.tr("居場所を編集") if place else self.tr("居場所を追加"),
                       self.tr("サロン・こども食堂など、参加者を受け付ける場所を登録します。"))
        self._build()
        self._fill(place or Place())
        self.remember_initial()
        self.name.setFocus()

    def _build(self) -> None:
        current = self.place or Place()
        self.name = self.add_row(self.tr("名称"), "name", QLineEdit())
        self.name.setPlaceholderText(self.tr("例：ふれあいサロン中町"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("（選んでください）"), None)
        add_code_items(self.kind, self.lists.get("place_kind"), self.lang, current.kind or None)
        self.kind.setMaximumWidth(320)
        self.add_row(self.tr("種類"), "kind", self.kind)
        self.district = QComboBox()
        self.district.addItem(self.tr("（未選択）"), None)
        add_code_items(self.district, self.lists.get("district"), self.lang,
                       current.district_code)
        self.district.setMaximumWidth(320)
        if self.district.count() > 1:  # the organisation has districts (or this place has one)
            self.add_row(self.tr("地区"), "district_code", self.district)
        self.schedule = ScheduleEditor()
        self.add_row(self.tr("開催予定"), "schedule", self.schedule)
        self.venue = self.add_row(self.tr("いつもの会場"), "default_venue", QLineEdit())
        self.venue.setPlaceholderText(self.tr("例：中町会館 和室"))
        self.start = TimeInput(self.tr("例：13:30"))
        self.end = TimeInput(self.tr("例：15:30"))
        add_pair_row(self, self.tr("いつもの時間"), ("default_start", self.start),
                     ("default_end", self.end),
                     hint=hint(self.tr("開催を追加するときに最初から入ります（空欄でもかまいません）。")))
        self.active = QCheckBox(self.tr("使用中（開催を登録できる）"))
        self.active.setToolTip(self.tr("外すと休止扱いになり、新しい開催は登録できません。"
                                       "これまでの記録は残ります。"))
        if self.place is not None:
            self.add_row(self.tr("状態"), "active", self.active)
        self.resize(720, self.sizeHint().height())

    def _fill(self, place: Place) -> None:
        self.name.setText(place.name)
        select_data(self.kind, place.kind or None)
        select_data(self.district, place.district_code)
        self.schedule.set_schedule(Schedule.parse_or_none(place.schedule))
        self.venue.setText(place.default_venue or "")
        self.start.set_time(place.default_start)
        self.end.set_time(place.default_end)
        self.active.setChecked(place.active)

    def _snapshot(self) -> tuple:
        return super()._snapshot() + (self.schedule.state(),)

    def entered(self) -> tuple[Place, list[ModelFieldError]]:
        """The place as typed (not validated) and the problems found while reading it."""
        problems: list[ModelFieldError] = []
        values = {}
        for key, field in (("schedule", self.schedule), ("default_start", self.start),
                           ("default_end", self.end)):
            try:
                values[key] = field.schedule() if key == "schedule" else field.value()
            except InputError as exc:
                problems.append(exc.to_field_error(key))
                values[key] = None
        schedule = values["schedule"]
        place = replace(
            self.place or Place(), name=self.name.text(), kind=self.kind.currentData() or "",
            district_code=self.district.currentData(),
            schedule=schedule.to_json() if schedule is not None else None,
            default_venue=self.venue.text(), default_start=values["default_start"],
            default_end=values["default_end"],
            active=self.active.isChecked() if self.place is not None else True)
        return place, problems

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        place, problems = self.entered()
        if problems:  # shown with the place's other problems
            taken = {p.field for p in problems}
            try:
                place.normalized().validate(codes=self.lists)
            except ValidationError as exc:
                problems += [e for e in exc.errors if e.field not in taken]
            self.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        try:
            stored = (add_place(self.session, place) if self.place is None
                      else update_place(self.session, place))
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, not found, database errors
            self.form_error.show_error(error_message(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved_place = stored
        self.saved.emit(stored)
        self.accept()

"""Parts of a place's page: what it loads in the background, its header, its sessions table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models.places import Place, PlaceSession
from kodoku_desk.models.schedule import describe_json
from kodoku_desk.services import code_lists
from kodoku_desk.services.places import get_place, sessions_of_place
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.place_fields import time_range
from kodoku_desk.ui.places_model import SessionRole, SessionsModel

LABEL_LISTS = ("place_kind", "district", "activity_form")


@dataclass(frozen=True, slots=True)
class PlacePageData:
    place: Place
    sessions: list[PlaceSession]            # every session of the place, oldest first
    labels: dict[str, dict[str, str]]       # list name → code → label


def load_place_page(session, place_id: str) -> PlacePageData:
    place = get_place(session, place_id)
    lists = code_lists.lists_for(session, LABEL_LISTS)
    lang = current_language()
    labels = {name: dict(lists[name].choices(lang)) if name in lists else {}
              for name in LABEL_LISTS}
    return PlacePageData(place, sessions_of_place(session, place_id), labels)


class PlaceHeader(QWidget):
    """Name (and 休止中), 種類・開催予定, then いつもの会場・時間・地区."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.badge = QLabel(self.tr("休止中"))
        self.badge.setObjectName("FieldError")
        self.badge.hide()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Subtitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        name_row = QHBoxLayout()
        name_row.setContentsMargins(0, 0, 0, 0)
        name_row.addWidget(self.title, 1)   # takes the width; wraps only a very long name
        name_row.addSpacing(10)
        name_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(name_row)
        column.addWidget(self.subtitle)
        column.addWidget(self.facts)

    def set_place(self, place: Place, labels: dict[str, dict[str, str]]) -> None:
        self.title.setText(place.name)
        self.badge.setVisible(not place.active)
        kind = labels["place_kind"].get(place.kind, place.kind)
        schedule = (describe_json(place.schedule, current_language())
                    or self.tr("開催予定なし（不定期）"))
        self.subtitle.setText(f"{kind}・{schedule}")
        facts = []
        if place.default_venue:
            facts.append(self.tr("会場：{venue}").format(venue=place.default_venue))
        if place.default_start or place.default_end:
            facts.append(self.tr("時間：{time}").format(
                time=time_range(place.default_start, place.default_end)))
        if place.district_code:
            facts.append(self.tr("地区：{district}").format(
                district=labels["district"].get(place.district_code, place.district_code)))
        self.facts.setText("　".join(facts))
        self.facts.setVisible(bool(facts))


class SessionsView(QTableView):
    """One row per session; Enter asks to edit it and Delete to delete it."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = SessionsModel(self)
        self.setModel(self.sessions)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(36)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setAccessibleName(self.tr("開催の一覧"))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((SessionsModel.DATE, 230), (SessionsModel.TIME, 130),
                              (SessionsModel.VENUE, 190), (SessionsModel.FORM, 150),
                              (SessionsModel.MEALS, 90), (SessionsModel.FEE, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(SessionsModel.PROGRAM, QHeaderView.ResizeMode.Stretch)
        for keys, signal in (("Delete", self.delete_requested), ("Return", self.edit_requested),
                             ("Enter", self.edit_requested)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(signal.emit)

    def selected(self) -> PlaceSession | None:
        indexes = self.selectionModel().selectedRows()
        return self.sessions.data(indexes[0], SessionRole) if indexes else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.sessions.rowCount():
            self.selectRow(row)
            self.scrollTo(self.sessions.index(row, 0))

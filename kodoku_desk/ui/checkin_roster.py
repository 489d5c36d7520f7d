"""The roster of the check-in screen: who is checked in, newest first.

Select a row and press Delete (or 「選んだ受付を取り消す」) to take the check-in back
after a confirmation (:attr:`RosterPanel.remove_requested`); double-click or Enter
opens the person (:attr:`RosterPanel.open_person`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.ui import checkin_model as cm
from kodoku_desk.ui.checkin_style import base_points


class RosterPanel(QWidget):
    open_person = Signal(str)
    remove_requested = Signal(object)   # a RosterRow, after the user confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm: QMessageBox | None = None
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
        self.remove_button = QPushButton(self.tr("選んだ受付を取り消す（Delete）"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("名簿で選んだ方の受付を取り消します。"
                                              "人数からも外れます"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.model = cm.RosterModel(self)
        self.table = QTableView()
        self.table.setObjectName("Roster")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("受付済みの方の一覧"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(self.font())
        font.setPointSize(base_points() + 1)   # the roster's font (checkin_style)
        metrics = QFontMetrics(font)
        for column, sample in cm.COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 28)
        header.setSectionResizeMode(cm.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.empty_note = QLabel(self.tr("まだ誰も受付していません。"))
        self.empty_note.setObjectName("Hint")

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        box.addLayout(top)
        box.addWidget(self.empty_note)
        box.addWidget(self.table, 1)
        self.set_rows((), {})

    def set_rows(self, rows, labels: dict) -> None:
        chosen = self.selected()
        self.model.set_rows(rows, labels)
        self.title.setText(self.tr("受付済み（{n}人）").format(n=len(rows)))
        self.empty_note.setVisible(not rows)
        row = self.model.row_of(chosen.attendance_id) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update()

    def selected(self):
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0].row()) if selected else None

    def _update(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def _open(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.open_person.emit(found.person_id)

    def ask_remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        time = f"{row.checked_in_at:%H:%M}" if row.checked_in_at else ""
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question, self.tr("受付の取り消し"),
            self.tr("{name} さんの受付（{time}）を取り消しますか？人数からも外れます。").format(
                name=row.full_name, time=time),
            QMessageBox.StandardButton.NoButton, self)
        yes = self.confirm.addButton(self.tr("取り消す"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm.addButton(self.tr("やめる"), QMessageBox.ButtonRole.RejectRole)
        self.confirm.setDefaultButton(yes)
        box = self.confirm
        box.finished.connect(lambda _result: self._confirmed(box.clickedButton() is yes, row))
        box.open()

    def _confirmed(self, remove: bool, row) -> None:
        self.window().activateWindow()   # the keyboard stays on this screen
        self.table.setFocus()
        if remove:
            self.remove_requested.emit(row)

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.remove_button]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.ask_remove()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

"""The 地区 list editor of 設定 › 団体: add, rename (edit the name in place), retire.

A 地区 that people, places or 関係機関 use cannot be deleted: 「使用をやめる」 retires
it (existing records keep it; it is no longer meant for new ones) and 「再び使う」
brings it back.  An unused 地区 is simply taken off the list.  Nothing is stored
here: :meth:`DistrictEditor.districts` gives the list for
:func:`kodoku_desk.services.organization.save_organization`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kodoku_desk.services.organization import District

NAME, STATE = range(2)
RECORD = Qt.ItemDataRole.UserRole


class DistrictEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("地区名"), self.tr("状態")])
        self.table.setAccessibleName(self.tr("地区の一覧"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(200)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("新しい地区の名前"))
        self.new_name.setAccessibleName(self.tr("新しい地区の名前"))
        self.new_name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("追加"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("名前を変更"))
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename_selected)
        self.retire_button = QPushButton(self.tr("使用をやめる"))
        self.retire_button.setAutoDefault(False)
        self.retire_button.clicked.connect(self.toggle_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.rename_button)
        row_buttons.addWidget(self.retire_button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(add_row)
        self._update_buttons()

    # ---- contents -------------------------------------------------------------------------
    def set_districts(self, districts: tuple[District, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for district in districts:
            self._append(district)
        self.table.blockSignals(False)
        self._update_buttons()

    def _append(self, district: District) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(district.label)
        name.setData(RECORD, district)
        state = QTableWidgetItem()
        state.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, NAME, name)
        self.table.setItem(row, STATE, state)
        self._show_state(row)
        return row

    def _record(self, row: int) -> District:
        return self.table.item(row, NAME).data(RECORD)

    def _show_state(self, row: int) -> None:
        district = self._record(row)
        if district.code is None:
            text = self.tr("新規（保存すると追加されます）")
        elif not district.active:
            text = self.tr("使用終了（%n件の記録で使用）", "", district.in_use)
        elif district.in_use:
            text = self.tr("使用中（%n件）", "", district.in_use)
        else:
            text = self.tr("まだ使われていません")
        self.table.item(row, STATE).setText(text)
        grey = QBrush(QColor("#7b8794")) if not district.active else QBrush()
        for column in (NAME, STATE):
            self.table.item(row, column).setForeground(grey)

    def districts(self) -> list[District]:
        """The list as shown, in order, with the names as edited."""
        out = []
        for row in range(self.table.rowCount()):
            district = self._record(row)
            out.append(District(label=self.table.item(row, NAME).text().strip(),
                                code=district.code, active=district.active,
                                in_use=district.in_use))
        return out

    def labels(self) -> list[str]:
        return [d.label for d in self.districts()]

    # ---- actions --------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.rename_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None)
        if row is None:
            self.retire_button.setText(self.tr("使用をやめる"))
            return
        district = self._record(row)
        if not district.active:
            self.retire_button.setText(self.tr("再び使う"))
            self.retire_button.setToolTip("")
        elif district.in_use:
            self.retire_button.setText(self.tr("使用をやめる"))
            self.retire_button.setToolTip(self.tr(
                "記録で使われている地区は削除できません。使用をやめると、いまの記録はそのままで、"
                "選ぶときに「（使用終了）」と表示されます。"))
        else:
            self.retire_button.setText(self.tr("一覧から外す"))
            self.retire_button.setToolTip(self.tr("まだ使われていないので、一覧から削除します。"))

    def add(self) -> None:
        label = " ".join(self.new_name.text().split())
        if not label:
            self.new_name.setFocus()
            return
        row = self._append(District(label=label))
        self.new_name.clear()
        self.table.selectRow(row)
        self.new_name.setFocus()
        self.changed.emit()

    def rename_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, NAME))

    def toggle_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        district = self._record(row)
        label = self.table.item(row, NAME).text()
        if district.active and not district.in_use:
            self.table.removeRow(row)            # unused: deleted on saving
        else:
            changed = District(label=label, code=district.code, active=not district.active,
                               in_use=district.in_use)
            self.table.item(row, NAME).setData(RECORD, changed)
            self._show_state(row)
        self._update_buttons()
        self.changed.emit()

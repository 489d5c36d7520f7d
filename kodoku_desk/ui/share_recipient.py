"""The recipient of a 協議会 case-sharing file: the 構成機関等 of the 関係機関 directory,
filtered as one types (name or 協議会), chosen with the keyboard.

↓ in the search goes into the list; Enter in the list — or in the search when only
one entry is left — chooses and emits :attr:`RecipientChooser.chosen`.  Enter never
reaches the dialog (where it would press 「作成」).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kodoku_desk.models.records import Organization


class RecipientChooser(QWidget):
    chosen = Signal()

    def __init__(self, organizations: list[Organization], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("名称・協議会名で絞り込み（↓で一覧へ）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("提供先"))
        self.list.setFixedHeight(86)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for org in organizations:
            item = QListWidgetItem(org.name + (f"（{org.council_name}）" if org.council_name else ""))
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.search)
        column.addWidget(self.list)
        self.setFocusProxy(self.search)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def select(self, organization_id: str) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == organization_id:
                self.list.setCurrentItem(item)
                return

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _visible(self) -> list[QListWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            self.list.setCurrentItem(None)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if watched is self.search:
            visible = self._visible()
            if event.key() == Qt.Key.Key_Down or (enter and len(visible) > 1):
                if visible and self.current_id() is None:
                    self.list.setCurrentItem(visible[0])
                self.list.setFocus()
                return True
            if enter:
                if len(visible) == 1:
                    self.list.setCurrentItem(visible[0])
                    self.chosen.emit()
                return True
        if watched is self.list and enter:
            if self.current_id() is not None:
                self.chosen.emit()
            return True
        return super().eventFilter(watched, event)

"""Table model of the 利用者 tab: 表示名, 利用者名, 権限, 状態, 最後のロック解除, 登録日."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kodoku_desk.services.users import UserInfo
from kodoku_desk.ui.audit_model import local_time_text
from kodoku_desk.ui.formatting import code_label

UserRole = Qt.ItemDataRole.UserRole + 1
STOPPED = QColor("#7b8794")


class UsersModel(QAbstractTableModel):
    NAME, USERNAME, ROLE, STATE, LAST_UNLOCK, CREATED = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[UserInfo] = []

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, username: str | None) -> int:
        return next((i for i, u in enumerate(self.rows) if u.username == username), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("表示名"), self.tr("利用者名"), self.tr("権限"), self.tr("状態"),
                    self.tr("最後のロック解除"), self.tr("登録日"))[section]
        return None

    def display(self, user: UserInfo, column: int) -> str:
        if column == self.NAME:
            return self.tr("{name}（あなた）").format(name=user.display_name) if user.is_self \
                else user.display_name
        if column == self.USERNAME:
            return user.username
        if column == self.ROLE:
            return code_label("role", user.role)
        if column == self.STATE:
            return self.tr("利用中") if user.active else self.tr("利用停止")
        if column == self.LAST_UNLOCK:
            return local_time_text(user.last_unlock_at, seconds=False) or self.tr("—")
        return local_time_text(user.created_at, time=False)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user = self.rows[index.row()]
        if role == UserRole:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(STOPPED)
        return None

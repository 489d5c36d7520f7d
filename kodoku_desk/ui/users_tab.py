"""設定 › 利用者 (administrators): the accounts, adding one, role, passphrase reset, stop/restart.

What may not be done (your own account, the last administrator) is said in words
when the button is pressed; the services refuse it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.services import users
from kodoku_desk.services.users import UserInfo, refusal
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.user_dialog import AddUserDialog, NewPassphraseDialog
from kodoku_desk.ui.users_model import UserRole, UsersModel
from kodoku_desk.ui.widgets import BusyBar, FieldError, hint


class UsersTab(QWidget):
    """``changed`` after a user was added or changed."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loading = False
        self._select: str | None = None
        intro = hint(self.tr("利用者ごとに鍵があり、権限によって見られる記録が決まります。"
                             "利用を停止しても、その人が書いた記録は残ります。"))
        self.add_button = QPushButton(self.tr("利用者を追加"))
        self.add_button.setObjectName("Primary")
        self.role_button = QPushButton(self.tr("権限を変更"))
        self.reset_button = QPushButton(self.tr("パスフレーズを再設定"))
        self.stop_button = QPushButton(self.tr("利用を停止"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.role_button, self.reset_button, self.stop_button):
            buttons.addWidget(button)

        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("利用者の一覧"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(UsersModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.success)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(lambda: self.open_key_dialog("role"))
        self.reset_button.clicked.connect(lambda: self.open_key_dialog("reset"))
        self.stop_button.clicked.connect(self.stop_or_restart)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    # ---- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.loading or not self.session.is_open:
            return
        self.loading = True
        self.busy_bar.start()
        session = self.session
        run_task(lambda: users.list_users(session), self._loaded, owner=self)

    def _loaded(self, result, error) -> None:
        self.loading = False
        self.busy_bar.stop()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        selected = self._select or (self.selected().username if self.selected() else None)
        self._select = None
        self.model.set_rows(result)
        self._fit_columns()
        row = self.model.row_of(selected)
        if row >= 0:
            self.table.selectRow(row)

    def _fit_columns(self) -> None:
        """Every column but the name as wide as its widest text, plus some air."""
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 22)

    # ---- selection ------------------------------------------------------------------------
    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], UserRole) if rows else None

    def select_user(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self, *_args) -> None:
        user = self.selected()
        self.error.clear_error()
        for button in (self.role_button, self.reset_button, self.stop_button):
            button.setEnabled(user is not None)
        self.stop_button.setText(self.tr("利用を再開") if user is not None and not user.active
                                 else self.tr("利用を停止"))

    def _refused(self, user: UserInfo, action: str) -> bool:
        """Say why ``action`` cannot be done to ``user``; True when it cannot."""
        problem = refusal(self.model.rows, user, action)
        if problem is not None:
            self.success.hide()
            self.error.show_error(problem.message(current_language()))
        return problem is not None

    # ---- actions --------------------------------------------------------------------------
    def make_add_dialog(self) -> AddUserDialog:
        return AddUserDialog(self.session, self)

    def make_key_dialog(self, user: UserInfo, mode: str) -> NewPassphraseDialog:
        return NewPassphraseDialog(self.session, user, mode, self)

    def add_user(self) -> None:
        dialog = self.make_add_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            added = dialog.result_value
            self._done(added.username, self.tr(
                "{name}さん（{username}）を追加しました。最初のパスフレーズを本人に伝えてください。"
            ).format(name=added.display_name, username=added.username))
        dialog.deleteLater()

    def open_key_dialog(self, mode: str) -> None:
        user = self.selected()
        if user is None or self._refused(user, mode):
            return
        dialog = self.make_key_dialog(user, mode)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            message = {
                "reset": self.tr("{name}さんのパスフレーズを再設定しました。新しいパスフレーズを本人に伝えてください。"),
                "role": self.tr("{name}さんの権限を変更しました。新しいパスフレーズを本人に伝えてください。"),
                "reactivate": self.tr("{name}さんの利用を再開しました。新しいパスフレーズを本人に伝えてください。"),
            }[mode]
            self._done(user.username, message.format(name=user.display_name))
        dialog.deleteLater()

    def confirm_stop(self, user: UserInfo) -> bool:
        answer = QMessageBox.question(
            self, self.tr("利用を停止"),
            self.tr("{name}さん（{username}）の利用を停止しますか？\n"
                    "このアカウントではロックを解除できなくなります。これまでの記録はそのまま残り、"
                    "あとで「利用を再開」できます。").format(name=user.display_name,
                                                  username=user.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def stop_or_restart(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not user.active:
            self.open_key_dialog("reactivate")
            return
        if self._refused(user, "disable") or not self.confirm_stop(user):
            return
        try:
            users.disable_user(self.session, user.username)
        except Exception as exc:  # noqa: BLE001 - refused, not permitted, file errors
            self.success.hide()
            self.error.show_error(error_message(exc))
            return
        self._done(user.username, self.tr("{name}さんの利用を停止しました。").format(
            name=user.display_name))

    def _done(self, username: str, message: str) -> None:
        self.error.clear_error()
        self.success.setText(message)
        self.success.show()
        self._select = username
        self.refresh()
        self.changed.emit()

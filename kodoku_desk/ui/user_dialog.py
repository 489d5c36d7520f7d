"""Dialogs of the 利用者 tab: add a user; choose a new passphrase for someone (reset,
role change, reactivation).

Each writes a keyslot, which derives a key (Argon2id, about half a second), so the
service runs in the background; problems are shown under their fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.user import Role
from kodoku_desk.services import users
from kodoku_desk.services.users import UserInfo
from kodoku_desk.ui.formatting import code_label
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.passphrase_fields import PassphrasePair
from kodoku_desk.ui.record_form import RecordFormDialog
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, hint


class KeyDialog(RecordFormDialog):
    """A record dialog whose save runs a slow service call in the background."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.busy = False
        self.result_value = None
        self.busy_bar = BusyBar()
        self.busy_label = hint("")
        self.busy_label.hide()
        layout = self.layout()
        at = layout.indexOf(self.buttons)
        layout.insertWidget(at, self.busy_label)
        layout.insertWidget(at, self.busy_bar)
        self.pair = PassphrasePair(self)

    def add_passphrase_rows(self, caption: str) -> None:
        self.add_row(caption, "passphrase", self.pair.first, self.pair.hint, self.pair.status)
        self.add_row(self.tr("もう一度（確認）"), "confirm", self.pair.second)

    def local_problems(self) -> dict[str, str]:
        """Problems the dialog can see itself (key → message); the pair's by default."""
        found = self.pair.problems()
        return {{"first": "passphrase", "second": "confirm"}[k]: v for k, v in found.items()}

    def fit_height(self) -> None:
        """Grow to show every message that appeared (a dialog does not grow by itself)."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else self.sizeHint().height())
        self.resize(self.width(), max(self.height(), needed))

    def show_errors(self, errors) -> None:
        super().show_errors(errors)
        self._after_errors()

    def _after_errors(self) -> None:
        if self.errors["passphrase"].text():
            self.pair.status.hide()  # the error says the same, in more words
        self.fit_height()

    def start(self, call) -> None:
        if self.busy or not self.save_button.isEnabled():
            return
        self.clear_errors()
        problems = self.local_problems()
        if problems:
            for key, message in problems.items():
                self.errors[key].show_error(message)
            self.form_error.show_error(self.tr("入力内容を確かめてください。保存していません。"))
            self.inputs[next(iter(problems))].setFocus()
            self._after_errors()
            return
        self._set_busy(True)
        run_task(call, self._finished, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.form.setEnabled(not busy)
        self.busy_label.setText(self.tr("鍵を作っています。少しお待ちください…") if busy else "")
        self.busy_label.setVisible(busy)
        (self.busy_bar.start if busy else self.busy_bar.stop)()

    def _finished(self, result, error) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
            return
        if error is not None:
            self.form_error.show_error(error_message(error))
            self.fit_height()
            return
        self.pair.clear()
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def role_description(dialog: QWidget, role: str | None) -> str:
    # These helpers serve several dialog classes, so their texts use one fixed context.
    return {
        "admin": QCoreApplication.translate(
            "RoleChoice", "すべての記録に加えて、利用者・設定・バックアップ・書き出しを扱えます。"),
        "staff": QCoreApplication.translate(
            "RoleChoice", "すべての当事者の記録、アセスメント、つなぎ、レポートを扱えます。"),
        "volunteer": QCoreApplication.translate(
            "RoleChoice", "担当の方の見守り記録と居場所の受付だけを扱えます。"
                          "アセスメント、書き出し、設定はできません。"),
    }.get(role or "", "")


def role_combo(dialog: QWidget, exclude: str | None = None) -> tuple[QComboBox, QLabel]:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("RoleChoice", "（選んでください）"), None)
    for role in Role:
        if role.value != exclude:
            combo.addItem(code_label("role", role.value), role.value)
    combo.setMaximumWidth(300)
    about = hint("")
    about.hide()

    def describe(_index: int) -> None:
        about.setText(role_description(dialog, combo.currentData()))
        about.setVisible(bool(about.text()))

    combo.currentIndexChanged.connect(describe)
    return combo, about


class AddUserDialog(KeyDialog):
    """利用者を追加: name, user name, role, first passphrase twice."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.set_title(self.tr("利用者を追加"), self.tr(
            "最初のパスフレーズは本人に直接伝え、使い始めたら「自分のパスフレーズ」で"
            "本人だけが知っているものに変えてもらってください。"))
        self.display_name = self.add_row(self.tr("表示名"), "display_name", QLineEdit())
        self.display_name.setPlaceholderText(self.tr("例：田中 一郎"))
        self.username = self.add_row(self.tr("利用者名"), "username", QLineEdit(), hint(
            self.tr("ロックを解除するときに入力する名前です（半角英数字。例：tanaka）。")))
        self.username.setMaximumWidth(300)
        self.role, self.role_about = role_combo(self)
        self.add_row(self.tr("権限"), "role", self.role, self.role_about)
        self.add_passphrase_rows(self.tr("最初のパスフレーズ"))
        self.resize(720, self.sizeHint().height())
        self.remember_initial()
        self.display_name.setFocus()

    def save(self) -> None:
        session = self.session
        values = {"username": self.username.text(), "display_name": self.display_name.text(),
                  "role": self.role.currentData() or "", "passphrase": self.pair.text()}
        self.start(lambda: users.add_user(session, **values))

    def local_problems(self) -> dict[str, str]:
        # the service reports name, user name and role problems together with a short passphrase
        return {} if "first" in self.pair.problems() else super().local_problems()


class NewPassphraseDialog(KeyDialog):
    """A new passphrase for someone else: ``mode`` is "reset", "role" or "reactivate"."""

    def __init__(self, session, user: UserInfo, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user, self.mode = user, mode
        name = user.display_name
        titles = {
            "reset": (self.tr("パスフレーズを再設定"), self.tr(
                "{name}さん（{username}）の新しいパスフレーズを決めます。いまのパスフレーズは"
                "使えなくなります。新しいパスフレーズは本人に直接伝えてください。")),
            "role": (self.tr("権限を変更"), self.tr(
                "{name}さん（{username}）の権限を変えます。権限は鍵に書き込まれているため、"
                "変更と同時に新しいパスフレーズを決めて本人に伝えてください。"
                "「このパソコンに記憶」も解除されます。")),
            "reactivate": (self.tr("利用を再開"), self.tr(
                "{name}さん（{username}）がまた使えるようにします。新しいパスフレーズを決めて"
                "本人に直接伝えてください。")),
        }
        title, subtitle = titles[mode]
        self.set_title(title, subtitle.format(name=name, username=user.username))
        self.role = None
        if mode == "role":
            self.add_row(self.tr("いまの権限"), None, QLabel(code_label("role", user.role)))
            self.role, self.role_about = role_combo(self, exclude=user.role)
            self.add_row(self.tr("新しい権限"), "role", self.role, self.role_about)
        self.add_passphrase_rows(self.tr("新しいパスフレーズ"))
        self.resize(720, self.sizeHint().height())
        self.remember_initial()
        (self.role or self.pair.first).setFocus()

    def local_problems(self) -> dict[str, str]:
        problems = {}
        if self.role is not None and not self.role.currentData():
            problems["role"] = self.tr("新しい権限を選んでください。")
        return {**problems, **super().local_problems()}

    def save(self) -> None:
        session, username, passphrase = self.session, self.user.username, self.pair.text()
        if self.mode == "role":
            role = self.role.currentData() or ""
            self.start(lambda: users.change_role(session, username, role, passphrase))
        elif self.mode == "reactivate":
            self.start(lambda: users.reactivate_user(session, username, passphrase))
        else:
            self.start(lambda: users.reset_user_passphrase(session, username, passphrase))

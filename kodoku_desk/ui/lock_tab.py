"""設定 › ロックと記憶, 集計の秘匿基準 (administrators): small forms saved with 保存.

:meth:`SettingsForm.load` reads the values (the 設定 page calls it when the tab is
shown).  Nothing is saved while the values are being changed; 保存 writes them at once
and ``saved`` is emitted (the 設定 page then emits ``settings_changed``).

ロックと記憶 also lists the remembered computers (device keyslots of every user) and
offers 「すべてのパソコンの記憶を取り消す」 after a confirmation (``devices_revoked``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services import device_keys, org_settings
from kodoku_desk.services.org_settings import LockSettings, SuppressionSettings
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.widgets import FieldError, field_box, hint


class SettingsForm(QWidget):
    """An intro line, a form of captioned fields with error labels, and 保存."""

    saved = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.errors: dict[str, FieldError] = {}
        self.form = QFormLayout()
        self.form.setVerticalSpacing(14)
        self.form.setHorizontalSpacing(16)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.form_error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()
        box = QWidget()
        box.setMaximumWidth(820)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.intro = hint("")
        column.addWidget(self.intro)
        column.addLayout(self.form)
        column.addLayout(row)
        column.addWidget(self.form_error)
        column.addWidget(self.success)
        self.column = column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(box)
        layout.addStretch(1)

    def add_field(self, caption: str, key: str, widget: QWidget, about: str) -> QWidget:
        self.errors[key] = FieldError()
        self.form.addRow(caption, field_box(widget, hint(about), self.errors[key]))
        return widget

    @staticmethod
    def spin_box(low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(160)
        return spin

    def save(self) -> None:
        self.form_error.clear_error()
        self.success.hide()
        for label in self.errors.values():
            label.clear_error()
        try:
            self.store()
        except ValidationError as exc:
            for e in exc.errors:
                (self.errors.get(e.field) or self.form_error).show_error(
                    e.message(current_language()))
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, database errors
            self.form_error.show_error(error_message(exc))
            return
        self.success.setText(self.tr("保存しました。"))
        self.success.show()
        self.saved.emit()

    def load(self) -> None:  # pragma: no cover - each form loads its own values
        raise NotImplementedError

    def store(self) -> None:  # pragma: no cover
        raise NotImplementedError


class LockTab(SettingsForm):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro.setText(self.tr("この団体のすべての利用者に適用されます。"))
        low, high = org_settings.AUTO_LOCK_RANGE
        self.minutes = self.add_field(
            self.tr("自動ロック"), "auto_lock_minutes", self.spin_box(low, high, self.tr(" 分")),
            self.tr("操作しないままこの時間が過ぎると、画面をロックして記録を隠します。"
                    "初期値は10分です（{low}〜{high}分）。").format(low=low, high=high))
        self.allow_remember = self.add_field(
            self.tr("このパソコンに記憶"), "allow_remember_device",
            QCheckBox(self.tr("「このパソコンに記憶」を許可する")),
            self.tr("許可すると、管理者とスタッフは自分のパソコンでパスフレーズの入力を省けます"
                    "（ボランティアには表示されません）。共用のパソコンでは許可しないでください。"))

        self.devices = DevicesSection(self.session)
        self.column.addWidget(self.devices)
        self.saved.connect(self.devices.load)

    def load(self) -> None:
        current = org_settings.lock_settings(self.session)
        self.minutes.setValue(current.auto_lock_minutes)
        self.allow_remember.setChecked(current.allow_remember_device)
        self.devices.load()

    def store(self) -> None:
        org_settings.save_lock_settings(self.session, LockSettings(
            self.minutes.value(), self.allow_remember.isChecked()))


class DevicesSection(QWidget):
    """記憶したパソコン: how many, whose and which, and 「すべてのパソコンの記憶を取り消す」."""

    revoked = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count = 0
        title = QLabel(self.tr("記憶したパソコン"))
        title.setObjectName("CardTitle")
        self.summary = hint("")
        self.listing = hint("")
        self.listing.setTextFormat(Qt.TextFormat.PlainText)
        self.revoke_button = QPushButton(self.tr("すべてのパソコンの記憶を取り消す"))
        self.revoke_button.clicked.connect(self.revoke_all)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 16, 0, 0)
        column.setSpacing(8)
        column.addWidget(title)
        column.addWidget(self.summary)
        column.addWidget(self.listing)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addWidget(self.success)

    def load(self) -> None:
        if not self.session.is_open:
            return
        slots = device_keys.list_device_slots(self.session)
        allowed = org_settings.remember_device_allowed(self.session)
        self.count = len(slots)
        if not slots:
            summary = self.tr("記憶しているパソコンはありません。")
        else:
            summary = self.tr("いま %n 件、パソコンに鍵が記憶されています（すべての利用者の合計）。",
                              "", self.count)
            if not allowed:
                summary += self.tr("「このパソコンに記憶」を許可していないため、これらの鍵では"
                                   "もう開けません（使おうとしたときに消えます）。")
        self.summary.setText(summary)
        self.listing.setText("\n".join(
            self.tr("{username}　{device}（{date}）").format(
                username=d.username or "", device=d.device or self.tr("名前のないパソコン"),
                date=d.created_at[:10]) for d in slots))
        self.listing.setVisible(bool(slots))
        self.revoke_button.setEnabled(bool(slots))

    def confirm_revoke(self, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("すべてのパソコンの記憶を取り消す"),
            self.tr("すべての利用者の、記憶したパソコン %n 件をすべて取り消しますか？\n"
                    "取り消したあとは、だれもがパスフレーズで開く必要があります。"
                    "パスフレーズと回復キーはそのまま使えます。", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def revoke_all(self) -> None:
        self.error.clear_error()
        self.success.hide()
        self.load()
        if self.count == 0 or not self.confirm_revoke(self.count):
            return
        try:
            removed = device_keys.revoke_all_devices(self.session)
        except Exception as exc:  # noqa: BLE001 - not permitted, file errors
            self.error.show_error(error_message(exc))
            return
        self.load()
        self.success.setText(self.tr("%n 件の記憶を取り消しました。", "", removed))
        self.success.show()
        self.revoked.emit()


class SuppressionTab(SettingsForm):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro.setText(self.tr(
            "匿名の集計表では、人数が基準より少ないマスを「x」で隠し、個人が分からないようにします。"
            "基準は上げられますが、初期値より下げることはできません。"))
        self.k_activity = self.add_field(
            self.tr("活動・参加の集計表"), "k_activity",
            self.spin_box(org_settings.MIN_K_ACTIVITY, org_settings.MAX_K, self.tr(" 人")),
            self.tr("この人数より少ないマスを隠します。初期値は3人（1人・2人のマスを隠す）です。"))
        self.k_sensitive = self.add_field(
            self.tr("機微な集計表"), "k_sensitive",
            self.spin_box(org_settings.MIN_K_SENSITIVE, org_settings.MAX_K, self.tr(" 人")),
            self.tr("孤独感の尺度、相談の頻度、要配慮個人情報を含む表の基準です。初期値は10人です。"))

    def load(self) -> None:
        current = org_settings.suppression_settings(self.session)
        self.k_activity.setValue(current.k_activity)
        self.k_sensitive.setValue(current.k_sensitive)

    def store(self) -> None:
        org_settings.save_suppression_settings(self.session, SuppressionSettings(
            self.k_activity.value(), self.k_sensitive.value()))

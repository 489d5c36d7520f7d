"""設定 › バックアップ: where and how many, 「今すぐバックアップ」, the folder's backups, restore.

- Administrators: choose the folder (a USB drive or a network share), how many
  generations to keep and after how many days ホーム warns; 保存.  They alone see
  「このバックアップから復元…」 (:class:`~kodoku_desk.ui.restore_dialog.RestoreDialog`).
- Staff see the settings read-only and may run 「今すぐバックアップ」.
- Volunteers do not get this tab.

The backup runs in the background with a progress bar.  After a restore the tab
emits ``restored(RestoreResult)``: the session is closed by then, and the app must
go back to the unlock screen.  ``backed_up(BackupInfo)`` after each backup made here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.paths import cloud_warning
from kodoku_desk.services import backup, restore
from kodoku_desk.ui import tasks
from kodoku_desk.ui.formatting import date_time_text
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.restore_dialog import RestoreDialog, taken_text
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import FieldError, field_box, hint


LIST_MIN_ROWS = 5   # the list of backups shows at least this many rows


def table_height(table: QTableWidget, rows: int) -> int:
    """Height for the header and ``rows`` rows (the page scrolls rather than hide them)."""
    return (table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class _Progress(QObject):
    """Carries a worker thread's progress to the UI thread (a queued signal)."""

    changed = Signal(float)


class BackupTab(QWidget):
    restored = Signal(object)     # RestoreResult: the session is closed; show the unlock screen
    backed_up = Signal(object)    # BackupInfo
    saved = Signal()              # the settings were saved

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = session.user.is_admin
        self.backups: list[backup.BackupFile] = []
        self.running = False
        self.saved_folder: str | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.errors: dict[str, FieldError] = {}

        intro = hint(self.tr(
            "データベースを暗号化したまま、USBメモリーやネットワーク上のフォルダーに写します。"
            "バックアップは、いまと同じパスフレーズで開けます。つながりデスクを閉じるときと、"
            "開いている間は1日に1回、自動でも作ります。"))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("まだ選ばれていません"))
        self.choose_button = QPushButton(self.tr("保存先を選ぶ…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.keep = QSpinBox()
        self.keep.setRange(*backup.KEEP_RANGE)
        self.keep.setSuffix(self.tr(" 世代"))
        self.keep.setMaximumWidth(160)
        self.warn_days = QSpinBox()
        self.warn_days.setRange(*backup.WARN_RANGE)
        self.warn_days.setSuffix(self.tr(" 日"))
        self.warn_days.setMaximumWidth(160)
        # a grid, not a QFormLayout: the form's height-for-width is off by a line when a
        # hint wraps, and the hint then covered the folder field
        form = QGridLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.setColumnStretch(1, 1)
        # a backup inside OneDrive / Dropbox / Google Drive / iCloud leaves this computer
        self.folder_warning = FieldError()
        self.folder.textChanged.connect(self._show_cloud_warning)
        for row_index, (caption, key, widget, about) in enumerate((
                (self.tr("保存先"), "folder", folder_row,
                 self.tr("パソコンが壊れても残るよう、別の装置（USBメモリーやネットワーク上のフォルダー）を"
                         "選んでください。")),
                (self.tr("残す数"), "keep", self.keep,
                 self.tr("新しいものからこの数だけ残し、古いものは消します（初期値14）。")),
                (self.tr("警告"), "warn_days", self.warn_days,
                 self.tr("最後のバックアップからこの日数が過ぎると、ホームに注意を出します（初期値7日）。")))):
            self.errors[key] = FieldError()
            extras = (self.folder_warning,) if key == "folder" else ()
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumHeight(widget.sizeHint().height())   # level with the field
            label.setBuddy(widget if widget is not folder_row else self.choose_button)
            form.addWidget(label, row_index, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(field_box(widget, hint(about), *extras, self.errors[key]), row_index, 1)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.settings_note = hint(self.tr("保存先などの設定は管理者だけが変えられます。"))
        for widget in (self.choose_button, self.keep, self.warn_days, self.save_button):
            widget.setEnabled(self.admin)
        self.save_button.setVisible(self.admin)
        self.settings_note.setVisible(not self.admin)
        self.settings_error = FieldError()
        self.settings_success = QLabel()
        self.settings_success.setObjectName("Success")
        self.settings_success.hide()
        save_row = QHBoxLayout()
        save_row.addWidget(self.settings_note, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0)

        self.last_label = hint("")
        self.backup_button = QPushButton(self.tr("今すぐバックアップ"))
        self.backup_button.setObjectName("Primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._set_progress)   # queued from the worker thread
        self.result = QLabel()
        self.result.setObjectName("Success")
        self.result.setWordWrap(True)
        self.result.hide()
        self.error = FieldError()
        now_row = QHBoxLayout()
        now_row.addWidget(self.last_label, 1)
        now_row.addWidget(self.backup_button)

        list_title = QLabel(self.tr("保存先にあるバックアップ"))
        list_title.setObjectName("CardTitle")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("作成日時"), self.tr("大きさ"), self.tr("内容")])
        self.table.setAccessibleName(list_title.text())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setMinimumHeight(table_height(self.table, LIST_MIN_ROWS))
        self.list_note = hint("")
        self.restore_button = QPushButton(self.tr("このバックアップから復元…"))
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(self.admin)
        self.restore_button.clicked.connect(self.restore_selected)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.list_note, 1)
        restore_row.addStretch(0)
        restore_row.addWidget(self.restore_button, 0)
        self.restore_error = FieldError()

        box = QWidget()
        box.setMaximumWidth(900)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(save_row)
        column.addWidget(self.settings_error)
        column.addWidget(self.settings_success)
        column.addSpacing(8)
        column.addLayout(now_row)
        column.addWidget(self.progress)
        column.addWidget(self.error)
        column.addWidget(self.result)
        column.addSpacing(8)
        column.addWidget(list_title)
        column.addWidget(self.table, 1)
        column.addLayout(restore_row)
        column.addWidget(self.restore_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(box, 1)

    # ---- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """Read the settings, the last backup and the folder's list (the list in the background)."""
        if not self.session.is_open:
            return
        current = backup.backup_settings(self.session)
        self.saved_folder = current.folder
        self.folder.setText(current.folder or "")
        self.keep.setValue(current.keep)
        self.warn_days.setValue(current.warn_days)
        self._show_last(backup.backup_status(self.session))
        self.load_list()

    def _show_last(self, status: backup.BackupStatus) -> None:
        if status.last_at is None:
            self.last_label.setText(self.tr("まだバックアップはありません。"))
        else:
            self.last_label.setText(self.tr("最後のバックアップ：{time}").format(
                time=taken_text(status.last_at.astimezone())))

    def load_list(self) -> None:
        folder = self.folder.text()
        if not folder:
            self._fill([], self.tr("保存先を選ぶと、そこにあるバックアップがここに並びます。"))
            return
        run_task(lambda: backup.list_backups(folder), self._listed, owner=self)

    def _listed(self, backups, error) -> None:
        if error is not None:
            self._fill([], error_message(error))
            return
        self._fill(backups, "" if backups else self.tr("この保存先にバックアップはまだありません。"))

    def _fill(self, backups: list, note: str) -> None:
        self.backups = list(backups)
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            if not item.has_keys:
                what = self.tr("鍵ファイル（.keys）がありません")
            elif item.db_id == self.session.db_id:
                what = self.tr("このデータベース")
            else:
                what = self.tr("別のデータベース")
            when = date_time_text(item.taken_at, seconds=True)
            for column, text in enumerate((when, size_text(item.size), what)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.path.name)
                self.table.setItem(row, column, cell)
        self.list_note.setText(note)
        self.list_note.setVisible(bool(note))
        self._selection_changed()

    def selected(self) -> backup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        item = self.selected()
        self.restore_button.setEnabled(self.admin and item is not None and item.has_keys
                                       and item.db_id == self.session.db_id)

    # ---- settings -----------------------------------------------------------------------
    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("バックアップの保存先を選ぶ"),
                                                self.folder.text())

    def _show_cloud_warning(self, text: str) -> None:
        text = text.strip()
        self.folder_warning.show_error(
            (cloud_warning(text, current_language()) or "") if text else "")

    def choose_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)
            self.settings_success.hide()

    def save(self) -> None:
        for label in (*self.errors.values(), self.settings_error):
            label.clear_error()
        self.settings_success.hide()
        try:
            saved = backup.save_backup_settings(self.session, backup.BackupSettings(
                self.folder.text() or None, self.keep.value(), self.warn_days.value()))
        except ValidationError as exc:
            for e in exc.errors:
                (self.errors.get(e.field) or self.settings_error).show_error(
                    e.message(current_language()))
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, database errors
            self.settings_error.show_error(error_message(exc))
            return
        self.saved_folder = saved.folder
        self.folder.setText(saved.folder or "")
        self.settings_success.setText(self.tr("保存しました。"))
        self.settings_success.show()
        self.saved.emit()
        self.load_list()

    # ---- 今すぐバックアップ ---------------------------------------------------------------
    def _set_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))

    def backup_now(self) -> None:
        if self.running or not self.session.is_open:
            return
        self.error.clear_error()
        if self.folder.text() != (self.saved_folder or ""):
            self.error.show_error(self.tr("保存先を変えたときは、先に「保存」を押してください。"))
            return
        self.running = True
        self.backup_button.setEnabled(False)
        self.result.hide()
        self.progress.setValue(0)
        self.progress.show()
        session, relay = self.session, self._progress
        run_task(lambda: backup.make_backup(session, trigger="manual",
                                            progress=relay.changed.emit),
                 self._backed_up, owner=self)

    def _backed_up(self, info, error) -> None:
        self.running = False
        self.backup_button.setEnabled(True)
        self.progress.hide()
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.result.setText(self.tr("バックアップを作りました：{name}（{size}）").format(
            name=info.path.name, size=size_text(info.size)))
        self.result.show()
        if self.session.is_open:
            self._show_last(backup.backup_status(self.session))
        self.load_list()
        self.backed_up.emit(info)

    # ---- 復元 ---------------------------------------------------------------------------
    def restore_selected(self) -> None:
        item = self.selected()
        if item is None or not self.admin:
            return
        self.restore_error.clear_error()
        self.restore_dialog = RestoreDialog(self.session, item.path, self)
        accepted = self.restore_dialog.exec() == QDialog.DialogCode.Accepted
        prepared = self.restore_dialog.prepared
        self.restore_dialog.deleteLater()
        self.restore_dialog = None
        if not accepted or prepared is None:
            if prepared is not None:
                restore.cancel_restore(prepared)
            return
        self.finish(prepared)

    def finish(self, prepared: restore.PreparedRestore) -> None:
        """Swap the files in (renames only) once no background task uses the database."""
        tasks.drain()
        try:
            result = restore.finish_restore(prepared, self.session)
        except Exception as exc:  # noqa: BLE001 - file system errors
            self.restore_error.show_error(error_message(exc))
            if not self.session.is_open:
                self.restored.emit(None)      # closed meanwhile: back to the unlock screen
            return
        self.restored.emit(result)

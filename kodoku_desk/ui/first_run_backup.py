"""First run, step 5 「バックアップ」: where the automatic backups go (may be skipped).

A USB drive or a network folder is suggested; a folder inside OneDrive / Dropbox /
Google Drive / iCloud gets the cloud warning.  The folder is stored by the dialog
through :mod:`kodoku_desk.services.backup_settings` when the user finishes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kodoku_desk.paths import cloud_warning
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.widgets import FieldError, field_box, hint


def removable_folder() -> str:
    """A likely USB drive to start the folder dialog in ("" when none is mounted)."""
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if root.startswith(("/media/", "/run/media/", "/Volumes/")):
            return root
    return ""


class BackupStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("バックアップの保存先"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr(
            "パソコンが壊れたり盗まれたりしても記録が残るよう、暗号化したバックアップを別の装置に"
            "自動で作ります。USBメモリーや事務所のネットワーク上のフォルダーを選んでください。"))
        intro.setObjectName("Subtitle")
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("まだ選ばれていません"))
        self.choose_button = QPushButton(self.tr("フォルダーを選ぶ…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(self.choose_button)
        self.warning = FieldError()
        self.error = FieldError()
        self.folder.textChanged.connect(self._changed)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("保存先"), field_box(
            row, hint(self.tr("バックアップは、いまと同じパスフレーズで開けます。"
                              "つながりデスクを閉じるときと、開いている間は1日に1回作ります。")),
            self.warning, self.error))
        later = hint(self.tr("いま決めなくてもかまいません。「あとで設定する」を押すと、"
                             "「設定 › バックアップ」で選べます。それまでホームに注意が出ます。"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addStretch(1)
        self.setFocusProxy(self.folder)

    def folder_text(self) -> str:
        return self.folder.text().strip()

    def _changed(self, text: str) -> None:
        self.error.clear_error()
        text = text.strip()
        self.warning.show_error((cloud_warning(text, current_language()) or "") if text else "")

    def ask_folder(self) -> str:
        start = self.folder_text() or removable_folder() or str(Path.home())
        return QFileDialog.getExistingDirectory(self, self.tr("バックアップの保存先を選ぶ"), start)

    def choose_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)
            self.folder.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem(self) -> str:
        """"" when the folder can be used (or none was given)."""
        text = self.folder_text()
        if text and not Path(text).is_dir():
            return self.tr("そのフォルダーが見つかりません。USBメモリーがつながっているか確かめるか、"
                           "別のフォルダーを選んでください。")
        return ""

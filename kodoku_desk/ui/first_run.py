"""First run: a short guided setup in one dialog, five steps.

1 団体 (name, 年度の開始月, 地区) › 2 管理者 (first user, passphrase, data file) ›
3 作成 (the database is created in the background with those settings) ›
4 回復キー (shown once, printable) › 5 バックアップ (folder, or 「あとで設定する」).

戻る / 次へ at the bottom; Enter in a field is 次へ (Ctrl+Enter in the 地区 box), and
each step is checked before moving on, with the message next to the field.  Nothing
is written before step 3; once the database exists there is no way back (steps 1–2
are done).  Step 1 also offers 「まずはサンプルデータで試す」: a separate sample
database (:mod:`kodoku_desk.services.sample_data`) is built with progress and opened
instead — the real file is not created.

``opened(session)`` is emitted when the setup is finished (or the sample is open);
``open_existing(path)`` when the user picks an existing database file.  ``kdf`` is
handed to ``create_database`` (None: calibrate to this computer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from kodoku_desk.ui import settings
from kodoku_desk.ui.first_run_admin import AdminStep
from kodoku_desk.ui.first_run_backup import BackupStep
from kodoku_desk.ui.first_run_org import OrgStep
from kodoku_desk.ui.first_run_steps import ProgressRelay, StepIndicator, WorkingStep
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import code_message, error_code, error_message
from kodoku_desk.ui.recovery_page import RecoveryKeyPage
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import link_button

ORG, ADMIN, CREATE, RECOVERY, BACKUP, SAMPLE = range(6)


class FirstRunDialog(QDialog):
    opened = Signal(object)
    open_existing = Signal(object)

    def __init__(self, db_path: Path, *, kdf=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kdf = kdf
        self.session = None
        self.busy = False
        self.is_sample = False
        self.setWindowTitle(self.tr("つながりデスク — はじめての設定"))
        self.setMinimumSize(760, 600)

        self.org_step = OrgStep(self)
        self.org_step.try_sample.connect(self.start_sample)
        self.org_step.open_existing.connect(self._choose_existing)
        self.admin_step = AdminStep(db_path, self)
        self.create_step = WorkingStep(
            self.tr("データベースの作成"),
            self.tr("記録を暗号化して保存するデータベースを作っています。"
                    "パスフレーズから鍵を作るため、少し時間がかかります。"), self)
        self.recovery_page = RecoveryKeyPage(self)
        self.recovery_page.continue_button.hide()       # the dialog's 次へ instead
        self.recovery_page.stored.toggled.connect(self._update_buttons)
        self.backup_step = BackupStep(self)
        self.sample_step = WorkingStep(
            self.tr("サンプルデータ"),
            self.tr("架空の当事者や見守り記録が入ったお試し用のデータベースを、本番とは別のファイルに"
                    "作っています。実際の方の情報は入力しないでください。"), self)
        self.pages = QStackedWidget(self)
        for page in (self.org_step, self.admin_step, self.create_step, self.recovery_page,
                     self.backup_step, self.sample_step):
            self.pages.addWidget(page)
        self.steps = StepIndicator([self.tr("団体"), self.tr("管理者"), self.tr("作成"),
                                    self.tr("回復キー"), self.tr("バックアップ")], self)

        self.back_button = QPushButton(self.tr("戻る"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.skip_button = link_button(self.tr("あとで設定する"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip_backup)
        self.next_button = QPushButton(self.tr("次へ"))
        self.next_button.setObjectName("Primary")
        self.next_button.setDefault(True)               # Enter in a field moves on
        self.next_button.clicked.connect(self.next)
        self.org_step.next_requested.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 22)
        layout.setSpacing(8)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._refresh_sample_link()
        self.go(ORG)

    # ---- compatibility with callers that knew the one-page form ----------------------------
    @property
    def db_path(self) -> Path:
        return self.admin_step.db_path

    def current(self) -> int:
        return self.pages.currentIndex()

    # ---- navigation -----------------------------------------------------------------------
    def go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.steps.setVisible(index != SAMPLE)
        if index != SAMPLE:
            self.steps.set_step(index)
        self._update_buttons()
        page = self.pages.currentWidget()
        if index in (ORG, ADMIN, BACKUP):
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == RECOVERY:
            self.recovery_page.stored.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self, *_args) -> None:
        index = self.current()
        working = index in (CREATE, SAMPLE)
        self.back_button.setVisible(index in (ADMIN,) or (index == SAMPLE and not self.busy))
        self.back_button.setEnabled(not self.busy)
        self.next_button.setVisible(not working)
        self.skip_button.setVisible(index == BACKUP)
        self.next_button.setText({ADMIN: self.tr("データベースを作成"),
                                  BACKUP: self.tr("完了")}.get(index, self.tr("次へ")))
        self.next_button.setEnabled(not self.busy and (
            index != RECOVERY or self.recovery_page.stored.isChecked()))

    def next(self) -> None:
        if self.busy or not self.next_button.isVisible() or not self.next_button.isEnabled():
            return
        index = self.current()
        if index == ORG and self.validate_org():
            self.go(ADMIN)
        elif index == ADMIN:
            self.submit()
        elif index == RECOVERY and self.recovery_page.stored.isChecked():
            self.go(BACKUP)
        elif index == BACKUP:
            self.finish()

    def back(self) -> None:
        if self.busy:
            return
        if self.current() in (ADMIN, SAMPLE):
            self.go(ORG)

    # ---- step 1 ---------------------------------------------------------------------------
    def validate_org(self) -> bool:
        from kodoku_desk.services.organization import check_organization, parse_district_lines

        step = self.org_step
        problems: dict[str, str] = {}
        for problem in check_organization(step.name(), step.fiscal_month(),
                                          parse_district_lines(step.district_text())):
            problems.setdefault(problem.field, problem.message(current_language()))
        for name, label in step.errors.items():
            label.show_error(problems.get(name, ""))
        if problems:
            step.focus_field(next(iter(problems)))
        return not problems

    def districts(self) -> list[str]:
        from kodoku_desk.services.organization import parse_district_lines

        return parse_district_lines(self.org_step.district_text())

    def _choose_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("データベースを開く"), str(self.db_path.parent),
            self.tr("つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)"))
        if chosen:
            self.open_existing.emit(Path(chosen))

    # ---- step 2 → 3: create ---------------------------------------------------------------
    def validate(self) -> bool:
        """Check the administrator step; messages next to the fields.  True when all is well."""
        from kodoku_desk.services.database import check_username

        problems = self.admin_step.problems(check_username=check_username,
                                            code_message=code_message,
                                            error_message=error_message)
        self.admin_step.show_problems(problems)
        return not problems

    def submit(self) -> None:
        if self.busy:
            return
        if not self.validate_org():     # (only when called directly: 次へ checked it)
            self.go(ORG)
            self.validate_org()
            return
        if not self.validate():
            return
        from kodoku_desk.services.database import create_database

        step = self.admin_step
        path, kdf = self.db_path, self.kdf
        org, month, districts = self.org_step.name(), self.org_step.fiscal_month(), self.districts()
        name, user = step.display_name.text().strip(), step.username.text().strip()
        passphrase = step.passphrase.text()
        self._set_busy(True)
        self.go(CREATE)
        self.create_step.start(self.tr("データベースを作成しています。しばらくお待ちください…"))
        run_task(lambda: create_database(path, org_name=org, admin_username=user,
                                         admin_display_name=name, passphrase=passphrase,
                                         kdf=kdf, fiscal_year_start_month=month,
                                         districts=districts), self._created, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _created(self, result, error) -> None:
        self._set_busy(False)
        if error is not None:
            code = error_code(error)
            target = {"weak_passphrase": "passphrase", "invalid_username": "username",
                      "db_exists": "path"}.get(code)
            self.go(ADMIN)
            if target:
                self.admin_step.show_problems({target: error_message(error)})
            else:
                self.admin_step.show_problems({"path": error_message(error)})
            return
        self.session, recovery_key = result
        self.admin_step.clear_passphrases()
        settings.put(settings.LAST_DB, str(self.db_path))
        settings.put(settings.LAST_USER, self.session.user.username)
        page = self.recovery_page
        page.org_name = self.org_step.name()
        page.db_file = self.db_path.name
        page.admin_username = self.session.user.username
        page.set_key(recovery_key)
        self.go(RECOVERY)

    # ---- step 5 ---------------------------------------------------------------------------
    def finish(self) -> None:
        """Store the backup folder (when one was given) and open the main window."""
        if self.session is None:
            return
        folder = self.backup_step.folder_text()
        if folder:
            problem = self.backup_step.problem()
            if problem:
                self.backup_step.error.show_error(problem)
                self.backup_step.folder.setFocus()
                return
            from kodoku_desk.services.backup_settings import BackupSettings, save_backup_settings

            try:
                save_backup_settings(self.session, BackupSettings(folder=folder))
            except Exception as exc:  # noqa: BLE001 - shown next to the field
                self.backup_step.error.show_error(error_message(exc))
                return
        self._open()

    def skip_backup(self) -> None:
        if self.session is not None and not self.busy:
            self._open()

    def _open(self) -> None:
        session, self.session = self.session, None
        self.opened.emit(session)
        self.accept()

    # ---- 「まずはサンプルデータで試す」 --------------------------------------------------------
    def _refresh_sample_link(self) -> None:
        from kodoku_desk.services.sample_data import sample_path

        self.org_step.set_sample_exists(sample_path(self.db_path).exists())

    def start_sample(self) -> None:
        if self.busy:
            return
        from kodoku_desk.services.sample_data import open_sample

        real, kdf = self.db_path, self.kdf
        relay = ProgressRelay(self)
        relay.changed.connect(self.sample_step.progress)
        self._set_busy(True)
        self.go(SAMPLE)
        self.sample_step.start(self.tr("準備しています…"), busy=False)
        run_task(lambda: open_sample(real, progress=relay.changed.emit, kdf=kdf),
                 self._sample_opened, owner=self)

    def _sample_opened(self, session, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.sample_step.fail(self.tr("サンプルデータを用意できませんでした：{reason}").format(
                reason=error_message(error)))
            self._refresh_sample_link()
            return
        self.is_sample = True
        self.session = session
        self._open()

    # ---- closing --------------------------------------------------------------------------
    def reject(self) -> None:  # Esc and the window's close button
        if self.busy:
            return
        if self.session is not None:
            answer = QMessageBox.question(
                self, self.tr("設定を中断"),
                self.tr("回復キーは二度と表示されません。保管せずに閉じますか？")
                if self.current() == RECOVERY else
                self.tr("データベースは作成済みです。次回からはパスフレーズで開けます。閉じますか？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.session.close()
            self.session = None
        super().reject()

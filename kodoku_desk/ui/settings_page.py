"""設定: tabs for 利用者, 団体, 自分のパスフレーズ, ロックと記憶, 集計の秘匿基準, 監査ログ and バックアップ.

Administrators see every tab; staff 自分のパスフレーズ and バックアップ (read-only
settings, 「今すぐバックアップ」); volunteers only 自分のパスフレーズ (with a line
saying who manages the rest).  The services refuse the administrators' functions
to anyone else whatever this page shows.

Signals: ``settings_changed`` after the lock or suppression settings were saved
(the window re-reads the auto-lock minutes); ``users_changed`` after an account
was added or changed (lists of workers may need reloading); ``restored(result)``
after a backup was restored — the session is closed then and the app must show the
unlock screen; ``backed_up(info)`` after a backup made from the tab.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kodoku_desk.ui.audit_tab import AuditTab
from kodoku_desk.ui.backup_tab import BackupTab
from kodoku_desk.ui.lock_tab import LockTab, SuppressionTab
from kodoku_desk.ui.organization_tab import OrganizationTab
from kodoku_desk.ui.passphrase_tab import PassphraseTab
from kodoku_desk.ui.users_tab import UsersTab


class SettingsPage(QWidget):
    settings_changed = Signal()
    users_changed = Signal()
    restored = Signal(object)     # RestoreResult (or None): show the unlock screen
    backed_up = Signal(object)    # BackupInfo

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("PageContent")
        self._loaded: set[QWidget] = set()
        self._scrolls: dict[QWidget, QScrollArea] = {}   # tab -> the scroll area around it
        title = QLabel(self.tr("設定"))
        title.setObjectName("PageTitle")
        self.note = QLabel()
        self.note.setObjectName("Subtitle")
        self.note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.users_tab = self.lock_tab = self.suppression_tab = self.audit_tab = None
        self.organization_tab: OrganizationTab | None = None
        self.passphrase_tab = PassphraseTab(session)
        self.backup_tab: BackupTab | None = None
        if session.user.role in ("admin", "staff"):
            self.backup_tab = BackupTab(session)
            self.backup_tab.restored.connect(self.restored)
            self.backup_tab.backed_up.connect(self.backed_up)
        if session.user.is_admin:
            self.organization_tab = OrganizationTab(session)
            self.users_tab = UsersTab(session)
            self.lock_tab = LockTab(session)
            self.suppression_tab = SuppressionTab(session)
            self.audit_tab = AuditTab(session)
            self._add_tab(self.users_tab, self.tr("利用者"))
            self._add_tab(self.organization_tab, self.tr("団体"))
            self._add_tab(self.passphrase_tab, self.tr("自分のパスフレーズ"))
            self._add_tab(self.lock_tab, self.tr("ロックと記憶"))
            self._add_tab(self.suppression_tab, self.tr("集計の秘匿基準"))
            self._add_tab(self.audit_tab, self.tr("監査ログ"))
            self._add_tab(self.backup_tab, self.tr("バックアップ"))
            self.users_tab.changed.connect(self.users_changed)
            self.lock_tab.saved.connect(self.settings_changed)
            # 記憶したパソコン: each tab shows the other's changes when it is shown next
            self.lock_tab.saved.connect(lambda: self._loaded.discard(self.passphrase_tab))
            self.lock_tab.devices.revoked.connect(
                lambda: self._loaded.discard(self.passphrase_tab))
            self.passphrase_tab.devices_changed.connect(
                lambda: self._loaded.discard(self.lock_tab))
            self.suppression_tab.saved.connect(self.settings_changed)
            self.backup_tab.saved.connect(self.settings_changed)
            self.organization_tab.saved.connect(self.settings_changed)
            self.note.hide()
        else:
            self._add_tab(self.passphrase_tab, self.tr("自分のパスフレーズ"))
            if self.backup_tab is not None:
                self._add_tab(self.backup_tab, self.tr("バックアップ"))
            self.note.setText(self.tr("団体の設定、利用者の管理、自動ロック、集計の基準、監査ログは管理者だけが"
                                      "設定できます。変更が必要なときは管理者に相談してください。"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

    def _add_tab(self, tab: QWidget, title: str) -> None:
        """Each tab scrolls: a small window shows part of it rather than squeezed fields."""
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(tab)
        tab.setAutoFillBackground(False)   # setWidget turns it on: keep the page's colour
        self._scrolls[tab] = scroll
        self.tabs.addTab(scroll, title)

    def current_tab(self) -> QWidget | None:
        scroll = self.tabs.currentWidget()
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(self._scrolls.get(tab, tab))

    def refresh(self) -> None:
        """Reload what the current tab shows (call when the page is shown)."""
        self._loaded.discard(self.current_tab())
        self._tab_changed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._tab_changed()  # the first tab loads when the page is first shown

    def _tab_changed(self, *_args) -> None:
        tab = self.current_tab()
        if tab in self._loaded or not self.session.is_open:
            return
        self._loaded.add(tab)
        if tab is self.users_tab or tab is self.audit_tab:
            tab.refresh()
        elif tab is self.lock_tab or tab is self.suppression_tab or tab is self.passphrase_tab:
            tab.load()
        elif tab is self.backup_tab or tab is self.organization_tab:
            tab.load()

"""Main window: navigation on the left, one page at a time, status bar with who is signed in."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from kodoku_desk.services.dashboard import organization_name
from kodoku_desk.services.sample_data import is_sample
from kodoku_desk.ui import i18n, tasks
from kodoku_desk.ui.formatting import code_label
from kodoku_desk.ui.directory_page import DirectoryPage
from kodoku_desk.ui.followups_page import FollowUpsPage
from kodoku_desk.ui.home_page import HomePage
from kodoku_desk.ui.people_section import PeopleSection
from kodoku_desk.ui.reports_page import ReportsPage
from kodoku_desk.ui.places_section import PlacesSection
from kodoku_desk.ui.settings_page import SettingsPage
from kodoku_desk.ui.visits_page import VisitsPage

PAGE_IDS = ("home", "people", "visits", "places", "follow_ups", "directory", "reports",
            "settings")


class MainWindow(QMainWindow):
    """Owns the session while shown; closing the window closes the session (``closed``).

    ``lock_requested`` (Ctrl+L, the ロック button): the controller then closes
    this window and shows the lock screen; :meth:`view_state` /
    :meth:`restore_view` bring the same page back after unlocking.
    """

    closed = Signal()
    lock_requested = Signal()
    settings_changed = Signal()    # organisation settings saved (e.g. the auto-lock time)
    create_real_requested = Signal()   # sample data: 「本番のデータベースを作る」

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.org_name = organization_name(session)
        self.sample = is_sample(session)
        self._set_title()
        self.resize(1180, 800)
        self.setMinimumSize(QSize(900, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("Nav")
        self.nav.setFixedWidth(230)
        self.nav.setAccessibleName(self.tr("メニュー"))
        self.pages = QStackedWidget()
        self.home = HomePage(session)
        self.people = PeopleSection(session)
        self.follow_ups = FollowUpsPage(session)
        self.visits = VisitsPage(session)
        self.directory = DirectoryPage(session)
        self.places = PlacesSection(session)
        self.settings = SettingsPage(session)
        self.reports = ReportsPage(session)
        self.settings.settings_changed.connect(self.settings_changed.emit)
        self.settings.settings_changed.connect(self._refresh_title)
        for _page_id, title, page in (
                ("home", self.tr("ホーム"), self.home),
                ("people", self.tr("当事者"), self.people),
                ("visits", self.tr("見守り記録"), self.visits),
                ("places", self.tr("居場所"), self.places),
                ("follow_ups", self.tr("フォローアップ"), self.follow_ups),
                ("directory", self.tr("関係機関"), self.directory),
                ("reports", self.tr("レポート"), self.reports),
                ("settings", self.tr("設定"), self.settings)):
            self._add_page(title, page)
        self.people.visit_saved.connect(self._after_visit)
        self.visits.visit_saved.connect(self._after_visit)
        self.visits.open_person.connect(self.open_person)
        self.places.open_person.connect(self.open_person)
        self.places.changed.connect(self.home.refresh)
        self.follow_ups.open_person.connect(self.open_person)
        self.home.open_person.connect(self.open_person)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)

        self.lock_button = QPushButton(self.tr("ロック"))
        self.lock_button.setObjectName("NavButton")
        self.lock_button.setToolTip(self.tr("離席するときは画面をロックします（Ctrl+L）"))
        self.lock_button.clicked.connect(self.lock_requested.emit)
        side = QWidget()
        side.setObjectName("NavPanel")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setFixedWidth(230)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 12)
        side_box.setSpacing(0)
        side_box.addWidget(self.nav, 1)
        side_box.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignHCenter)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        self.sample_banner = self._sample_banner() if self.sample else None
        if self.sample_banner is not None:
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.sample_banner)
            column.addWidget(self.pages, 1)
            row.addLayout(column, 1)
        else:
            row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.home.refresh()

    def _set_title(self) -> None:
        title = self.tr("つながりデスク") + (f" — {self.org_name}" if self.org_name else "")
        if self.sample:
            title += self.tr("（お試し用データ）")
        self.setWindowTitle(title)

    def _refresh_title(self) -> None:
        """After 設定 › 団体 was saved: the title shows the (new) organisation name."""
        try:
            self.org_name = organization_name(self.session)
        except Exception:  # noqa: BLE001 - a closed session: keep the old title
            return
        self._set_title()
        if getattr(self, "org_label", None) is not None:
            self.org_label.setText(self.org_name)

    def _sample_banner(self) -> QWidget:
        """Sample data: say so on every page, and offer to create the real database."""
        banner = QWidget()
        banner.setObjectName("SampleBanner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner.setStyleSheet("QWidget#SampleBanner { background: #fff4d6; "
                             "border-bottom: 2px solid #e0a800; }")
        text = QLabel(self.tr("お試し用のサンプルデータです。登場する人や記録はすべて架空です。"
                              "実際の方の情報は入力しないでください。"))
        text.setWordWrap(True)
        text.setStyleSheet("color: #5c4400; font-weight: bold;")
        self.create_real_button = QPushButton(self.tr("本番のデータベースを作る…"))
        self.create_real_button.setObjectName("Primary")
        self.create_real_button.clicked.connect(self.create_real_requested.emit)
        line = QHBoxLayout(banner)
        line.setContentsMargins(20, 10, 20, 10)
        line.addWidget(text, 1)
        line.addWidget(self.create_real_button)
        return banner

    def _add_page(self, title: str, page: QWidget) -> None:
        index = self.pages.addWidget(page)
        item = QListWidgetItem(title)
        item.setToolTip(f"{title} (Ctrl+{index + 1})")
        item.setSizeHint(QSize(200, 52))
        self.nav.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("ファイル(&F)"))
        self.lock_action = QAction(self.tr("ロック(&L)"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        file_menu.addAction(self.lock_action)
        self.addAction(self.lock_action)
        if self.sample:
            create_real = QAction(self.tr("本番のデータベースを作る(&N)…"), self)
            create_real.triggered.connect(self.create_real_requested.emit)
            file_menu.addAction(create_real)
        quit_action = QAction(self.tr("終了(&X)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("移動(&G)"))
        self.page_actions: list[QAction] = []
        for index in range(self.nav.count()):
            action = QAction(self.nav.item(index).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            go_menu.addAction(action)
            self.addAction(action)  # shortcut works even when the menu bar is hidden
            self.page_actions.append(action)

        language_menu = self.menuBar().addMenu(self.tr("言語(&L)"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _checked=False, code=lang: self.choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[lang] = action

    def _build_status_bar(self) -> None:
        user = self.session.user
        role = code_label("role", user.role)
        self.user_label = QLabel(self.tr("{name}（{username}）・{role}").format(
            name=user.display_name, username=user.username, role=role))
        self.org_label = QLabel(self.org_name)
        self.statusBar().addWidget(self.org_label)
        self.statusBar().addPermanentWidget(self.user_label)

    def show_page(self, index: int) -> None:
        if 0 <= index < self.pages.count():
            self.nav.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        page = self.pages.widget(index)
        if page is self.follow_ups:
            self.follow_ups.refresh()
        elif page is self.settings:
            self.settings.refresh()
        elif page is self.places:
            self.places.refresh()
        elif page is self.directory:
            self.directory.refresh()
        elif page is self.visits:
            self.visits.refresh()
            self.visits.focus_search()
        elif page is self.people and self.people.currentWidget() is self.people.list_page:
            self.people.list_page.focus_search()

    def open_person(self, person_id: str) -> None:
        self.show_page(PAGE_IDS.index("people"))
        self.people.open_person(person_id)

    def _after_visit(self) -> None:
        """Every page that shows contacts is reloaded after a visit is stored."""
        self.home.refresh()
        self.follow_ups.refresh()
        if self.sender() is self.visits:
            self.people.list_page.refresh()
            if self.people.person_page.person_id:
                self.people.person_page.refresh()
        else:
            self.visits.refresh()

    def current_page_id(self) -> str:
        return PAGE_IDS[self.pages.currentIndex()]

    def view_state(self) -> dict:
        """What is on screen (page, person), to show again after a lock."""
        state = {"page": self.current_page_id()}
        if self.people.currentWidget() is self.people.person_page:
            state["person_id"] = self.people.person_page.person_id
        if self.places.currentWidget() is self.places.checkin_page:
            state["checkin_session_id"] = self.places.checkin_page.session_id
        return state

    def restore_view(self, state: dict) -> None:
        page = state.get("page")
        if page in PAGE_IDS:
            self.show_page(PAGE_IDS.index(page))
        if page == "people" and state.get("person_id"):
            self.people.open_person(state["person_id"])
        if page == "places" and state.get("checkin_session_id"):
            self.places.show_checkin(state["checkin_session_id"])

    def close_for_lock(self, reason: str) -> None:
        """Record the lock, close the session and this window (no personal data stays)."""
        tasks.drain()   # no query may run while the engine is disposed
        if self.session.is_open:
            try:
                with self.session.engine.begin() as conn:
                    self.session.audit(conn, "lock", detail={"reason": reason})
            finally:
                self.session.close()
        self.close()

    def choose_language(self, lang: str) -> None:
        i18n.save_language(lang)
        if lang == i18n.current_language():
            return
        self.language_notice = QMessageBox(
            QMessageBox.Icon.Information, self.tr("言語"),
            self.tr("表示言語の変更は、つながりデスクを次に起動したときに反映されます。"),
            QMessageBox.StandardButton.Ok, self)
        self.language_notice.open()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        tasks.drain()
        if self.session.is_open:
            self.session.close()
        super().closeEvent(event)
        self.closed.emit()

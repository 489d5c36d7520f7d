"""Person page: header, profile, staff-only part and one timeline, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QBoxLayout, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models import frequency
from kodoku_desk.models.person_detail import AssignmentRole, PersonDetail
from kodoku_desk.models.wareki import age_on, format_wareki
from kodoku_desk.services.assessments import TrendPoint, loneliness_trend
from kodoku_desk.services.people import get_person_detail
from kodoku_desk.services import code_lists
from kodoku_desk.services.timeline import TimelineEntry, person_timeline
from kodoku_desk.ui.formatting import code_label, short_date
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.person_layout import FactsLine, FlowLayout
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.timeline_model import EntryRole, TimelineModel
from kodoku_desk.ui.trend_chart import LonelinessTrendChart
from kodoku_desk.ui.widgets import BusyBar, FieldError

@dataclass(frozen=True, slots=True)
class PersonPageData:
    detail: PersonDetail | None
    timeline: list[TimelineEntry]
    today: date
    district_label: str = ""
    trend: tuple[TrendPoint, ...] = ()   # staff only


def load_person_page(session, person_id: str) -> PersonPageData:
    today = date.today()
    detail = get_person_detail(session, person_id, today=today)
    timeline = person_timeline(session, person_id, today=today) if detail else []
    district = ""
    if detail and detail.person.district_code:
        district = code_lists.label(code_lists.lists_for(session, ["district"]), "district",
                                    detail.person.district_code)
    trend = ()
    if detail and detail.staff is not None:   # assessments are staff-only records
        trend = tuple(loneliness_trend(session, person_id))
    return PersonPageData(detail, timeline, today, district, trend)


SIDE_WIDTH = 330
TIMELINE_MIN_WIDTH = 460    # narrower than this beside the cards: the timeline goes below them
TIMELINE_MIN_HEIGHT = 320   # below the cards


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PersonPage(QWidget):
    """Emits what the user asks for; :class:`PeopleSection` opens the dialogs."""

    log_visit = Signal(str)
    edit_person = Signal(str)
    assess = Signal(str)            # person id
    refer = Signal(str)             # person id
    edit_referral = Signal(str)     # referral id (a timeline entry's record_id)
    disclose = Signal(str)          # person id: 本人開示 PDF
    back = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: str | None = None
        self.data: PersonPageData | None = None
        self.loading = False
        self._reload = False

        self.name_label = QLabel()
        self.name_label.setObjectName("PageTitle")
        self.kana_label = QLabel()
        self.kana_label.setObjectName("Subtitle")
        self.badge = QLabel()
        self.badge.setObjectName("Badge")
        self.facts = FactsLine()
        self.visit_button = QPushButton(self.tr("見守りを記録"))
        self.visit_button.setObjectName("Primary")
        self.visit_button.setShortcut(QKeySequence("Ctrl+R"))
        self.visit_button.setToolTip(self.tr("この方の見守りを記録します（Ctrl+R）"))
        self.visit_button.clicked.connect(lambda: self.person_id and self.log_visit.emit(self.person_id))
        self.edit_button = QPushButton(self.tr("編集"))
        self.edit_button.clicked.connect(lambda: self.person_id and self.edit_person.emit(self.person_id))
        self.assess_button = QPushButton(self.tr("アセスメント"))
        self.assess_button.setToolTip(self.tr("孤独感の評価（UCLA孤独感尺度ほか）を記録します"))
        self.assess_button.clicked.connect(lambda: self.person_id and self.assess.emit(self.person_id))
        self.refer_button = QPushButton(self.tr("つなぎを記録"))
        self.refer_button.setToolTip(self.tr("関係機関への紹介（つなぎ）を記録します"))
        self.refer_button.clicked.connect(lambda: self.person_id and self.refer.emit(self.person_id))
        self.disclose_button = QPushButton(self.tr("本人開示（PDF）"))
        self.disclose_button.setToolTip(self.tr(
            "本人からの開示請求（個人情報保護法第33条）に応じて、この方の記録をすべてPDFにします"))
        self.disclose_button.clicked.connect(
            lambda: self.person_id and self.disclose.emit(self.person_id))
        self.share_button = QPushButton(self.tr("支援会議用の情報提供…"))
        self.share_button.setToolTip(self.tr(
            "孤独・孤立対策地域協議会の構成機関等に、必要な項目だけをパスワード付きのPDFで渡します"
            "（第三者提供記録に残ります）"))
        self.share_button.clicked.connect(self.open_share_dialog)
        self.share_dialog = None
        for button in (self.assess_button, self.refer_button, self.disclose_button,
                       self.share_button):
            button.hide()   # staff only: shown with the staff part of the page
        self.back_button = QPushButton(self.tr("一覧へ戻る"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(self.tr("当事者の一覧に戻ります（Alt+←）"))
        self.back_button.clicked.connect(self.back.emit)

        # the name and the badge, and the action buttons, wrap rather than squeeze
        name_box = QWidget()
        name_line = QHBoxLayout(name_box)
        name_line.setContentsMargins(0, 0, 0, 0)
        name_line.addWidget(self.name_label)
        name_line.addWidget(self.kana_label, 0, Qt.AlignmentFlag.AlignBottom)
        name_row = FlowLayout(h_spacing=12, v_spacing=4)
        name_row.addWidget(name_box)
        name_row.addWidget(self.badge)
        actions = QWidget()
        action_flow = FlowLayout(actions, align_right=True)
        for button in (self.share_button, self.disclose_button, self.edit_button,
                       self.assess_button, self.refer_button, self.visit_button):
            action_flow.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addSpacing(16)
        buttons.addWidget(actions, 1)
        self.busy_bar = BusyBar()
        self.error = FieldError()

        # profile panel
        self.address = _value_label()
        self.emergency = _value_label()
        self.household = _value_label()
        self.support = _value_label()
        self.consent = _value_label()
        profile = QFrame()
        profile.setObjectName("Card")
        profile_form = QFormLayout(profile)
        profile_form.setContentsMargins(16, 12, 16, 12)
        profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        title = QLabel(self.tr("基本情報"))
        title.setObjectName("CardTitle")
        profile_form.addRow(title)
        profile_form.addRow(self.tr("住所"), self.address)
        profile_form.addRow(self.tr("緊急連絡先"), self.emergency)
        profile_form.addRow(self.tr("世帯類型"), self.household)
        profile_form.addRow(self.tr("支援区分"), self.support)
        profile_form.addRow(self.tr("同意"), self.consent)

        self.care_level = _value_label()
        self.medical = _value_label()
        self.disability = _value_label()
        self.staff_note = _value_label()
        self.staff_panel = QFrame()
        self.staff_panel.setObjectName("Card")
        staff_form = QFormLayout(self.staff_panel)
        staff_form.setContentsMargins(16, 12, 16, 12)
        staff_title = QLabel(self.tr("職員のみ閲覧"))
        staff_title.setObjectName("CardTitle")
        staff_form.addRow(staff_title)
        staff_form.addRow(self.tr("要介護度"), self.care_level)
        staff_form.addRow(self.tr("病歴"), self.medical)
        staff_form.addRow(self.tr("障害"), self.disability)
        staff_form.addRow(self.tr("職員用メモ"), self.staff_note)
        self.staff_panel.hide()

        self.trend_panel = QFrame()
        self.trend_panel.setObjectName("Card")
        trend_box = QVBoxLayout(self.trend_panel)
        trend_box.setContentsMargins(16, 12, 16, 12)
        trend_title = QLabel(self.tr("孤独感の推移（UCLA 3～12点）"))
        trend_title.setObjectName("CardTitle")
        self.trend_chart = LonelinessTrendChart()
        self.trend_summary = QLabel()
        self.trend_summary.setObjectName("Hint")
        self.trend_summary.setWordWrap(True)
        trend_box.addWidget(trend_title)
        trend_box.addWidget(self.trend_chart)
        trend_box.addWidget(self.trend_summary)
        self.trend_panel.hide()

        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(profile)
        side.addWidget(self.staff_panel)
        side.addWidget(self.trend_panel)
        side.addStretch(1)
        self.side_widget = QWidget()
        self.side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        self.side_widget.setFixedWidth(SIDE_WIDTH)

        # timeline
        timeline_title = QLabel(self.tr("これまでの記録（新しい順）"))
        timeline_title.setObjectName("CardTitle")
        timeline_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model = TimelineModel(self)
        self.timeline = QTableView()
        self.timeline.setModel(self.model)
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setShowGrid(False)
        self.timeline.setAccessibleName(self.tr("これまでの記録"))
        self.timeline.doubleClicked.connect(self._open_entry)
        header = self.timeline.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TimelineModel.WHEN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TimelineModel.KIND, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TimelineModel.RECORD, QHeaderView.ResizeMode.Stretch)
        self.timeline.setColumnWidth(TimelineModel.WHEN, 140)
        self.timeline.setColumnWidth(TimelineModel.KIND, 165)
        self.timeline_note = QLabel(self.tr("まだ記録はありません。"))
        self.timeline_note.setObjectName("Hint")
        self.timeline_note.hide()
        timeline_box = QVBoxLayout()
        timeline_box.addWidget(timeline_title)
        timeline_box.addWidget(self.timeline_note)
        timeline_box.addWidget(self.timeline, 1)

        # the cards beside the timeline; below it when the page is narrow (see resizeEvent)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        self.body.addWidget(self.side_widget, 0)
        self.body.addLayout(timeline_box, 1)

        # everything scrolls: a small window shows part of the page, never squeezed cards
        content = QWidget()
        content.setObjectName("PageContent")
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addLayout(buttons)
        layout.addLayout(name_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addLayout(self.body, 1)
        self.setObjectName("PageContent")
        self.setStyleSheet("QLabel#Badge { padding: 3px 10px; border-radius: 8px; "
                           "font-weight: bold; }"
                           "QLabel#Badge[alert=\"true\"] { background: #a33a1f; color: white; }"
                           "QLabel#Badge[alert=\"false\"] { background: #e3efe6; color: #1e6b3a; }")

    # ---- layout ---------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # the page's own width: the viewport's is not updated yet while the page is hidden
        self._fit_body(self.width() - self.scroll.verticalScrollBar().sizeHint().width())

    def _fit_body(self, width: int) -> None:
        """Cards beside the timeline, or above it when both would not fit side by side."""
        margins = self.scroll.widget().layout().contentsMargins()
        room = width - margins.left() - margins.right()
        stacked = room < SIDE_WIDTH + self.body.spacing() + TIMELINE_MIN_WIDTH
        if stacked == (self.body.direction() == QBoxLayout.Direction.TopToBottom):
            return
        if stacked:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.side_widget.setMinimumWidth(0)
            self.side_widget.setMaximumWidth(16777215)
            self.timeline.setMinimumHeight(TIMELINE_MIN_HEIGHT)
        else:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.side_widget.setFixedWidth(SIDE_WIDTH)
            self.timeline.setMinimumHeight(0)

    def is_stacked(self) -> bool:
        return self.body.direction() == QBoxLayout.Direction.TopToBottom

    # ---- loading --------------------------------------------------------------------------
    def show_person(self, person_id: str) -> None:
        if person_id != self.person_id:
            self.person_id = person_id
            self.data = None
            self._clear()
        self.refresh()

    def refresh(self) -> None:
        """Reload the person and the timeline in the background."""
        if not self.person_id or not self.session.is_open:
            return
        if self.loading:
            self._reload = True
            return
        self.loading = True
        self._reload = False
        self.busy_bar.start()
        session, person_id = self.session, self.person_id
        run_task(lambda: load_person_page(session, person_id),
                 lambda data, error: self._loaded(person_id, data, error), owner=self)

    def _loaded(self, person_id: str, data: PersonPageData | None, error) -> None:
        self.loading = False
        self.busy_bar.stop()
        if self._reload or person_id != self.person_id:
            self.refresh()
            return
        if error is not None:
            message = getattr(error, "message_ja", None) if current_language() == "ja" else None
            self.error.show_error(message or error_message(error))
            return
        if data.detail is None:
            self.error.show_error(self.tr("この当事者は見つかりません。削除された可能性があります。"))
            return
        self.error.clear_error()
        self.data = data
        self._show(data)

    def _clear(self) -> None:
        for label in (self.name_label, self.kana_label, self.badge, self.facts, self.address,
                      self.emergency, self.household, self.support, self.consent):
            label.setText("")
        self.badge.hide()
        self.staff_panel.hide()
        self.trend_panel.hide()
        self.model.set_entries([])

    # ---- showing --------------------------------------------------------------------------
    def _show(self, data: PersonPageData) -> None:
        p, today = data.detail.person, data.today
        self.name_label.setText(p.full_name)
        self.kana_label.setText(p.full_kana)
        facts = []
        if p.birth_date:
            facts.append(self.tr("{age}歳（{birth}生まれ）").format(
                age=age_on(p.birth_date, today), birth=format_wareki(p.birth_date)))
        if p.district_code:
            district = (self.data.district_label if self.data else "") or p.district_code
            facts.append(self.tr("地区：{district}").format(district=district))
        if p.phone:
            facts.append(self.tr("電話：{phone}").format(phone=p.phone))
        if p.visit_frequency:
            facts.append(self.tr("見守り：{frequency}").format(
                frequency=code_label("visit_frequency", p.visit_frequency)))
        facts.append(self.tr("状況：{status}").format(status=code_label("person_status", p.status)))
        workers = [a.worker_name + (f"（{AssignmentRole.parse(a.role).label(current_language())}）"
                                    if AssignmentRole.parse(a.role) else "")
                   for a in data.detail.current_assignments(today)]
        # one piece per worker: the line may wrap between two names, never inside one
        mark = "\x00"
        assigned = self.tr("担当：{workers}").format(
            workers=mark.join(workers) if workers else self.tr("なし")).split(mark)
        facts.append([piece + ("、" if n < len(assigned) - 1 else "")
                      for n, piece in enumerate(assigned)])
        self.facts.set_facts(facts)
        self._show_badge(data)

        self.address.setText(p.address.one_line() or "—")
        e = p.emergency
        self.emergency.setText(" ".join(x for x in (e.name, f"（{e.relation}）" if e.relation else "",
                                                     e.phone) if x) or "—")
        self.household.setText(code_label("household_type", p.household_type) or "—")
        self.support.setText("、".join(code_label("support_category", c)
                                      for c in p.support_categories) or "—")
        self.consent.setText(self._consent_text(data))
        staff = data.detail.staff
        self.staff_panel.setVisible(staff is not None)
        self.trend_panel.setVisible(staff is not None)
        self.assess_button.setVisible(staff is not None)
        self.refer_button.setVisible(staff is not None)
        self.disclose_button.setVisible(staff is not None)
        self.share_button.setVisible(staff is not None)
        self.trend_chart.set_points(list(data.trend))
        self.trend_summary.setText(self.trend_chart.summary_text() if data.trend else "")
        self.trend_summary.setVisible(bool(data.trend))
        if staff is not None:
            self.care_level.setText(staff.care_level or "—")
            self.medical.setText(staff.medical_history or "—")
            self.disability.setText(staff.disability_note or "—")
            self.staff_note.setText(staff.staff_note or "—")

        self.model.set_entries(data.timeline)
        self.timeline.resizeRowsToContents()
        self.timeline_note.setVisible(not data.timeline)
        self.timeline.scrollToTop()

    def open_share_dialog(self) -> None:
        """支援会議用の情報提供 (staff only, like the button)."""
        if self.data is None or self.data.detail is None or self.data.detail.staff is None:
            return
        from kodoku_desk.ui.share_dialog import ShareDialog

        person = self.data.detail.person
        self.share_dialog = ShareDialog(self.session, person.id, self, person_name=person.full_name)
        self.share_dialog.open()

    def _open_entry(self, index) -> None:
        """Double-click on a つなぎ entry: record how it turned out."""
        entry = self.model.data(self.model.index(index.row(), 0), EntryRole)
        staff = self.data is not None and self.data.detail.staff is not None
        if entry is not None and entry.kind == "referral" and staff:
            self.edit_referral.emit(entry.record_id)

    def last_contact(self) -> date | None:
        if self.data is None:
            return None
        return next((e.at.date() for e in self.data.timeline if e.kind == "visit"), None)

    def _show_badge(self, data: PersonPageData) -> None:
        p, today = data.detail.person, data.today
        last = self.last_contact()
        registered = p.registered_on or today
        overdue = 0
        if p.status == "active" and p.visit_frequency and frequency.has_interval(p.visit_frequency):
            overdue = frequency.days_overdue(last, registered, p.visit_frequency, today)
        if overdue > 0:
            text = self.tr("連絡が %n 日遅れています", "", overdue)
        elif last is None:
            text = self.tr("連絡の記録なし")
        else:
            text = self.tr("最後の連絡：{date}").format(date=short_date(last))
        if last is not None and overdue > 0:
            text += self.tr("（最後の連絡：{date}）").format(date=short_date(last))
        self.badge.setText(text)
        self.badge.setProperty("alert", overdue > 0)
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        self.badge.show()

    def _consent_text(self, data: PersonPageData) -> str:
        consents = data.detail.consents
        if not consents:
            return self.tr("記録なし")
        c = consents[0]
        scopes = "、".join(code_label("consent_scope", s) for s in c.scopes)
        parts = [short_date(c.consented_on) if c.consented_on else "",
                 code_label("consent_method", c.method), scopes]
        text = " ".join(x for x in parts if x)
        if c.withdrawn_on:
            text += self.tr("（{date}に撤回）").format(date=short_date(c.withdrawn_on))
        if len(consents) > 1:
            text += self.tr("　ほか %n 件", "", len(consents) - 1)
        return text

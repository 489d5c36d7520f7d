"""関係機関の名簿 (相談窓口・関係機関): the directory the つなぎ dialog chooses from.

A thin table model over the service's list, a filter proxy (種類 and text), and
追加／編集／使用をやめる.  Retiring keeps the entry (old referrals still name it)
but it is no longer offered as a つなぎ先.  Staff only: a volunteer sees a message.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from kodoku_desk.models.records import Organization
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import NotPermitted, is_volunteer
from kodoku_desk.services.referrals import list_organizations, update_organization
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.organization_dialog import OrganizationDialog, in_kind_order
from kodoku_desk.ui.organizations_model import OrganizationsFilter, OrganizationsModel, OrgRole
from kodoku_desk.ui.record_form import add_code_items
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar, FieldError


class DirectoryPage(QWidget):
    """The directory; :attr:`changed` is emitted after an entry was added, edited or retired."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loading = False
        self._reload = False
        self._select_id: str | None = None
        self.is_denied = False
        self.kind_labels: dict[str, str] = {}
        self.setObjectName("PageContent")

        title = QLabel(self.tr("関係機関の名簿"))
        title.setObjectName("PageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("Subtitle")
        self.denied = QLabel()
        self.denied.setObjectName("Subtitle")
        self.denied.setWordWrap(True)
        self.denied.hide()

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("すべての種類"), None)
        self.kind_filter.setAccessibleName(self.tr("種類で絞り込み"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("名称・電話番号・担当者で絞り込み"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(420)
        self.show_retired = QCheckBox(self.tr("使用をやめた機関も表示"))
        self.add_button = QPushButton(self.tr("追加"))
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("編集"))
        self.retire_button = QPushButton(self.tr("使用をやめる"))
        self.retire_button.setToolTip(self.tr("つなぎ先として選べなくします（これまでの記録は残ります）"))
        self.controls = QWidget()
        filters = QHBoxLayout(self.controls)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_retired)
        filters.addStretch(1)
        for widget in (self.add_button, self.edit_button, self.retire_button):
            filters.addWidget(widget)

        self.model = OrganizationsModel(self)
        self.proxy = OrganizationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("関係機関の一覧"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((OrganizationsModel.NAME, 290), (OrganizationsModel.KIND, 190),
                              (OrganizationsModel.PHONE, 145), (OrganizationsModel.CONTACT, 200),
                              (OrganizationsModel.COUNCIL, 105)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(OrganizationsModel.NOTE, QHeaderView.ResizeMode.Stretch)

        self.empty_note = QLabel()
        self.empty_note.setObjectName("Hint")
        self.empty_note.hide()
        self.busy_bar = BusyBar()
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        for widget in (title, self.count_label, self.denied, self.controls, self.busy_bar,
                       self.error, self.success, self.empty_note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)

        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.show_retired.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_organization)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.proxy.layoutChanged.connect(self._selection_changed)
        self._selection_changed()
        if is_volunteer(session):
            self._deny(self.tr("関係機関の名簿はスタッフ・管理者だけが扱えます。"
                               "ボランティアのアカウントでは利用できません。"))

    # ---- loading --------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        if not self.session.is_open or self.is_denied:
            return
        if self.loading:
            self._reload = True
            return
        self.loading = True
        self._reload = False
        self.busy_bar.start()
        session = self.session
        active_only = not self.show_retired.isChecked()

        def load():
            orgs = list_organizations(session, active_only=active_only)
            return orgs, code_lists.lists_for(session, ["org_kind"])

        run_task(load, self._loaded, owner=self)

    def _loaded(self, result, error) -> None:
        if not shiboken6.isValid(self.busy_bar):  # the page was closed meanwhile
            return
        self.loading = False
        self.busy_bar.stop()
        if self._reload:
            self.refresh()
            return
        if isinstance(error, NotPermitted):
            self._deny(error_message(error))
            return
        if error is not None:
            self.error.show_error(error_message(error))
            return
        self.error.clear_error()
        orgs, lists = result
        kinds = lists.get("org_kind")
        self.kind_labels = dict(kinds.choices(current_language())) if kinds else {}
        self._fill_kind_filter(kinds)
        self.model.set_rows(in_kind_order(orgs, kinds), self.kind_labels)
        self._after_change()

    def _fill_kind_filter(self, kinds) -> None:
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("すべての種類"), None)
        add_code_items(self.kind_filter, kinds, current_language(), current)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(current), 0))
        self.kind_filter.blockSignals(False)

    def _apply_filter(self, *_args) -> None:
        self.proxy.set_filter(self.kind_filter.currentData(), self.search.text())
        self._after_change()

    def _after_change(self) -> None:
        rows, shown = self.model.rowCount(), self.proxy.rowCount()
        active = sum(1 for o in self.model.rows if o.active)
        text = self.tr("使用中 %n 件", "", active)
        if rows != active:
            text += self.tr("・使用停止 %n 件", "", rows - active)
        if shown != rows:
            text += self.tr("（表示 %n 件）", "", shown)
        self.count_label.setText(text)
        if not rows:
            self.empty_note.setText(self.tr("名簿に機関はまだありません。「追加」から登録してください。"))
        else:
            self.empty_note.setText(self.tr("条件に合う機関はありません。"))
        self.empty_note.setVisible(shown == 0)
        self.table.setVisible(shown > 0)
        if self._select_id is not None:
            self.select_organization(self._select_id)
            self._select_id = None
        self._selection_changed()

    def _deny(self, message: str) -> None:
        if self.is_denied:
            return
        self.is_denied = True
        self.denied.setText(message)
        self.denied.show()
        for widget in (self.controls, self.table, self.count_label, self.empty_note):
            widget.hide()
        self.layout().addStretch(1)

    # ---- selection ------------------------------------------------------------------------
    def selected(self) -> Organization | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], OrgRole) if indexes else None

    def select_organization(self, org_id: str) -> bool:
        row = self.model.row_of(org_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args) -> None:
        org = self.selected()
        self.edit_button.setEnabled(org is not None)
        self.retire_button.setEnabled(org is not None)
        self.retire_button.setText(self.tr("使用を再開する") if org is not None and not org.active
                                   else self.tr("使用をやめる"))

    def _double_clicked(self, index: QModelIndex) -> None:
        org = self.proxy.data(index, OrgRole)
        if org is not None:
            self.edit_organization(org)

    # ---- actions --------------------------------------------------------------------------
    def make_dialog(self, org: Organization | None) -> OrganizationDialog:
        return OrganizationDialog(self.session, org, self)

    def add_organization(self) -> None:
        self._run_dialog(None)

    def edit_selected(self) -> None:
        org = self.selected()
        if org is not None:
            self.edit_organization(org)

    def edit_organization(self, org: Organization) -> None:
        self._run_dialog(org)

    def _run_dialog(self, org: Organization | None) -> None:
        dialog = self.make_dialog(org)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_org is not None:
            saved = dialog.saved_org
            self._done(saved, self.tr("「{name}」を追加しました。") if org is None
                       else self.tr("「{name}」を保存しました。"))
        dialog.deleteLater()

    def confirm_retire(self, org: Organization) -> bool:
        answer = QMessageBox.question(
            self, self.tr("使用をやめる"),
            self.tr("「{name}」の使用をやめますか？\nつなぎ先として選べなくなります。"
                    "これまでのつなぎの記録はそのまま残ります。").format(name=org.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def retire_selected(self) -> None:
        org = self.selected()
        if org is None:
            return
        if org.active and not self.confirm_retire(org):
            return
        try:
            saved = update_organization(self.session, replace(org, active=not org.active))
        except Exception as exc:  # noqa: BLE001 - not permitted, not found, database errors
            self.error.show_error(error_message(exc))
            return
        self._done(saved, self.tr("「{name}」の使用をやめました。") if org.active
                   else self.tr("「{name}」の使用を再開しました。"))

    def _done(self, org: Organization, message: str) -> None:
        self.error.clear_error()
        self.success.setText(message.format(name=org.name))
        self.success.show()
        self._select_id = org.id
        self.refresh()
        self.changed.emit()

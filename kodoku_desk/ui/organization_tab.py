"""設定 › 団体 (administrators): organisation name, 年度の開始月 and the 地区 list.

Saved together in one transaction by
:func:`kodoku_desk.services.organization.save_organization` (audited).  ``saved``
is emitted after a successful save (the window title shows the name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services import organization
from kodoku_desk.ui.district_editor import DistrictEditor
from kodoku_desk.ui.first_run_org import month_combo
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.widgets import FieldError, field_box, hint


class OrganizationTab(QWidget):
    saved = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = hint(self.tr("団体名はウィンドウの題名、レポート、回復キーの用紙に出ます。"
                             "年度の開始月は、年度ごとの集計とレポートの区切りになります。"))
        self.name = QLineEdit()
        self.name.setMaxLength(organization.MAX_NAME_CHARS)
        self.month = month_combo(self)
        self.month.setMaximumWidth(160)
        self.districts = DistrictEditor(self)
        self.errors = {key: FieldError() for key in
                       ("name", "fiscal_year_start_month", "districts")}
        self.name.textEdited.connect(self._edited)
        self.month.activated.connect(self._edited)
        self.districts.changed.connect(self._edited)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("団体名"), field_box(self.name, self.errors["name"]))
        form.addRow(self.tr("年度の開始月"), field_box(
            self.month, hint(self.tr("ふつうは4月です。定款で事業年度が違う月から始まる団体は、その月を選びます。")),
            self.errors["fiscal_year_start_month"]))
        form.addRow(self.tr("地区"), field_box(
            self.districts,
            hint(self.tr("集計の単位になる地区です。名前を選んで「名前を変更」するか、そのまま入力すると"
                         "変えられます。記録で使われている地区は削除せず、使用をやめます。")),
            self.errors["districts"]))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.error = FieldError()
        self.success = QLabel()
        self.success.setObjectName("Success")
        self.success.setWordWrap(True)
        self.success.hide()
        save_row = QHBoxLayout()
        save_row.addWidget(self.success, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        box = QWidget()
        box.setMaximumWidth(900)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(intro)
        column.addLayout(form, 1)
        column.addWidget(self.error)
        column.addLayout(save_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(box, 1)

    def load(self) -> None:
        try:
            current = organization.organization_settings(self.session)
        except Exception as exc:  # noqa: BLE001 - a closed or damaged database
            self.error.show_error(error_message(exc))
            return
        self.name.setText(current.name)
        self.month.setCurrentIndex(self.month.findData(current.fiscal_year_start_month))
        self.districts.set_districts(current.districts)
        for label in (*self.errors.values(), self.error):
            label.clear_error()

    def _edited(self, *_args) -> None:
        self.success.hide()

    def save(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.clear_error()
        self.success.hide()
        new = organization.OrganizationSettings(
            name=self.name.text().strip(), fiscal_year_start_month=int(self.month.currentData()),
            districts=tuple(self.districts.districts()))
        try:
            result = organization.save_organization(self.session, new)
        except ValidationError as exc:
            for problem in exc.errors:
                (self.errors.get(problem.field) or self.error).show_error(
                    problem.message(current_language()))
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, database errors
            self.error.show_error(error_message(exc))
            return
        self.name.setText(result.settings.name)
        self.districts.set_districts(result.settings.districts)
        parts = []
        if result.added:
            parts.append(self.tr("%n件の地区を追加", "", result.added))
        if result.renamed:
            parts.append(self.tr("%n件の名前を変更", "", result.renamed))
        if result.retired:
            parts.append(self.tr("%n件の使用を終了", "", result.retired))
        if result.restored:
            parts.append(self.tr("%n件を再び使用", "", result.restored))
        if result.deleted:
            parts.append(self.tr("%n件を削除", "", result.deleted))
        if parts:
            self.success.setText(self.tr("保存しました（{changes}）。").format(
                changes=self.tr("、", "separator between list items").join(parts)))
        else:
            self.success.setText(self.tr("保存しました。"))
        self.success.show()
        self.saved.emit()

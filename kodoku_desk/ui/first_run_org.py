"""First run, step 1 「団体」: welcome, organisation name, 年度の開始月, 地区 list.

Also offers 「まずはサンプルデータで試す」 (``try_sample``) and 「既存のデータベースを開く…」
(``open_existing``).  The 地区 box takes one name per line (Enter makes a new line,
Tab leaves the box, Ctrl+Enter goes on to the next step); it may stay empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from kodoku_desk.ui.widgets import FieldError, field_box, hint, link_button

FIELDS = ("name", "fiscal_year_start_month", "districts")


def month_combo(parent: QWidget) -> QComboBox:
    """「1月」…「12月」 with the month number as data."""
    combo = QComboBox(parent)
    for month in range(1, 13):
        combo.addItem(QCoreApplication.translate("MonthCombo", "{month}月").format(month=month),
                      month)
    combo.setCurrentIndex(3)  # April, the usual 年度
    return combo


class OrgStep(QWidget):
    try_sample = Signal()
    open_existing = Signal()
    next_requested = Signal()      # Ctrl+Enter in the 地区 box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("つながりデスクへようこそ"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr("はじめに、団体のことを教えてください。あとから「設定 › 団体」で変えられます。"))
        intro.setObjectName("Subtitle")
        intro.setWordWrap(True)

        self.org = QLineEdit()
        self.org.setPlaceholderText(self.tr("例：NPO法人つながりの会"))
        self.month = month_combo(self)
        self.month.setMaximumWidth(160)
        self.districts = QPlainTextEdit()
        self.districts.setTabChangesFocus(True)
        self.districts.setPlaceholderText(self.tr("例：\n中央地区\n東小学校区\n北部民生委員地区"))
        self.districts.setFixedHeight(120)
        self.districts.installEventFilter(self)
        self.errors = {name: FieldError() for name in FIELDS}
        self.org.textEdited.connect(self.errors["name"].clear_error)
        self.districts.textChanged.connect(self.errors["districts"].clear_error)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("団体名"), field_box(self.org, self.errors["name"]))
        form.addRow(self.tr("年度の開始月"), field_box(
            self.month, hint(self.tr("集計やレポートの「年度」が始まる月です。ふつうは4月です。")),
            self.errors["fiscal_year_start_month"]))
        form.addRow(self.tr("地区"), field_box(
            self.districts,
            hint(self.tr("集計に使う地区（小学校区や民生委員の担当地区など）を1行に1つ入れます。"
                         "空のままでもかまいません。Ctrl+Enter で次へ進みます。")),
            self.errors["districts"]))

        self.sample_button = link_button(self.tr("まずはサンプルデータで試す"))
        self.sample_button.setToolTip(self.tr(
            "架空の当事者や記録が入ったお試し用のデータベースを別のファイルに作って開きます。"
            "本番のデータベースはあとで作れます。"))
        self.sample_button.setAutoDefault(False)
        self.sample_button.clicked.connect(self.try_sample)
        self.existing_button = link_button(self.tr("既存のデータベースを開く…"))
        self.existing_button.setAutoDefault(False)
        self.existing_button.clicked.connect(self.open_existing)
        links = QHBoxLayout()
        links.addWidget(self.sample_button)
        links.addWidget(self.existing_button)
        links.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(links)
        self.setFocusProxy(self.org)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.districts and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.next_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def set_sample_exists(self, exists: bool) -> None:
        self.sample_button.setText(self.tr("サンプルデータを開く") if exists
                                   else self.tr("まずはサンプルデータで試す"))

    def name(self) -> str:
        return self.org.text().strip()

    def fiscal_month(self) -> int:
        return int(self.month.currentData())

    def district_text(self) -> str:
        return self.districts.toPlainText()

    def focus_field(self, name: str) -> None:
        {"name": self.org, "fiscal_year_start_month": self.month,
         "districts": self.districts}.get(name, self.org).setFocus(Qt.FocusReason.OtherFocusReason)

"""Pieces of the check-in screen: the session header and the choice of role and 区分
for the next check-in.

:class:`NextCheckin`: 参加者 (F2) / ボランティア (F3) / スタッフ (F4) as large toggle
buttons, and 「区分：自動」 or one of the 参加者区分 (F6 / Shift+F6 step through
them).  Both go back to 参加者 and 自動 after each check-in (:meth:`reset`), so a
volunteer's role never sticks to the next child at the door.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.ui.checkin_model import code_text
from kodoku_desk.ui.checkin_style import repolish
from kodoku_desk.ui.formatting import long_date

ROLE_KEYS = {"participant": "F2", "volunteer": "F3", "staff": "F4"}
DEFAULT_ROLE = "participant"


class SessionHeader(QWidget):
    """「← 戻る」, the place's name and the session's day, time and activity form."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("← 戻る"))
        self.back_button.setToolTip(self.tr("開催の一覧に戻ります（Alt+←）"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back.emit)
        self.title = QLabel(self.tr("受付"))
        self.title.setObjectName("PageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Subtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)

    def show_roster(self, roster, labels: dict) -> None:
        s = roster.session
        self.title.setText(self.tr("{place}　受付").format(place=roster.place_name))
        parts = [long_date(s.held_on) if s.held_on else ""]
        if s.start_time or s.end_time:
            start = f"{s.start_time:%H:%M}" if s.start_time else ""
            end = f"{s.end_time:%H:%M}" if s.end_time else ""
            parts.append(f"{start}〜{end}")
        if s.activity_form:
            parts.append(code_text(labels, "activity_form", s.activity_form))
        if s.venue:
            parts.append(self.tr("会場：{venue}").format(venue=s.venue))
        self.subtitle.setText("　".join(p for p in parts if p))

    def show_missing(self) -> None:
        self.title.setText(self.tr("受付"))
        self.subtitle.setText("")


class NextCheckin(QWidget):
    """Role and 参加者区分 for the next check-in; ``changed`` when either changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self.role_row = QHBoxLayout()
        self.role_row.setSpacing(4)
        self.category = QComboBox()
        self.category.setObjectName("CheckinCategory")
        self.category.setAccessibleName(self.tr("次に受付する方の参加者区分"))
        self.category.setToolTip(self.tr("「自動」は生年月日と前回の区分から決めます。"
                                         "F6 で次の区分、Shift+F6 で前の区分"))
        self.category.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        caption = QLabel(self.tr("次の受付："))
        caption.setObjectName("CardTitle")
        roles = QHBoxLayout()
        roles.setSpacing(10)
        roles.addWidget(caption)
        roles.addLayout(self.role_row)
        roles.addStretch(1)
        category = QHBoxLayout()
        category.addWidget(self.category)
        category.addStretch(1)
        # one row; two rows when the text is enlarged and the row does not fit
        self.flow = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.flow.setSpacing(10)
        self.flow.addLayout(roles)
        self.flow.addLayout(category, 1)
        self._parts = (roles, category)
        self.shortcuts: list[QShortcut] = []
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.step_category(s))
            self.shortcuts.append(shortcut)

    def set_choices(self, roles: list[tuple[str, str]], categories: list[tuple[str, str]]) -> None:
        if not self.buttons:
            for code, label in roles:
                keys = ROLE_KEYS.get(code)
                button = QPushButton(f"{label} {keys}" if keys else label)
                button.setObjectName("Role")
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.setToolTip(self.tr("次の受付を「{role}」として記録します").format(role=label)
                                  + (f"（{keys}）" if keys else ""))
                button.toggled.connect(lambda on: on and self.changed.emit())
                self.group.addButton(button)
                self.role_row.addWidget(button)
                self.buttons[code] = button
                if keys:
                    shortcut = QShortcut(QKeySequence(keys), self)
                    shortcut.activated.connect(lambda c=code: self.set_role(c))
                    self.shortcuts.append(shortcut)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("区分：自動"), "")
        for code, label in categories:
            self.category.addItem(self.tr("区分：{category}").format(category=label), code)
        self.category.setCurrentIndex(max(self.category.findData(current or ""), 0))
        self.category.blockSignals(False)
        if self.group.checkedButton() is None:
            self.set_role(DEFAULT_ROLE)
        self.updateGeometry()
        self._fit(self.width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the wider of the two parts (they then stack, see resizeEvent)."""
        hint = super().minimumSizeHint()
        return QSize(max(part.minimumSize().width() for part in self._parts), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit(event.size().width())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:   # e.g. the buttons got their style
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        needed = sum(part.sizeHint().width() for part in self._parts) + self.flow.spacing()
        direction = (QBoxLayout.Direction.LeftToRight if width >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if self.flow.direction() != direction:
            self.flow.setDirection(direction)

    def role(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), DEFAULT_ROLE)

    def set_role(self, code: str) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)

    def chosen_category(self) -> str | None:
        """The chosen 参加者区分, or None for 自動."""
        return self.category.currentData() or None

    def set_category(self, code: str | None) -> None:
        self.category.setCurrentIndex(max(self.category.findData(code or ""), 0))

    def step_category(self, step: int) -> None:
        count = self.category.count()
        if count:
            self.category.setCurrentIndex((self.category.currentIndex() + step) % count)

    def reset(self) -> None:
        self.set_role(DEFAULT_ROLE)
        self.set_category(None)

    def focus_chain(self) -> list[QWidget]:
        return [*self.buttons.values(), self.category]


class StatusLine(QLabel):
    """What just happened, in large type: ok (green), warn (amber), error (red) or neutral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckinStatus")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("受付の結果"))

    def say(self, text: str, kind: str) -> None:
        self.setText(text)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            repolish(self)


class KeysCard(QFrame):
    """The keys of the screen, listed where a volunteer can look them up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        title = QLabel(self.tr("キー操作"))
        title.setObjectName("CardTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(1)
        entries = (("Enter", self.tr("選んだ方を受付")), ("↑ ↓", self.tr("候補を選ぶ")),
                   ("Esc", self.tr("検索を消す")), ("Ctrl+Z", self.tr("元に戻す")),
                   ("Ctrl+N", self.tr("新しい参加者")), ("F2 F3 F4", self.tr("役割")),
                   ("F6", self.tr("区分")), ("Alt+←", self.tr("戻る")))
        half = (len(entries) + 1) // 2
        for index, (keys, action) in enumerate(entries):
            key_label = QLabel(keys)
            key_label.setObjectName("KeyName")
            text = QLabel(action)
            text.setObjectName("KeyHint")
            row, column = index % half, (index // half) * 2
            grid.addWidget(key_label, row, column)
            grid.addWidget(text, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 8, 14, 10)
        box.setSpacing(4)
        box.addWidget(title)
        box.addLayout(grid)

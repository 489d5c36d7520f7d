"""The live counters of the check-in screen: totals in big numbers, and one walk-in
counter (匿名の参加者) per 参加者区分 with large − / + buttons.

Keyboard: Alt+1 … Alt+7 add one to the 1st … 7th 区分, Alt+Shift+1 … 7 take one
away (the number is shown in front of each 区分); Tab reaches every button.
The panel only asks (:attr:`walkin_change`); the page writes and then shows the
stored numbers with :meth:`set_counts`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.services.checkin import RosterCounts
from kodoku_desk.ui.checkin_style import COUNTER_BUTTON

MAX_SHORTCUTS = 9


def plus_keys(position: int) -> str:
    return f"Alt+{position}"


def minus_keys(position: int) -> str:
    return f"Alt+Shift+{position}"


class _WalkinRow:
    """One 区分: its name, − / number / +, and Alt+n / Alt+Shift+n (texts from the panel)."""

    def __init__(self, panel: CountersPanel, position: int, code: str, label: str,
                 texts: dict[str, str]) -> None:
        self.code = code
        self.label = label
        self.name = QLabel(f"{position}  {label}" if position <= MAX_SHORTCUTS else label)
        self.name.setObjectName("WalkinLabel")
        self.detail = QLabel()
        self.detail.setObjectName("KeyHint")
        self.value = QLabel("0")
        self.value.setObjectName("WalkinValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setMinimumWidth(56)
        self.value.setAccessibleName(texts["value"])
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for button, plus in ((self.minus, False), (self.plus, True)):
            button.setObjectName("Counter")
            button.setProperty("plus", plus)
            button.setAutoDefault(False)
            button.setFixedSize(COUNTER_BUTTON + 8, COUNTER_BUTTON - 12)
        keys = position <= MAX_SHORTCUTS
        self.minus.setToolTip(texts["minus"] + (f"（{minus_keys(position)}）" if keys else ""))
        self.plus.setToolTip(texts["plus"] + (f"（{plus_keys(position)}）" if keys else ""))
        self.minus.setAccessibleName(texts["minus"])
        self.plus.setAccessibleName(texts["plus"])
        self.minus.clicked.connect(lambda: panel.walkin_change.emit(code, -1))
        self.plus.clicked.connect(lambda: panel.walkin_change.emit(code, 1))
        if keys:
            for sequence, delta in ((plus_keys(position), 1), (minus_keys(position), -1)):
                shortcut = QShortcut(QKeySequence(sequence), panel)
                shortcut.activated.connect(lambda d=delta: panel.walkin_change.emit(code, d))
                panel.shortcuts.append(shortcut)
        self.count = 0

    def set_counts(self, walkins: int, detail: str, writable: bool) -> None:
        self.count = walkins
        self.value.setText(str(walkins))
        self.minus.setEnabled(writable and walkins > 0)
        self.plus.setEnabled(writable)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))   # an empty line would make every row taller


class CountersPanel(QWidget):
    """Totals and walk-in counters; ``walkin_change(category, +1 / −1)`` asks for a change."""

    walkin_change = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shortcuts: list[QShortcut] = []
        self.rows: list[_WalkinRow] = []
        self.totals: dict[str, QLabel] = {}
        self.writable = True

        totals_card = QFrame()
        totals_card.setObjectName("Card")
        totals_box = QVBoxLayout(totals_card)
        totals_box.setContentsMargins(14, 10, 14, 12)
        totals_box.setSpacing(4)
        title = QLabel(self.tr("いまの人数"))
        title.setObjectName("CardTitle")
        totals_box.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        tiles = (("participants", self.tr("参加者（延べ）")), ("registered", self.tr("うち登録")),
                 ("walkins", self.tr("うち匿名")), ("volunteers", self.tr("ボランティア")),
                 ("staff", self.tr("スタッフ")), ("total", self.tr("全員")))
        for index, (key, text) in enumerate(tiles):
            label = QLabel(text)
            label.setObjectName("TotalLabel")
            value = QLabel("0")
            value.setObjectName("TotalValue")
            value.setProperty("main", key in ("participants", "total"))
            value.setAccessibleName(text)
            row, column = divmod(index, 3)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(value, row * 2 + 1, column)
            self.totals[key] = value
        totals_box.addLayout(grid)

        walkin_card = QFrame()
        walkin_card.setObjectName("Card")
        self.walkin_box = QVBoxLayout(walkin_card)
        self.walkin_box.setContentsMargins(14, 10, 14, 10)
        self.walkin_box.setSpacing(4)
        walkin_title = QLabel(self.tr("名簿にない参加者（匿名）"))
        walkin_title.setObjectName("CardTitle")
        keys = QLabel(self.tr("＋ Alt+番号 ／ − Alt+Shift+番号"))
        keys.setObjectName("KeyHint")
        keys.setWordWrap(True)
        self.walkin_box.addWidget(walkin_title)
        self.walkin_box.addWidget(keys)
        self.walkin_grid = QGridLayout()
        self.walkin_grid.setHorizontalSpacing(8)
        self.walkin_grid.setVerticalSpacing(3)
        self.walkin_box.addLayout(self.walkin_grid)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(totals_card)
        layout.addWidget(walkin_card)

    def set_categories(self, choices: list[tuple[str, str]]) -> None:
        """One counter per (code, label), in this order; built once."""
        if [(r.code, r.label) for r in self.rows] == list(choices):
            return
        for row in self.rows:
            for widget in (row.name, row.detail, row.minus, row.value, row.plus):
                widget.deleteLater()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts, self.rows = [], []
        for position, (code, label) in enumerate(choices, start=1):
            row = _WalkinRow(self, position, code, label, {
                "value": self.tr("{category}の匿名参加者数").format(category=label),
                "minus": self.tr("{category}を1人減らす").format(category=label),
                "plus": self.tr("{category}を1人増やす").format(category=label)})
            names = QVBoxLayout()
            names.setSpacing(0)
            names.addWidget(row.name)
            names.addWidget(row.detail)
            buttons = QHBoxLayout()
            buttons.setSpacing(6)
            buttons.addWidget(row.minus)
            buttons.addWidget(row.value)
            buttons.addWidget(row.plus)
            self.walkin_grid.addLayout(names, position - 1, 0, Qt.AlignmentFlag.AlignVCenter)
            self.walkin_grid.addLayout(buttons, position - 1, 1)
            self.rows.append(row)
        self.walkin_grid.setColumnStretch(0, 1)

    def set_counts(self, counts: RosterCounts) -> None:
        for key, label in self.totals.items():
            label.setText(str(getattr(counts, key)))
        for row in self.rows:
            registered = counts.registered_by_category.get(row.code, 0)
            row.set_counts(counts.walkins_by_category.get(row.code, 0),
                           self.tr("登録 {n}人").format(n=registered) if registered else "",
                           self.writable)

    def walkin(self, code: str) -> int:
        """The shown walk-in count of ``code``."""
        return next((r.count for r in self.rows if r.code == code), 0)

    def total(self, key: str) -> int:
        return int(self.totals[key].text())

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        for row in self.rows:
            row.plus.setEnabled(writable)
            row.minus.setEnabled(writable and row.count > 0)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(writable)

    def focus_chain(self) -> list[QWidget]:
        return [w for r in self.rows for w in (r.minus, r.plus)]

"""The people found at the door, as large buttons: name, reading, suggested 区分 and
常連 / 初めて marks; people already checked in are greyed out with 「受付済み」.

One row is highlighted (↑/↓ from the search box move it, Enter takes it); a click
takes a row at once.  Buttons take no keyboard focus, so the search box keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kodoku_desk.services.checkin import CheckinCandidate
from kodoku_desk.ui.checkin_style import ROW_HEIGHT, repolish

CENTER = Qt.AlignmentFlag.AlignVCenter


def _label(text: str, name: str, kind: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    if kind:
        label.setProperty("kind", kind)
    return label


class CandidateButton(QPushButton):
    """One found person; disabled (with 「受付済み」) when already checked in."""

    def __init__(self, candidate: CheckinCandidate, category: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.setObjectName("Candidate")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(ROW_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("current", False)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.setContentsMargins(0, 0, 0, 0)
        self.name_label = _label(candidate.full_name, "CandidateName")
        names.addWidget(self.name_label)
        self.kana_label = _label(candidate.full_kana, "CandidateKana")
        names.addWidget(self.kana_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 12, 4)
        row.setSpacing(10)
        row.addLayout(names)
        self.marks: list[str] = []
        if candidate.regular:
            self.marks.append(self.tr("常連"))
            row.addWidget(_label(self.marks[-1], "Badge", "regular"), 0, CENTER)
        if not candidate.visited_before:
            self.marks.append(self.tr("初めて"))
            row.addWidget(_label(self.marks[-1], "Badge", "first"), 0, CENTER)
        elif candidate.last_attended_on is not None and not candidate.checked_in:
            day = candidate.last_attended_on
            row.addWidget(_label(self.tr("前回 {month}/{day}").format(month=day.month, day=day.day),
                                 "Badge", "last"), 0, CENTER)
        row.addStretch(1)
        if candidate.checked_in:
            self.setEnabled(False)
            row.addWidget(_label(category, "CandidateCategory"), 0, CENTER)
            row.addWidget(_label(self.tr("受付済み"), "Badge", "done"), 0, CENTER)
            self.setToolTip(self.tr("この回はすでに受付済みです"))
        else:
            row.addWidget(_label(category, "CandidateCategory"), 0, CENTER)
            self.setToolTip(self.tr("クリックまたは Enter で受付します"))
        self.setAccessibleName(" ".join(p for p in (
            candidate.full_name, candidate.full_kana, category, *self.marks,
            self.tr("受付済み") if candidate.checked_in else "") if p))

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            repolish(self)


class ResultsList(QScrollArea):
    """The found people; ``chosen(index)`` when one is clicked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("見つかった方"))
        content = QWidget()
        content.setObjectName("PageContent")
        self.box = QVBoxLayout(content)
        self.box.setContentsMargins(0, 0, 4, 0)
        self.box.setSpacing(6)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow, then scroll
        self.note = QLabel()
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.box.addWidget(self.note)
        self.box.addStretch(1)
        self.setWidget(content)
        self.buttons: list[CandidateButton] = []
        self.current = -1

    def candidates(self) -> list[CheckinCandidate]:
        return [b.candidate for b in self.buttons]

    def set_candidates(self, found: list[CheckinCandidate], category_text: Callable[[str], str],
                       note: str = "") -> None:
        self.clear(note)
        for index, candidate in enumerate(found):
            button = CandidateButton(candidate, category_text(candidate.category))
            button.clicked.connect(lambda _checked=False, i=index: self.chosen.emit(i))
            self.box.insertWidget(self.box.count() - 1, button)
            self.buttons.append(button)
        self.set_current(0 if self.buttons else -1)

    def clear(self, note: str = "") -> None:
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        self.current = -1
        self.set_note(note)

    def set_note(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def set_current(self, index: int) -> None:
        self.current = index if 0 <= index < len(self.buttons) else -1
        for i, button in enumerate(self.buttons):
            button.set_current(i == self.current)
        if self.current >= 0:
            self.ensureWidgetVisible(self.buttons[self.current], 0, 8)

    def move(self, step: int) -> None:
        if self.buttons:
            self.set_current(max(0, min(len(self.buttons) - 1, self.current + step)))

    def current_candidate(self) -> CheckinCandidate | None:
        return self.buttons[self.current].candidate if self.current >= 0 else None

"""Layout helpers for the person page: a flow layout and a header line of facts.

:class:`FlowLayout` puts its widgets on one line while they fit and wraps between
widgets (never inside one), so buttons keep their full text and a name is never
split.  :class:`FactsLine` is the 「22歳（…）／ 地区：… ／ 担当：…」 line built from
separate labels in such a flow.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget

SEPARATOR = "　／　"


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the next one does not fit.

    ``align_right``: each line is pushed to the right (for a row of action buttons).
    Items are given their size hint (never less than their minimum size).
    """

    def __init__(self, parent: QWidget | None = None, *, h_spacing: int = 8,
                 v_spacing: int = 8, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        self._align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout API ----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one line."""
        items = self._visible()
        width = sum(self._size(i).width() for i in items) + self._h_spacing * max(0, len(items) - 1)
        height = max((self._size(i).height() for i in items), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest item alone on a line (the height follows from heightForWidth)."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(self._size(item))
        return self._with_margins(size)

    # ---- arranging ------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _size(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = self._size(item).width()
            if lines[-1] and used + self._h_spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._h_spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            sizes = [self._size(item) for item in line]
            line_height = max(s.height() for s in sizes)
            line_width = sum(s.width() for s in sizes) + self._h_spacing * (len(line) - 1)
            x = area.x() + (max(0, area.width() - line_width) if self._align_right else 0)
            if apply:
                for item, size in zip(line, sizes, strict=True):
                    width = min(size.width(), max(0, area.right() + 1 - x))
                    top = y + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, size.height())))
                    x += size.width() + self._h_spacing
            y += line_height + self._v_spacing
        return max(0, y - self._v_spacing - area.y()) + m.top() + m.bottom()


class FactsLine(QWidget):
    """The facts under the name, one label per fact, wrapping only between facts.

    A fact may come in pieces (the workers of 担当): the line may wrap between the
    pieces but never inside one, so a name stays whole.  :meth:`text` is the whole
    line as one string (for tests and the accessible name).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self, h_spacing=0, v_spacing=2)
        self._labels: list[QLabel] = []
        self._text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - like QLabel
        self.set_facts([text] if text else [])

    def set_facts(self, facts: list[str | list[str]]) -> None:
        """``facts``: strings, or lists of pieces that may go on separate lines."""
        for label in self._labels:
            self._flow.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._labels = []
        whole = []
        for n, fact in enumerate(facts):
            pieces = [fact] if isinstance(fact, str) else list(fact)
            whole.append("".join(pieces))
            if n < len(facts) - 1:
                pieces[-1] += SEPARATOR
            for piece in pieces:
                label = QLabel(piece)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._flow.addWidget(label)
                self._labels.append(label)
        self._text = SEPARATOR.join(whole)
        self.setAccessibleName(self._text)
        self.updateGeometry()

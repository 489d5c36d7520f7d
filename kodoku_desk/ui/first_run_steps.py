"""Small parts of the first-run dialog: the step indicator and the "working…" page."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from kodoku_desk.ui.widgets import FieldError


class StepIndicator(QWidget):
    """「2/5 管理者」 and the row of all steps, the current one highlighted."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.current = QLabel()
        self.current.setObjectName("Hint")
        self.current.setAccessibleName(self.tr("手順"))
        self.parts: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 6)
        row.setSpacing(6)
        for number, title in enumerate(titles, start=1):
            if number > 1:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #9aa5b1;")
                row.addWidget(arrow)
            part = QLabel(f"{number} {title}")
            self.parts.append(part)
            row.addWidget(part)
        row.addStretch(1)
        row.addWidget(self.current)
        self.set_step(0)

    def set_step(self, index: int) -> None:
        self.index = index
        self.current.setText(self.tr("{number}/{count} {title}").format(
            number=index + 1, count=len(self.titles), title=self.titles[index]))
        for number, part in enumerate(self.parts):
            if number == index:
                style = ("background: #1f6f9f; color: white; border-radius: 10px; "
                         "padding: 2px 10px; font-weight: bold;")
            elif number < index:
                style = "color: #1e6b3a; padding: 2px 4px;"
            else:
                style = "color: #7b8794; padding: 2px 4px;"
            part.setStyleSheet(style)

    def text(self) -> str:
        return self.current.text()


class ProgressRelay(QObject):
    """Carries a worker thread's progress to the UI thread (a queued signal)."""

    changed = Signal(str, float)


class WorkingStep(QWidget):
    """A title, what is being done, a progress bar (busy or with a fraction), an error line."""

    def __init__(self, title: str, explain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.explain = QLabel(explain)
        self.explain.setObjectName("Subtitle")
        self.explain.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addSpacing(16)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def start(self, status: str, *, busy: bool = True) -> None:
        self.error.clear_error()
        self.status.setText(status)
        self.bar.setRange(0, 0 if busy else 100)
        self.bar.setValue(0)
        self.bar.show()

    def progress(self, status: str, fraction: float) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 100))
        if status:
            self.status.setText(status)

    def fail(self, message: str) -> None:
        self.bar.hide()
        self.status.setText("")
        self.error.show_error(message)

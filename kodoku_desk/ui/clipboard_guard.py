"""Clear personal data this app put on the clipboard, after a while and on lock.

Whenever the clipboard changes while this application owns it, or while one
of its windows is active (platforms without clipboard ownership), the text is
remembered and a timer starts.
When it fires — or when the screen locks — the clipboard is cleared only if
it still holds that same text and we still own it, so something the user
copied from another program later is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

DEFAULT_SECONDS = 60


class ClipboardGuard(QObject):
    def __init__(self, seconds: float = DEFAULT_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clipboard: QClipboard = QApplication.clipboard()
        self.copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.clear)
        self.clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        text = self.clipboard.text()
        ours = self.clipboard.ownsClipboard() or QApplication.activeWindow() is not None
        if ours and text:
            self.copied = text
            self.timer.start()
        else:
            self.copied = None
            self.timer.stop()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what was copied from this app."""
        self.timer.stop()
        if self.copied is not None and self.clipboard.text() == self.copied:
            self.clipboard.clear()
        self.copied = None

"""A new passphrase typed twice, with the policy said next to the field as the user types.

The policy is the vault's (length over complexity, at least eight characters
after NFKC: 全角 and 半角 count the same); the services check it again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from kodoku_desk.services.users import MIN_PASSPHRASE_CHARS, passphrase_length
from kodoku_desk.ui.widgets import PassphraseEdit


class PassphrasePair(QObject):
    """``first`` and ``second`` fields; ``status`` (under ``first``) updates on every key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseEdit()
        self.second = PassphraseEdit()
        self.first.setAccessibleName(self.tr("新しいパスフレーズ"))
        self.second.setAccessibleName(self.tr("新しいパスフレーズ（確認）"))
        self.hint = QLabel(self.policy_text())
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        self.first.edit.textChanged.connect(self._update)
        self._update()

    def policy_text(self) -> str:
        return self.tr("{n}文字以上。記号を混ぜるより、長い文章のような言葉がおすすめです"
                       "（例：さくら通りの朝ごはん）。全角・半角のどちらで入力しても同じに扱います。"
                       ).format(n=MIN_PASSPHRASE_CHARS)

    def _update(self, *_args) -> None:
        count = passphrase_length(self.first.text())
        if not self.first.text():
            self.status.setText("")
            self.status.setObjectName("Hint")
        elif count < MIN_PASSPHRASE_CHARS:
            self.status.setText(self.tr("あと{left}文字必要です（いま{count}文字）。").format(
                left=MIN_PASSPHRASE_CHARS - count, count=count))
            self.status.setObjectName("Hint")
        else:
            self.status.setText(self.tr("✓ {count}文字。この長さなら使えます。").format(count=count))
            self.status.setObjectName("Success")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(self.status.text()))

    def problems(self) -> dict[str, str]:
        """"first"/"second" → message, for what can be told before asking the service."""
        count = passphrase_length(self.first.text())
        if count < MIN_PASSPHRASE_CHARS:
            return {"first": self.tr("{n}文字以上にしてください（いまは{count}文字です）。").format(
                n=MIN_PASSPHRASE_CHARS, count=count)}
        if self.second.text() != self.first.text():
            return {"second": self.tr("確認用のパスフレーズが一致しません。もう一度入力してください。")}
        return {}

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

"""Copying to the clipboard; secrets are wiped after a while if still there."""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard

SECRET_CLEAR_MS = 30_000


class ClipboardGuard(QObject):
    """Puts text on the clipboard; for secrets, clears it after `clear_after_ms`.

    The clipboard is cleared only when it still holds what we put there, so
    something the user copied since is never thrown away.
    """

    def __init__(
        self,
        clipboard: QClipboard,
        clear_after_ms: int = SECRET_CLEAR_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._secret: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=clear_after_ms)
        self._timer.timeout.connect(self.clear_secret)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    @property
    def holds_secret(self) -> bool:
        return self._secret is not None

    def copy(self, text: str) -> None:
        """Copy something that is not secret (a public key, a fingerprint)."""
        self._secret = None
        self._timer.stop()
        self._clipboard.setText(text)

    def copy_secret(self, text: str) -> None:
        self._secret = text
        self._clipboard.setText(text)
        self._timer.start()

    def clear_secret(self) -> None:
        """Wipe now (also on quit) if the clipboard still holds our secret."""
        self._timer.stop()
        if self._secret is not None and self._clipboard.text() == self._secret:
            self._clipboard.clear()
        self._secret = None

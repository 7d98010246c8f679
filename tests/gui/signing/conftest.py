"""Helpers for the signing and encryption GUI tests: simulated drops and unlocking."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeDialogs


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    """What the window receives when files are dragged from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def answer_unlock(dialogs: FakeDialogs, passphrase: str = PASSPHRASE) -> UnlockDialog:
    dialog = dialogs.last(UnlockDialog)
    dialog.passphrase_edit.setText(passphrase)
    dialog.ok_button.click()
    return dialog

"""Secrets on the clipboard are cleared after a while, unless replaced since."""

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from keyfold.gui.base.clipboard import SECRET_CLEAR_MS, ClipboardGuard


def test_default_is_thirty_seconds(qapp: object) -> None:
    assert SECRET_CLEAR_MS == 30_000
    assert ClipboardGuard(QGuiApplication.clipboard()).clear_after_ms == 30_000


def test_a_secret_is_cleared_after_the_timeout(
    qtbot: QtBot, clipboard_guard: ClipboardGuard
) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard_guard.copy_secret("s3cret")
    assert clipboard.text() == "s3cret"
    qtbot.waitUntil(lambda: not clipboard_guard.holds_secret)
    assert clipboard.text() == ""


def test_something_copied_since_is_left_alone(
    qtbot: QtBot, clipboard_guard: ClipboardGuard
) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard_guard.copy_secret("s3cret")
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not clipboard_guard.holds_secret)
    assert clipboard.text() == "the user's own text"


def test_public_text_is_not_cleared(clipboard_guard: ClipboardGuard) -> None:
    clipboard_guard.copy_secret("s3cret")
    clipboard_guard.copy("public key")
    assert not clipboard_guard.holds_secret
    clipboard_guard.clear_secret()
    assert QGuiApplication.clipboard().text() == "public key"

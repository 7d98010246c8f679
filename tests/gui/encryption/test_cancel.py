"""Cancel during encrypt and decrypt: the task stops, nothing is written, the dialog says so."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.encryption.decrypt_dialog import DecryptDialog
from keyfold.gui.encryption.encrypt_dialog import EncryptDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs, held_window


def test_cancel_stops_encrypting_and_writes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
) -> None:
    window, pool = held_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * 200_000)
    window.encryption.encrypt([source])
    pool.run_all()
    dialog = dialogs.last(EncryptDialog)
    dialog.shard_spin.setValue(1)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.busy and pool.waiting
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape while busy stops the task, not the dialog"
    pool.run_all()
    assert not dialog.busy
    assert dialog.error_label.text() == "Stopped. Nothing was written."
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("big")) == ["big.bin"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_cancel_stops_decrypting_and_writes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
) -> None:
    window, pool = held_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)
    source = tmp_path / "big.bin"
    source.write_bytes(b"y" * 200_000)
    encrypted = controller.encryption.encrypt(source, ["alpha"], shard_size=4096).output
    source.unlink()
    controller.keys.unlock("alpha", PASSPHRASE)
    window.encryption.decrypt([encrypted])
    pool.run_all()
    dialog = dialogs.last(DecryptDialog)
    dialog.ok_button.click()
    pool.run_next()  # the quick "is the output there already?" check
    assert dialog.busy and len(pool.waiting) == 1  # decrypting now
    dialog.cancel_button.click()
    assert dialog.isVisible()
    assert dialog.progress_label.text() == "Stopping…"
    pool.run_all()
    assert not dialog.busy
    assert dialog.error_label.text() == "Stopped. Nothing was written."
    assert not source.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("big")] == [encrypted.name]

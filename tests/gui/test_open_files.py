"""Files from the command line or a second launch open the verify, sign or restore flow."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from keyfold.gui.backups.restore_wizard import RestoreWizard
from keyfold.gui.base.widgets.file_offers import FileOffersDialog
from keyfold.gui.encryption.decrypt_dialog import DecryptDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.open_files import absolute_paths, open_in_window, receive_files
from keyfold.gui.signing.sign_dialog import SignFilesDialog
from keyfold.gui.signing.verify_dialog import VerifyDialog
from tests.gui.conftest import OFFSCREEN_NOISE, FakeDialogs


def test_paths_are_made_absolute_from_the_launch_folder(tmp_path: Path) -> None:
    paths = absolute_paths(["a.txt", "/etc/hosts", "file:///tmp/with%20space.txt"], tmp_path)
    assert paths == [tmp_path / "a.txt", Path("/etc/hosts"), Path("/tmp/with space.txt")]


def test_a_signature_opens_the_verify_flow(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    signature = tmp_path / "report.pdf.minisig"
    signature.write_text("untrusted comment: x\n")
    open_in_window(window, [signature])
    assert isinstance(dialogs.opened[-1], VerifyDialog)


def test_any_other_file_opens_the_sign_flow(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    document = tmp_path / "report.pdf"
    document.write_bytes(b"%PDF-1.7")
    open_in_window(window, [document])
    assert_sign_offered(dialogs)


def assert_sign_offered(dialogs: FakeDialogs) -> None:
    """Signing opens straight away, or first in the offers when encrypting is offered too."""
    opened = dialogs.opened[-1]
    if isinstance(opened, FileOffersDialog):
        assert next(iter(opened.buttons)) == "signOffer"
        opened.buttons["signOffer"].click()
        opened = dialogs.opened[-1]
    assert isinstance(opened, SignFilesDialog)


def test_an_encrypted_file_opens_the_decrypt_flow(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    encrypted = tmp_path / "payroll.kfe"
    encrypted.write_bytes(b"keyfold.kfe/1\n")
    open_in_window(window, [encrypted])
    assert isinstance(dialogs.opened[-1], DecryptDialog)


def test_a_backup_opens_the_restore_wizard_with_it(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    backup = tmp_path / "work-backup.json"
    backup.write_text("{}")
    open_in_window(window, [backup])
    wizard = dialogs.last(RestoreWizard)
    assert [f.path for f in wizard.files] == [backup]


def test_missing_files_are_named_and_nothing_opens(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_in_window(window, [tmp_path / "gone.minisig"])
    assert dialogs.opened == []
    assert "gone.minisig" in window.statusBar().currentMessage()


# The offscreen platform has no window stack; it says so, and that is all.
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")
def test_a_second_launch_brings_the_window_forward(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.showMinimized()
    document = tmp_path / "notes.txt"
    document.write_text("hello")
    receive_files(window, [document])
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert_sign_offered(dialogs)

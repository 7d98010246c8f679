"""Signing through the window: drops, the Sign and Check dialogs, messages, trusted keys."""

import base64
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.controller.signature_files import start_hashing
from keyfold.core.errors import StorageError
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.signing import HashJob, read_signature_file, sign_file, verify_file
from keyfold.gui.base.actions import ACCESSIBLE_NAME, SPECS
from keyfold.gui.base.clipboard import ClipboardGuard
from keyfold.gui.base.widgets.file_offers import FileOffersDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.signing import columns as c
from keyfold.gui.signing.actions import SIGNING_SPECS
from keyfold.gui.signing.messages_dialog import MessagesDialog
from keyfold.gui.signing.sign_dialog import SignFilesDialog
from keyfold.gui.signing.trusted_dialog import ImportTrustedDialog, TrustedKeysDialog
from keyfold.gui.signing.verify_dialog import VerifyDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs, held_window, make_key
from tests.gui.signing.conftest import answer_unlock, drop_files


@pytest.fixture
def alpha(controller: Controller, window: MainWindow) -> str:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    return "alpha"


def _files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for index, name in enumerate(names):
        path = folder / name
        path.write_bytes(bytes([index]) * (1000 * (index + 1)))
        paths.append(path)
    return paths


def _assert_signed_by(controller: Controller, key_id: str, paths: list[Path]) -> None:
    public = controller.keys.get(key_id).public_key
    for path in paths:
        signature = read_signature_file(path.with_name(path.name + ".minisig"))
        assert verify_file(public, path, signature).valid, path


def _sign_with_controller(controller: Controller, key_id: str, paths: list[Path]) -> None:
    controller.keys.unlock(key_id, PASSPHRASE)
    controller.signing.sign_files(key_id, paths)
    controller.keys.lock_all()


def test_a_drop_of_several_files_signs_them_all(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs, alpha: str
) -> None:
    files = _files(tmp_path / "docs", "a.txt", "b.bin", "c.pdf")
    drop_files(window, files)
    offers = dialogs.last(FileOffersDialog)
    assert set(offers.buttons) == {"signOffer", "encryptOffer", "sshSignOffer"}
    offers.buttons["signOffer"].click()
    dialog = dialogs.last(SignFilesDialog)
    assert dialog.key_choice.key_id() == alpha  # the selected key
    assert "3 files, 6.0 KB" in dialog.summary_label.text()
    dialog.ok_button.click()
    answer_unlock(dialogs)
    assert dialog.result() == dialog.DialogCode.Accepted
    _assert_signed_by(controller, alpha, files)
    assert "Signed 3 files with alpha" in window.statusBar().currentMessage()
    assert controller.signing.signature_count(alpha) == 3
    # The versions table counts them at once, without choosing the key again.
    version_row = window.details.versions.topLevelItem(0)
    assert version_row is not None and version_row.text(3) == "3"


def test_a_dropped_folder_signs_every_file_inside(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs, alpha: str
) -> None:
    files = _files(tmp_path / "release", "one", "two.tar")
    controller.keys.unlock(alpha, PASSPHRASE)
    window.signing.sign([tmp_path / "release"])
    dialog = dialogs.last(SignFilesDialog)
    assert dialog.file_list.count() == 2
    dialog.ok_button.click()
    _assert_signed_by(controller, alpha, files)


def test_a_drop_of_a_file_with_its_signature_verifies_it(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs, alpha: str
) -> None:
    good, changed, unsigned = _files(tmp_path / "d", "good.txt", "changed.txt", "plain.txt")
    _sign_with_controller(controller, alpha, [good, changed])
    changed.write_bytes(b"tampered")
    drop_files(window, [good])
    dialog = dialogs.last(VerifyDialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, c.COL_RESULT).data() == "Valid"
    assert dialog.model.index(0, c.COL_SIGNER).data() == "Alpha (your key)"
    assert "signed and unchanged" in dialog.summary_label.text()
    assert not dialog.progress_bar.isVisible()

    signature = changed.with_name("changed.txt.minisig")
    drop_files(window, [signature, unsigned])
    dialog = dialogs.last(VerifyDialog)
    results = {
        dialog.model.index(r, c.COL_FILE).data(): dialog.model.index(r, c.COL_RESULT).data()
        for r in range(dialog.model.rowCount())
    }
    assert results == {"changed.txt": "Invalid", "plain.txt": "No signature"}
    assert "1 invalid" in dialog.summary_label.text()


def test_existing_signatures_are_replaced_only_when_the_user_agrees(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs, alpha: str
) -> None:
    (path,) = _files(tmp_path / "d", "report.txt")
    signature = path.with_name("report.txt.minisig")
    signature.write_text("old signature")
    controller.keys.unlock(alpha, PASSPHRASE)
    dialogs.files_to_open = [path]
    dialogs.answer = False
    window.signing.actions["sign_files"].trigger()
    dialog = dialogs.last(SignFilesDialog)
    dialog.ok_button.click()
    title, text = dialogs.confirmations[-1]
    assert title == "Replace signatures?"
    assert "report.txt.minisig exists already" in text
    assert signature.read_text() == "old signature"
    assert dialog.isVisible() and not dialog.busy

    dialogs.answer = True
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    _assert_signed_by(controller, alpha, [path])


def test_a_read_only_folder_offers_another_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
    alpha: str,
) -> None:
    files = _files(tmp_path / "readonly", "a.txt")
    # Tests run as root, for whom every folder is writable: pretend this one is not.
    monkeypatch.setattr(
        "keyfold.gui.signing.sign_dialog.os.access",
        lambda path, mode: Path(path) != tmp_path / "readonly",
    )
    controller.keys.unlock(alpha, PASSPHRASE)
    window.signing.sign(files)
    dialog = dialogs.last(SignFilesDialog)
    assert dialog.folder_radio.isChecked()
    assert "cannot write in" in dialog.note_label.text()
    dialog.ok_button.click()
    assert dialog.error_label.text() == "Choose the folder for the signatures."
    dialogs.folder = tmp_path / "signatures"
    dialog.folder_button.click()
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    signature = read_signature_file(tmp_path / "signatures" / "a.txt.minisig")
    assert verify_file(controller.keys.get(alpha).public_key, files[0], signature).valid


def test_a_write_error_beside_the_files_switches_to_a_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
    alpha: str,
) -> None:
    files = _files(tmp_path / "d", "a.txt")

    def refuse(target: Path, data: bytes, mode: int) -> None:
        raise StorageError(f"Cannot write to {target.parent}: Read-only file system.")

    monkeypatch.setattr("keyfold.controller.signing.atomic_write", refuse)
    controller.keys.unlock(alpha, PASSPHRASE)
    window.signing.sign(files)
    dialog = dialogs.last(SignFilesDialog)
    dialog.ok_button.click()
    assert "Read-only file system" in dialog.error_label.text()
    assert dialog.folder_radio.isChecked()
    assert "choose a folder" in dialog.note_label.text()


def test_cancel_stops_signing_and_writes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
) -> None:
    main, pool = held_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)
    controller.keys.unlock("alpha", PASSPHRASE)
    files = _files(tmp_path / "d", "a.txt", "b.txt")
    main.signing.sign(files)
    dialog = dialogs.last(SignFilesDialog)
    pool.run_next()  # counts the files
    dialog.ok_button.click()
    pool.run_next()  # looks for existing signatures, then queues the signing
    assert dialog.busy and len(pool.waiting) == 1
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.isVisible()
    pool.run_next()
    assert dialog.error_label.text() == "Stopped. No signatures were written."
    assert not dialog.busy
    assert not any(p.name.endswith(".minisig") for p in (tmp_path / "d").iterdir())


def test_sign_and_check_a_message(
    qtbot: QtBot,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
    alpha: str,
) -> None:
    window.signing.actions["messages"].trigger()
    dialog = dialogs.last(MessagesDialog)
    dialog.sign_button.click()
    assert dialog.sign_status.text() == "Type the message to sign."
    dialog.sign_text.setPlainText("Grüße, world")
    dialog.sign_button.click()
    answer_unlock(dialogs)
    signature = bytes.fromhex(dialog.hex_field.text())
    assert base64.b64decode(dialog.base64_field.text()) == signature
    assert controller.keys.get(alpha).public_key.verify(signature, "Grüße, world".encode())

    dialog.base64_field.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.base64_field.text()
    assert clipboard_guard.holds_secret  # so it is wiped after the timeout
    qtbot.waitUntil(lambda: clipboard.text() == "")

    dialog.tabs.setCurrentIndex(1)
    dialog.verify_text.setPlainText("Grüße, world")
    dialog.signature_edit.setText(dialog.base64_field.text())
    dialog.verify_button.click()
    assert dialog.verify_result.text().startswith("Valid: signed by your key Alpha")
    dialog.verify_key.setCurrentIndex(dialog.verify_key.findData(alpha))
    dialog.signature_edit.setText(signature.hex())
    dialog.verify_button.click()
    assert dialog.verify_result.text().startswith("Valid")
    dialog.verify_text.setPlainText("Grüße, world!")
    dialog.verify_button.click()
    assert dialog.verify_result.text().startswith("Not valid.")
    dialog.signature_edit.setText("not a signature")
    dialog.verify_button.click()
    assert "neither hex nor base64" in dialog.verify_result.text()


def test_import_use_and_remove_a_trusted_key(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    other = KeyPair.generate()
    pub = tmp_path / "alice.pub"
    pub.write_text(other.public.export(PublicKeyFormat.MINISIGN))
    (signed,) = _files(tmp_path / "d", "from-alice.txt")
    signed.with_name("from-alice.txt.minisig").write_bytes(sign_file(other, signed).to_bytes())

    window.signing.actions["trusted_keys"].trigger()
    listing = dialogs.last(TrustedKeysDialog)
    assert listing.model.rowCount() == 0
    assert "No trusted keys yet" in listing.status_label.text()
    listing.import_button.click()
    importer = dialogs.last(ImportTrustedDialog)
    importer.ok_button.click()
    assert "Choose a public key file" in importer.error_label.text()
    dialogs.files_to_open = [pub]
    importer.browse_requested.emit()
    assert importer.name_edit.text() == "alice"
    importer.name_edit.setText("Alice")
    importer.ok_button.click()
    assert importer.result() == importer.DialogCode.Accepted
    assert listing.model.rowCount() == 1
    assert listing.selected_key() is not None
    assert [k.name for k in controller.signing.list_trusted()] == ["Alice"]

    drop_files(window, [signed])
    check = dialogs.last(VerifyDialog)
    assert check.model.index(0, c.COL_RESULT).data() == "Valid"
    assert check.model.index(0, c.COL_SIGNER).data() == "Alice (trusted key)"

    window.signing.import_trusted(listing)
    again = dialogs.last(ImportTrustedDialog)
    again.text_edit.setPlainText(other.public.hex)
    again.name_edit.setText("Alice again")
    again.ok_button.click()
    assert "trusted already as Alice" in again.error_label.text()

    listing.remove_button.click()
    assert dialogs.confirmations[-1][0] == "Remove trusted key"
    assert listing.model.rowCount() == 0
    assert controller.signing.list_trusted() == []


def test_every_signing_action_has_a_shortcut_menu_and_accessible_name(
    window: MainWindow,
) -> None:
    window_shortcuts = {window.action_set[s.name].shortcut().toString() for s in SPECS}
    menu = window.menuBar().findChild(QMenu, "signaturesMenu")
    assert menu is not None
    menu_actions = set(menu.actions())
    for spec in SIGNING_SPECS:
        action = window.signing.actions[spec.name]
        shortcut = action.shortcut().toString()
        assert shortcut and shortcut not in window_shortcuts, spec.name
        assert action.property(ACCESSIBLE_NAME), spec.name
        assert action in menu_actions
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    button = window.toolbar.widgetForAction(window.signing.actions["sign_files"])
    assert button is not None and button.accessibleName() == "Sign files"


def test_the_files_hash_from_the_moment_they_are_counted(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main, pool = held_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)
    controller.keys.unlock("alpha", PASSPHRASE)
    given: list[object] = []
    real_sign = controller.signing.sign_files

    def spy(*args: object, **kwargs: object) -> object:
        given.append(kwargs["hashing"])
        return real_sign(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(controller.signing, "sign_files", spy)
    files = _files(tmp_path / "d", "a.txt", "b.txt")
    main.signing.sign(files)
    dialog = dialogs.last(SignFilesDialog)
    pool.run_next()  # counts the files and starts hashing them
    dialog.ok_button.click()
    pool.run_next()  # looks for existing signatures
    pool.run_next()  # signs with the hashing the dialog started
    assert [getattr(job, "paths", None) for job in given] == [files]
    _assert_signed_by(controller, "alpha", files)


def test_closing_the_sign_dialog_stops_its_hashing(
    qtbot: QtBot,
    tmp_path: Path,
    controller: Controller,
    dialogs: FakeDialogs,
    clipboard_guard: ClipboardGuard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main, pool = held_window(qtbot, tmp_path, controller, dialogs, clipboard_guard)
    stopped: list[bool] = []

    def start(paths: list[Path]) -> HashJob:
        job = start_hashing(paths)
        monkeypatch.setattr(job, "cancel", lambda: stopped.append(True))
        return job

    monkeypatch.setattr("keyfold.gui.signing.commands.start_hashing", start)
    main.signing.sign(_files(tmp_path / "d", "a.txt"))
    dialog = dialogs.last(SignFilesDialog)
    pool.run_next()
    assert not stopped
    dialog.reject()
    assert stopped

"""Key flows in the window: new, edit, passphrase, move, import, export, delete, unlock."""

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.core.errors import KeyNotFoundError
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.vault import Vault
from keyfold.core.vault.records import StorageKind
from keyfold.gui.base.dialogs.unlock import UnlockDialog
from keyfold.gui.base.settings import GuiSettings
from keyfold.gui.base.workers.tasks import SynchronousPool, TaskRunner
from keyfold.gui.keys.change_passphrase_dialog import ChangePassphraseDialog
from keyfold.gui.keys.edit_metadata_dialog import EditMetadataDialog
from keyfold.gui.keys.generate_dialog import GenerateKeyDialog
from keyfold.gui.keys.import_dialog import ImportKeyDialog
from keyfold.gui.keys.move_storage_dialog import MoveStorageDialog
from keyfold.gui.main_window import MainWindow
from tests.core.vault.support import require_secret_service
from tests.gui.conftest import CHEAP_KDF, PASSPHRASE, FakeDialogs, make_key


def _fill_passphrase(dialog: GenerateKeyDialog | ImportKeyDialog, text: str) -> None:
    dialog.passphrase.passphrase_edit.setText(text)
    dialog.passphrase.confirm_edit.setText(text)


def test_generate_a_key(
    qtbot: QtBot, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.action_set["new_key"].trigger()
    dialog = dialogs.last(GenerateKeyDialog)
    qtbot.keyClicks(dialog.name_edit, "Release signing")
    assert dialog.key_id_edit.placeholderText() == "release-signing"
    dialog.tags_edit.setText("ci, release, ci")
    _fill_passphrase(dialog, PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    record = controller.keys.get("release-signing")
    assert record.name == "Release signing"
    assert record.tags == ("ci", "release")
    assert record.protected
    assert window.keys_page.current_record() == record
    assert "Back it up next" in window.statusBar().currentMessage()


def test_a_weak_passphrase_is_refused_until_the_user_insists(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.key_commands.new_key()
    dialog = dialogs.last(GenerateKeyDialog)
    dialog.name_edit.setText("Laptop")
    _fill_passphrase(dialog, "password1")
    assert dialog.passphrase.weak_check.isVisibleTo(dialog)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "easy to guess" in dialog.error_label.text()
    assert controller.keys.list() == []
    dialog.passphrase.weak_check.setChecked(True)
    dialog.ok_button.click()
    assert [r.key_id for r in controller.keys.list()] == ["laptop"]


def test_generate_reports_a_taken_id_in_the_dialog(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "laptop")
    window.key_commands.new_key()
    dialog = dialogs.last(GenerateKeyDialog)
    dialog.name_edit.setText("Laptop")
    dialog.key_id_edit.setText("laptop")
    _fill_passphrase(dialog, PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible() and not dialog.busy
    assert "laptop" in dialog.error_label.text()


def test_edit_metadata(controller: Controller, window: MainWindow, dialogs: FakeDialogs) -> None:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    window.action_set["edit_key"].trigger()
    dialog = dialogs.last(EditMetadataDialog)
    dialog.name_edit.setText("Renamed")
    dialog.description_edit.setText("For tests")
    dialog.tags_edit.setText("a, b")
    dialog.ok_button.click()
    record = controller.keys.get("alpha")
    assert (record.name, record.description, record.tags) == ("Renamed", "For tests", ("a", "b"))
    assert window.details.title.text() == "Renamed"


def test_delete_names_the_key_and_warns_without_backup(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    dialogs.answer = False
    window.action_set["delete_key"].trigger()
    _title, text = dialogs.confirmations[-1]
    assert "“Alpha” (alpha)" in text and "no current backup" in text
    assert controller.keys.get("alpha")
    dialogs.answer = True
    window.action_set["delete_key"].trigger()
    with pytest.raises(KeyNotFoundError):
        controller.keys.get("alpha")
    assert window.keys_page.showing_empty_state


def test_unlock_with_wrong_then_right_passphrase(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.action_set["unlock_key"].trigger()
    dialog = dialogs.last(UnlockDialog)
    dialog.passphrase_edit.setText("not it")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "not right" in dialog.error_label.text()
    assert not controller.keys.is_unlocked("alpha")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert controller.keys.is_unlocked("alpha")
    assert window.lock_label.text() == "1 key unlocked"
    assert not window.action_set["unlock_key"].isEnabled()
    window.action_set["lock_all"].trigger()
    assert not controller.keys.is_unlocked("alpha")
    assert window.lock_label.text() == "All keys locked"


def test_change_passphrase(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.action_set["change_passphrase"].trigger()
    dialog = dialogs.last(ChangePassphraseDialog)
    dialog.old_edit.setText(PASSPHRASE)
    new = "violet submarine orchestra 42"
    dialog.new.passphrase_edit.setText(new)
    dialog.new.confirm_edit.setText(new)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.error_label.text()
    controller.keys.unlock("alpha", new)


def test_move_storage_without_a_keychain_explains_why(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.action_set["move_storage"].trigger()
    dialog = dialogs.last(MoveStorageDialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "already" in dialog.error_label.text()


def test_import_a_pem_private_key(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    pair = KeyPair.generate()
    pem = pair.private_key().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    source = tmp_path / "deploy_key.pem"
    source.write_bytes(pem)
    dialogs.files_to_open = [source]
    window.action_set["import_key"].trigger()
    dialog = dialogs.last(ImportKeyDialog)
    dialog.browse_button.click()
    assert dialog.name_edit.text() == "deploy key"
    dialog.key_id_edit.setText("deploy")
    _fill_passphrase(dialog, PASSPHRASE)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.error_label.text()
    assert controller.keys.get("deploy").fingerprint == pair.public.fingerprint


def test_import_a_bare_seed_needs_the_seed_box_ticked(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    pair = KeyPair.generate()
    source = tmp_path / "seed.hex"
    source.write_text(pair.seed.hex())
    dialogs.files_to_open = [source]
    window.action_set["import_key"].trigger()
    dialog = dialogs.last(ImportKeyDialog)
    dialog.browse_button.click()
    dialog.key_id_edit.setText("seeded")
    _fill_passphrase(dialog, PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible() and "private seed" in dialog.error_label.text()
    assert controller.keys.list() == []
    dialog.seed_check.setChecked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.error_label.text()
    assert controller.keys.get("seeded").fingerprint == pair.public.fingerprint


def test_export_public_key_to_a_file(
    tmp_path: Path, controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.details.format_combo.setCurrentIndex(window.details.format_combo.findData("openssh"))
    dialogs.save_path = tmp_path / "alpha.pub"
    window.action_set["export_public"].trigger()
    expected = controller.keys.export_public("alpha", PublicKeyFormat.OPENSSH)
    assert dialogs.save_path.read_text() == expected
    assert expected.startswith("ssh-ed25519 ")


@pytest.mark.keychain
def test_keychain_key_without_passphrase_then_moved_to_a_file(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    require_secret_service()
    controller = Controller(Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain="auto"))
    window = MainWindow(
        controller,
        tasks=TaskRunner(SynchronousPool()),
        dialogs=dialogs,
        settings=GuiSettings(tmp_path / "gui.ini"),
    )
    qtbot.addWidget(window)
    window.install_features()  # never shown: build what showing it would (keychain too)
    assert "system keychain" in window.storage_label.text()
    window.key_commands.new_key()
    dialog = dialogs.last(GenerateKeyDialog)
    dialog.name_edit.setText("Laptop")
    dialog.no_passphrase_check.setChecked(True)
    dialog.ok_button.click()
    record = controller.keys.get("laptop")
    assert record.storage is StorageKind.KEYCHAIN and not record.protected
    assert controller.keys.is_unlocked("laptop")

    window.refresh("laptop")
    window.action_set["move_storage"].trigger()
    move = dialogs.last(MoveStorageDialog)
    move.ok_button.click()
    assert "needs a passphrase" in move.error_label.text()
    move.reject()

    window.action_set["change_passphrase"].trigger()
    change = dialogs.last(ChangePassphraseDialog)
    change.new.passphrase_edit.setText(PASSPHRASE)
    change.new.confirm_edit.setText(PASSPHRASE)
    change.ok_button.click()
    assert not change.isVisible(), change.error_label.text()
    window.action_set["move_storage"].trigger()
    move = dialogs.last(MoveStorageDialog)
    move.passphrase_edit.setText(PASSPHRASE)
    move.ok_button.click()
    assert not move.isVisible(), move.error_label.text()
    assert controller.keys.get("laptop").storage is StorageKind.FILE
    controller.keys.delete("laptop")

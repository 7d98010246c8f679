"""The new-key dialog's own rules: names, ids, tags, keychain opt-out."""

from dataclasses import replace

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyfold.core.vault.records import BackendStatus, StorageKind
from keyfold.gui.keys.generate_dialog import GenerateKeyDialog, parse_tags

NO_KEYCHAIN = BackendStatus(False, "", StorageKind.FILE, "No keychain here.")
KEYCHAIN = BackendStatus(True, "GNOME Keyring", StorageKind.KEYCHAIN, "Found one.")
STRONG = "tangerine lighthouse quietly 7 bicycles"


def test_parse_tags() -> None:
    assert parse_tags(" a, b ,, a,c ") == ("a", "b", "c")


def test_name_and_id_rules(qtbot: QtBot) -> None:
    dialog = GenerateKeyDialog(NO_KEYCHAIN)
    qtbot.addWidget(dialog)
    assert "name" in (dialog.problem() or "")
    dialog.name_edit.setText("CI key")
    dialog.key_id_edit.setText("Bad ID!")
    assert "lowercase" in (dialog.problem() or "")
    dialog.key_id_edit.setText("")
    dialog.passphrase.passphrase_edit.setText(STRONG)
    dialog.passphrase.confirm_edit.setText(STRONG)
    assert dialog.problem() is None
    request = dialog.request()
    assert request.key_id is None and request.storage is StorageKind.FILE
    assert "passphrase" not in repr(request) or STRONG not in repr(request)
    assert dialog.storage.count() == 1  # no keychain offered when there is none


def test_keychain_keys_may_skip_the_passphrase(qtbot: QtBot) -> None:
    dialog = GenerateKeyDialog(replace(KEYCHAIN))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Laptop")
    assert dialog.storage.storage() is StorageKind.KEYCHAIN
    assert dialog.no_passphrase_check.isVisible()
    dialog.no_passphrase_check.setChecked(True)
    assert dialog.problem() is None and dialog.request().passphrase is None
    dialog.storage.set_storage(StorageKind.FILE)
    assert not dialog.no_passphrase_check.isChecked()
    assert dialog.problem() == "Choose a passphrase."


def test_errors_and_hints_follow_the_typing(qtbot: QtBot) -> None:
    dialog = GenerateKeyDialog(NO_KEYCHAIN)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.passphrase
    dialog.name_edit.setText("Release")
    QApplication.processEvents()
    buttons_at = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft())
    fields.passphrase_edit.setText("abc")
    fields.confirm_edit.setText("abc")
    dialog.ok_button.click()
    QApplication.processEvents()
    assert "easy to guess" in dialog.error_label.text() and dialog.error_label.isVisible()
    # The buttons stay where they were when the error line appears.
    assert dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()) == buttons_at
    # The meter is coloured; the repeat says live when it differs.
    assert "QProgressBar::chunk" in fields.meter.styleSheet()
    fields.passphrase_edit.setText(STRONG)
    assert fields.match_label.isVisible() and "Not the same" in fields.match_label.text()
    # The error no longer holds: it changes as the user types, then goes.
    assert "not the same" in dialog.error_label.text()
    fields.confirm_edit.setText(STRONG)
    assert not fields.match_label.isVisible()
    assert not dialog.error_label.isVisible()

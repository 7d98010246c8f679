"""Passwords derived from a key: masked, shown, copied and cleared; rules per service."""

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from keyfold.controller import Controller
from keyfold.gui.main_window import MainWindow
from keyfold.gui.passwords.password_dialog import DerivedPasswordDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key
from tests.gui.rotation.conftest import rotate_through_dialog
from tests.gui.signing.conftest import answer_unlock


def test_derived_password_is_masked_shown_copied_and_cleared(
    qtbot: QtBot,
    window: MainWindow,
    controller: Controller,
    dialogs: FakeDialogs,
) -> None:
    make_key(controller, "alpha")
    window.refresh("alpha")
    window.passwords.actions["derive_password"].trigger()
    dialog = dialogs.last(DerivedPasswordDialog)
    dialog.ok_button.click()
    assert "service" in dialog.error_label.text()
    dialog.service_combo.setCurrentText("GitHub.com")
    dialog.length_spin.setValue(16)
    dialog.ok_button.click()
    answer_unlock(dialogs)  # the key was locked: unlock, then derive
    expected = controller.passwords.derive("alpha", "github.com")
    assert dialog.password() == expected and len(expected) == 16
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    dialog.show_button.click()
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Normal
    assert dialog.show_button.text() == "Hide"

    dialog.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == expected
    assert "cleared" in dialog.copied_label.text()
    qtbot.waitUntil(lambda: clipboard.text() != expected)  # the guard clears it

    dialog.length_spin.setValue(20)  # other rules: the shown password is gone
    assert dialog.password() == "" and not dialog.copy_button.isEnabled()


def test_password_rules_are_remembered_per_service(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    window.refresh("alpha")
    window.passwords.derive_password()
    dialog = dialogs.last(DerivedPasswordDialog)
    dialog.service_combo.setCurrentText("bank.example")
    dialog.length_spin.setValue(12)
    for char_class, check in dialog.class_checks.items():
        check.setChecked(char_class.value == "digits")
    dialog.ok_button.click()
    pin = dialog.password()
    assert pin.isdigit() and len(pin) == 12
    dialog.reject()

    window.passwords.derive_password()
    again = dialogs.last(DerivedPasswordDialog)
    assert again is not dialog
    assert again.service_combo.findText("bank.example") >= 0
    again.service_combo.setCurrentText("Bank.Example ")
    assert again.length_spin.value() == 12
    again.ok_button.click()
    assert again.password() == pin

    rotate_through_dialog(window, dialogs, "alpha")
    controller.keys.unlock("alpha", PASSPHRASE)
    assert controller.passwords.derive("alpha", "bank.example") != pin


def test_the_action_follows_the_key_list(
    window: MainWindow, controller: Controller, dialogs: FakeDialogs
) -> None:
    action = window.passwords.actions["derive_password"]
    assert not action.isEnabled()  # no keys yet
    make_key(controller, "alpha")
    window.refresh("alpha")
    assert action.isEnabled()
    dialogs.answer = True
    window.action_set["delete_key"].trigger()
    assert not controller.keys.list() and not action.isEnabled()

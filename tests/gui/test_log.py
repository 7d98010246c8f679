"""What the GUI does is in the log (actions, dialogs, tasks), and no passphrase or
derived password ever is: a real log file, written at DEBUG."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from keyfold import logs
from keyfold.controller import Controller
from keyfold.gui.keys.change_passphrase_dialog import ChangePassphraseDialog
from keyfold.gui.keys.generate_dialog import GenerateKeyDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.passwords.password_dialog import DerivedPasswordDialog
from keyfold.gui.signing.messages_dialog import MessagesDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs
from tests.gui.signing.conftest import answer_unlock

NEW_PASSPHRASE = "violet submarine orchestra 42"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    path = logs.configure("keyfold", level=logging.DEBUG)
    assert path is not None
    yield path
    for handler in list(logging.getLogger("keyfold").handlers):
        logging.getLogger("keyfold").removeHandler(handler)
        handler.close()


def test_gui_flows_are_logged_without_secrets(
    qtbot: QtBot,
    log_file: Path,
    controller: Controller,
    window: MainWindow,
    dialogs: FakeDialogs,
) -> None:
    window.action_set["new_key"].trigger()
    generate = dialogs.last(GenerateKeyDialog)
    generate.name_edit.setText("Laptop")
    generate.passphrase.passphrase_edit.setText(PASSPHRASE)
    generate.passphrase.confirm_edit.setText(PASSPHRASE)
    generate.ok_button.click()
    assert controller.keys.get("laptop").protected
    controller.keys.lock_all()

    window.passwords.actions["derive_password"].trigger()
    derive = dialogs.last(DerivedPasswordDialog)
    derive.service_combo.setCurrentText("example.org")
    derive.ok_button.click()
    answer_unlock(dialogs)
    password = derive.password()
    assert password
    derive.copy_button.click()

    window.signing.actions["messages"].trigger()
    messages = dialogs.last(MessagesDialog)
    messages.sign_text.setPlainText("hello")
    messages.sign_button.click()
    assert messages.hex_field.text()  # signed with the key unlocked above

    window.action_set["change_passphrase"].trigger()
    change = dialogs.last(ChangePassphraseDialog)
    change.old_edit.setText(PASSPHRASE)
    change.new.passphrase_edit.setText(NEW_PASSPHRASE)
    change.new.confirm_edit.setText(NEW_PASSPHRASE)
    change.ok_button.click()
    assert not change.isVisible(), change.error_label.text()

    text = log_file.read_text()
    for line in ("Action: new_key", "Action: derive_password", "Task started: ", "Task finished: "):
        assert line in text
    for secret in (PASSPHRASE, NEW_PASSPHRASE, password):
        assert secret not in text

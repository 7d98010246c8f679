"""The shared one-passphrase prompt: refuses an empty passphrase, keeps the form on a failure."""

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from keyfold.gui.base.dialogs.passphrase_prompt import PassphrasePromptDialog


def test_asks_for_a_passphrase(qtbot: QtBot) -> None:
    dialog = PassphrasePromptDialog("Key one", "Type the passphrase of “one”.", "Go")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Key one"
    assert dialog.ok_button.text() == "Go"
    assert dialog.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.problem() == "Type the passphrase."
    dialog.passphrase_edit.setText("correct horse")
    assert dialog.problem() is None
    assert dialog.passphrase() == "correct horse"


def test_a_failure_selects_the_passphrase_for_retyping(qtbot: QtBot) -> None:
    dialog = PassphrasePromptDialog("Key one", "Type it.", "Go")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("wrong")
    dialog.submit()
    assert dialog.busy
    dialog.fail("The passphrase for key “one” is wrong.")
    assert not dialog.busy
    assert dialog.error_label.text() == "The passphrase for key “one” is wrong."
    assert dialog.passphrase_edit.selectedText() == "wrong"

"""The Encrypt text window: tokens out, values back, locked keys, old versions, copying."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton

from keyfold.controller import Controller
from keyfold.controller.data_encryption import make_token, parse_token
from keyfold.core.audit import AuditKind
from keyfold.gui.encryption.text_dialog import KIND_JSON, TextEncryptDialog
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key
from tests.gui.signing.conftest import answer_unlock


def _open(window: MainWindow, dialogs: FakeDialogs) -> TextEncryptDialog:
    window.encryption.actions["encrypt_text"].trigger()
    return dialogs.last(TextEncryptDialog)


def test_encrypt_then_decrypt_text_after_unlocking(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    make_key(controller, "alpha", "Alpha")
    make_key(controller, "beta", "Beta")
    window.refresh("beta")
    dialog = _open(window, dialogs)
    assert dialog.key_id() == "beta"  # the selected key
    dialog.input_edit.setPlainText("meet at noon")
    dialog.encrypt_button.click()
    answer_unlock(dialogs)  # the key was locked: asked once, then the work runs
    token = dialog.result_text()
    assert token.startswith("kfd1:beta:") and dialog.result_is_token
    assert dialog.status_label.text() == "Encrypted with version 1 of beta."
    assert not dialog.busy and dialog.copy_button.isEnabled()

    dialog.input_edit.setPlainText(token)
    dialog.decrypt_button.click()
    assert dialog.result_text() == "meet at noon" and not dialog.result_is_token
    assert "its current one" in dialog.status_label.text()
    kinds = [e.kind for e in controller.audit.list(key_id="beta")]
    assert kinds[-2:] == [AuditKind.ENCRYPT, AuditKind.DECRYPT]


def test_json_values_and_input_problems(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)  # stays unlocked
    window.refresh("alpha")
    dialog = _open(window, dialogs)
    dialog.encrypt_button.click()
    assert dialog.error_label.text() == "Type the text to encrypt."
    dialog.kind_choice.setCurrentIndex(dialog.kind_choice.findData(KIND_JSON))
    dialog.input_edit.setPlainText("{not json")
    dialog.encrypt_button.click()
    assert dialog.error_label.text().startswith("The input is not valid JSON")
    dialog.input_edit.setPlainText('{"b": [1, 2], "a": "x"}')
    dialog.encrypt_button.click()
    assert not dialog.error_label.isVisibleTo(dialog)
    token = dialog.result_text()
    assert controller.data.inspect(token).kind == "json"
    dialog.input_edit.setPlainText(token)
    dialog.decrypt_button.click()
    assert dialog.result_text() == '{\n  "a": "x",\n  "b": [\n    1,\n    2\n  ]\n}'
    dialog.input_edit.setPlainText("")
    dialog.decrypt_button.click()
    assert dialog.error_label.text() == "Paste a token to decrypt."


def test_damaged_tokens_and_old_versions(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    old = controller.data.encrypt("alpha", "from version 1")
    controller.rotation.rotate("alpha", PASSPHRASE)
    window.refresh("alpha")
    dialog = _open(window, dialogs)
    dialog.input_edit.setPlainText(old)
    dialog.decrypt_button.click()
    assert dialog.result_text() == "from version 1"
    assert "an older version" in dialog.status_label.text()
    key_id, blob = parse_token(old)
    dialog.input_edit.setPlainText(make_token(key_id, blob[:-1] + bytes([blob[-1] ^ 1])))
    dialog.decrypt_button.click()
    assert "changed or damaged" in dialog.error_label.text()
    assert dialog.result_text() == "" and dialog.status_label.text() == ""  # nothing stale
    assert not dialog.copy_button.isEnabled()
    dialog.input_edit.setPlainText("hello")
    dialog.decrypt_button.click()
    assert "not a Keyfold data token" in dialog.error_label.text()
    assert not dialog.busy


def test_copy_goes_through_the_clipboard_guard(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    window.refresh("alpha")
    dialog = _open(window, dialogs)
    dialog.input_edit.setPlainText("clipboard me")
    dialog.encrypt_button.click()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.result_text()
    assert window.clipboard.holds_secret  # cleared after a while
    window.clipboard.clear_secret()
    assert QGuiApplication.clipboard().text() == ""


def test_buttons_have_names_and_their_own_shortcuts(
    controller: Controller, window: MainWindow, dialogs: FakeDialogs
) -> None:
    controller.keys.generate("alpha", passphrase=PASSPHRASE)
    window.refresh("alpha")
    dialog = _open(window, dialogs)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    for widget in (dialog.key_choice, dialog.kind_choice, dialog.input_edit, dialog.output_edit):
        assert widget.accessibleName()
    shortcuts = {s.key().toString() for s in dialog.findChildren(QShortcut)}
    assert shortcuts == {"Ctrl+Return", "Ctrl+Shift+Return", "Ctrl+Alt+C"}
    mnemonic = dialog.encrypt_button.shortcut()
    assert mnemonic == QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_E)
    assert dialog.findChild(QLabel, "textStatus") is dialog.status_label
    dialog.input_edit.setPlainText("by shortcut")
    next(
        s for s in dialog.findChildren(QShortcut) if s.objectName() == "encryptTextButtonShortcut"
    ).activated.emit()
    assert dialog.result_text().startswith("kfd1:alpha:")

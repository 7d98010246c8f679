"""Every dialog and wizard page, opened as a user opens it, keyboard-checked.

Focus starts in the first empty input, the accept button is the only default,
Enter in a valid form accepts, Escape cancels, and Tab walks the inputs in the
order they are drawn (top to bottom, then left to right).
"""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import keyfold.gui
from keyfold.controller import Controller
from keyfold.controller.ssh_agent import SignPrompt
from keyfold.gui.backups.backup_wizard import RunBackupPage
from keyfold.gui.base.dialogs.crash_dialog import CrashDialog
from keyfold.gui.base.dialogs.keyboard import (
    KeyfoldDialog,
    KeyfoldWizard,
    first_input,
    inputs_in_tab_order,
    reading_order,
)
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.keys.import_dialog import ImportKeyDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.registrations.server_choice import ServerChoice
from keyfold.gui.registrations.servers_dialog import ServersDialog
from keyfold.gui.rotation.rotate_dialog import RotateDialog
from keyfold.gui.signing.trusted_dialog import TrustedKeysDialog
from keyfold.gui.ssh.prompt_dialogs import SshConfirmDialog, SshUnlockDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key

STRONG = "tangerine lighthouse quietly 7 bicycles"


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[MainWindow, FakeDialogs, Path], None]
    # Makes the form valid (None: it is valid as opened); Enter must then accept.
    fill: Callable[[QDialog, Path], None] | None = None
    valid: bool = True  # False: no valid form can be made here, so Enter is not tried


def _action(group: str, name: str) -> Callable[[MainWindow, FakeDialogs, Path], None]:
    def trigger(window: MainWindow, _dialogs: FakeDialogs, _tmp: Path) -> None:
        actions = window.action_set if group == "main" else getattr(window, group).actions
        actions[name].trigger()

    return trigger


def _with_file(
    group: str, name: str, content: bytes = b"report\n"
) -> Callable[[MainWindow, FakeDialogs, Path], None]:
    def trigger(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
        path = tmp / "report.txt"
        path.write_bytes(content)
        dialogs.files_to_open = [path]
        _action(group, name)(window, dialogs, tmp)

    return trigger


def _line(dialog: QDialog, name: str) -> QLineEdit:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _new_key(dialog: QDialog, _tmp: Path) -> None:
    _line(dialog, "nameEdit").setText("Release")
    _line(dialog, "passphraseEdit").setText(STRONG)
    _line(dialog, "confirmEdit").setText(STRONG)


def _passphrase(dialog: QDialog, _tmp: Path) -> None:
    _line(dialog, "passphraseEdit").setText(PASSPHRASE)


def _change_passphrase(dialog: QDialog, _tmp: Path) -> None:
    # The current passphrase first, then the new one twice.
    edits = [e for e in dialog.findChildren(QLineEdit) if e.isVisibleTo(dialog)]
    edits[0].setText(PASSPHRASE)
    for edit in edits[1:]:
        edit.setText(STRONG)


def _service(dialog: QDialog, _tmp: Path) -> None:
    combo = dialog.findChild(QComboBox, "serviceEdit")
    assert combo is not None
    combo.setEditText("example.org")


def _server(dialog: QDialog) -> None:
    for combo in dialog.findChildren(ServerChoice):
        combo.setEditText("https://registry.example.org")
    client = dialog.findChild(QComboBox, "verifyClientId")
    if client is not None:
        client.setEditText("alice")


def _import(dialog: QDialog, tmp: Path) -> None:
    seed = tmp / "seed.hex"
    seed.write_text("11" * 32)
    assert isinstance(dialog, ImportKeyDialog)
    dialog.set_path(seed)
    _line(dialog, "passphraseEdit").setText(STRONG)
    _line(dialog, "confirmEdit").setText(STRONG)


def _register(dialog: QDialog, _tmp: Path) -> None:
    _server(dialog)


def _verify_file(dialog: QDialog, tmp: Path) -> None:
    _line(dialog, "verifyFilePath").setText(str(tmp / "report.txt"))
    _server(dialog)


def _verify_message(dialog: QDialog, _tmp: Path) -> None:
    edit = dialog.findChild(QPlainTextEdit, "verifyMessageText")
    assert edit is not None
    edit.setPlainText("hello")
    _line(dialog, "verifyMessageSignature").setText("c2lnbmF0dXJl")
    _server(dialog)


def _check_backup(window: MainWindow, _dialogs: FakeDialogs, tmp: Path) -> None:
    controller = window.controller
    controller.keys.unlock("alpha", PASSPHRASE)
    controller.backups.create(["alpha"], PASSPHRASE, tmp / "backups")
    window.refresh()
    window.backups_page.view.selectRow(0)
    window.backups_page.check_button.click()


def _decrypt(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    plain = tmp / "secret.txt"
    plain.write_text("hello")
    result = window.controller.encryption.encrypt(plain, ["alpha"])
    plain.unlink()
    dialogs.files_to_open = [result.output]
    window.encryption.actions["decrypt_file"].trigger()


def _server_edit(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    window.registry.actions["registry_servers"].trigger()
    dialogs.last(ServersDialog).add_button.click()


def _import_trusted(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    window.signing.actions["trusted_keys"].trigger()
    dialogs.last(TrustedKeysDialog).import_button.click()


def _file_offers(window: MainWindow, _dialogs: FakeDialogs, tmp: Path) -> None:
    path = tmp / "notes.txt"
    path.write_text("notes")
    window.signing.drop([path])


def _rotation_result(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    window.rotation.actions["rotate_key"].trigger()
    rotate = dialogs.last(RotateDialog)
    rotate.passphrase_edit.setText(PASSPHRASE)
    rotate.ok_button.click()


def _resume_passphrase(window: MainWindow, _dialogs: FakeDialogs, tmp: Path) -> None:
    window.rotation.resume("alpha")


def _crash(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    # The crash reporter opens it by itself; shown here as it would be.
    dialogs.open(CrashDialog("ValueError", "Traceback: ...", tmp / "keyfold.log", window))


PROMPT = SignPrompt("alpha", "Alpha", "SHA256:abc", "ssh (pid 42)", "a login")


def _ssh_unlock(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    # The agent asks from its own thread; shown here as its GUI side shows it.
    dialogs.open(SshUnlockDialog(PROMPT, "", window))


def _ssh_confirm(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    dialogs.open(SshConfirmDialog(PROMPT, window))


def _ssh_sign(window: MainWindow, dialogs: FakeDialogs, tmp: Path) -> None:
    path = tmp / "notes.txt"
    path.write_text("notes")
    window.ssh.sign_ssh([path])


def _git_email(dialog: QDialog, _tmp: Path) -> None:
    for edit in inputs_in_tab_order(dialog):
        if isinstance(edit, QLineEdit) and not edit.text():
            edit.setText("alice@example.org")


def _trusted_file(dialog: QDialog, tmp: Path) -> None:
    _line(dialog, "trustedNameEdit").setText("Bob")
    text = dialog.findChild(QPlainTextEdit, "trustedTextEdit")
    assert text is not None
    text.setPlainText("RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3")


def _server_url(dialog: QDialog, _tmp: Path) -> None:
    edits = [w for w in inputs_in_tab_order(dialog) if isinstance(w, QLineEdit)]
    edits[0].setText("https://registry.example.org")


CASES = (
    Case("new key", _action("main", "new_key"), _new_key),
    Case("import key", _action("main", "import_key"), _import),
    Case("edit key", _action("main", "edit_key"), None),
    Case("change passphrase", _action("main", "change_passphrase"), _change_passphrase),
    # With no keychain here there is no other place to move to: no valid form.
    Case("move storage", _action("main", "move_storage"), valid=False),
    Case("unlock", _action("main", "unlock_key"), _passphrase),
    Case("settings", _action("main", "settings"), None),
    Case("sign", _with_file("signing", "sign_files")),
    Case("check signatures", _with_file("signing", "verify_files")),
    Case("messages", _action("signing", "messages")),
    Case("trusted keys", _action("signing", "trusted_keys"), None),
    Case("register", _action("registry", "register_key"), _register),
    Case("verify file on server", _action("registry", "verify_file_remote"), _verify_file),
    Case(
        "verify message on server",
        _action("registry", "verify_message_remote"),
        _verify_message,
    ),
    Case("servers", _action("registry", "registry_servers"), None),
    Case("rotate", _action("rotation", "rotate_key"), _passphrase),
    Case("rotation policy", _action("rotation", "rotation_policy"), None),
    Case("password for a service", _action("passwords", "derive_password"), _service),
    Case("encrypt", _with_file("encryption", "encrypt_files")),
    Case("encrypt text", _action("encryption", "encrypt_text")),
    Case("encryption statistics", _action("encryption", "encryption_metrics"), None),
    Case("check backup", _check_backup, _passphrase),
    Case("decrypt", _decrypt),
    Case("server", _server_edit, _server_url),
    Case("import trusted key", _import_trusted, _trusted_file),
    Case("drop offers", _file_offers),
    Case("rotation result", _rotation_result),
    Case("resume rotation", _resume_passphrase, _passphrase),
    Case("crash", _crash),
    Case("ssh agent", _action("ssh", "ssh_agent")),
    Case("git setup", _action("ssh", "git_setup"), _git_email),
    Case("ssh signature", _ssh_sign),
    Case("ssh unlock", _ssh_unlock, _passphrase),
    Case("ssh confirm", _ssh_confirm),
)


def _share_wizard(
    name: str,
) -> Callable[[MainWindow, FakeDialogs, Path], None]:
    def trigger(window: MainWindow, _dialogs: FakeDialogs, _tmp: Path) -> None:
        record = window.controller.keys.get("alpha")
        if name == "combine":
            window.shares.combine()
        else:
            getattr(window.shares, name)(record)

    return trigger


WIZARDS = (
    ("backup", _action("main", "backup")),
    ("restore", _action("main", "restore")),
    ("split", _share_wizard("split")),
    ("paper", _share_wizard("paper")),
    ("combine", _share_wizard("combine")),
)


@pytest.fixture
def keyed(window: MainWindow, controller: Controller) -> MainWindow:
    make_key(controller, "alpha", "Alpha")
    window.refresh("alpha")
    return window


def _check_tab_order(root: QWidget) -> None:
    inputs = inputs_in_tab_order(root)
    assert inputs == reading_order(inputs, root), [
        w.objectName() or type(w).__name__ for w in inputs
    ]


def _single_line(dialog: QDialog) -> QWidget:
    """Where Enter is pressed: the focused line edit, else the first one (Enter in a
    multi-line text adds a line, as it should)."""
    focused = dialog.focusWidget()
    if isinstance(focused, QLineEdit):
        return focused
    lines = [w for w in inputs_in_tab_order(dialog) if isinstance(w, QLineEdit)]
    return lines[0] if lines else dialog


def _opened(dialogs: FakeDialogs, before: int) -> QDialog:
    new = [d for d in dialogs.opened[before:] if not isinstance(d, QMessageBox)]
    assert new, "no dialog opened"
    return new[-1]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_dialog_keyboard(
    case: Case, keyed: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    before = len(dialogs.opened)
    case.open(keyed, dialogs, tmp_path)
    dialog = _opened(dialogs, before)
    assert isinstance(dialog, KeyfoldDialog)
    OPENED.add(type(dialog))
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    QApplication.processEvents()

    # Focus starts in the first empty input (or the first input, or the default).
    expected = first_input(dialog)
    default = dialog.default_button()
    assert dialog.focusWidget() is (expected or default)

    # The accept button is the one default; Cancel never is.
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [default], [b.text() for b in defaults]

    # Tab visits the inputs in reading order.
    _check_tab_order(dialog)

    # Enter in a valid form accepts (for task dialogs: submits).
    if case.fill is not None:
        case.fill(dialog, tmp_path)
    submitted: list[bool] = []
    if isinstance(dialog, TaskDialog):
        dialog.submitted.connect(lambda: submitted.append(True))
        if case.valid:
            assert dialog.problem() is None, dialog.problem()
            target = _single_line(dialog)
            qtbot.keyClick(target, Qt.Key.Key_Return)
            assert submitted or dialog.result() == QDialog.DialogCode.Accepted
            if dialog.isVisible() and dialog.busy:
                dialog.fail("stopped by the test")
    else:
        # Enter presses the default button from a line edit or the button itself.
        target = dialog.focusWidget() or dialog
        if default is not None and (isinstance(target, QLineEdit) or target is default):
            clicked: list[bool] = []
            default.clicked.connect(lambda: clicked.append(True))
            qtbot.keyClick(target, Qt.Key.Key_Return)
            assert clicked or not dialog.isVisible()
        if not dialog.isVisible():
            return

    # Escape cancels.
    if dialog.isVisible():
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()


@pytest.mark.parametrize("name,open_wizard", WIZARDS, ids=[w[0] for w in WIZARDS])
def test_wizard_pages_keyboard(
    name: str,
    open_wizard: Callable[[MainWindow, FakeDialogs, Path], None],
    keyed: MainWindow,
    dialogs: FakeDialogs,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    before = len(dialogs.opened)
    open_wizard(keyed, dialogs, tmp_path)
    wizard = _opened(dialogs, before)
    assert isinstance(wizard, KeyfoldWizard)
    OPENED.add(type(wizard))
    qtbot.waitUntil(wizard.isVisible)
    for page_id in wizard.pageIds():
        if isinstance(wizard.page(page_id), RunBackupPage):
            continue  # it starts writing as it opens; it has only a Stop button
        # Each page as it opens: start the wizard there.
        wizard.setStartId(page_id)
        wizard.restart()
        page = wizard.currentPage()
        assert wizard.currentId() == page_id
        expected = first_input(page)
        qtbot.waitUntil(lambda e=expected: e is None or wizard.focusWidget() is e)
        _check_tab_order(page)
        # The page's forward button is the default, never Cancel.
        forward = wizard.default_button()
        assert isinstance(forward, QPushButton)
        qtbot.waitUntil(forward.isDefault)
        assert not wizard.button(QWizard.WizardButton.CancelButton).isDefault()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    # As the real runner does once a dialog closes.
    wizard.deleteLater()
    QApplication.processEvents()


def _all_dialog_classes() -> set[type]:
    found: set[type] = set()
    for module in pkgutil.walk_packages(keyfold.gui.__path__, "keyfold.gui."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if (
                isinstance(value, type)
                and issubclass(value, QDialog)
                and value.__module__ == module.name
            ):
                found.add(value)
    return found


OPENED: set[type] = set()
# Bases that are never shown themselves.
BASES = {"TaskDialog", "ProgressTaskDialog", "PassphrasePromptDialog", "RegistryTaskDialog",
         "VerifyOnServerDialog", "KeyfoldDialog", "KeyfoldWizard", "SharesWizard"}  # fmt: skip


def test_every_dialog_is_opened_above() -> None:
    """The cases above open every dialog class the GUI has (run after them)."""
    names = {cls.__qualname__ for cls in _all_dialog_classes()} - BASES
    opened = {cls.__qualname__ for cls in OPENED}
    assert names - opened == set()


def test_every_dialog_uses_the_base() -> None:
    """A dialog class outside the bases would miss focus, default and Escape."""
    outside = {
        cls.__qualname__
        for cls in _all_dialog_classes()
        if not issubclass(cls, KeyfoldDialog | KeyfoldWizard)
    }
    assert outside == set()

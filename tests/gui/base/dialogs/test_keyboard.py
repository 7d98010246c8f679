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
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import keyfold.gui
from keyfold.gui.backups.backup_wizard import RunBackupPage
from keyfold.controller import Controller
from keyfold.gui.base.dialogs.keyboard import (
    KeyfoldDialog,
    KeyfoldWizard,
    first_input,
    inputs_in_tab_order,
    reading_order,
)
from keyfold.gui.base.dialogs.task_dialog import TaskDialog
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key

STRONG = "tangerine lighthouse quietly 7 bicycles"


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[MainWindow, FakeDialogs, Path], None]
    # Makes the form valid (None: it is valid as opened); Enter must then accept.
    fill: Callable[[QDialog, Path], None] | None = None


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
    edits = [e for e in dialog.findChildren(QLineEdit) if e.isVisibleTo(dialog)]
    edits[0].setText(PASSPHRASE)
    _line(dialog, "passphraseEdit").setText(STRONG) if edits[0].objectName() != (
        "passphraseEdit"
    ) else None
    for edit in edits[1:]:
        edit.setText(STRONG)


def _service(dialog: QDialog, _tmp: Path) -> None:
    edit = dialog.findChild(QLineEdit)
    assert edit is not None
    edit.setText("example.org")


CASES = (
    Case("new key", _action("main", "new_key"), _new_key),
    Case("import key", _action("main", "import_key")),
    Case("edit key", _action("main", "edit_key"), None),
    Case("change passphrase", _action("main", "change_passphrase"), _change_passphrase),
    Case("move storage", _action("main", "move_storage")),
    Case("unlock", _action("main", "unlock_key"), _passphrase),
    Case("settings", _action("main", "settings"), None),
    Case("sign", _with_file("signing", "sign_files")),
    Case("check signatures", _with_file("signing", "verify_files")),
    Case("messages", _action("signing", "messages")),
    Case("trusted keys", _action("signing", "trusted_keys"), None),
    Case("register", _action("registry", "register_key")),
    Case("verify file on server", _with_file("registry", "verify_file_remote")),
    Case("verify message on server", _action("registry", "verify_message_remote")),
    Case("servers", _action("registry", "registry_servers"), None),
    Case("rotate", _action("rotation", "rotate_key")),
    Case("rotation policy", _action("rotation", "rotation_policy"), None),
    Case("password for a service", _action("rotation", "derive_password"), _service),
    Case("encrypt", _with_file("encryption", "encrypt_files")),
    Case("encrypt text", _action("encryption", "encrypt_text")),
    Case("encryption statistics", _action("encryption", "encryption_metrics"), None),
)
WIZARDS = (
    ("backup", _action("main", "backup")),
    ("restore", _action("main", "restore")),
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
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    QApplication.processEvents()

    # Focus starts in the first empty input (or the first input, or the default).
    expected = first_input(dialog)
    default = dialog.default_button()
    assert dialog.focusWidget() is (expected or default)
    if expected is not None and isinstance(expected, QLineEdit) and expected.text() == "":
        QApplication.processEvents()

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
        if dialog.problem() is None:
            target = dialog.focusWidget() or dialog
            qtbot.keyClick(target, Qt.Key.Key_Return)
            assert submitted or dialog.result() == QDialog.DialogCode.Accepted
            if dialog.isVisible() and dialog.busy:
                dialog.fail("stopped by the test")
    else:
        target = dialog.focusWidget() or dialog
        if default is not None and isinstance(target, QLineEdit | type(None)) or (
            target is default
        ):
            clicked: list[bool] = []
            assert default is not None
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


def test_every_dialog_uses_the_base() -> None:
    """A dialog class outside the bases would miss focus, default and Escape."""
    outside = {
        cls.__qualname__
        for cls in _all_dialog_classes()
        if not issubclass(cls, KeyfoldDialog | KeyfoldWizard)
    }
    assert outside == set()

"""The Help menu: guide, diagnostics without secrets, report link, About with the version."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from keyfold import __version__, logs
from keyfold.controller import Controller
from keyfold.gui.help.diagnostics import diagnostics
from keyfold.gui.main_window import MainWindow
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key


def test_help_menu_lists_guide_diagnostics_report_and_about(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["user_guide", "copy_diagnostics", "report_problem", "about"]
    assert window.help.actions["user_guide"].shortcut().toString() == "F1"


def test_copy_diagnostics_has_versions_and_folders_but_no_secrets(
    window: MainWindow, controller: Controller
) -> None:
    make_key(controller, "secret-project", "Secret project")
    window.help.actions["copy_diagnostics"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text == diagnostics(controller)
    assert f"Keyfold {__version__}" in text and "PySide6" in text and "Qt " in text
    assert f"Log folder: {logs.log_dir()}" in text
    assert "Keychain: " in text
    assert "secret-project" not in text and PASSPHRASE not in text


def test_about_says_the_version(window: MainWindow, dialogs: FakeDialogs) -> None:
    window.action_set["about"].trigger()
    assert f"Keyfold {__version__}" in dialogs.infos[-1]

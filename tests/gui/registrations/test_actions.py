"""Every window action, the registry's included, has its own shortcut and a name."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from keyfold.gui.base.actions import ACCESSIBLE_NAME
from keyfold.gui.main_window import MainWindow
from keyfold.gui.registrations.actions import REGISTRY_SPECS


def test_registry_actions_are_in_the_menu_and_on_the_page(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "registrationsMenu")
    assert menu is not None
    names = {a.objectName() for a in menu.actions() if not a.isSeparator()}
    assert names == {spec.name for spec in REGISTRY_SPECS}
    for spec in REGISTRY_SPECS:
        button = window.registrations_page.findChild(QToolButton, spec.name + "Button")
        assert button is not None, spec.name
        assert button.accessibleName() == spec.text.replace("&", "").replace("…", "")


def test_no_two_window_actions_share_a_shortcut(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if not action.objectName() or action.shortcut().isEmpty():
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        assert keys not in seen, f"{action.objectName()} and {seen[keys]} both use {keys}"
        seen[keys] = action.objectName()
        assert action.property(ACCESSIBLE_NAME), action.objectName()
    assert {spec.name for spec in REGISTRY_SPECS} <= set(seen.values())


def test_actions_follow_the_selection(window: MainWindow) -> None:
    actions = window.registry.actions
    assert not actions["register_key"].isEnabled()  # no key yet
    assert not actions["revoke_registration"].isEnabled()
    assert not actions["forget_registration"].isEnabled()
    assert not actions["refresh_registrations"].isEnabled()
    assert actions["verify_file_remote"].isEnabled()
    assert actions["registry_servers"].isEnabled()

"""`install_rotation(window)`: rotation, versions and derived passwords in the main window."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.models.columns import KEY_COL_ROTATION
from keyfold.gui.rotation.actions import ROTATION_SPECS
from keyfold.gui.rotation.commands import RotationCommands
from keyfold.gui.rotation.notice import RotationNotice

if TYPE_CHECKING:
    from keyfold.gui.main_window import MainWindow

MENU_ORDER = ("rotate_key", "resume_rotation", "rotation_policy", "expire_version", None,
              "derive_password")  # fmt: skip


def install_rotation(window: "MainWindow") -> RotationCommands:
    """Add the actions to the Key menu, the notice bar, the Rotation column and the
    details pane's buttons; keep due flags fresh whenever the keys are reloaded."""
    notice = RotationNotice()
    window.notice_area.insertWidget(0, notice)
    commands = RotationCommands(window, notice)
    actions = create_actions(ROTATION_SPECS, window)
    commands.actions = actions
    actions["rotate_key"].triggered.connect(lambda: commands.rotate())
    actions["resume_rotation"].triggered.connect(lambda: commands.resume())
    actions["rotation_policy"].triggered.connect(lambda: commands.edit_policy())
    actions["expire_version"].triggered.connect(lambda: commands.expire())
    actions["derive_password"].triggered.connect(lambda: commands.derive_password())
    _add_to_key_menu(window, [None if name is None else actions[name] for name in MENU_ORDER])

    notice.rotate_requested.connect(lambda key_id: commands.rotate(key_id))
    notice.resume_requested.connect(lambda key_id: commands.resume(key_id))
    details = window.details
    details.key_shown.connect(commands.load_lifecycle)
    details.rotate_requested.connect(actions["rotate_key"].trigger)
    details.policy_requested.connect(actions["rotation_policy"].trigger)
    details.expire_requested.connect(lambda version: commands.expire(version))
    details.version_selected.connect(commands.update_actions)
    window.keys_page.selection_changed.connect(commands.update_actions)
    # Every reload of the keys (after any change) re-reads the due flags.
    window.key_model.modelReset.connect(commands.reload_states)
    header = window.keys_page.view.horizontalHeader()
    header.setSectionResizeMode(KEY_COL_ROTATION, QHeaderView.ResizeMode.ResizeToContents)
    commands.update_actions()
    return commands


def _add_to_key_menu(window: "MainWindow", actions: list[QAction | None]) -> None:
    """Before the Key menu's last entry (Delete), in a section of their own."""
    menu = window.menuBar().findChild(QMenu, "keyMenu")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Key"))
        menu.setObjectName("keyMenu")
    existing = menu.actions()
    if not existing:
        menu.addActions([action for action in actions if action is not None])
        return
    before = existing[-1]
    for action in [*actions, None]:
        if action is None:
            menu.insertSeparator(before)
        else:
            menu.insertAction(before, action)

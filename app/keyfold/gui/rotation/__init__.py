"""Rotation in the window: rotate, resume, schedule, expire, the due-keys notice."""

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.menus import add_to_key_menu
from keyfold.gui.rotation.actions import ROTATION_SPECS
from keyfold.gui.rotation.commands import KeyView, RotationCommands
from keyfold.gui.rotation.notice import RotationNotice

MENU_ORDER = ("rotate_key", "resume_rotation", "rotation_policy", "expire_version")


def install_rotation(ctx: FeatureContext, view: KeyView) -> RotationCommands:
    """Add the actions to the Key menu and make the notice bar (`commands.notice`, which
    the window places); the window connects the key list's signals to the commands."""
    notice = RotationNotice()
    commands = RotationCommands(ctx, view, notice)
    actions = create_actions(ROTATION_SPECS, ctx.window)
    commands.actions = actions
    actions["rotate_key"].triggered.connect(lambda: commands.rotate())
    actions["resume_rotation"].triggered.connect(lambda: commands.resume())
    actions["rotation_policy"].triggered.connect(lambda: commands.edit_policy())
    actions["expire_version"].triggered.connect(lambda: commands.expire())
    add_to_key_menu(ctx.menu_bar(), [actions[name] for name in MENU_ORDER])
    notice.rotate_requested.connect(lambda key_id: commands.rotate(key_id))
    notice.resume_requested.connect(lambda key_id: commands.resume(key_id))
    commands.update_actions()
    return commands

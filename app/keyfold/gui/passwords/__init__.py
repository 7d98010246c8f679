"""Passwords derived from a key, one per service (see `install_passwords`)."""

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.menus import add_to_key_menu
from keyfold.gui.passwords.actions import PASSWORD_SPECS
from keyfold.gui.passwords.commands import PasswordCommands


def install_passwords(ctx: FeatureContext) -> PasswordCommands:
    """Add "Password for a service…" to the Key menu, in a section of its own."""
    commands = PasswordCommands(ctx)
    actions = create_actions(PASSWORD_SPECS, ctx.window)
    commands.actions = actions
    actions["derive_password"].triggered.connect(lambda: commands.derive_password())
    add_to_key_menu(ctx.menu_bar(), [actions["derive_password"]])
    commands.update_actions()
    return commands

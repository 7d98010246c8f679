"""Registrations in the window: register keys, check status, verify on a server, servers."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.menus import add_menu
from keyfold.gui.registrations.actions import REGISTRY_SPECS
from keyfold.gui.registrations.model import RegistrationTableModel
from keyfold.gui.registrations.page import RegistrationsPage

if TYPE_CHECKING:
    from keyfold.gui.registrations.commands import RegistryCommands


def install_registrations(
    ctx: FeatureContext, page: RegistrationsPage, model: RegistrationTableModel
) -> "RegistryCommands":
    """Add the Registrations menu, and the page's buttons and context menu."""
    # Here, not at the top: the window imports this package's page and model
    # before it shows, and the commands load the registry client (httpx).
    from keyfold.gui.registrations.commands import RegistryCommands

    commands = RegistryCommands(ctx, page, model)
    actions = create_actions(REGISTRY_SPECS, ctx.window)
    actions["register_key"].triggered.connect(lambda: commands.register())
    actions["refresh_registrations"].triggered.connect(lambda: commands.refresh_status())
    actions["verify_file_remote"].triggered.connect(lambda: commands.verify_file())
    actions["verify_message_remote"].triggered.connect(commands.verify_message)
    actions["revoke_registration"].triggered.connect(lambda: commands.revoke())
    actions["forget_registration"].triggered.connect(lambda: commands.forget())
    actions["registry_servers"].triggered.connect(lambda: commands.servers())
    commands.actions = actions
    add_menu(
        ctx.menu_bar(),
        QCoreApplication.translate("RegistryMenu", "&Registrations"),
        [actions["register_key"], actions["refresh_registrations"], None,
         actions["verify_file_remote"], actions["verify_message_remote"], None,
         actions["revoke_registration"], actions["forget_registration"], None,
         actions["registry_servers"]],
        name="registrationsMenu",
    )  # fmt: skip
    page.add_actions(
        [actions["register_key"], actions["refresh_registrations"], None,
         actions["verify_file_remote"], actions["verify_message_remote"], None,
         actions["revoke_registration"], actions["forget_registration"], None,
         actions["registry_servers"]]
    )  # fmt: skip
    page.selection_changed.connect(commands.update_actions)
    commands.update_actions()
    return commands

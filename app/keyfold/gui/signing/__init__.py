"""Signing in the window: sign and check files, messages, trusted keys, and drops."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import add_to_toolbar, create_actions
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.menus import add_menu
from keyfold.gui.signing.actions import SIGNING_SPECS
from keyfold.gui.signing.commands import SigningCommands
from keyfold.gui.signing.drops import claim_for_signing

if TYPE_CHECKING:
    from keyfold.gui.main_window import MainWindow


def install_signing(window: "MainWindow") -> SigningCommands:
    """Add the Signatures menu, toolbar buttons and the drop handler to `window`."""
    commands = SigningCommands(window)
    actions = create_actions(SIGNING_SPECS, window)
    actions["sign_files"].triggered.connect(lambda: commands.sign())
    actions["verify_files"].triggered.connect(lambda: commands.verify())
    actions["messages"].triggered.connect(commands.messages)
    actions["trusted_keys"].triggered.connect(commands.trusted_keys)
    commands.actions = actions
    add_menu(
        window.menuBar(),
        QCoreApplication.translate("SigningMenu", "&Signatures"),
        [actions["sign_files"], actions["verify_files"], None, actions["messages"], None,
         actions["trusted_keys"]],
        name="signaturesMenu",
    )  # fmt: skip
    add_to_toolbar(window.toolbar, [actions["sign_files"]])
    window.drops.register(
        DropHandler("sign-or-verify", claim_for_signing, commands.drop), first=True
    )
    return commands

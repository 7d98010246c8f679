"""Signing in the window: sign and check files, messages, trusted keys, and drops."""

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.menus import add_menu
from keyfold.gui.signing.actions import SIGNING_SPECS
from keyfold.gui.signing.commands import SigningCommands
from keyfold.gui.signing.drops import claim_for_signing


def install_signing(ctx: FeatureContext) -> SigningCommands:
    """Add the Signatures menu, toolbar buttons and the drop handler to the window."""
    commands = SigningCommands(ctx)
    actions = create_actions(SIGNING_SPECS, ctx.window)
    actions["sign_files"].triggered.connect(lambda: commands.sign())
    actions["verify_files"].triggered.connect(lambda: commands.verify())
    actions["messages"].triggered.connect(commands.messages)
    actions["trusted_keys"].triggered.connect(commands.trusted_keys)
    commands.actions = actions
    add_menu(
        ctx.menu_bar(),
        QCoreApplication.translate("SigningMenu", "&Signatures"),
        [actions["sign_files"], actions["verify_files"], None, actions["messages"], None,
         actions["trusted_keys"]],
        name="signaturesMenu",
    )  # fmt: skip
    ctx.add_to_toolbar([actions["sign_files"]])
    ctx.add_drop_handler(DropHandler("sign-or-verify", claim_for_signing, commands.drop))
    return commands

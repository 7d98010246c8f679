"""Encryption in the window: files by menu or drop, text values as tokens, statistics."""

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.menus import add_menu
from keyfold.gui.base.widgets.file_offers import FileOffer
from keyfold.gui.encryption.actions import ENCRYPTION_CONTEXT, ENCRYPTION_SPECS
from keyfold.gui.encryption.commands import EncryptionCommands
from keyfold.gui.encryption.drops import claim_encrypted


def install_encryption(ctx: FeatureContext) -> EncryptionCommands:
    """Add the Encryption menu and toolbar buttons, and decrypt drops."""
    commands = EncryptionCommands(ctx)
    actions = create_actions(ENCRYPTION_SPECS, ctx.window, ENCRYPTION_CONTEXT)
    actions["encrypt_files"].triggered.connect(lambda: commands.encrypt())
    actions["decrypt_file"].triggered.connect(lambda: commands.decrypt())
    actions["encrypt_text"].triggered.connect(lambda: commands.encrypt_text())
    actions["encryption_metrics"].triggered.connect(commands.show_metrics)
    commands.actions = actions
    add_menu(
        ctx.menu_bar(),
        QCoreApplication.translate("EncryptionMenu", "&Encryption"),
        [
            actions["encrypt_files"],
            actions["decrypt_file"],
            None,
            actions["encrypt_text"],
            None,
            actions["encryption_metrics"],
        ],
        name="encryptionMenu",
    )
    ctx.add_to_toolbar([actions["encrypt_files"]])
    # Installed after signing, so encrypted files are claimed before signing sees them.
    ctx.add_drop_handler(DropHandler("decrypt", claim_encrypted, commands.decrypt))
    return commands


def encrypt_offer(commands: EncryptionCommands) -> FileOffer:
    """What dropped files may become besides signed: encrypted copies."""
    return FileOffer(
        "encryptOffer",
        QCoreApplication.translate("EncryptionOffer", "Encrypt…"),
        QCoreApplication.translate(
            "EncryptionOffer", "Make encrypted copies only the people you choose can open"
        ),
        lambda paths: commands.encrypt(paths),
    )

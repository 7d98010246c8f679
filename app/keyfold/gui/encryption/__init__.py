"""Encryption in the window: files by menu or drop, text values as tokens, statistics."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import add_to_toolbar, create_actions
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.menus import add_menu
from keyfold.gui.base.widgets.file_offers import FileOffer
from keyfold.gui.encryption.actions import ENCRYPTION_CONTEXT, ENCRYPTION_SPECS
from keyfold.gui.encryption.commands import EncryptionCommands
from keyfold.gui.encryption.drops import claim_encrypted
from keyfold.gui.signing.commands import SigningCommands

if TYPE_CHECKING:
    from keyfold.gui.main_window import MainWindow


def install_encryption(window: "MainWindow", signing: SigningCommands) -> EncryptionCommands:
    """Add the Encryption menu and toolbar buttons; decrypt drops; offer to encrypt."""
    commands = EncryptionCommands(window)
    actions = create_actions(ENCRYPTION_SPECS, window, ENCRYPTION_CONTEXT)
    actions["encrypt_files"].triggered.connect(lambda: commands.encrypt())
    actions["decrypt_file"].triggered.connect(lambda: commands.decrypt())
    actions["encrypt_text"].triggered.connect(lambda: commands.encrypt_text())
    actions["encryption_metrics"].triggered.connect(commands.show_metrics)
    commands.actions = actions
    add_menu(
        window.menuBar(),
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
    add_to_toolbar(window.toolbar, [actions["encrypt_files"]])
    # Registered after signing with first=True, so encrypted files are seen first.
    window.drops.register(DropHandler("decrypt", claim_encrypted, commands.decrypt), first=True)
    signing.add_offer(
        FileOffer(
            "encryptOffer",
            QCoreApplication.translate("EncryptionOffer", "Encrypt…"),
            QCoreApplication.translate(
                "EncryptionOffer", "Make encrypted copies only the people you choose can open"
            ),
            lambda paths: commands.encrypt(paths),
        )
    )
    return commands

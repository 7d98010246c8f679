"""SSH and git in the window: the agent (with tray), "Use for SSH", git setup, `.sig` files."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.menus import add_menu
from keyfold.gui.base.widgets.file_offers import FileOffer
from keyfold.gui.ssh.actions import SSH_SPECS
from keyfold.gui.ssh.commands import SshCommands
from keyfold.gui.ssh.drops import claim_ssh_signatures

if TYPE_CHECKING:
    from keyfold.gui.main_window import MainWindow


def install_ssh(window: "MainWindow") -> SshCommands:
    """Add the SSH menu, the drop offer and handler, the tray; start the agent if it was on."""
    commands = SshCommands(window)
    actions = create_actions(SSH_SPECS, window)
    actions["use_for_ssh"].setCheckable(True)
    actions["ssh_agent"].triggered.connect(commands.agent_settings)
    actions["use_for_ssh"].toggled.connect(commands.toggle_use_for_ssh)
    actions["git_setup"].triggered.connect(commands.git_setup)
    commands.actions = actions
    add_menu(
        window.menuBar(),
        QCoreApplication.translate("SshMenu", "SS&H"),
        [actions["ssh_agent"], None, actions["use_for_ssh"], actions["git_setup"]],
        name="sshMenu",
    )
    window.signing.add_offer(
        FileOffer(
            "sshSignOffer",
            QCoreApplication.translate("SshOffer", "SSH signature (.sig)…"),
            QCoreApplication.translate(
                "SshOffer", "Sign the files as ssh-keygen -Y sign does, for git or anyone with ssh"
            ),
            commands.sign_ssh,
        )
    )
    # Seen before the minisign handler, which would take a `.sig` for a file to sign.
    window.drops.register(
        DropHandler("ssh-verify", claim_ssh_signatures, commands.verify_ssh), first=True
    )
    window.keys_page.selection_changed.connect(commands.selection_changed)
    window.keep_running = commands.keep_running
    quit_action = window.action_set["quit"]
    quit_action.triggered.disconnect()
    quit_action.triggered.connect(commands.quit)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(commands.stop)
    commands.install_tray()
    commands.selection_changed()
    commands.start_if_wanted()
    return commands

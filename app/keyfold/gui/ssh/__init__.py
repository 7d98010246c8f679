"""SSH and git in the window: the agent (with tray), "Use for SSH", git setup, `.sig` files."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from keyfold.gui.base.actions import create_actions
from keyfold.gui.base.context import FeatureContext
from keyfold.gui.base.drop_dispatch import DropHandler
from keyfold.gui.base.menus import add_menu
from keyfold.gui.base.widgets.file_offers import FileOffer
from keyfold.gui.ssh.actions import SSH_SPECS
from keyfold.gui.ssh.commands import SshCommands
from keyfold.gui.ssh.drops import claim_ssh_signatures


def install_ssh(ctx: FeatureContext, add_offer: Callable[[FileOffer], None]) -> SshCommands:
    """Add the SSH menu, the drop handler, the tray; offer SSH signatures of dropped files
    through `add_offer` (the signing feature's); start the agent if it was on.

    The window connects the key list's selection to `commands.selection_changed`, and
    its Quit and close to `commands.quit` and `commands.keep_running`."""
    commands = SshCommands(ctx)
    actions = create_actions(SSH_SPECS, ctx.window)
    actions["use_for_ssh"].setCheckable(True)
    actions["ssh_agent"].triggered.connect(commands.agent_settings)
    actions["use_for_ssh"].toggled.connect(commands.toggle_use_for_ssh)
    actions["git_setup"].triggered.connect(commands.git_setup)
    commands.actions = actions
    add_menu(
        ctx.menu_bar(),
        QCoreApplication.translate("SshMenu", "SS&H"),
        [actions["ssh_agent"], None, actions["use_for_ssh"], actions["git_setup"]],
        name="sshMenu",
    )
    add_offer(
        FileOffer(
            "sshSignOffer",
            QCoreApplication.translate("SshOffer", "SSH signature (.sig)…"),
            QCoreApplication.translate(
                "SshOffer", "Sign the files as ssh-keygen -Y sign does, for git or anyone with ssh"
            ),
            commands.sign_ssh,
        )
    )
    # Installed after signing, so seen before the minisign handler, which would take a
    # `.sig` for a file to sign.
    ctx.add_drop_handler(DropHandler("ssh-verify", claim_ssh_signatures, commands.verify_ssh))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(commands.stop)
    commands.install_tray()
    commands.selection_changed()
    commands.start_if_wanted()
    return commands

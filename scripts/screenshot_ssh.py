"""The SSH agent, its unlock-on-demand question and git setup, for scripts/screenshots.py."""

from pathlib import Path

from PySide6.QtWidgets import QDialog
from screenshot_registry import Grab

from keyfold.controller import Controller
from keyfold.controller.ssh_agent import SignPrompt
from keyfold.gui.main_window import MainWindow
from keyfold.gui.ssh.prompt_dialogs import SshUnlockDialog


def ssh_screens(
    window: MainWindow, shown: list[QDialog], controller: Controller, home: Path, grab: Grab
) -> None:
    """The agent dialog serving one key, the passphrase question ssh triggers, git setup."""
    controller.ssh.set_use_for_ssh("alice-laptop", True)
    window.refresh("alice-laptop")
    dialog = window.ssh.agent_settings()
    dialog.serve_check.setChecked(True)
    dialog.socket_edit.setText("/run/user/1000/keyfold/ssh-agent.sock")
    grab(dialog, "48-ssh-agent")
    dialog.reject()
    prompt = SignPrompt(
        "alice-laptop",
        "Alice's laptop",
        controller.keys.get("alice-laptop").public_key.ssh_fingerprint,
        "ssh (process 4242)",
        "an SSH login as alice",
    )
    question = SshUnlockDialog(prompt, "", window)
    question.show()
    grab(question, "49-ssh-unlock")
    question.reject()
    git = window.ssh.git_setup()
    if git is not None:
        git.email_edit.setText("alice@example.org")
        git.repo_edit.setText(str(home / "projects" / "keyfold"))
        grab(git, "50-git-setup")
        git.reject()

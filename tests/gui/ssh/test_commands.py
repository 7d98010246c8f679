"""The SSH feature in the window, with the real ssh-add, ssh-keygen and git."""

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from keyfold.core.keys import PublicKeyFormat
from keyfold.gui.base.widgets.file_offers import FileOffersDialog
from keyfold.gui.main_window import MainWindow
from keyfold.gui.ssh.git_dialog import GitSetupDialog
from keyfold.gui.ssh.prompt_dialogs import SshConfirmDialog, SshUnlockDialog
from keyfold.gui.ssh.sign_dialog import SshSignDialog
from tests.gui.conftest import PASSPHRASE, FakeDialogs, make_key
from tests.gui.signing.conftest import answer_unlock, drop_files
from tests.ssh_tools import run, tool


@pytest.fixture
def served(window: MainWindow, tmp_path: Path) -> Iterator[Path]:
    """The window serving the key "work" (locked) on a socket in tmp_path."""
    make_key(window.controller, "work", "Work key")
    window.refresh(select="work")
    window.ssh.actions["use_for_ssh"].trigger()
    assert window.controller.ssh.ssh_key_ids() == ["work"]
    socket_path = tmp_path / "agent" / "sock"
    dialog = window.ssh.agent_settings()
    dialog.serve_check.setChecked(True)
    dialog.socket_edit.setText(str(socket_path))
    dialog.accept()
    assert window.ssh.host.running
    yield socket_path
    window.ssh.stop()


def start(*args: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [tool(args[0]), *args[1:]],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def sign_in_background(
    window: MainWindow, socket_path: Path, folder: Path
) -> subprocess.Popen[bytes]:
    public = folder / "work.pub"
    public.write_text(window.controller.keys.format_public("work", PublicKeyFormat.OPENSSH))
    (folder / "msg").write_bytes(b"hello\n")
    env = {**os.environ, "SSH_AUTH_SOCK": str(socket_path)}
    return start(
        "ssh-keygen", "-Y", "sign", "-n", "file", "-f", str(public), "msg", env=env, cwd=folder
    )


def opened(dialogs: FakeDialogs, kind: type) -> bool:
    return any(isinstance(dialog, kind) for dialog in dialogs.opened)


def test_settings_show_the_lines_to_use_the_agent(window: MainWindow, served: Path) -> None:
    dialog = window.ssh.agent_settings()
    assert dialog.serve_check.isChecked()
    assert dialog.shell_field.text() == f"export SSH_AUTH_SOCK={served}"
    assert dialog.config_field.text() == f"Host *\n    IdentityAgent {served}"
    assert dialog.chosen_key_ids() == ["work"]
    assert str(served) in dialog.status_label.text()
    listed = run("ssh-add", "-L", env={**os.environ, "SSH_AUTH_SOCK": str(served)})
    assert listed.returncode == 0 and listed.stdout.decode().split()[2] == "work"
    dialog.reject()


def test_turning_serving_off_stops_the_agent(window: MainWindow, served: Path) -> None:
    dialog = window.ssh.agent_settings()
    dialog.serve_check.setChecked(False)
    dialog.accept()
    assert not window.ssh.host.running and not served.exists()
    assert not window.ssh.settings.serve


def test_unlock_on_demand_names_key_and_program(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, served: Path, tmp_path: Path
) -> None:
    process = sign_in_background(window, served, tmp_path)
    qtbot.waitUntil(lambda: opened(dialogs, SshUnlockDialog), timeout=30_000)
    dialog = dialogs.last(SshUnlockDialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.error_label)))
    assert "ssh-keygen (process " in text and "“Work key” (work)" in text
    assert 'an SSH signature for "file"' in text
    dialog.passphrase_edit.setText("wrong")
    dialog.ok_button.click()
    # A wrong passphrase asks again, saying so.
    qtbot.waitUntil(
        lambda: len([d for d in dialogs.opened if isinstance(d, SshUnlockDialog)]) == 2,
        timeout=30_000,
    )
    again = dialogs.last(SshUnlockDialog)
    assert again.error_label.text() == "That passphrase is not right. Try again."
    again.passphrase_edit.setText(PASSPHRASE)
    again.ok_button.click()
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    assert process.returncode == 0, process.stderr.read() if process.stderr else b""
    assert window.controller.keys.is_unlocked("work")
    assert window.controller.signing.signature_count("work") == 1
    process.communicate()


def test_cancelling_the_unlock_refuses(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, served: Path, tmp_path: Path
) -> None:
    process = sign_in_background(window, served, tmp_path)
    qtbot.waitUntil(lambda: opened(dialogs, SshUnlockDialog), timeout=30_000)
    dialogs.last(SshUnlockDialog).reject()
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    process.communicate()
    assert process.returncode != 0
    assert not (tmp_path / "msg.sig").exists()


def test_confirm_each_use(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, served: Path, tmp_path: Path
) -> None:
    window.controller.keys.unlock("work", PASSPHRASE)
    dialog = window.ssh.agent_settings()
    dialog.confirm_check.setChecked(True)
    dialog.accept()
    for allow, expected in ((False, False), (True, True)):
        (tmp_path / "msg.sig").unlink(missing_ok=True)
        before = len([d for d in dialogs.opened if isinstance(d, SshConfirmDialog)])
        process = sign_in_background(window, served, tmp_path)
        qtbot.waitUntil(
            lambda before=before: (
                len([d for d in dialogs.opened if isinstance(d, SshConfirmDialog)]) > before
            ),
            timeout=30_000,
        )
        confirm = dialogs.last(SshConfirmDialog)
        (confirm.allow_button.click if allow else confirm.reject)()
        qtbot.waitUntil(lambda process=process: process.poll() is not None, timeout=30_000)
        process.communicate()
        assert (process.returncode == 0) is expected
        assert (tmp_path / "msg.sig").exists() is expected


def test_use_for_ssh_follows_the_selection(window: MainWindow) -> None:
    make_key(window.controller, "a")
    make_key(window.controller, "b")
    window.refresh(select="a")
    action = window.ssh.actions["use_for_ssh"]
    assert not action.isChecked()
    action.trigger()
    assert action.isChecked() and window.controller.ssh.uses_ssh("a")
    window.refresh(select="b")
    assert not action.isChecked()


def test_git_setup_dialog(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    make_key(window.controller, "work")
    window.refresh(select="work")
    repo = tmp_path / "repo"
    run("git", "init", "-q", str(repo))
    dialog = window.ssh.git_setup()
    assert isinstance(dialog, GitSetupDialog)
    dialog.ok_button.click()
    assert dialog.error_label.text() == "Type the email address you commit with."
    dialog.email_edit.setText("me@example.org")
    dialog.repo_edit.setText(str(repo))
    dialog.ok_button.click()
    _title, text = dialogs.confirmations[-1]
    assert "gpg.format = ssh" in text and "me@example.org" in text
    assert dialog.result() == dialog.DialogCode.Accepted
    config = run("git", "-C", str(repo), "config", "gpg.format").stdout
    assert config == b"ssh\n"
    # After a rotation the dialog offers to bring the setup along.
    window.controller.rotation.rotate("work", PASSPHRASE)
    window.refresh(select="work")
    again = window.ssh.git_setup()
    assert again is not None and not again.update_button.isHidden()
    assert again.email_edit.text() == "me@example.org"
    again.update_button.click()
    assert "end at this moment the old key" in dialogs.confirmations[-1][1]
    assert 'valid-before="' in (repo / ".git" / "allowed_signers").read_text()


def test_drop_offers_an_ssh_signature_and_checks_it(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    make_key(window.controller, "work")
    window.refresh(select="work")
    data = tmp_path / "report.txt"
    data.write_text("numbers\n")
    drop_files(window, [data])
    dialogs.last(FileOffersDialog).buttons["sshSignOffer"].click()
    sign = dialogs.last(SshSignDialog)
    assert sign.key_choice.key_id() == "work"
    sign.ok_button.click()
    answer_unlock(dialogs)
    signature = tmp_path / "report.txt.sig"
    assert signature.read_text().startswith("-----BEGIN SSH SIGNATURE-----")
    drop_files(window, [signature])
    assert dialogs.infos[-1].startswith("✓ report.txt: Good signature by work.")
    data.write_text("changed\n")
    drop_files(window, [data])  # the signature beside it is found
    assert dialogs.errors[-1].startswith("✗ report.txt: The signature does not match")


def test_closing_the_window_without_a_tray_quits(window: MainWindow, served: Path) -> None:
    # The offscreen platform has no system tray: nothing may keep a hidden app alive.
    assert window.ssh.tray is None
    assert not window.keep_running()


def test_quit_stops_the_agent_and_closes_the_window(window: MainWindow, served: Path) -> None:
    window.action_set["quit"].trigger()
    assert not window.ssh.host.running and not served.exists()
    assert not window.isVisible()

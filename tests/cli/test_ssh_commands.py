"""keyfold-cli ssh-agent (a real process, real ssh-add) and git-setup."""

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.core.keys import PublicKeyFormat
from keyfold.core.vault import Vault
from tests.cli.conftest import Run
from tests.core.vault.support import CHEAP_KDF
from tests.ssh_tools import run

CLI = Path(sys.executable).with_name("keyfold-cli")


@pytest.fixture
def vault(vault_dir: Path) -> Controller:
    controller = Controller(Vault(vault_dir, kdf=CHEAP_KDF, keychain=None))
    controller.keys.generate("work", passphrase="key-pw")
    controller.keys.generate("other", passphrase="key-pw")
    return controller


def start_agent(vault_dir: Path, socket_path: Path, *keys: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "KEYFOLD_PASSPHRASE": "key-pw",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "KEYFOLD_LOG_DIR": str(vault_dir.parent / "logs"),
    }
    key_args = [arg for key in keys for arg in ("--key", key)]
    return subprocess.Popen(
        [str(CLI), "--vault", str(vault_dir), "ssh-agent", "--socket", str(socket_path), *key_args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_ssh_agent_serves_until_a_signal_then_removes_its_socket(
    vault: Controller, vault_dir: Path, tmp_path: Path, stop: signal.Signals
) -> None:
    socket_path = tmp_path / "run" / "agent.sock"
    agent = start_agent(vault_dir, socket_path, "work")
    try:
        assert agent.stdout is not None
        first = agent.stdout.readline().decode()
        assert first == f"SSH_AUTH_SOCK={socket_path}; export SSH_AUTH_SOCK;\n"
        assert stat.S_IMODE(socket_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(socket_path.parent.stat().st_mode) == 0o700
        env = {**os.environ, "SSH_AUTH_SOCK": str(socket_path)}
        listed = run("ssh-add", "-L", env=env)
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.decode().split()[2:] == ["work"]
        second = start_agent(vault_dir, socket_path)
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 2
        assert b"An agent is serving" in err and b"Traceback" not in err
        agent.send_signal(stop)
        agent.communicate(timeout=30)
        assert agent.returncode == 0
        assert not socket_path.exists()
    finally:
        if agent.poll() is None:
            agent.kill()
            agent.communicate()


def test_ssh_agent_serves_every_key_without_key_options(
    vault: Controller, vault_dir: Path, tmp_path: Path
) -> None:
    socket_path = tmp_path / "agent.sock"
    agent = start_agent(vault_dir, socket_path)
    try:
        assert agent.stdout is not None
        agent.stdout.readline()
        listed = run("ssh-add", "-L", env={**os.environ, "SSH_AUTH_SOCK": str(socket_path)})
        assert sorted(line.split()[2] for line in listed.stdout.decode().splitlines()) == [
            "other",
            "work",
        ]
    finally:
        agent.terminate()
        agent.communicate(timeout=30)


def test_ssh_agent_with_a_wrong_passphrase_never_listens(
    vault: Controller, cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEYFOLD_PASSPHRASE", "wrong")
    result = cli("ssh-agent", "--socket", str(tmp_path / "agent.sock"))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert not (tmp_path / "agent.sock").exists()


def test_git_setup_shows_and_makes_the_changes(vault: Controller, cli: Run, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    run("git", "init", "-q", str(repo))
    dry = cli("git-setup", "work", "--repo", str(repo), "--email", "me@example.org", "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out.startswith("Would change:\n")
    assert "gpg.format = ssh" in dry.out
    assert not (repo / ".git" / "allowed_signers").exists()
    done = cli("git-setup", "work", "--repo", str(repo), "--email", "me@example.org")
    assert done.code == 0 and done.out.startswith("Changed:\n")
    assert "me@example.org" in (repo / ".git" / "allowed_signers").read_text()
    again = cli("--json", "git-setup", "work", "--repo", str(repo), "--email", "me@example.org")
    assert '"config": []' in again.out


def test_git_setup_update_after_rotation(vault: Controller, cli: Run, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    run("git", "init", "-q", str(repo))
    assert cli("git-setup", "work", "--repo", str(repo), "--email", "me@example.org").code == 0
    assert cli("rotate", "work").code == 0
    updated = cli("git-setup", "work", "--update")
    assert updated.code == 0, updated.err
    assert "user.signingKey" in updated.out and "end at this moment the old key" in updated.out
    assert 'valid-before="' in (repo / ".git" / "allowed_signers").read_text()


def test_git_setup_errors_are_one_line(vault: Controller, cli: Run, tmp_path: Path) -> None:
    for args, reason in (
        (("git-setup", "work", "--email", "me@example.org"), "Choose where"),
        (("git-setup", "work", "--global"), "needs --email"),
        (("git-setup", "other", "--update"), "never set up for git"),
        (("git-setup", "work", "--repo", str(tmp_path), "--email", "a@b"), "not a git repository"),
    ):
        result = cli(*args)
        assert result.code == 2, args
        assert reason in result.err and result.err.count("\n") == 1


def test_after_a_rotation_elsewhere_the_agent_signs_with_the_new_version(
    vault: Controller, vault_dir: Path, tmp_path: Path
) -> None:
    socket_path = tmp_path / "agent.sock"
    agent = start_agent(vault_dir, socket_path, "work")
    try:
        assert agent.stdout is not None
        agent.stdout.readline()
        env = {**os.environ, "SSH_AUTH_SOCK": str(socket_path)}
        rotated = subprocess.run(
            [str(CLI), "--vault", str(vault_dir), "rotate", "work"],
            env={**os.environ, "KEYFOLD_PASSPHRASE": "key-pw",
                 "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
            stdin=subprocess.DEVNULL, capture_output=True, check=False, timeout=120,
        )  # fmt: skip
        assert rotated.returncode == 0, rotated.stderr
        new = vault.keys.format_public("work", PublicKeyFormat.OPENSSH)
        assert new.split()[1] in run("ssh-add", "-L", env=env).stdout.decode()
        (tmp_path / "new.pub").write_text(new)
        (tmp_path / "msg").write_bytes(b"after rotation\n")
        signed = run(
            "ssh-keygen", "-Y", "sign", "-n", "file", "-f", "new.pub", "msg", cwd=tmp_path, env=env
        )
        assert signed.returncode == 0, signed.stderr
    finally:
        agent.terminate()
        agent.communicate(timeout=30)

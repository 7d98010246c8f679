"""git-setup over a real repository: what it plans, what it writes, and following a rotation."""

import subprocess
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.core.errors import InvalidInputError
from keyfold.core.ssh import allowed_signers
from keyfold.core.ssh.wire import openssh_line
from tests.ssh_tools import run, tool


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    assert run("git", "init", "-q", str(folder)).returncode == 0
    run("git", "-C", str(folder), "config", "user.name", "Someone")
    return folder


def git_config(repo: Path, name: str) -> str:
    return subprocess.run(
        [tool("git"), "-C", str(repo), "config", "--get", name],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()


def test_plan_shows_every_change_then_apply_makes_them(controller: Controller, repo: Path) -> None:
    controller.keys.generate("work", passphrase="pw")
    plan = controller.git.plan("work", email="me@example.org", repo=repo)
    names = [c.name for c in plan.config]
    assert names == [
        "gpg.format",
        "gpg.ssh.program",
        "user.signingKey",
        "commit.gpgsign",
        "tag.gpgsign",
        "gpg.ssh.allowedSignersFile",
    ]
    assert plan.allowed_signers == repo / ".git" / "allowed_signers"
    assert any("user.signingKey = key::ssh-ed25519 " in line for line in plan.describe())
    assert not plan.allowed_signers.exists()  # planning changes nothing
    controller.git.apply(plan)
    public = controller.vault.get_key("work").public_key
    assert git_config(repo, "user.signingKey") == "key::" + openssh_line(public)
    assert git_config(repo, "gpg.ssh.program").endswith("keyfold-ssh")
    assert Path(git_config(repo, "gpg.ssh.program")).is_absolute()
    assert git_config(repo, "user.name") == "Someone"  # other settings stay
    (signer,) = allowed_signers.parse(plan.allowed_signers.read_text())
    assert signer.principals == "me@example.org" and signer.matches_key(public)
    again = controller.git.plan("work", email="me@example.org", repo=repo)
    assert not again.changes_anything
    assert again.describe() == ["Nothing to change: git signs with this key already."]


BOB = (
    "bob@example.org ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIOvqk4rjmJcKIcxx1XT9R2pqBVdUm13mO4hVx1rGlb2W"
)


def test_existing_signers_are_kept(controller: Controller, repo: Path, tmp_path: Path) -> None:
    controller.keys.generate("work", passphrase="pw")
    allowed = tmp_path / "signers"
    allowed.write_text(f"# colleagues\n{BOB}\n")
    controller.git.apply(
        controller.git.plan("work", email="me@example.org", repo=repo, allowed_signers_file=allowed)
    )
    lines = allowed.read_text().splitlines()
    assert lines[:2] == ["# colleagues", BOB]
    assert lines[2].startswith('me@example.org namespaces="git" ssh-ed25519 ')


def test_global_setup_uses_the_home_config(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    (tmp_path / "home").mkdir()
    controller.keys.generate("work", passphrase="pw")
    plan = controller.git.plan("work", email="me@example.org", global_=True)
    assert plan.allowed_signers == tmp_path / "home" / ".config" / "git" / "allowed_signers"
    controller.git.apply(plan)
    assert "gpgsign = true" in (tmp_path / "home" / ".gitconfig").read_text()
    assert [s.scope for s in controller.git.setups("work")] == ["global"]


def test_bad_requests_are_named(controller: Controller, tmp_path: Path) -> None:
    controller.keys.generate("work", passphrase="pw")
    with pytest.raises(InvalidInputError, match="not a git repository"):
        controller.git.plan("work", email="me@example.org", repo=tmp_path)
    with pytest.raises(InvalidInputError, match="Choose one"):
        controller.git.plan("work", email="me@example.org")
    with pytest.raises(InvalidInputError, match="email"):
        controller.git.plan("work", email=" ", global_=True)


def test_following_a_rotation_keeps_the_old_key_until_now(
    controller: Controller, repo: Path
) -> None:
    controller.keys.generate("work", passphrase="pw")
    controller.git.apply(controller.git.plan("work", email="me@example.org", repo=repo))
    old = controller.vault.get_key("work").public_key
    controller.rotation.rotate("work", "pw")
    new = controller.vault.get_key("work").public_key
    (plan,) = controller.git.follow_rotation("work")
    assert [c.name for c in plan.config] == ["user.signingKey"]
    assert plan.add_signer is not None and len(plan.retire) == 1
    controller.git.apply(plan)
    signers = allowed_signers.parse((repo / ".git" / "allowed_signers").read_text())
    by_key = {s.public_key(): s for s in signers}
    assert by_key[old].valid_before is not None and by_key[new].valid_before is None
    assert git_config(repo, "user.signingKey") == "key::" + openssh_line(new)
    assert controller.git.setups("work")[0].version == 2
    assert not controller.git.follow_rotation("work")[0].changes_anything

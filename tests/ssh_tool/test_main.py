"""keyfold-ssh as git and people call it, checked against the real ssh-keygen both ways."""

import subprocess
from pathlib import Path

import pytest

from keyfold.core.audit import AuditKind
from keyfold.core.ssh import allowed_signers
from tests.ssh_tool.conftest import KEYFOLD_SSH, Setup
from tests.ssh_tools import run

MESSAGE = b"a message to sign\n"


def keyfold_ssh(
    *args: str, env: dict[str, str], cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(KEYFOLD_SSH), *args],
        cwd=cwd,
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        check=False,
        timeout=60,
        start_new_session=True,  # no terminal, as under git in an editor
    )


def allowed(setup: Setup, folder: Path) -> Path:
    path = folder / "allowed_signers"
    path.write_text("me@example.org " + setup.public.read_text())
    return path


def test_sign_writes_what_ssh_keygen_verifies(setup: Setup, tmp_path: Path) -> None:
    (tmp_path / "msg").write_bytes(MESSAGE)
    signed = keyfold_ssh(
        "-Y",
        "sign",
        "-n",
        "git",
        "-f",
        str(setup.public),
        "msg",
        cwd=tmp_path,
        env=setup.with_passphrase(),
    )
    assert signed.returncode == 0, signed.stderr
    assert signed.stderr.decode().splitlines() == ["Signing file msg", "Write signature to msg.sig"]
    allowed(setup, tmp_path)
    args = (
        "-Y",
        "verify",
        "-f",
        "allowed_signers",
        "-I",
        "me@example.org",
        "-n",
        "git",
        "-s",
        "msg.sig",
    )
    good = run("ssh-keygen", *args, cwd=tmp_path, stdin=MESSAGE)
    assert good.returncode == 0, good.stderr
    assert run("ssh-keygen", *args, cwd=tmp_path, stdin=MESSAGE + b"x").returncode == 255
    wrong_ns = [a if a != "git" else "file" for a in args]
    assert run("ssh-keygen", *wrong_ns, cwd=tmp_path, stdin=MESSAGE).returncode == 255
    (entry,) = setup.controller.audit.list(kind=AuditKind.SIGN, key_id="work")
    assert entry.details["action"] == "sshsig" and entry.details["service"] == "git"


def test_ssh_keygen_signatures_verify_in_keyfold_ssh(setup: Setup, tmp_path: Path) -> None:
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "k"))
    (tmp_path / "msg").write_bytes(MESSAGE)
    assert (
        run("ssh-keygen", "-Y", "sign", "-n", "git", "-f", "k", "msg", cwd=tmp_path).returncode == 0
    )
    (tmp_path / "allowed_signers").write_text("me@example.org " + (tmp_path / "k.pub").read_text())
    fingerprint = run("ssh-keygen", "-lf", "k.pub", cwd=tmp_path).stdout.split()[1].decode()
    verify = (
        "-Y",
        "verify",
        "-f",
        "allowed_signers",
        "-I",
        "me@example.org",
        "-n",
        "git",
        "-s",
        "msg.sig",
    )
    good = keyfold_ssh(*verify, cwd=tmp_path, env=setup.env, stdin=MESSAGE)
    assert good.returncode == 0, good.stderr
    assert good.stdout.decode() == (
        f'Good "git" signature for me@example.org with ED25519 key {fingerprint}\n'
    )
    # Exactly what ssh-keygen itself prints.
    assert good.stdout == run("ssh-keygen", *verify, cwd=tmp_path, stdin=MESSAGE).stdout
    tampered = keyfold_ssh(*verify, cwd=tmp_path, env=setup.env, stdin=MESSAGE + b"x")
    assert tampered.returncode == 255
    assert tampered.stdout == b"Could not verify signature.\n"
    assert b"incorrect signature" in tampered.stderr
    stranger = [a if a != "me@example.org" else "eve@example.org" for a in verify]
    assert keyfold_ssh(*stranger, cwd=tmp_path, env=setup.env, stdin=MESSAGE).returncode == 255
    found = keyfold_ssh(
        "-Y",
        "find-principals",
        "-f",
        "allowed_signers",
        "-s",
        "msg.sig",
        cwd=tmp_path,
        env=setup.env,
    )
    assert found.returncode == 0 and found.stdout == b"me@example.org\n"
    check = keyfold_ssh(
        "-Y",
        "check-novalidate",
        "-n",
        "git",
        "-s",
        "msg.sig",
        cwd=tmp_path,
        env=setup.env,
        stdin=MESSAGE,
    )
    assert check.stdout.decode() == f'Good "git" signature with ED25519 key {fingerprint}\n'
    bad = keyfold_ssh(
        "-Y",
        "check-novalidate",
        "-n",
        "git",
        "-s",
        "msg.sig",
        cwd=tmp_path,
        env=setup.env,
        stdin=b"other",
    )
    assert bad.returncode == 255


def test_options_in_any_order_and_verify_time(setup: Setup, tmp_path: Path) -> None:
    (tmp_path / "msg").write_bytes(MESSAGE)
    keyfold_ssh(
        "-f",
        str(setup.public),
        "-n",
        "git",
        "-Y",
        "sign",
        "msg",
        cwd=tmp_path,
        env=setup.with_passphrase(),
    )
    (signer,) = allowed_signers.parse("me@example.org " + setup.public.read_text())
    from datetime import UTC, datetime

    ended = datetime(2026, 1, 1, tzinfo=UTC)
    (tmp_path / "allowed_signers").write_text(
        allowed_signers.with_valid_before(signer, ended) + "\n"
    )
    base = (
        "-s",
        "msg.sig",
        "-I",
        "me@example.org",
        "-f",
        "allowed_signers",
        "-n",
        "git",
        "-Y",
        "verify",
    )
    assert keyfold_ssh(*base, cwd=tmp_path, env=setup.env, stdin=MESSAGE).returncode == 255
    before = keyfold_ssh(
        *base, "-Overify-time=20251231120000Z", cwd=tmp_path, env=setup.env, stdin=MESSAGE
    )
    assert before.returncode == 0, before.stderr
    separate = keyfold_ssh(
        *base,
        "-O",
        "verify-time=20251231",
        "-O",
        "print-pubkey",
        cwd=tmp_path,
        env=setup.env,
        stdin=MESSAGE,
    )
    assert separate.returncode == 0
    found = keyfold_ssh(
        "-Y",
        "find-principals",
        "-s",
        "msg.sig",
        "-f",
        "allowed_signers",
        "-Overify-time=20270101",
        cwd=tmp_path,
        env=setup.env,
    )
    assert found.returncode == 255 and b"No principal matched." in found.stderr


def test_sign_to_stdout_and_the_key_literal(setup: Setup) -> None:
    literal = "key::" + setup.public.read_text().strip()
    # git 2.40 and later add -U (the key is in an agent) when it is given as key::.
    signed = keyfold_ssh(
        "-Y", "sign", "-U", "-n", "file", "-f", literal, env=setup.with_passphrase(), stdin=MESSAGE
    )
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith(b"-----BEGIN SSH SIGNATURE-----\n")


def test_usage_and_input_errors(setup: Setup, tmp_path: Path) -> None:
    assert keyfold_ssh("-Y", "frobnicate", env=setup.env).returncode == 1
    assert (
        keyfold_ssh("-Y", "sign", "-f", str(setup.public), env=setup.env).returncode == 1
    )  # no -n
    assert keyfold_ssh("-Z", env=setup.env).returncode == 1
    (tmp_path / "msg").write_bytes(MESSAGE)
    (tmp_path / "msg.sig").write_text("-----BEGIN SSH SIGNATURE-----\nAAAA\n")
    broken = keyfold_ssh(
        "-Y",
        "check-novalidate",
        "-n",
        "git",
        "-s",
        str(tmp_path / "msg.sig"),
        env=setup.env,
        stdin=MESSAGE,
    )
    assert broken.returncode == 255 and b"Couldn't parse signature" in broken.stderr
    assert b"Traceback" not in broken.stderr
    (tmp_path / "msg.sig").unlink()
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "stranger"))
    unknown = keyfold_ssh(
        "-Y",
        "sign",
        "-n",
        "git",
        "-f",
        str(tmp_path / "stranger.pub"),
        str(tmp_path / "msg"),
        env=setup.with_passphrase(),
    )
    assert unknown.returncode == 255
    assert b"No private key found for public key" in unknown.stderr
    private = keyfold_ssh(
        "-Y",
        "sign",
        "-n",
        "git",
        "-f",
        str(tmp_path / "stranger"),
        str(tmp_path / "msg"),
        env=setup.env,
    )
    assert private.returncode == 255 and b"private key file" in private.stderr


def test_a_locked_key_without_terminal_or_agent_is_refused_clearly(
    setup: Setup, tmp_path: Path
) -> None:
    (tmp_path / "msg").write_bytes(MESSAGE)
    locked = keyfold_ssh(
        "-Y", "sign", "-n", "git", "-f", str(setup.public), "msg", cwd=tmp_path, env=setup.env
    )
    assert locked.returncode == 255
    assert b"Key work is locked" in locked.stderr
    assert not (tmp_path / "msg.sig").exists()


def test_the_passphrase_file(setup: Setup, tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("ssh tool passphrase\n")
    (tmp_path / "msg").write_bytes(MESSAGE)
    env = {**setup.env, "KEYFOLD_PASSPHRASE_FILE": str(tmp_path / "pw")}
    signed = keyfold_ssh(
        "-Y", "sign", "-n", "git", "-f", str(setup.public), "msg", cwd=tmp_path, env=env
    )
    assert signed.returncode == 0, signed.stderr


def test_a_locked_key_is_signed_by_the_running_agent(setup: Setup, tmp_path: Path) -> None:
    socket_path = tmp_path / "agent" / "sock"
    agent = subprocess.Popen(
        [str(KEYFOLD_SSH.with_name("keyfold-cli")), "ssh-agent", "--socket", str(socket_path)],
        env=setup.with_passphrase(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert agent.stdout is not None
        assert agent.stdout.readline().startswith(b"SSH_AUTH_SOCK=")
        (tmp_path / "msg").write_bytes(MESSAGE)
        env = {**setup.env, "SSH_AUTH_SOCK": str(socket_path)}
        signed = keyfold_ssh(
            "-Y", "sign", "-n", "git", "-f", str(setup.public), "msg", cwd=tmp_path, env=env
        )
        assert signed.returncode == 0, signed.stderr
    finally:
        agent.terminate()
        agent.communicate(timeout=30)
    allowed(setup, tmp_path)
    verified = run(
        "ssh-keygen",
        "-Y",
        "verify",
        "-f",
        "allowed_signers",
        "-I",
        "me@example.org",
        "-n",
        "git",
        "-s",
        "msg.sig",
        cwd=tmp_path,
        stdin=MESSAGE,
    )
    assert verified.returncode == 0, verified.stderr
    (entry,) = setup.controller.audit.list(kind=AuditKind.SIGN, key_id="work")
    assert entry.details["action"] == "ssh-agent-sshsig"  # counted once, by the agent


@pytest.mark.parametrize("program", ["keyfold-ssh", "ssh-keygen"])
def test_git_commits_sign_and_verify(setup: Setup, tmp_path: Path, program: str) -> None:
    repo = tmp_path / "repo"
    assert run("git", "init", "-q", str(repo), env=setup.env).returncode == 0
    setup.controller.git.apply(setup.controller.git.plan("work", email="me@example.org", repo=repo))
    (repo / "file.txt").write_text("one\n")
    run("git", "add", "file.txt", cwd=repo, env=setup.env)
    committed = run(
        "git", "commit", "-q", "-m", "signed commit", cwd=repo, env=setup.with_passphrase()
    )
    assert committed.returncode == 0, committed.stderr
    if program == "ssh-keygen":
        run("git", "config", "gpg.ssh.program", "ssh-keygen", cwd=repo, env=setup.env)
    verified = run("git", "verify-commit", "HEAD", cwd=repo, env=setup.env)
    assert verified.returncode == 0, verified.stderr
    assert b'Good "git" signature for me@example.org with ED25519 key' in verified.stderr
    shown = run("git", "log", "--format=%G? %GS", "-1", cwd=repo, env=setup.env)
    assert shown.stdout == b"G me@example.org\n"
    # The same signature over a changed commit message: git and the program both say no.
    raw = run("git", "cat-file", "commit", "HEAD", cwd=repo, env=setup.env).stdout
    forged = raw.replace(b"signed commit", b"forged commit")
    written = run(
        "git", "hash-object", "-t", "commit", "-w", "--stdin", cwd=repo, env=setup.env, stdin=forged
    )
    forged_id = written.stdout.decode().strip()
    assert run("git", "verify-commit", forged_id, cwd=repo, env=setup.env).returncode != 0


def test_git_tags_are_signed_too(setup: Setup, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    run("git", "init", "-q", str(repo), env=setup.env)
    setup.controller.git.apply(setup.controller.git.plan("work", email="me@example.org", repo=repo))
    (repo / "f").write_text("x")
    run("git", "add", "f", cwd=repo, env=setup.env)
    run("git", "commit", "-q", "-m", "c", cwd=repo, env=setup.with_passphrase())
    tagged = run("git", "tag", "-m", "release", "v1", cwd=repo, env=setup.with_passphrase())
    assert tagged.returncode == 0, tagged.stderr
    assert run("git", "verify-tag", "v1", cwd=repo, env=setup.env).returncode == 0


def test_after_rotation_old_commits_verify_and_new_ones_use_the_new_key(
    setup: Setup, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    run("git", "init", "-q", str(repo), env=setup.env)
    git = setup.controller.git
    git.apply(git.plan("work", email="me@example.org", repo=repo))
    for name in ("before", "after"):
        if name == "after":
            setup.controller.rotation.rotate("work", "ssh tool passphrase")
            (plan,) = git.follow_rotation("work")
            git.apply(plan)
        (repo / name).write_text(name)
        run("git", "add", name, cwd=repo, env=setup.env)
        done = run("git", "commit", "-q", "-m", name, cwd=repo, env=setup.with_passphrase())
        assert done.returncode == 0, done.stderr
    for program in ("keyfold-ssh", "ssh-keygen"):
        if program == "ssh-keygen":
            run("git", "config", "gpg.ssh.program", "ssh-keygen", cwd=repo, env=setup.env)
        for ref in ("HEAD~1", "HEAD"):
            verified = run("git", "verify-commit", ref, cwd=repo, env=setup.env)
            assert verified.returncode == 0, (program, ref, verified.stderr)
    fingerprints = run("git", "log", "--format=%GK", cwd=repo, env=setup.env).stdout.split()
    assert len(set(fingerprints)) == 2

"""The real OpenSSH tools and git for tests: found (failing in CI when missing), run, sshd."""

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import IN_CI, require_tool

SSHD_CANDIDATES = ("/usr/sbin/sshd", "/usr/local/sbin/sshd")


def tool(name: str) -> str:
    return require_tool(name)


def run(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """A real tool with its output captured; stdin from `stdin` or /dev/null, no terminal."""
    return subprocess.run(
        [tool(args[0]), *args[1:]],
        cwd=cwd,
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        check=False,
        timeout=60,
        start_new_session=True,  # no controlling terminal: nothing may prompt
    )


def sshd_path() -> str:
    found = shutil.which("sshd") or next(
        (path for path in SSHD_CANDIDATES if os.access(path, os.X_OK)), None
    )
    if found is None:
        message = "sshd is not installed (scripts/setup installs openssh-server)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def sshd(folder: Path, authorized_keys: str) -> Iterator[int]:
    """A throwaway sshd on a loopback port accepting only `authorized_keys`; yields the port."""
    if os.geteuid() != 0:
        message = "a throwaway sshd needs root (it changes to the logging-in user)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    daemon = sshd_path()
    folder.mkdir(mode=0o700, exist_ok=True)
    subprocess.run(
        [tool("ssh-keygen"), "-q", "-t", "ed25519", "-N", "", "-f", str(folder / "host")],
        check=True,
        stdin=subprocess.DEVNULL,
    )
    (folder / "authorized_keys").write_text(authorized_keys)
    port = free_port()
    config = folder / "sshd_config"
    config.write_text(
        "\n".join(
            [
                "ListenAddress 127.0.0.1",
                f"Port {port}",
                f"HostKey {folder / 'host'}",
                f"AuthorizedKeysFile {folder / 'authorized_keys'}",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                f"PidFile {folder / 'pid'}",
                "",
            ]
        )
    )
    Path("/run/sshd").mkdir(exist_ok=True)
    process = subprocess.Popen(
        [daemon, "-D", "-e", "-f", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_port(port, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    # Bounded: sshd listens within a fraction of a second or has failed.
    for _ in range(200):
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"sshd exited: {error}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise AssertionError("sshd did not start listening")


def ssh_login(
    port: int, agent_socket: Path, command: str = "echo logged-in"
) -> subprocess.CompletedProcess[bytes]:
    """`ssh` to the throwaway sshd with only the agent's keys, no prompts."""
    return run(
        "ssh",
        "-F",
        "/dev/null",
        "-o",
        f"IdentityAgent={agent_socket}",
        "-o",
        "IdentitiesOnly=no",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "BatchMode=yes",
        "-o",
        "LogLevel=ERROR",
        "-p",
        str(port),
        "root@127.0.0.1",
        command,
    )

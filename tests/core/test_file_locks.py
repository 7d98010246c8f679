"""Tests for keyfold.core.file_locks: locks between processes, and a core without fcntl."""

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from keyfold.core import file_locks

HOLDER = textwrap.dedent(
    """
    import os, sys
    from keyfold.core import file_locks
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
    assert file_locks.try_lock(fd)
    print("locked", flush=True)
    sys.stdin.read()
    """
)


def _holder(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def _open(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


def test_a_lock_held_by_another_process_is_refused_until_it_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    holder = _holder(path)
    fd = _open(path)
    try:
        assert not file_locks.try_lock(fd)
        assert not file_locks.lock(fd, timeout=0.1)
        holder.kill()  # SIGKILL: no cleanup runs, the kernel drops the lock
        holder.wait(timeout=30)
        assert file_locks.lock(fd, timeout=30)
    finally:
        os.close(fd)
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()


def test_closing_the_descriptor_releases_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    first = _open(path)
    assert file_locks.try_lock(first)
    os.close(first)
    second = _open(path)
    try:
        assert file_locks.try_lock(second)
    finally:
        os.close(second)


def test_a_descriptor_that_cannot_be_locked_is_a_lock_error(tmp_path: Path) -> None:
    fd = _open(tmp_path / "x.lock")
    os.close(fd)  # a closed descriptor: EBADF, not "held elsewhere"
    with pytest.raises(file_locks.LockError) as raised:
        file_locks.try_lock(fd)
    assert raised.value.errno == errno.EBADF


def test_core_and_controller_import_without_fcntl() -> None:
    """As on Windows: nothing in the core or the controller needs fcntl to import."""
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        sys.modules["fcntl"] = None  # any `import fcntl` now raises ImportError
        import keyfold.core, keyfold.controller
        names = []
        for package in (keyfold.core, keyfold.controller):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(info.name)
                names.append(info.name)
        print(len(names))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 50

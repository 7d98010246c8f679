"""Tests for keyfold.core.vault.lock."""

import fcntl
import os
import threading
from pathlib import Path

import pytest

from keyfold.core.errors import VaultBusyError
from keyfold.core.vault.lock import VaultLock


def test_lock_file_is_private(tmp_path: Path) -> None:
    lock = VaultLock(tmp_path / ".lock")
    with lock.hold():
        pass
    assert (tmp_path / ".lock").stat().st_mode & 0o777 == 0o600


def test_busy_when_another_holder_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / ".lock"
    other = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        # A separate open file description conflicts like another process would.
        fcntl.flock(other, fcntl.LOCK_EX)
        lock = VaultLock(path, timeout=0.05)
        with pytest.raises(VaultBusyError, match=str(tmp_path)), lock.hold():
            pass
    finally:
        os.close(other)
    with VaultLock(path, timeout=0.05).hold():
        pass  # released: free again


def test_reentrant_in_one_thread_and_released_after_outermost(tmp_path: Path) -> None:
    path = tmp_path / ".lock"
    lock = VaultLock(path)
    probe = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        with lock.hold():
            with lock.hold():
                pass
            # The inner block's end must not release the outer hold.
            with pytest.raises(BlockingIOError):
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(probe, fcntl.LOCK_UN)
    finally:
        os.close(probe)


def test_other_thread_waits_and_times_out(tmp_path: Path) -> None:
    lock = VaultLock(tmp_path / ".lock", timeout=0.05)
    errors: list[BaseException] = []

    def contender() -> None:
        try:
            with lock.hold():
                pass
        except VaultBusyError as exc:
            errors.append(exc)

    with lock.hold():
        thread = threading.Thread(target=contender)
        thread.start()
        thread.join()
    assert len(errors) == 1

"""Exclusive cross-process locks on an open file, on Linux, macOS and Windows.

The vault lock, the audit anchor lock and the rotation owner locks all use
these two calls on a descriptor they opened; closing the descriptor (or the
process dying, even by SIGKILL) releases the lock. On POSIX the lock is
fcntl.flock, the call portalocker itself makes there (importing portalocker
costs every vault command about 10 ms: its package reads its own version
through importlib.metadata). On Windows portalocker picks LockFileEx/msvcrt.
Both are imported on first use, so importing Keyfold's core needs no platform
locking module.
"""

import errno
import logging
import sys
import time
from typing import Any

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.02


class LockError(OSError):
    """The file could not be locked for a reason other than another holder."""


class _Descriptor:
    """What portalocker locks: anything with a fileno()."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def fileno(self) -> int:
        return self._fd


def try_lock(fd: int) -> bool:
    """Lock `fd` exclusively if nobody holds it: True when locked, False when held elsewhere."""
    if sys.platform == "win32":
        return _try_lock_windows(fd)
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        # What portalocker reads as "held elsewhere" on POSIX.
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise LockError(exc.errno, exc.strerror) from exc
    return True


def _try_lock_windows(fd: int) -> bool:
    import portalocker

    flags: Any = portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING
    try:
        portalocker.lock(_Descriptor(fd), flags)
    except portalocker.exceptions.AlreadyLocked:
        return False
    except portalocker.exceptions.LockException as exc:
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else None
        raise LockError(cause.errno if cause else 0, cause.strerror if cause else str(exc)) from exc
    return True


def lock(fd: int, timeout: float | None = None) -> bool:
    """Wait for an exclusive lock on `fd`: True once locked, False after `timeout` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    waited = False
    while not try_lock(fd):
        if deadline is not None and time.monotonic() >= deadline:
            return False
        if not waited:
            logger.debug("Waiting for a lock another process holds (fd %d)", fd)
            waited = True
        time.sleep(POLL_SECONDS)
    return True

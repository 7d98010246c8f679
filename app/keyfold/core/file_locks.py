"""Exclusive cross-process locks on an open file, on Linux, macOS and Windows (portalocker).

The vault lock, the audit anchor lock and the rotation owner locks all use
these two calls on a descriptor they opened; closing the descriptor (or the
process dying, even by SIGKILL) releases the lock. portalocker picks flock on
POSIX and LockFileEx/msvcrt on Windows; it is imported on first use, so
importing Keyfold's core needs no platform locking module.
"""

import logging
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

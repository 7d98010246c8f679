"""The cross-process vault lock: an exclusive lock on <home>/.lock, re-entrant per process."""

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from keyfold.core import file_locks
from keyfold.core.atomic_files import PRIVATE_FILE_MODE
from keyfold.core.errors import StorageError, VaultBusyError

DEFAULT_TIMEOUT_SECONDS = 15.0


class VaultLock:
    """Serialises writers across processes (a file lock) and threads (an RLock).

    File locks belong to an open file description (flock) or a handle
    (Windows), so two threads of one process opening the file separately
    would block each other; the RLock plus
    a depth counter lets nested `hold()` calls in one thread share the lock.
    """

    def __init__(self, path: Path, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self.path = path
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Hold the lock for the block; VaultBusyError after `timeout` seconds."""
        if not self._thread_lock.acquire(timeout=self.timeout):
            raise self._busy()
        try:
            if self._depth == 0:
                self._fd = self._acquire_file_lock()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    # Closing the descriptor releases the file lock.
                    os.close(self._fd)
                    self._fd = None
        finally:
            self._thread_lock.release()

    def _acquire_file_lock(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise StorageError(f"Cannot open the vault lock {self.path}: {exc.strerror}.") from exc
        try:
            locked = file_locks.lock(fd, self.timeout)
        except OSError as exc:
            os.close(fd)
            raise StorageError(f"Cannot lock the vault {self.path}: {exc.strerror}.") from exc
        if not locked:
            os.close(fd)
            raise self._busy()
        return fd

    def _busy(self) -> VaultBusyError:
        return VaultBusyError(
            f"Another Keyfold process is using the vault at {self.path.parent}; try again."
        )

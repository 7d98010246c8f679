"""Streaming BLAKE2b-512 of files in constant memory, started early, one file per core.

libsodium's BLAKE2b (through PyNaCl's public bindings) is used rather than
hashlib's: on the same cached file it needs about 10% less CPU here, the speed
`minisign` itself hashes at. Its calls release the GIL, so threads hash
several files on all cores, and a `HashJob` hashes while the caller's thread
imports, opens the vault or waits for a passphrase.
"""

import os
import stat
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from pathlib import Path

from nacl.bindings import (
    crypto_generichash_blake2b_final,
    crypto_generichash_blake2b_init,
    crypto_generichash_blake2b_update,
)

from keyfold.core.errors import InvalidInputError, OperationCancelledError
from keyfold.core.progress import CancelToken, ProgressCallback

DIGEST_SIZE = 64
# Reads of 4 MiB: a hashing thread takes the GIL back once per 4 ms of
# hashing, so a busy caller's thread (imports, SQLite) barely slows it. Fresh
# bytes per read cost no more CPU than readinto a reused buffer or mmap
# (measured), and PyNaCl's update takes only bytes.
CHUNK_SIZE = 4 * 1024 * 1024
# How often the caller's thread wakes to report progress and check cancel.
_POLL_SECONDS = 0.1


class _Stop(Exception):
    """Raised inside a hashing loop when the job has been cancelled."""


def blake2b_file(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> bytes:
    """The unkeyed 64-byte BLAKE2b digest of a file, hashed on the caller's thread."""
    total = file_size(path)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancel is not None:
            cancel.check()
        done += count
        if progress is not None:
            progress(done, total)

    digest = _hash(path, step)
    if progress is not None and total == 0:
        progress(0, 0)
    return digest


def blake2b_files(
    paths: Sequence[Path],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> list[bytes]:
    """Digests of many files, hashed in parallel; progress counts bytes over all."""
    job = HashJob(paths, workers=workers)
    try:
        return job.result(progress=progress, cancel=cancel)
    finally:
        job.cancel()


class HashJob:
    """The digests of files, hashed by background threads from the moment it is made.

    Made as soon as the files are known, it hashes while the caller does the
    rest (opening the vault, asking for and checking the passphrase); `result`
    waits for the digests. Sizes are checked at once, so a missing file or a
    folder is reported before anything else is asked. Memory stays at one
    chunk per thread whatever the files' sizes.
    """

    def __init__(self, paths: Sequence[Path], *, workers: int | None = None) -> None:
        self.paths = [Path(path) for path in paths]
        sizes = [file_size(path) for path in self.paths]
        self.total = sum(sizes)
        self._done = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._futures: list[Future[bytes]] = []
        if not self.paths:
            return
        pool_size = min(len(self.paths), workers or os.cpu_count() or 1)
        pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="blake2b")
        # Largest first, so a big file left for last does not keep one core busy alone.
        order = sorted(range(len(self.paths)), key=lambda i: -sizes[i])
        submitted = {i: pool.submit(_hash, self.paths[i], self._step) for i in order}
        self._futures = [submitted[i] for i in range(len(self.paths))]
        pool.shutdown(wait=False)

    def result(
        self, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
    ) -> list[bytes]:
        """Wait for the digests, in the order of `paths`.

        Progress and cancellation run on the caller's thread, so a GUI worker
        or the CLI gets its callbacks where it called from. A cancel stops the
        job; a failed file stops the others and its error is raised.
        """
        pending: set[Future[bytes]] = set(self._futures)
        try:
            while pending:
                _, pending = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_EXCEPTION)
                if cancel is not None:
                    cancel.check()
                if any(f.done() and f.exception() is not None for f in self._futures):
                    break
                if progress is not None and pending:
                    progress(self.done, self.total)
        except BaseException:
            self.cancel()
            raise
        failures = [exc for future in self._futures if (exc := _failure(future)) is not None]
        if failures:
            self.cancel()
            # The others were stopped because of it: report it, not their cancellation.
            real = [exc for exc in failures if not isinstance(exc, OperationCancelledError)]
            raise (real or failures)[0]
        if progress is not None:
            progress(self.total, self.total)
        return [future.result() for future in self._futures]

    @property
    def done(self) -> int:
        """Bytes hashed so far, over all files."""
        with self._lock:
            return self._done

    def cancel(self) -> None:
        """Stop hashing at the next chunk; harmless once the job has finished."""
        self._stop.set()
        for future in self._futures:
            future.cancel()

    def _step(self, count: int) -> None:
        if self._stop.is_set():
            raise _Stop
        with self._lock:
            self._done += count


def file_size(path: Path) -> int:
    """A file's size, or InvalidInputError naming it when it cannot be hashed."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInputError(f"{path} is a folder, not a file.")
    return info.st_size


def _failure(future: "Future[bytes]") -> BaseException | None:
    if future.cancelled():
        return OperationCancelledError("The operation was cancelled.")
    return future.exception() if future.done() else None


def _hash(path: Path, step: Callable[[int], None]) -> bytes:
    state = crypto_generichash_blake2b_init(digest_size=DIGEST_SIZE)
    try:
        with open(path, "rb", buffering=0) as handle:
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
            while chunk := handle.read(CHUNK_SIZE):
                crypto_generichash_blake2b_update(state, chunk)
                step(len(chunk))
    except _Stop as exc:
        raise OperationCancelledError("The operation was cancelled.") from exc
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    return crypto_generichash_blake2b_final(state)

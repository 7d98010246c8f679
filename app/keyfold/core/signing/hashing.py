"""Streaming BLAKE2b-512 of files in constant memory, one file per core in batches.

hashlib's BLAKE2b is used rather than libsodium's through PyNaCl: measured on
the same cached file it runs about 1.7x faster here (PyNaCl's wrapper also
insists on a fresh `bytes` per chunk), and like `readinto` it releases the GIL
for large updates, so threads hash several files on all cores.
"""

import hashlib
import os
import stat
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from pathlib import Path

from keyfold.core.errors import InvalidInputError, OperationCancelledError
from keyfold.core.progress import CancelToken, ProgressCallback

DIGEST_SIZE = 64
CHUNK_SIZE = 1024 * 1024
# How often the caller's thread wakes to report batch progress and check cancel.
_POLL_SECONDS = 0.1


class _Stop(Exception):
    """Raised inside a hashing loop when the batch has been cancelled."""


def blake2b_file(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> bytes:
    """The unkeyed 64-byte BLAKE2b digest of a file, read 1 MiB at a time."""
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
    """Digests of many files, hashed in parallel; progress counts bytes over all.

    Progress and cancellation run on the caller's thread, so a GUI worker or
    the CLI gets its callbacks where it called from.
    """
    if len(paths) <= 1 or (workers or os.cpu_count() or 1) <= 1:
        return _sequential(paths, progress, cancel)
    total = sum(file_size(path) for path in paths)
    lock = threading.Lock()
    done = 0
    stop = threading.Event()

    def step(count: int) -> None:
        nonlocal done
        if stop.is_set():
            raise _Stop
        with lock:
            done += count

    pool_size = min(len(paths), workers or os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="blake2b") as pool:
        futures: list[Future[bytes]] = [pool.submit(_hash, path, step) for path in paths]
        try:
            pending: set[Future[bytes]] = set(futures)
            while pending:
                _, pending = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_EXCEPTION)
                if cancel is not None:
                    cancel.check()
                if any(f.done() and f.exception() is not None for f in futures):
                    break
                if progress is not None:
                    with lock:
                        current = done
                    progress(current, total)
        finally:
            stop.set()
    # A failed file stops the others; report its error, not their cancellation.
    failures = [exc for future in futures if (exc := future.exception()) is not None]
    if failures:
        real = [exc for exc in failures if not isinstance(exc, OperationCancelledError)]
        raise (real or failures)[0]
    return [future.result() for future in futures]


def file_size(path: Path) -> int:
    """A file's size, or InvalidInputError naming it when it cannot be hashed."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInputError(f"{path} is a folder, not a file.")
    return info.st_size


def _sequential(
    paths: Sequence[Path], progress: ProgressCallback | None, cancel: CancelToken | None
) -> list[bytes]:
    sizes = [file_size(path) for path in paths]
    total = sum(sizes)
    base = 0
    digests = []
    for path, size in zip(paths, sizes, strict=True):

        def relay(done: int, _: int, offset: int = base) -> None:
            if progress is not None:
                progress(offset + done, total)

        digests.append(blake2b_file(path, progress=relay, cancel=cancel))
        base += size
    if progress is not None and not paths:
        progress(0, 0)
    return digests


def _hash(path: Path, step: Callable[[int], None]) -> bytes:
    hasher = hashlib.blake2b(digest_size=DIGEST_SIZE)
    # One reusable buffer and unbuffered reads: memory stays at one chunk
    # whatever the file's size.
    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    try:
        with open(path, "rb", buffering=0) as handle:
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
            while count := handle.readinto(buffer):
                hasher.update(view[:count])
                step(count)
    except _Stop as exc:
        raise OperationCancelledError("The operation was cancelled.") from exc
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    return hasher.digest()

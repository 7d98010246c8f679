"""Crash-safe file writes: a crash leaves the old file or the new, never half.

The temporary file is created 0600 (or the mode asked for) before any byte is
written, fsynced, renamed over the target, and the folder is fsynced so the
rename itself survives a power cut.
"""

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from keyfold.core.errors import StorageError

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create `path` and any missing parents 0700; never change a folder that exists.

    A folder Keyfold did not create belongs to someone else's plan (a shared
    drop folder, the system's temporary folder with its sticky bit), so its
    mode is left alone; `loose_folder_warning` says when it is too open.
    """
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.is_dir():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise StorageError(
                    f"Cannot create the folder {folder}: a file has that name."
                ) from None
            continue  # made by someone else meanwhile: theirs, so left as it is
        except OSError as exc:
            raise StorageError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc
        try:
            # mkdir's mode is filtered by the umask; ours, just made, is set exactly.
            os.chmod(folder, PRIVATE_DIR_MODE)
        except OSError as exc:
            raise StorageError(f"Cannot protect the folder {folder}: {exc.strerror}.") from exc
    return path


def loose_folder_warning(path: Path) -> str | None:
    """A sentence when others may write into `path` (group/world-writable), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    who = "everyone" if mode & stat.S_IWOTH else "its group"
    return (
        f"The folder {path} can be written by {who} (mode {stat.S_IMODE(mode):o}); "
        f"others could replace files in it. Consider chmod 700 {path}."
    )


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (renames) to disk; a no-op where unsupported."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = PRIVATE_FILE_MODE) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `target` only when the block succeeds."""
    target = Path(target)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"Cannot write to {folder}: {exc.strerror}.") from exc
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"Cannot write {target}: {exc.strerror}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


def atomic_write(target: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Write `data` to `target` atomically with the given permissions."""
    with atomic_writer(target, mode) as handle:
        handle.write(data)

"""Crash-safe file writes: a crash leaves the old file or the new, never half.

The temporary file is created 0600 (or the mode asked for) before any byte is
written, fsynced, renamed over the target, and the folder is fsynced so the
rename itself survives a power cut.
"""

import contextlib
import errno
import os
import re
import stat
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


# Temporary files Keyfold names itself carry this marker and the writer's
# process id, so a later write to the folder can tell a dead writer's leftover
# (swept) from a live one's (left alone).
TEMP_MARKER = ".keyfold-tmp-"
_TEMP_NAME = re.compile(r"\..*\.keyfold-tmp-(\d+)-[0-9a-f]+\.tmp")


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = PRIVATE_FILE_MODE) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `target` only when the block succeeds.

    Where the platform has O_TMPFILE (Linux) the file has no name until it is
    complete, so a process killed while writing (a decrypt, say) leaves no
    partial plaintext anywhere. Elsewhere the temporary file is named
    `.NAME.keyfold-tmp-PID-RANDOM.tmp` and the next write to the same folder
    (or `sweep_temp_files`) removes it once its writer is gone.
    """
    target = Path(target)
    folder = target.parent
    sweep_temp_files(folder)
    fd = _open_unnamed(folder, mode)
    tmp: Path | None = None
    try:
        if fd is None:
            fd, tmp = _open_named(folder, target.name, mode)
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb", closefd=False) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if tmp is None:
            tmp = _give_name(fd, folder, target.name)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise StorageError(f"Cannot write {target}: {exc.strerror}.") from exc
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
    fsync_dir(folder)


def sweep_temp_files(folder: Path) -> list[Path]:
    """Remove the temporary files of Keyfold writers that died; the removed paths."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMP_NAME.fullmatch(name)
        if match is None or _alive(int(match[1])):
            continue
        path = Path(folder) / name
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or a number we cannot check: leave it
    return True


def _open_unnamed(folder: Path, mode: int) -> int | None:
    """An O_TMPFILE descriptor in `folder`, or None where the system or file system
    has none (or cannot later give it a name through /proc)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), mode)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            if exc.errno == errno.ENOENT and not folder.is_dir():
                raise StorageError(f"Cannot write to {folder}: {exc.strerror}.") from exc
            return None
        raise StorageError(f"Cannot write to {folder}: {exc.strerror}.") from exc


def _temp_name(name: str) -> str:
    # os.urandom, as `secrets.token_hex` does, without importing `random` at start.
    return f".{name}{TEMP_MARKER}{os.getpid()}-{os.urandom(4).hex()}.tmp"


def _open_named(folder: Path, name: str, mode: int) -> tuple[int, Path]:
    path = folder / _temp_name(name)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
    except OSError as exc:
        raise StorageError(f"Cannot write to {folder}: {exc.strerror}.") from exc
    return fd, path


def _give_name(fd: int, folder: Path, name: str) -> Path:
    """Link the finished unnamed file into `folder` under a temporary name (linkat
    cannot replace a file, so the caller renames it over the target at once)."""
    path = folder / _temp_name(name)
    # A directory fd makes os.link call linkat() with AT_SYMLINK_FOLLOW (plain
    # link() would link the /proc symlink itself and fail with EXDEV).
    dir_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(f"/proc/self/fd/{fd}", path.name, dst_dir_fd=dir_fd, follow_symlinks=True)
    finally:
        os.close(dir_fd)
    return path


def atomic_write(target: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Write `data` to `target` atomically with the given permissions."""
    with atomic_writer(target, mode) as handle:
        handle.write(data)

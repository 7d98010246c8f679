"""The fallback backend: sealed envelopes as 0600 files under <home>/secrets/."""

import contextlib
import os
from pathlib import Path

from keyfold.core.atomic_files import (
    atomic_write,
    ensure_private_dir,
    fsync_dir,
    sweep_temp_files,
)
from keyfold.core.errors import StorageError
from keyfold.core.vault.secret_backends.base import SecretBackend, SecretRef


class EncryptedFileBackend(SecretBackend):
    """`secrets/<key_id>/v<version>[.g<generation>].json`, each the standard backup envelope.

    The envelope is already sealed with the key's passphrase (Argon2id +
    XChaCha20-Poly1305), so the file never holds a plain key; the vault
    refuses file storage without a passphrase.
    """

    name = "encrypted files"
    is_primary = False

    def __init__(self, folder: Path) -> None:
        self.folder = ensure_private_dir(folder)

    def path_for(self, ref: SecretRef) -> Path:
        return self.folder / ref.key_id / f"{ref.stem}.json"

    def store(self, ref: SecretRef, envelope: bytes) -> None:
        """Write the envelope atomically (the vault calls this under its lock)."""
        path = self.path_for(ref)
        ensure_private_dir(path.parent)
        _remove_temp_files(path.parent)
        atomic_write(path, envelope)

    def load(self, ref: SecretRef) -> bytes:
        path = self.path_for(ref)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(
                f"The secret of key {ref.key_id} (version {ref.version}) is missing from {path}."
            ) from exc
        except OSError as exc:
            raise StorageError(f"Cannot read {path}: {exc.strerror}.") from exc

    def delete(self, ref: SecretRef) -> None:
        path = self.path_for(ref)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot delete {path}: {exc.strerror}.") from exc
        # The key's folder goes once its last version is gone, with any temp
        # file a killed write left there (the vault holds its lock).
        try:
            path.parent.rmdir()
        except OSError:
            if _only_temp_files(path.parent):
                _remove_temp_files(path.parent)
                with contextlib.suppress(OSError):
                    path.parent.rmdir()
        fsync_dir(self.folder)

    def contains(self, ref: SecretRef) -> bool:
        return self.path_for(ref).is_file()

    def remove_partial_writes(self) -> None:
        """Delete the temp files killed writes left in every key's folder (under the vault lock).

        This reads every key's folder, so the vault runs it only when it
        upgrades an older vault (whose releases named temp files without the
        writer's process id); otherwise a key's folder is swept when it is
        next written, and when its last version is deleted. Reads never list
        the folder: unsealing 1,000 versions would list it 1,000 times.
        """
        for folder in self.folder.iterdir():
            if folder.is_dir():
                _remove_temp_files(folder)
        sweep_temp_files(self.folder)


def _temp_names(folder: Path) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [name for name in names if _is_temp(name)]


def _is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")


def _only_temp_files(folder: Path) -> bool:
    """True when the folder holds something, all of it temp files (no envelope)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return bool(names) and all(_is_temp(name) for name in names)


def _remove_temp_files(folder: Path) -> None:
    """Every temp file in a key's folder: under the vault lock no writer is alive there.

    Older releases named them `.v1.json.RANDOM.tmp` (no process id), so the
    pid check of sweep_temp_files cannot tell those are dead; the lock can.
    """
    for name in _temp_names(folder):
        with contextlib.suppress(OSError):
            os.unlink(folder / name)

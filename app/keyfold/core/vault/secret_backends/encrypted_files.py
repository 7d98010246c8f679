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
        # Read without the vault lock: only the leftovers of dead writers go.
        sweep_temp_files(path.parent)
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
        _remove_temp_files(path.parent)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot delete {path}: {exc.strerror}.") from exc
        # The key's folder goes once its last version is gone.
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
        written, deleted or read.
        """
        for folder in self.folder.iterdir():
            if folder.is_dir():
                _remove_temp_files(folder)
        sweep_temp_files(self.folder)


def _remove_temp_files(folder: Path) -> None:
    """Every temp file in a key's folder: under the vault lock no writer is alive there.

    Older releases named them `.v1.json.RANDOM.tmp` (no process id), so the
    pid check of sweep_temp_files cannot tell those are dead; the lock can.
    """
    for leftover in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            os.unlink(leftover)

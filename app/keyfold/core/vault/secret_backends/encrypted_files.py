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
        path = self.path_for(ref)
        ensure_private_dir(path.parent)
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
        # The key's folder goes once its last version is gone.
        with contextlib.suppress(OSError):
            path.parent.rmdir()
        fsync_dir(self.folder)

    def contains(self, ref: SecretRef) -> bool:
        return self.path_for(ref).is_file()

    def remove_partial_writes(self) -> None:
        """Delete temp files a killed process left behind (call under the vault lock)."""
        for leftover in self.folder.glob("*/.*.tmp"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        sweep_temp_files(self.folder)

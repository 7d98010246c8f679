"""The vault: key metadata, secret backends, and the cross-process lock."""

from typing import TYPE_CHECKING

from keyfold.core.lazy import lazy_exports
from keyfold.core.vault.key_ids import is_valid_key_id, validate_key_id
from keyfold.core.vault.records import (
    BackendStatus,
    BackupRecord,
    KeyHead,
    KeyRecord,
    KeyVersion,
    StorageKind,
    VersionStatus,
)

if TYPE_CHECKING:
    from keyfold.core.vault.secret_backends import SecretBackend
    from keyfold.core.vault.vault import Vault, default_vault_home

__all__ = [
    "BackendStatus",
    "BackupRecord",
    "KeyHead",
    "KeyRecord",
    "KeyVersion",
    "SecretBackend",
    "StorageKind",
    "Vault",
    "VersionStatus",
    "default_vault_home",
    "is_valid_key_id",
    "validate_key_id",
]

# Loaded on first use: the records alone (what the CLI's parser and the GUI's
# models need) do not pull in SQLite, the secret backends or the keychain.
_LAZY = {
    "SecretBackend": "keyfold.core.vault.secret_backends",
    "Vault": "keyfold.core.vault.vault",
    "default_vault_home": "keyfold.core.vault.vault",
}

__getattr__ = lazy_exports(__name__, _LAZY)

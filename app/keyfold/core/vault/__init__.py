"""The vault: key metadata, secret backends, and the cross-process lock."""

from keyfold.core.vault.key_ids import is_valid_key_id, validate_key_id
from keyfold.core.vault.records import (
    BackendStatus,
    BackupRecord,
    KeyRecord,
    KeyVersion,
    StorageKind,
    VersionStatus,
)
from keyfold.core.vault.secret_backends import SecretBackend
from keyfold.core.vault.vault import Vault, default_vault_home

__all__ = [
    "BackendStatus",
    "BackupRecord",
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

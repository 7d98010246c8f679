"""The standard backup format (docs/formats.md) and multi-key backup bundles."""

from keyfold.core.backup.bundle import is_bundle, read_bundle, write_bundle
from keyfold.core.backup.ciphers import CipherKind
from keyfold.core.backup.codec import (
    BackupPreset,
    OpenedBackup,
    inspect_backup,
    open_backup,
    seal_key,
)
from keyfold.core.backup.document import (
    BackupInfo,
    Layout,
    looks_like_backup,
    parse_backup_time,
)
from keyfold.core.backup.kdf import KdfKind, KdfParams

__all__ = [
    "BackupInfo",
    "BackupPreset",
    "CipherKind",
    "KdfKind",
    "KdfParams",
    "Layout",
    "OpenedBackup",
    "inspect_backup",
    "is_bundle",
    "looks_like_backup",
    "open_backup",
    "parse_backup_time",
    "read_bundle",
    "seal_key",
    "write_bundle",
]

"""The `dkms_root` table: the one row saying which vault key version seals the shard key service."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ShardKeyRoot:
    """Which vault key version holds the service's master key, and its policy."""

    key_id: str
    version: int
    rotate_after: int
    retention_days: int
    created: datetime
    updated: datetime


@dataclass(frozen=True)
class StoredRoot:
    """The root and the master key wrapped under it (nonce + AES-GCM ciphertext)."""

    root: ShardKeyRoot
    wrapped: bytes


def load(conn: sqlite3.Connection) -> StoredRoot | None:
    """The root, None when the service was never set up."""
    found = conn.execute(
        "SELECT key_id, version, wrapped, rotate_after, retention_days, created, "
        "updated FROM dkms_root WHERE id = 1"
    ).fetchone()
    if found is None:
        return None
    key_id, version, wrapped, rotate_after, retention, created, updated = found
    root = ShardKeyRoot(
        str(key_id),
        int(version),
        int(rotate_after),
        int(retention),
        datetime.fromisoformat(created),
        datetime.fromisoformat(updated),
    )
    return StoredRoot(root, bytes(wrapped))


def save(conn: sqlite3.Connection, stored: StoredRoot) -> None:
    """Set the root (its `created` stays what it was when there is one)."""
    root = stored.root
    conn.execute(
        "INSERT INTO dkms_root VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
        "SET key_id = excluded.key_id, version = excluded.version, "
        "wrapped = excluded.wrapped, rotate_after = excluded.rotate_after, "
        "retention_days = excluded.retention_days, updated = excluded.updated",
        (
            root.key_id,
            root.version,
            stored.wrapped,
            root.rotate_after,
            root.retention_days,
            root.created.isoformat(),
            root.updated.isoformat(),
        ),
    )

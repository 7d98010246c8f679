"""A SQLite store for the shard key service; keys are stored wrapped, never plain."""

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TypeVar

from keyfold.core.encryption.dkms import ShardState, StoredVersion, VersionState

T = TypeVar("T")
ConnectionFactory = Callable[[], AbstractContextManager[sqlite3.Connection]]


class SqliteShardKeyStore:
    """State in two tables; `connect` yields a connection inside one transaction.

    The vault's `database()` is such a factory (a transaction under the
    cross-process lock), which makes each read-modify-write race-free.
    """

    def __init__(self, connect: ConnectionFactory) -> None:
        self._connect = connect

    def update(self, shard_id: str, change: Callable[[ShardState], tuple[ShardState, T]]) -> T:
        with self._connect() as connection:
            state, result = change(_load(connection, shard_id))
            connection.execute(
                "INSERT INTO dkms_shards (shard_id, access_count) VALUES (?, ?) "
                "ON CONFLICT(shard_id) DO UPDATE SET access_count = excluded.access_count",
                (shard_id, state.access_count),
            )
            # Deleted rows are overwritten on disk so removed keys do not linger.
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("DELETE FROM dkms_key_versions WHERE shard_id = ?", (shard_id,))
            connection.executemany(
                "INSERT INTO dkms_key_versions VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        shard_id,
                        v.version,
                        v.wrapped,
                        v.state.value,
                        v.created.isoformat(),
                        None if v.archived_at is None else v.archived_at.isoformat(),
                    )
                    for v in state.versions
                ],
            )
            return result

    def load(self, shard_id: str) -> ShardState:
        with self._connect() as connection:
            return _load(connection, shard_id)

    def purge(self, archived_before: datetime) -> list[tuple[str, int]]:
        with self._connect() as connection:
            connection.execute("PRAGMA secure_delete = ON")
            rows = connection.execute(
                "SELECT shard_id, version, archived_at FROM dkms_key_versions "
                "WHERE state = ? AND archived_at IS NOT NULL",
                (VersionState.ARCHIVED.value,),
            ).fetchall()
            expired = [
                (str(shard_id), int(version))
                for shard_id, version, archived_at in rows
                if datetime.fromisoformat(archived_at) < archived_before
            ]
            connection.executemany(
                "DELETE FROM dkms_key_versions WHERE shard_id = ? AND version = ?", expired
            )
            return expired


def _load(connection: sqlite3.Connection, shard_id: str) -> ShardState:
    row = connection.execute(
        "SELECT access_count FROM dkms_shards WHERE shard_id = ?", (shard_id,)
    ).fetchone()
    versions = tuple(
        StoredVersion(
            int(version),
            bytes(wrapped),
            VersionState(state),
            datetime.fromisoformat(created),
            None if archived_at is None else datetime.fromisoformat(archived_at),
        )
        for version, wrapped, state, created, archived_at in connection.execute(
            "SELECT version, wrapped, state, created, archived_at FROM dkms_key_versions "
            "WHERE shard_id = ? ORDER BY version",
            (shard_id,),
        )
    )
    return ShardState(shard_id, 0 if row is None else int(row[0]), versions)

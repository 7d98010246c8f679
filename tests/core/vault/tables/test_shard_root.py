"""Tests for the dkms_root table."""

import sqlite3
from datetime import UTC, datetime

from keyfold.core.vault.tables import shard_root
from keyfold.core.vault.tables.shard_root import ShardKeyRoot, StoredRoot

CREATED = datetime(2026, 6, 8, 12, tzinfo=UTC)
LATER = datetime(2026, 7, 8, 12, tzinfo=UTC)


def test_one_root_whose_creation_time_stays(conn: sqlite3.Connection) -> None:
    assert shard_root.load(conn) is None
    first = StoredRoot(ShardKeyRoot("alpha", 1, 100, 30, CREATED, CREATED), b"w1")
    shard_root.save(conn, first)
    assert shard_root.load(conn) == first
    moved = StoredRoot(ShardKeyRoot("beta", 2, 50, 7, LATER, LATER), b"w2")
    shard_root.save(conn, moved)
    assert shard_root.load(conn) == StoredRoot(
        ShardKeyRoot("beta", 2, 50, 7, CREATED, LATER), b"w2"
    )

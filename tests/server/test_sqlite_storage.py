"""Tests for SqliteStorage: one SQLite file in a private folder, WAL mode."""

import os
import sqlite3
import stat
from pathlib import Path

from keyfold.core.keys import KeyPair
from keyfold.server.sqlite_storage import SqliteStorage
from keyfold.server.storage import NewKey
from tests.server.storage_contract import check_limits_and_nonces, check_registration_round_trip

# The key table and fingerprint index as the first release (36ed007) made them.
FIRST_RELEASE_SCHEMA = """
CREATE TABLE datafold_crypto_registered_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id VARCHAR(255) NOT NULL UNIQUE,
    public_key BLOB NOT NULL,
    key_algorithm VARCHAR(50) NOT NULL DEFAULT 'ed25519',
    key_name VARCHAR(255),
    key_fingerprint VARCHAR(128) NOT NULL,
    registered_at TEXT NOT NULL,
    expires_at TEXT,
    is_active BOOLEAN NOT NULL DEFAULT 1,
    metadata TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    registration_id VARCHAR(64) NOT NULL UNIQUE,
    user_id VARCHAR(255),
    status VARCHAR(16) NOT NULL DEFAULT 'active',
    revoked_at TEXT,
    revocation_reason TEXT,
    last_used TEXT
);
CREATE UNIQUE INDEX idx_registered_keys_fingerprint
    ON datafold_crypto_registered_keys(key_fingerprint);
"""


def test_a_registration_round_trips(tmp_path: Path) -> None:
    store = SqliteStorage(tmp_path / "db" / "registrations.db")
    try:
        check_registration_round_trip(store)
        check_limits_and_nonces(store)
    finally:
        store.close()


def test_a_first_release_database_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db" / "registrations.db"
    path.parent.mkdir(mode=0o700)
    key = KeyPair.generate().public
    conn = sqlite3.connect(path)
    conn.executescript(FIRST_RELEASE_SCHEMA)
    now = "2025-01-01T00:00:00.000000Z"
    conn.execute(
        "INSERT INTO datafold_crypto_registered_keys (client_id, public_key, key_fingerprint, "
        "registered_at, created_at, updated_at, registration_id, status, is_active) "
        "VALUES ('old', ?, ?, ?, ?, ?, 'reg-old', 'revoked', 0)",
        (key.raw, key.fingerprint, now, now, now),
    )
    conn.commit()
    conn.close()
    store = SqliteStorage(path)
    try:
        old = store.get("old")
        assert old is not None and old.status == "revoked" and old.proven is False
        # The seed's all-rows unique index is gone: the revoked row blocks nobody.
        again = NewKey("new", "reg-new", None, key.raw, None, key.fingerprint, {})
        assert store.register(again).row.status == "active"
    finally:
        store.close()


def test_the_folder_is_private_and_the_journal_is_wal(tmp_path: Path) -> None:
    path = tmp_path / "db" / "registrations.db"
    SqliteStorage(path).close()
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()

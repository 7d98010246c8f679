"""SqliteStorage: the registration store in one SQLite file (WAL mode)."""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keyfold.core.atomic_files import ensure_private_dir
from keyfold.server.storage import (
    ADDED_KEY_COLUMNS,
    EVENTS,
    INDEXES,
    KEYS,
    LIMITS,
    LOG,
    NONCES,
    STATE,
    Storage,
)

_SQLITE_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {KEYS} (
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
    last_used TEXT,
    proven BOOLEAN NOT NULL DEFAULT FALSE,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS {LOG} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id VARCHAR(255) NOT NULL,
    message_hash VARCHAR(128) NOT NULL,
    signature BLOB NOT NULL,
    verified BOOLEAN NOT NULL,
    verification_id VARCHAR(36) NOT NULL,
    client_ip TEXT,
    user_agent TEXT,
    verified_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS {STATE} (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS {NONCES} (nonce VARCHAR(80) PRIMARY KEY, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS {LIMITS} (bucket VARCHAR(128) PRIMARY KEY, tat REAL NOT NULL);
CREATE TABLE IF NOT EXISTS {EVENTS} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    event VARCHAR(32) NOT NULL,
    client_id VARCHAR(255) NOT NULL,
    key_fingerprint VARCHAR(128),
    detail TEXT,
    source TEXT
);
"""


class SqliteStorage(Storage):
    """One SQLite file in WAL mode; the folder is made 0700."""

    kind = "sqlite"
    paramstyle = "qmark"

    def __init__(self, path: Path) -> None:
        super().__init__()
        ensure_private_dir(path.parent)
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL loses at most the last commits on power loss, never integrity.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.executescript(_SQLITE_SCHEMA)
        # A database made by an older keyfold-server lacks the added columns.
        present = {row[1] for row in self._conn.execute(f"PRAGMA table_info({KEYS})")}
        for name, declaration in ADDED_KEY_COLUMNS.items():
            if name not in present:
                self._conn.execute(f"ALTER TABLE {KEYS} ADD COLUMN {name} {declaration}")
        self._conn.executescript(INDEXES)

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                cur.close()

    def _is_unique_violation(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.IntegrityError)

    def _time_in(self, value: datetime) -> Any:
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def _time_out(self, value: Any) -> datetime:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)

    def _json_in(self, value: dict[str, str]) -> Any:
        return json.dumps(value, sort_keys=True)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

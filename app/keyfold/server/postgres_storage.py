"""PostgresStorage: the registration store in PostgreSQL (DataFold's schema), via psycopg 3."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

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

_POSTGRES_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {KEYS} (
    id SERIAL PRIMARY KEY,
    client_id VARCHAR(255) NOT NULL UNIQUE,
    public_key BYTEA NOT NULL,
    key_algorithm VARCHAR(50) NOT NULL DEFAULT 'ed25519',
    key_name VARCHAR(255),
    key_fingerprint VARCHAR(128) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    expires_at TIMESTAMP WITH TIME ZONE,
    is_active BOOLEAN DEFAULT TRUE,
    metadata JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    registration_id VARCHAR(64) NOT NULL UNIQUE,
    user_id VARCHAR(255),
    status VARCHAR(16) NOT NULL DEFAULT 'active',
    revoked_at TIMESTAMP WITH TIME ZONE,
    revocation_reason TEXT,
    last_used TIMESTAMP WITH TIME ZONE
);
CREATE TABLE IF NOT EXISTS {LOG} (
    id SERIAL PRIMARY KEY,
    client_id VARCHAR(255) NOT NULL,
    message_hash VARCHAR(128) NOT NULL,
    signature BYTEA NOT NULL,
    verified BOOLEAN NOT NULL,
    verification_id UUID DEFAULT gen_random_uuid(),
    client_ip INET,
    user_agent TEXT,
    verified_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE TABLE IF NOT EXISTS {STATE} (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS {NONCES} (
    nonce VARCHAR(80) PRIMARY KEY,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS {LIMITS} (
    bucket VARCHAR(128) PRIMARY KEY,
    tat DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS {EVENTS} (
    id SERIAL PRIMARY KEY,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    event VARCHAR(32) NOT NULL,
    client_id VARCHAR(255) NOT NULL,
    key_fingerprint VARCHAR(128),
    detail TEXT,
    source TEXT
);
""" + "".join(
    f"ALTER TABLE {KEYS} ADD COLUMN IF NOT EXISTS {name} {declaration};\n"
    for name, declaration in ADDED_KEY_COLUMNS.items()
)


class PostgresStorage(Storage):
    """PostgreSQL through psycopg 3, the DataFold reference schema; reconnects after a lost link."""

    kind = "postgresql"
    paramstyle = "format"
    lock_row = " FOR UPDATE"

    def __init__(self, dsn: str) -> None:
        super().__init__()
        import psycopg

        self._psycopg = psycopg
        self._dsn = dsn
        self._conn = self._connect()
        with self._conn.transaction(), self._conn.cursor() as cur:
            # Concurrent servers starting at once would race on CREATE TABLE.
            cur.execute("SELECT pg_advisory_xact_lock(7305117)")
            cur.execute(_POSTGRES_SCHEMA + INDEXES)

    def _connect(self) -> Any:
        return self._psycopg.connect(self._dsn, autocommit=True, connect_timeout=10)

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self._lock:
            if self._conn.closed or self._conn.broken:
                self._conn = self._connect()
            with self._conn.transaction(), self._conn.cursor() as cur:
                yield cur

    def _is_unique_violation(self, exc: Exception) -> bool:
        return isinstance(exc, self._psycopg.errors.UniqueViolation)

    def _time_in(self, value: datetime) -> Any:
        return value

    def _epoch(self, cur: Any) -> float:
        cur.execute("SELECT EXTRACT(EPOCH FROM clock_timestamp())")
        return float(cur.fetchone()[0])

    def _time_out(self, value: Any) -> datetime:
        assert isinstance(value, datetime)
        return value.astimezone(UTC)

    def _json_in(self, value: dict[str, str]) -> Any:
        from psycopg.types.json import Jsonb

        return Jsonb(value)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

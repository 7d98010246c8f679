"""Registered keys and the verification log in SQLite or PostgreSQL, one schema.

The tables are the DataFold reference schema's (`datafold_crypto_registered_keys`,
`datafold_crypto_verification_log`) plus the columns this server needs:
registration_id, user_id, status, revoked_at, revocation_reason, last_used.
Both backends (sqlite_storage, postgres_storage) share the SQL here; each
connection is used under a lock, so a request's statements run as one
transaction in one thread at a time.
"""

import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

KEYS = "datafold_crypto_registered_keys"
LOG = "datafold_crypto_verification_log"
ACTIVE = "active"
REVOKED = "revoked"

_KEY_COLUMNS = (
    "client_id, registration_id, user_id, public_key, key_name, key_fingerprint, "
    "registered_at, status, is_active, revoked_at, last_used, metadata, updated_at"
)

# The reference schema's indexes; the fingerprint one is UNIQUE so a key is registered once.
INDEXES = f"""
CREATE INDEX IF NOT EXISTS idx_registered_keys_client_id ON {KEYS}(client_id);
CREATE UNIQUE INDEX IF NOT EXISTS idx_registered_keys_fingerprint ON {KEYS}(key_fingerprint);
CREATE INDEX IF NOT EXISTS idx_registered_keys_active ON {KEYS}(is_active) WHERE is_active;
CREATE INDEX IF NOT EXISTS idx_verification_log_client_id ON {LOG}(client_id);
CREATE INDEX IF NOT EXISTS idx_verification_log_verified_at ON {LOG}(verified_at);
"""


class Conflict(Exception):
    """A unique column is taken; `code` is the DataFold error code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class KeyRow:
    client_id: str
    registration_id: str
    user_id: str | None
    public_key: bytes
    key_name: str | None
    fingerprint: str
    registered_at: datetime
    status: str
    revoked_at: datetime | None
    last_used: datetime | None
    metadata: dict[str, str]
    updated_at: datetime


@dataclass(frozen=True)
class NewKey:
    client_id: str
    registration_id: str
    user_id: str | None
    public_key: bytes
    key_name: str | None
    fingerprint: str
    metadata: dict[str, str]


@dataclass(frozen=True)
class LogEntry:
    client_id: str
    message_hash: str
    signature: bytes
    verified: bool
    verification_id: str
    client_ip: str | None
    user_agent: str | None


def utc_now() -> datetime:
    return datetime.now(UTC)


class Storage(ABC):
    """The operations the API needs; each one is a transaction."""

    kind: str
    paramstyle: str

    def __init__(self) -> None:
        self._lock = threading.Lock()

    # Backend hooks ---------------------------------------------------------

    @abstractmethod
    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """Yield a cursor; commit on success, roll back on error."""

    def _sql(self, template: str, where: str = "") -> str:
        """Fill in the (constant) table names and adapt `?` to the driver's style."""
        text = template.format(keys=KEYS, log=LOG, columns=_KEY_COLUMNS, where=where)
        return text if self.paramstyle == "qmark" else text.replace("?", "%s")

    @abstractmethod
    def _is_unique_violation(self, exc: Exception) -> bool: ...

    @abstractmethod
    def _time_in(self, value: datetime) -> Any: ...

    @abstractmethod
    def _time_out(self, value: Any) -> datetime: ...

    @abstractmethod
    def _json_in(self, value: dict[str, str]) -> Any: ...

    @abstractmethod
    def close(self) -> None: ...

    # Operations ------------------------------------------------------------

    def register(self, key: NewKey) -> KeyRow:
        now = self._time_in(utc_now())
        with self._transaction() as cur:
            self._raise_if_taken(cur, key.client_id, key.fingerprint)
            try:
                cur.execute(
                    self._sql(
                        "INSERT INTO {keys} (client_id, registration_id, user_id, public_key, "
                        "key_name, key_fingerprint, registered_at, is_active, metadata, "
                        "created_at, updated_at, status) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 'active')"
                    ),
                    (
                        key.client_id,
                        key.registration_id,
                        key.user_id,
                        key.public_key,
                        key.key_name,
                        key.fingerprint,
                        now,
                        self._json_in(key.metadata),
                        now,
                        now,
                    ),
                )
            except Exception as exc:
                # Another process won the race between the check and the insert.
                if self._is_unique_violation(exc):
                    raise Conflict("CLIENT_ALREADY_REGISTERED") from exc
                raise
            row = self._fetch(cur, key.client_id)
        assert row is not None
        return row

    def get(self, client_id: str) -> KeyRow | None:
        with self._transaction() as cur:
            return self._fetch(cur, client_id)

    def record_verification(self, entry: LogEntry) -> datetime:
        """Append to the log; a success also stamps the key's last_used."""
        now = utc_now()
        stamp = self._time_in(now)
        with self._transaction() as cur:
            cur.execute(
                self._sql(
                    "INSERT INTO {log} (client_id, message_hash, signature, verified, "
                    "verification_id, client_ip, user_agent, verified_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                ),
                (
                    entry.client_id,
                    entry.message_hash,
                    entry.signature,
                    entry.verified,
                    entry.verification_id,
                    entry.client_ip,
                    entry.user_agent,
                    stamp,
                ),
            )
            if entry.verified:
                cur.execute(
                    self._sql("UPDATE {keys} SET last_used = ? WHERE client_id = ?"),
                    (stamp, entry.client_id),
                )
        return now

    def revoke(self, client_id: str, reason: str | None) -> KeyRow | None:
        """Mark revoked (idempotent); None when there is no such client."""
        now = self._time_in(utc_now())
        with self._transaction() as cur:
            cur.execute(
                self._sql(
                    "UPDATE {keys} SET status = 'revoked', is_active = FALSE, revoked_at = ?, "
                    "revocation_reason = ?, updated_at = ? "
                    "WHERE client_id = ? AND status <> 'revoked'"
                ),
                (now, reason, now, client_id),
            )
            return self._fetch(cur, client_id)

    def rotate(self, client_id: str, old_key: bytes, new_key: bytes, fingerprint: str) -> KeyRow:
        """Swap the key if it is still `old_key`; Conflict when the new one is taken."""
        now = self._time_in(utc_now())
        with self._transaction() as cur:
            cur.execute(
                self._sql("SELECT client_id FROM {keys} WHERE key_fingerprint = ?"),
                (fingerprint,),
            )
            if cur.fetchone() is not None:
                raise Conflict("DUPLICATE_PUBLIC_KEY")
            cur.execute(
                self._sql(
                    "UPDATE {keys} SET public_key = ?, key_fingerprint = ?, updated_at = ? "
                    "WHERE client_id = ? AND public_key = ? AND status = 'active'"
                ),
                (new_key, fingerprint, now, client_id, old_key),
            )
            if cur.rowcount != 1:
                # Rotated or revoked by someone else since the signature was checked.
                raise Conflict("KEY_CHANGED")
            row = self._fetch(cur, client_id)
        assert row is not None
        return row

    def list(self, limit: int, offset: int, status: str | None) -> tuple[list[KeyRow], int]:
        where, params = ("WHERE status = ?", (status,)) if status else ("", ())
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT COUNT(*) FROM {keys} {where}", where=where), params)
            total = int(cur.fetchone()[0])
            cur.execute(
                self._sql(
                    "SELECT {columns} FROM {keys} {where} ORDER BY id LIMIT ? OFFSET ?",
                    where=where,
                ),
                (*params, limit, offset),
            )
            rows = [self._row(raw) for raw in cur.fetchall()]
        return rows, total

    def verification_count(self, client_id: str) -> int:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT COUNT(*) FROM {log} WHERE client_id = ?"), (client_id,))
            return int(cur.fetchone()[0])

    # Helpers ---------------------------------------------------------------

    def _raise_if_taken(self, cur: Any, client_id: str, fingerprint: str) -> None:
        cur.execute(self._sql("SELECT 1 FROM {keys} WHERE client_id = ?"), (client_id,))
        if cur.fetchone() is not None:
            raise Conflict("CLIENT_ALREADY_REGISTERED")
        cur.execute(self._sql("SELECT 1 FROM {keys} WHERE key_fingerprint = ?"), (fingerprint,))
        if cur.fetchone() is not None:
            raise Conflict("DUPLICATE_PUBLIC_KEY")

    def _fetch(self, cur: Any, client_id: str) -> KeyRow | None:
        cur.execute(self._sql("SELECT {columns} FROM {keys} WHERE client_id = ?"), (client_id,))
        raw = cur.fetchone()
        return None if raw is None else self._row(raw)

    def _row(self, raw: Sequence[Any]) -> KeyRow:
        metadata = raw[11]
        if isinstance(metadata, str | bytes):
            metadata = json.loads(metadata)
        return KeyRow(
            client_id=raw[0],
            registration_id=raw[1],
            user_id=raw[2],
            public_key=bytes(raw[3]),
            key_name=raw[4],
            fingerprint=raw[5],
            registered_at=self._time_out(raw[6]),
            status=raw[7],
            revoked_at=None if raw[9] is None else self._time_out(raw[9]),
            last_used=None if raw[10] is None else self._time_out(raw[10]),
            metadata=dict(metadata or {}),
            updated_at=self._time_out(raw[12]),
        )

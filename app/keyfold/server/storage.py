"""Registered keys and the verification log in SQLite or PostgreSQL, one schema.

The tables are the DataFold reference schema's (`datafold_crypto_registered_keys`,
`datafold_crypto_verification_log`) plus the columns this server needs:
registration_id, user_id, status, revoked_at, revocation_reason, last_used,
proven (the registration carried a proof of possession) and revision. Beside
them live what several server processes must share: the server's identity
and nonce key, the nonces already used, the rate-limit buckets, and an audit
trail of registration events. Both backends (sqlite_storage,
postgres_storage) share the SQL here; each connection is used under a lock,
so a request's statements run as one transaction in one thread at a time.
"""

import json
import secrets
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from keyfold.core.registry.protocol import ErrorCode
from keyfold.server.ratelimit import RateSpec, gcra

KEYS = "datafold_crypto_registered_keys"
LOG = "datafold_crypto_verification_log"
STATE = "keyfold_server_state"
NONCES = "keyfold_used_nonces"
LIMITS = "keyfold_rate_limits"
EVENTS = "keyfold_registration_events"
ACTIVE = "active"
REVOKED = "revoked"
# Expired nonces and rate buckets are swept after this many writes of each.
_SWEEP_EVERY = 256

_KEY_COLUMNS = (
    "client_id, registration_id, user_id, public_key, key_name, key_fingerprint, "
    "registered_at, status, is_active, revoked_at, last_used, metadata, updated_at, "
    "proven, revision"
)

# The reference schema's indexes, except that a key is unique among ACTIVE
# registrations only: a revoked (or superseded) row never blocks the key's
# holder. The all-rows unique index is dropped when an older database is opened.
INDEXES = f"""
DROP INDEX IF EXISTS idx_registered_keys_fingerprint;
CREATE INDEX IF NOT EXISTS idx_registered_keys_client_id ON {KEYS}(client_id);
CREATE UNIQUE INDEX IF NOT EXISTS idx_registered_keys_active_fingerprint
    ON {KEYS}(key_fingerprint) WHERE status = 'active';
CREATE INDEX IF NOT EXISTS idx_registered_keys_active ON {KEYS}(is_active) WHERE is_active;
CREATE INDEX IF NOT EXISTS idx_verification_log_client_id ON {LOG}(client_id);
CREATE INDEX IF NOT EXISTS idx_verification_log_verified_at ON {LOG}(verified_at);
CREATE INDEX IF NOT EXISTS idx_used_nonces_expires ON {NONCES}(expires_at);
CREATE INDEX IF NOT EXISTS idx_rate_limits_tat ON {LIMITS}(tat);
CREATE INDEX IF NOT EXISTS idx_registration_events_client ON {EVENTS}(client_id);
"""

# The columns added to the reference schema's key table after the first release.
ADDED_KEY_COLUMNS = {
    "proven": "BOOLEAN NOT NULL DEFAULT FALSE",
    "revision": "INTEGER NOT NULL DEFAULT 1",
}


class Conflict(Exception):
    """A unique column is taken or a nonce was used; `code` is the error code."""

    def __init__(self, code: ErrorCode) -> None:
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
    proven: bool = False
    revision: int = 1


@dataclass(frozen=True)
class Nonce:
    """A challenge nonce being spent, and when it would have expired anyway."""

    value: str
    expires_at: float


@dataclass(frozen=True)
class Registered:
    """A registration and the unproven registrations of its key it superseded."""

    row: KeyRow
    superseded: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """One line of the server-side audit trail of registrations."""

    at: datetime
    event: str
    client_id: str
    key_fingerprint: str | None
    detail: str | None
    source: str | None


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
    # Appended to a SELECT that must lock its row until the transaction ends.
    lock_row: str = ""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._writes = 0

    # Backend hooks ---------------------------------------------------------

    @abstractmethod
    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """Yield a cursor; commit on success, roll back on error."""

    def _sql(self, template: str, where: str = "") -> str:
        """Fill in the (constant) table names and adapt `?` to the driver's style."""
        text = template.format(
            keys=KEYS,
            log=LOG,
            state=STATE,
            nonces=NONCES,
            limits=LIMITS,
            events=EVENTS,
            columns=_KEY_COLUMNS,
            lock=self.lock_row,
            where=where,
        )
        return text if self.paramstyle == "qmark" else text.replace("?", "%s")

    @abstractmethod
    def _is_unique_violation(self, exc: Exception) -> bool: ...

    @abstractmethod
    def _time_in(self, value: datetime) -> Any: ...

    @abstractmethod
    def _time_out(self, value: Any) -> datetime: ...

    @abstractmethod
    def _json_in(self, value: dict[str, str]) -> Any: ...

    def _epoch(self, cur: Any) -> float:
        """Now in Unix seconds; PostgreSQL asks the database, so every host agrees."""
        return time.time()

    @abstractmethod
    def close(self) -> None: ...

    # Server identity -------------------------------------------------------

    def server_identity(self) -> tuple[str, bytes]:
        """(server_id, nonce key): made once per database, the same for every process."""
        with self._transaction() as cur:
            for name, value in (
                ("server_id", f"kfs-{secrets.token_hex(8)}"),
                ("nonce_key", secrets.token_hex(32)),
            ):
                cur.execute(
                    self._sql(
                        "INSERT INTO {state} (name, value) VALUES (?, ?) "
                        "ON CONFLICT (name) DO NOTHING"
                    ),
                    (name, value),
                )
            cur.execute(self._sql("SELECT name, value FROM {state}"))
            values = dict(cur.fetchall())
        return str(values["server_id"]), bytes.fromhex(values["nonce_key"])

    # Registrations ---------------------------------------------------------

    def register(
        self, key: NewKey, *, proof: Nonce | None = None, source: str | None = None
    ) -> Registered:
        """Insert `key`; a proof supersedes unproven active registrations of the same key.

        Conflicts: CLIENT_ALREADY_REGISTERED (the id is taken), DUPLICATE_PUBLIC_KEY
        (the key is active elsewhere and this is unproven, or that one is proven),
        NONCE_USED. A proof for the id's own unproven registration of the same
        key marks it proven instead.
        """
        now = self._time_in(utc_now())
        with self._transaction() as cur:
            existing = self._fetch(cur, key.client_id)
            if existing is not None:
                if (
                    proof is None
                    or existing.proven
                    or existing.status != ACTIVE
                    or existing.public_key != key.public_key
                ):
                    raise Conflict(ErrorCode.CLIENT_ALREADY_REGISTERED)
                self._spend(cur, proof)
                cur.execute(
                    self._sql(
                        "UPDATE {keys} SET proven = TRUE, revision = revision + 1, "
                        "updated_at = ? WHERE client_id = ?"
                    ),
                    (now, key.client_id),
                )
                self._event(cur, "proven", key.client_id, key.fingerprint, None, source)
                row = self._fetch(cur, key.client_id)
                assert row is not None
                return Registered(row)
            holders = self._active_holders(cur, key.fingerprint, exclude=key.client_id)
            if holders and (proof is None or any(h.proven for h in holders)):
                raise Conflict(ErrorCode.DUPLICATE_PUBLIC_KEY)
            if proof is not None:
                self._spend(cur, proof)
            for holder in holders:
                self._supersede(cur, holder, key.client_id, now, source)
            try:
                cur.execute(
                    self._sql(
                        "INSERT INTO {keys} (client_id, registration_id, user_id, public_key, "
                        "key_name, key_fingerprint, registered_at, is_active, metadata, "
                        "created_at, updated_at, status, proven, revision) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 'active', ?, 1)"
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
                        proof is not None,
                    ),
                )
            except Exception as exc:
                # Another process won the race between the checks and the insert.
                raise self._conflict(exc) from exc
            detail = "proven" if proof is not None else "unproven"
            self._event(cur, "registered", key.client_id, key.fingerprint, detail, source)
            row = self._fetch(cur, key.client_id)
        assert row is not None
        return Registered(row, tuple(h.client_id for h in holders))

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

    def revoke(
        self,
        client_id: str,
        reason: str | None,
        *,
        signed: tuple[bytes, Nonce] | None = None,
        source: str | None = None,
    ) -> KeyRow | None:
        """Mark revoked (idempotent); None when there is no such client.

        `signed` is (the key that signed, its nonce): the nonce is spent and
        the row must still hold that key (KEY_CHANGED otherwise).
        """
        now = self._time_in(utc_now())
        with self._transaction() as cur:
            row = self._fetch(cur, client_id)
            if row is None:
                return None
            if signed is not None:
                if row.public_key != signed[0]:
                    raise Conflict(ErrorCode.KEY_CHANGED)
                self._spend(cur, signed[1])
            if row.status != REVOKED:
                self._mark_revoked(cur, client_id, reason, now)
                how = "signature" if signed is not None else "token"
                self._event(cur, "revoked", client_id, row.fingerprint, how, source)
            return self._fetch(cur, client_id)

    def rotate(
        self,
        client_id: str,
        old_key: bytes,
        new_key: bytes,
        fingerprint: str,
        *,
        nonce: Nonce,
        new_proven: bool,
        source: str | None = None,
    ) -> Registered:
        """Swap the key if it is still `old_key`, spending `nonce`.

        The new key may be active elsewhere only unproven, and only when this
        rotation proves the new key too: then those registrations are superseded.
        """
        now = self._time_in(utc_now())
        with self._transaction() as cur:
            holders = self._active_holders(cur, fingerprint, exclude=client_id)
            if holders and (not new_proven or any(h.proven for h in holders)):
                raise Conflict(ErrorCode.DUPLICATE_PUBLIC_KEY)
            self._spend(cur, nonce)
            for holder in holders:
                self._supersede(cur, holder, client_id, now, source)
            cur.execute(
                self._sql(
                    "UPDATE {keys} SET public_key = ?, key_fingerprint = ?, proven = ?, "
                    "revision = revision + 1, updated_at = ? "
                    "WHERE client_id = ? AND public_key = ? AND status = 'active'"
                ),
                (new_key, fingerprint, new_proven, now, client_id, old_key),
            )
            if cur.rowcount != 1:
                # Rotated or revoked by someone else since the signature was checked.
                raise Conflict(ErrorCode.KEY_CHANGED)
            detail = "new key proven" if new_proven else "new key unproven"
            self._event(cur, "rotated", client_id, fingerprint, detail, source)
            row = self._fetch(cur, client_id)
        assert row is not None
        return Registered(row, tuple(h.client_id for h in holders))

    def verification_count(self, client_id: str) -> int:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT COUNT(*) FROM {log} WHERE client_id = ?"), (client_id,))
            return int(cur.fetchone()[0])

    def events(self, client_id: str) -> list[Event]:
        """The audit trail of one client id, oldest first."""
        with self._transaction() as cur:
            cur.execute(
                self._sql(
                    "SELECT at, event, client_id, key_fingerprint, detail, source "
                    "FROM {events} WHERE client_id = ? ORDER BY id"
                ),
                (client_id,),
            )
            return [
                Event(self._time_out(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in cur.fetchall()
            ]

    # Rate limits -----------------------------------------------------------

    def take(self, bucket: str, spec: RateSpec) -> float:
        """Spend one request from `bucket`: 0 when allowed, else the seconds to wait."""
        with self._transaction() as cur:
            now = self._epoch(cur)
            # Insert first so the row exists to be locked: two processes
            # racing for a new bucket then queue on the lock, not overwrite.
            cur.execute(
                self._sql(
                    "INSERT INTO {limits} (bucket, tat) VALUES (?, ?) "
                    "ON CONFLICT (bucket) DO NOTHING"
                ),
                (bucket, now),
            )
            cur.execute(self._sql("SELECT tat FROM {limits} WHERE bucket = ? {lock}"), (bucket,))
            wait, tat = gcra(float(cur.fetchone()[0]), now, spec)
            if wait > 0:
                return wait
            cur.execute(self._sql("UPDATE {limits} SET tat = ? WHERE bucket = ?"), (tat, bucket))
            if self._due_for_sweep():
                # A bucket whose TAT has passed is the same as no bucket at all.
                cur.execute(self._sql("DELETE FROM {limits} WHERE tat < ?"), (now,))
        return 0.0

    def bucket_count(self) -> int:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT COUNT(*) FROM {limits}"))
            return int(cur.fetchone()[0])

    # Helpers ---------------------------------------------------------------

    def _due_for_sweep(self) -> bool:
        self._writes += 1
        return self._writes % _SWEEP_EVERY == 0

    def _spend(self, cur: Any, nonce: Nonce) -> None:
        """Record `nonce` as used; NONCE_USED when some request already spent it."""
        cur.execute(self._sql("SELECT 1 FROM {nonces} WHERE nonce = ?"), (nonce.value,))
        if cur.fetchone() is not None:
            raise Conflict(ErrorCode.NONCE_USED)
        try:
            cur.execute(
                self._sql("INSERT INTO {nonces} (nonce, expires_at) VALUES (?, ?)"),
                (nonce.value, nonce.expires_at),
            )
        except Exception as exc:
            raise self._conflict(exc) from exc
        if self._due_for_sweep():
            # An expired nonce is refused by its timestamp; its row can go.
            cur.execute(self._sql("DELETE FROM {nonces} WHERE expires_at < ?"), (self._epoch(cur),))

    def _conflict(self, exc: Exception) -> Exception:
        """The Conflict a unique violation stands for, or `exc` itself."""
        if not self._is_unique_violation(exc):
            return exc
        text = str(exc)
        if "nonce" in text:
            return Conflict(ErrorCode.NONCE_USED)
        if "fingerprint" in text:
            return Conflict(ErrorCode.DUPLICATE_PUBLIC_KEY)
        return Conflict(ErrorCode.CLIENT_ALREADY_REGISTERED)

    def _active_holders(self, cur: Any, fingerprint: str, *, exclude: str) -> list[KeyRow]:
        cur.execute(
            self._sql(
                "SELECT {columns} FROM {keys} WHERE key_fingerprint = ? "
                "AND status = 'active' AND client_id <> ?"
            ),
            (fingerprint, exclude),
        )
        return [self._row(raw) for raw in cur.fetchall()]

    def _supersede(
        self, cur: Any, holder: KeyRow, by_client_id: str, now: Any, source: str | None
    ) -> None:
        reason = f"superseded by the proven registration {by_client_id}"
        self._mark_revoked(cur, holder.client_id, reason, now)
        self._event(cur, "superseded", holder.client_id, holder.fingerprint, reason, source)

    def _mark_revoked(self, cur: Any, client_id: str, reason: str | None, now: Any) -> None:
        cur.execute(
            self._sql(
                "UPDATE {keys} SET status = 'revoked', is_active = FALSE, revoked_at = ?, "
                "revocation_reason = ?, revision = revision + 1, updated_at = ? "
                "WHERE client_id = ? AND status <> 'revoked'"
            ),
            (now, reason, now, client_id),
        )

    def _event(
        self,
        cur: Any,
        event: str,
        client_id: str,
        fingerprint: str | None,
        detail: str | None,
        source: str | None,
    ) -> None:
        cur.execute(
            self._sql(
                "INSERT INTO {events} (at, event, client_id, key_fingerprint, detail, source) "
                "VALUES (?, ?, ?, ?, ?, ?)"
            ),
            (self._time_in(utc_now()), event, client_id, fingerprint, detail, source),
        )

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
            proven=bool(raw[13]),
            revision=int(raw[14]),
        )

    # Last in the class: a method named `list` shadows the builtin below it.
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

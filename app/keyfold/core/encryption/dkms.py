"""The shard key service (DKMS): per-shard key versions, rotation on use, archival.

Keys are HKDF-derived from the service master key, the shard id and the version,
with a fresh random salt per version so a removed version cannot be derived
again; stored versions are wrapped (AES-256-GCM) under a key from the master.
"""

import secrets
import struct
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keyfold.core.encryption.errors import ShardKeyError
from keyfold.core.encryption.shard_keys import KEY_SIZE, derive_shard_key, derive_subkey
from keyfold.core.errors import InvalidInputError, StorageError

T = TypeVar("T")
AuditHook = Callable[[str, Mapping[str, str]], None]
_WRAP_LABEL = b"keyfold dkms wrap v1\x00"
_NONCE_SIZE = 12
_SALT_SIZE = 32
MAX_SHARD_ID_LENGTH = 256


class VersionState(StrEnum):
    CURRENT = "current"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class StoredVersion:
    """One key version as persisted: wrapped, never in the clear."""

    version: int
    wrapped: bytes = field(repr=False)
    state: VersionState
    created: datetime
    archived_at: datetime | None = None


@dataclass(frozen=True)
class ShardState:
    shard_id: str
    access_count: int = 0
    versions: tuple[StoredVersion, ...] = ()

    @property
    def current(self) -> StoredVersion | None:
        return next((v for v in self.versions if v.state is VersionState.CURRENT), None)

    def find(self, version: int) -> StoredVersion | None:
        return next((v for v in self.versions if v.version == version), None)


@dataclass(frozen=True)
class ShardKey:
    """A usable shard key; `key` never prints."""

    shard_id: str
    version: int
    key: bytes = field(repr=False)
    state: VersionState


@dataclass(frozen=True)
class KeyVersionInfo:
    """A version's bookkeeping, safe to show (no key material)."""

    shard_id: str
    version: int
    state: VersionState
    created: datetime
    archived_at: datetime | None
    expires: datetime | None


class ShardKeyStore(Protocol):
    """Persistence for the service; `update` is one read-modify-write transaction."""

    def update(self, shard_id: str, change: Callable[[ShardState], tuple[ShardState, T]]) -> T: ...

    def load(self, shard_id: str) -> ShardState: ...

    def purge(self, archived_before: datetime) -> list[tuple[str, int]]: ...


class MemoryShardKeyStore:
    """Keeps state in memory; for tests and short-lived use."""

    def __init__(self) -> None:
        self._states: dict[str, ShardState] = {}
        self._lock = threading.Lock()

    def update(self, shard_id: str, change: Callable[[ShardState], tuple[ShardState, T]]) -> T:
        with self._lock:
            state, result = change(self._states.get(shard_id, ShardState(shard_id)))
            self._states[shard_id] = state
            return result

    def load(self, shard_id: str) -> ShardState:
        with self._lock:
            return self._states.get(shard_id, ShardState(shard_id))

    def purge(self, archived_before: datetime) -> list[tuple[str, int]]:
        removed: list[tuple[str, int]] = []
        with self._lock:
            for shard_id, state in self._states.items():
                keep = tuple(v for v in state.versions if not _expired(v, archived_before))
                removed += [(shard_id, v.version) for v in state.versions if v not in keep]
                self._states[shard_id] = replace(state, versions=keep)
        return removed


def _expired(version: StoredVersion, archived_before: datetime) -> bool:
    return (
        version.state is VersionState.ARCHIVED
        and version.archived_at is not None
        and version.archived_at < archived_before
    )


class ShardKeyService:
    """GetKey / RotateKey / ArchiveKey over a store, with automatic rotation on use.

    A shard's key rotates when its current version has been handed out more than
    `rotate_after` times; archived versions stay readable for `retention`, then
    are removed. Every call reaches `audit` with an outcome, never key material.
    """

    def __init__(
        self,
        master_key: bytes,
        store: ShardKeyStore | None = None,
        *,
        rotate_after: int = 1000,
        retention: timedelta = timedelta(days=30),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        audit: AuditHook | None = None,
    ) -> None:
        if len(master_key) != KEY_SIZE:
            raise InvalidInputError("The key service master key must have 32 bytes.")
        if rotate_after < 1:
            raise InvalidInputError("The rotation threshold rotate_after must be at least 1.")
        self._master = master_key
        self._wrap = AESGCM(derive_subkey(master_key, _WRAP_LABEL))
        self._store: ShardKeyStore = store if store is not None else MemoryShardKeyStore()
        self.rotate_after = rotate_after
        self.retention = retention
        self._clock = clock
        self._audit = audit
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ShardKeyService(rotate_after={self.rotate_after}, retention={self.retention})"

    def get_key(self, shard_id: str, version: int | None = None) -> ShardKey:
        """The current key (counted as an access), or a retained older version."""
        details = {"shard_id": shard_id, "version": "" if version is None else str(version)}

        def change(state: ShardState) -> tuple[ShardState, tuple[ShardKey, bool]]:
            current = state.current
            if version is not None and (current is None or version != current.version):
                stored = state.find(version)
                if stored is None:
                    raise ShardKeyError(
                        f"Shard {shard_id} has no key version {version}; it may have expired."
                    )
                return state, (self._unwrap(shard_id, stored), False)
            rotated = False
            if current is None:
                state = self._with_new_version(state)
            elif state.access_count >= self.rotate_after:
                state = replace(self._with_new_version(state), access_count=0)
                rotated = True
            state = replace(state, access_count=state.access_count + 1)
            current = state.current
            assert current is not None
            return state, (self._unwrap(shard_id, current), rotated)

        key, rotated = self._call("shard_key.get", details, shard_id, change)
        if rotated:
            self._emit(
                "shard_key.rotate",
                {
                    "shard_id": shard_id,
                    "version": str(key.version),
                    "reason": "access-threshold",
                    "outcome": "ok",
                },
            )
        return key

    def rotate_key(self, shard_id: str) -> ShardKey:
        """Make a new current version; the old one is archived, no longer handed out."""

        def change(state: ShardState) -> tuple[ShardState, ShardKey]:
            state = replace(self._with_new_version(state), access_count=0)
            current = state.current
            assert current is not None
            return state, self._unwrap(shard_id, current)

        details = {"shard_id": shard_id, "reason": "manual"}
        return self._call("shard_key.rotate", details, shard_id, change)

    def archive_key(self, shard_id: str, version: int) -> None:
        """Archive one version; archiving the current version rotates first."""

        def change(state: ShardState) -> tuple[ShardState, None]:
            stored = state.find(version)
            if stored is None:
                raise ShardKeyError(f"Shard {shard_id} has no key version {version}.")
            if stored.state is VersionState.CURRENT:
                return replace(self._with_new_version(state), access_count=0), None
            return state, None

        details = {"shard_id": shard_id, "version": str(version)}
        self._call("shard_key.archive", details, shard_id, change)

    def versions(self, shard_id: str) -> list[KeyVersionInfo]:
        """The versions a shard still has, oldest first."""
        self.purge_expired()
        return [
            KeyVersionInfo(
                shard_id,
                v.version,
                v.state,
                v.created,
                v.archived_at,
                None if v.archived_at is None else v.archived_at + self.retention,
            )
            for v in sorted(self._store.load(shard_id).versions, key=lambda v: v.version)
        ]

    def purge_expired(self) -> list[tuple[str, int]]:
        """Remove archived versions older than the retention period."""
        removed = self._store.purge(self._clock() - self.retention)
        for shard_id, version in removed:
            self._emit(
                "shard_key.expire", {"shard_id": shard_id, "version": str(version), "outcome": "ok"}
            )
        return removed

    def _call(
        self,
        event: str,
        details: Mapping[str, str],
        shard_id: str,
        change: Callable[[ShardState], tuple[ShardState, T]],
    ) -> T:
        try:
            if not shard_id or len(shard_id) > MAX_SHARD_ID_LENGTH:
                raise InvalidInputError(
                    f"A shard id must have 1 to {MAX_SHARD_ID_LENGTH} characters."
                )
            self.purge_expired()
            with self._lock:
                result = self._store.update(shard_id, change)
        except Exception as exc:
            self._emit(event, {**details, "outcome": "error", "error": type(exc).__name__})
            raise
        outcome = dict(details)
        if isinstance(result, ShardKey):
            outcome["version"] = str(result.version)
        elif isinstance(result, tuple) and result and isinstance(result[0], ShardKey):
            outcome["version"] = str(result[0].version)
        self._emit(event, {**outcome, "outcome": "ok"})
        return result

    def _emit(self, event: str, details: Mapping[str, str]) -> None:
        if self._audit is not None:
            self._audit(event, details)

    def _with_new_version(self, state: ShardState) -> ShardState:
        now = self._clock()
        number = max((v.version for v in state.versions), default=0) + 1
        key = derive_shard_key(
            self._master, state.shard_id.encode(), number, secrets.token_bytes(_SALT_SIZE)
        )
        archived = tuple(
            replace(v, state=VersionState.ARCHIVED, archived_at=now)
            if v.state is VersionState.CURRENT
            else v
            for v in state.versions
        )
        fresh = StoredVersion(
            number, self._wrap_key(state.shard_id, number, key), VersionState.CURRENT, now
        )
        return replace(state, versions=(*archived, fresh))

    def _wrap_key(self, shard_id: str, version: int, key: bytes) -> bytes:
        nonce = secrets.token_bytes(_NONCE_SIZE)
        return nonce + self._wrap.encrypt(nonce, key, _binding(shard_id, version))

    def _unwrap(self, shard_id: str, stored: StoredVersion) -> ShardKey:
        try:
            key = self._wrap.decrypt(
                stored.wrapped[:_NONCE_SIZE],
                stored.wrapped[_NONCE_SIZE:],
                _binding(shard_id, stored.version),
            )
        except InvalidTag as exc:
            raise StorageError(
                f"The stored key of shard {shard_id} version {stored.version} does not open "
                "with this service's master key."
            ) from exc
        return ShardKey(shard_id, stored.version, key, stored.state)


def _binding(shard_id: str, version: int) -> bytes:
    return _WRAP_LABEL + shard_id.encode() + b"\x00" + struct.pack(">I", version)

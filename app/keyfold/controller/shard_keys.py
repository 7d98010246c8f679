"""ShardKeyManager: the shard key service (DKMS) over the vault, rooted in a vault key.

The service's master key is 32 random bytes, never on disk in the clear: it is
stored wrapped (AES-256-GCM) under a key HKDF-derived from one version of a
chosen vault key, the *root*. Using the service needs that version unlocked
(or without a passphrase), as signing does. Sealing the master again to the
root key's current version (`set_root` once more, e.g. after rotating it)
keeps the shard keys; choosing another key moves the root.

Every get/rotate/archive/expire call reaches the audit trail as a `shard_key`
entry with the shard id, the shard key version and the outcome, never a key.
"""

import secrets
import struct
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from keyfold.controller.audit import AuditService
from keyfold.controller.keys import KeyService
from keyfold.core.audit import AuditKind, loggable
from keyfold.core.encryption.dkms import KeyVersionInfo, ShardKey, ShardKeyService
from keyfold.core.encryption.dkms_sqlite import SqliteShardKeyStore
from keyfold.core.errors import InvalidInputError, KeyfoldError, PassphraseRequiredError
from keyfold.core.vault import Vault
from keyfold.core.vault.tables import shard_root
from keyfold.core.vault.tables.shard_root import ShardKeyRoot, StoredRoot

ROOT_LABEL = b"keyfold dkms root v1"
DEFAULT_ROTATE_AFTER = 1000
DEFAULT_RETENTION_DAYS = 30
_NONCE_SIZE = 12


class ShardKeyRootError(KeyfoldError):
    """The shard key service has no root yet, or its root no longer opens it."""


class ShardKeyManager:
    """`get_key`, `rotate_key`, `archive_key`, `versions` and `purge` for the vault."""

    def __init__(
        self,
        vault: Vault,
        keys: KeyService,
        *,
        audit: AuditService | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.audit = audit if audit is not None else keys.audit
        self._clock = clock
        self._store: SqliteShardKeyStore | None = None

    def __repr__(self) -> str:
        return f"ShardKeyManager(vault={self.vault.home})"

    # The root -----------------------------------------------------------------

    def root(self) -> ShardKeyRoot | None:
        row = self._row()
        return None if row is None else row.root

    def set_root(
        self,
        key_id: str,
        *,
        rotate_after: int | None = None,
        retention_days: int | None = None,
    ) -> ShardKeyRoot:
        """Seal the master key to `key_id`'s current version (made the first time).

        Both the old root version (when there is one) and the new one must be
        unlocked or without a passphrase.
        """
        if rotate_after is not None and rotate_after < 1:
            raise InvalidInputError("The rotation threshold --rotate-after must be at least 1.")
        if retention_days is not None and retention_days < 0:
            raise InvalidInputError("The retention --retention-days must be 0 or more days.")
        record = self.vault.get_key(key_id)
        version = record.current.version
        new_wrap = self._wrapping_key(key_id, version)
        row = self._row()
        if row is None:
            master = secrets.token_bytes(32)
            action = "create"
        else:
            master = self._unwrap(row)
            action = "reseal"
        now = self._clock()
        nonce = secrets.token_bytes(_NONCE_SIZE)
        wrapped = nonce + AESGCM(new_wrap).encrypt(nonce, master, _binding(key_id, version))
        root = ShardKeyRoot(
            key_id,
            version,
            rotate_after
            if rotate_after is not None
            else (DEFAULT_ROTATE_AFTER if row is None else row.root.rotate_after),
            retention_days
            if retention_days is not None
            else (DEFAULT_RETENTION_DAYS if row is None else row.root.retention_days),
            now if row is None else row.root.created,
            now,
        )
        with self.vault.database() as conn:
            shard_root.save(conn, StoredRoot(root, wrapped))
        self.audit.record(
            AuditKind.SHARD_KEY,
            key_id,
            version,
            {"action": "root", "step": action, "outcome": "ok"},
        )
        return root

    # The service's calls --------------------------------------------------------

    def get_key(self, shard_id: str, version: int | None = None) -> ShardKey:
        """The shard's current key (an access, which may rotate it) or a kept version."""
        return self._service().get_key(shard_id, version)

    def rotate_key(self, shard_id: str) -> ShardKey:
        return self._service().rotate_key(shard_id)

    def archive_key(self, shard_id: str, version: int) -> None:
        self._service().archive_key(shard_id, version)

    def versions(self, shard_id: str) -> list[KeyVersionInfo]:
        return self._service().versions(shard_id)

    def purge(self) -> list[tuple[str, int]]:
        """Remove archived versions past the retention period; (shard id, version) each."""
        return self._service().purge_expired()

    # Internals ------------------------------------------------------------------

    def _service(self) -> ShardKeyService:
        # Built per call from the unlocked root, so locking the root key (or
        # the unlock cache expiring) makes the service unusable at once.
        row = self._row()
        if row is None:
            raise ShardKeyRootError(
                "The shard key service has no root key yet; choose one with "
                "`keyfold-cli shard-key init KEY_ID`."
            )
        if self._store is None:
            self._store = SqliteShardKeyStore(self.vault.database)
        return ShardKeyService(
            self._unwrap(row),
            self._store,
            rotate_after=row.root.rotate_after,
            retention=timedelta(days=row.root.retention_days),
            clock=self._clock,
            audit=self._record,
        )

    def _record(self, event: str, details: Mapping[str, str]) -> None:
        """The core service's audit hook: one `shard_key` entry per call."""
        entry: dict[str, str] = {"action": event.removeprefix("shard_key.")}
        for name, value in details.items():
            if name == "version":
                if value:
                    entry["shard_version"] = value
            elif name in ("shard_id", "reason", "outcome", "error"):
                entry[name] = loggable(value)
        self.audit.record(AuditKind.SHARD_KEY, None, None, entry)

    def _row(self) -> StoredRoot | None:
        with self.vault.reading() as conn:
            return shard_root.load(conn)

    def _wrapping_key(self, key_id: str, version: int) -> bytes:
        try:
            pair = self.keys.key_pair(key_id, version)
        except PassphraseRequiredError:
            raise PassphraseRequiredError(
                f"Key {key_id} holds the shard key service's master key and is locked; "
                "unlock it first."
            ) from None
        info = ROOT_LABEL + b"\x00" + key_id.encode() + b"\x00" + struct.pack(">I", version)
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(pair.seed)

    def _unwrap(self, row: StoredRoot) -> bytes:
        root = row.root
        wrap = self._wrapping_key(root.key_id, root.version)
        try:
            return AESGCM(wrap).decrypt(
                row.wrapped[:_NONCE_SIZE],
                row.wrapped[_NONCE_SIZE:],
                _binding(root.key_id, root.version),
            )
        except InvalidTag:
            raise ShardKeyRootError(
                f"The shard key service's master key does not open with version "
                f"{root.version} of key {root.key_id}."
            ) from None


def _binding(key_id: str, version: int) -> bytes:
    return ROOT_LABEL + b"\x00" + key_id.encode() + b"\x00" + struct.pack(">I", version)

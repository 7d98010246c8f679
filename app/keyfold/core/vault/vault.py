"""The Vault: key metadata in SQLite, sealed private keys in the keychain or files."""

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from keyfold.core.atomic_files import (
    PRIVATE_FILE_MODE,
    ensure_private_dir,
    loose_folder_warning,
)
from keyfold.core.errors import (
    BackupFormatError,
    InvalidInputError,
    KeychainUnavailableError,
    KeyExistsError,
    KeyfoldError,
    KeyNotFoundError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair
from keyfold.core.user_dirs import user_data_dir
from keyfold.core.vault import store
from keyfold.core.vault.key_ids import validate_key_id
from keyfold.core.vault.lock import DEFAULT_TIMEOUT_SECONDS, VaultLock
from keyfold.core.vault.records import (
    BackendStatus,
    BackupRecord,
    KeyHead,
    KeyRecord,
    KeyVersion,
    StorageKind,
    VersionStatus,
)
from keyfold.core.vault.secret_backends import (
    EncryptedFileBackend,
    SecretBackend,
    SecretRef,
)
from keyfold.core.vault.store import SecretSlot
from keyfold.core.vault.swap import SecretSwapper

if TYPE_CHECKING:
    # The backup formats (Argon2, AES, `cryptography`) load when a key is
    # sealed or opened, not to list or show keys.
    from keyfold.core.backup import KdfParams
    from keyfold.core.backup.kdf import DerivedKeys, PassphraseKey

logger = logging.getLogger(__name__)

HOME_ENV = "KEYFOLD_HOME"
DATABASE_NAME = "vault.db"
SECRETS_DIR_NAME = "secrets"
LOCK_NAME = ".lock"
# The vault's own envelopes: written by Keyfold with its own costs, so no
# budget beyond the per-derivation limit; older vaults hold a salt per version.
VAULT_KDF_BUDGET = 2**62


@dataclass(frozen=True)
class PastVersion:
    """An older version of a key being restored: its number, status and age."""

    version: int
    key_pair: KeyPair = field(repr=False)
    status: VersionStatus
    created: datetime


def default_vault_home() -> Path:
    """$KEYFOLD_HOME, else the platform's user data folder for keyfold."""
    configured = os.environ.get(HOME_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("keyfold"))


class Vault:
    """One vault folder: `vault.db`, `secrets/`, `.lock`.

    Every private key is sealed in the standard backup envelope with its
    passphrase before it is stored, wherever it lives; a key in the keychain
    may opt out of the passphrase (sealed with the empty one, protected=False).
    Argon2 runs outside the lock; the lock is held only to store and commit.
    """

    def __init__(
        self,
        home: Path,
        *,
        kdf: "KdfParams | None" = None,
        keychain: SecretBackend | Literal["auto"] | None = "auto",
        lock_timeout: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self.home = ensure_private_dir(Path(home).expanduser())
        # Not fixed: the folder may be the user's on purpose; said, so they can decide.
        self.warnings = tuple(w for w in (loose_folder_warning(self.home),) if w)
        for warning in self.warnings:
            logger.warning("%s", warning)
        self._kdf = kdf
        self._lock = VaultLock(self.home / LOCK_NAME, lock_timeout)
        database = self.home / DATABASE_NAME
        _create_private(database)
        self._store = store.MetadataStore(database, self._lock)
        self.files = EncryptedFileBackend(self.home / SECRETS_DIR_NAME)
        # A key's folder is swept of what a killed write left when it is next
        # written or emptied (EncryptedFileBackend), so opening reads no key's
        # folder. Releases up to 36ed007 named their temp files without the
        # writer's pid; the upgrade from their schema sweeps every folder once.
        self.vault_id = self._store.initialise(on_upgrade=self.files.remove_partial_writes)
        # The keychain is chosen (keyring loaded, probed) when first needed:
        # listing or showing keys never touches it.
        self._keychain_wanted = keychain
        self._keychain_chosen: tuple[SecretBackend | None, BackendStatus] | None = None
        # The GUI's preloading thread, a task's worker and the GUI thread may
        # all ask first: one chooses (a probe write, perhaps a prompt), the
        # others wait for that choice.
        self._keychain_lock = threading.Lock()
        logger.info("Vault %s opened", self.home)
        with self._lock.hold():
            # What a killed process left: the unused side of a swap.
            with self._store.reading() as conn:
                pending = store.load_pending(conn)
            if pending:
                self.swaps.recover()

    @property
    def keychain(self) -> SecretBackend | None:
        """The OS keychain in use, or None (files only); chosen on first use."""
        return self._choose()[0]

    @property
    def backend_status(self) -> BackendStatus:
        return self._choose()[1]

    @cached_property
    def swaps(self) -> SecretSwapper:
        return SecretSwapper(self.vault_id, self._store, self.files, self.keychain)

    def _choose(self) -> tuple[SecretBackend | None, BackendStatus]:
        with self._keychain_lock:
            if self._keychain_chosen is None:
                self._keychain_chosen = _choose_keychain(self._keychain_wanted)
                logger.info("Vault %s: %s", self.home, self._keychain_chosen[1].reason)
            return self._keychain_chosen

    def __repr__(self) -> str:
        return f"Vault({str(self.home)!r})"

    @property
    def kdf(self) -> "KdfParams":
        """How new envelopes derive their key (the format's default unless given)."""
        if self._kdf is None:
            from keyfold.core.backup.kdf import KdfParams

            self._kdf = KdfParams()
        return self._kdf

    @kdf.setter
    def kdf(self, params: "KdfParams") -> None:
        self._kdf = params

    # Reading ---------------------------------------------------------------

    def list_keys(self) -> list[KeyRecord]:
        with self._store.reading() as conn:
            return store.load_keys(conn)

    def get_key(self, key_id: str) -> KeyRecord:
        with self._store.reading() as conn:
            return _one(store.load_keys(conn, key_id), key_id)

    def has_key(self, key_id: str) -> bool:
        with self._store.reading() as conn:
            return store.key_exists(conn, key_id)

    def key_version(self, key_id: str, version: int | None = None) -> KeyVersion:
        """One version of a key (default: the current one), without reading the others."""
        if version is None:
            return self.key_head(key_id).current
        with self._store.reading() as conn:
            found = store.load_version(conn, key_id, version)
        if found is None:
            self.key_head(key_id)  # says when the key itself is missing
            raise KeyNotFoundError(f"Key {key_id} has no version {version}.")
        return found

    def key_head(self, key_id: str) -> KeyHead:
        """The key's name, current version and version counts (not its older versions)."""
        with self._store.reading() as conn:
            head = store.load_head(conn, key_id)
        if head is None:
            raise KeyNotFoundError(f"No key with id {key_id} is in the vault.")
        return head

    def find_by_fingerprint(self, fingerprint: str) -> KeyRecord | None:
        """The key one of whose versions has this fingerprint, if any."""
        for record in self.list_keys():
            if any(v.fingerprint == fingerprint for v in record.versions):
                return record
        return None

    def unseal(
        self,
        key_id: str,
        passphrase: str | None,
        version: int | None = None,
        *,
        keys: "DerivedKeys | None" = None,
        record: KeyRecord | None = None,
    ) -> KeyPair:
        """The key pair of a version (default: current); the passphrase of an
        unprotected key is ignored. `keys` shares derivations between calls:
        a key's versions share one salt, so unsealing all of them derives once;
        `record` (just read) saves reading a key of thousands of versions again."""
        chosen = (
            self._version(record, version)
            if record is not None
            else self.key_version(key_id, version)
        )
        try:
            envelope = self._backend(chosen.storage, key_id).load(self._ref(chosen))
        except StorageError:
            # Read without the lock (a keychain may prompt for a long time), so
            # a concurrent move or passphrase change can pull the envelope
            # away; look again once.
            moved = self.key_version(key_id, version)
            if SecretSlot.of(moved) == SecretSlot.of(chosen):
                raise
            chosen = moved
            envelope = self._backend(chosen.storage, key_id).load(self._ref(chosen))
        if chosen.protected and passphrase is None:
            raise PassphraseRequiredError(
                f"Key {key_id} is protected by a passphrase; give it to unlock the key."
            )
        return self._open(chosen, envelope, passphrase if chosen.protected else "", keys)

    # Writing ---------------------------------------------------------------

    def add_key(
        self,
        key_id: str,
        key_pair: KeyPair,
        *,
        passphrase: str | None,
        name: str = "",
        description: str = "",
        tags: Sequence[str] = (),
        storage: StorageKind | None = None,
        alongside: Callable[[sqlite3.Connection], None] | None = None,
    ) -> KeyRecord:
        """Store a new key; passphrase None only with keychain storage."""
        return self.restore_key(
            key_id,
            key_pair,
            passphrase=passphrase,
            name=name,
            description=description,
            tags=tags,
            storage=storage,
            alongside=alongside,
        )

    def restore_key(
        self,
        key_id: str,
        key_pair: KeyPair,
        *,
        passphrase: str | None,
        version: int = 1,
        created: datetime | None = None,
        history: Sequence[PastVersion] = (),
        name: str = "",
        description: str = "",
        tags: Sequence[str] = (),
        storage: StorageKind | None = None,
        replace_existing: bool = False,
        alongside: Callable[[sqlite3.Connection], None] | None = None,
    ) -> KeyRecord:
        """Store a key with its older versions at once (a restore from backup).

        `alongside` runs in the transaction that stores the key (its audit
        entry goes there), so both commit or neither.

        `key_pair` becomes the CURRENT version numbered `version`; each of
        `history` keeps its number, status (archived or expired) and creation
        time. All versions are sealed with `passphrase`; the key appears whole
        or not at all. With `replace_existing`, a key already holding the id is
        replaced in the same step: after a crash the vault has the old key or
        the new one, never neither.
        """
        validate_key_id(key_id)
        clean_tags = _clean_tags(tags)
        kind = self._storage_for(storage, passphrase)
        if not replace_existing and self.has_key(key_id):
            raise KeyExistsError(f"A key with id {key_id} is in the vault already.")
        now = store.utc_now()
        protected = bool(passphrase)
        pairs = [(old.version, old.key_pair) for old in history] + [(version, key_pair)]
        _check_history(key_id, pairs, history)
        from keyfold.core.backup.kdf import derive_passphrase_key

        # One salt for all the versions: restoring (and later unlocking) a key
        # with thousands of versions derives its passphrase once, not thousands of times.
        derived = derive_passphrase_key(passphrase or "", self.kdf)
        envelopes = {
            number: self._seal(pair, passphrase, key_id, name, derived) for number, pair in pairs
        }
        with self._lock.hold():
            existing = self._find(key_id)
            if existing is not None:
                if not replace_existing:
                    raise KeyExistsError(f"A key with id {key_id} is in the vault already.")
                self._require_backends(existing, "replaced")
            # New secrets go beside the old key's, under a generation none of its use.
            generation = 0 if existing is None else _next_generation(existing)
            versions = [
                KeyVersion(
                    key_id,
                    old.version,
                    old.key_pair.public,
                    old.created,
                    VersionStatus(old.status),
                    kind,
                    protected,
                    generation,
                )
                for old in sorted(history, key=lambda old: old.version)
            ]
            # The current version last, as a rotation would have added it.
            versions.append(
                KeyVersion(
                    key_id,
                    version,
                    key_pair.public,
                    created or now,
                    VersionStatus.CURRENT,
                    kind,
                    protected,
                    generation,
                )
            )

            def switch(conn: sqlite3.Connection) -> None:
                if existing is not None:
                    store.delete_key(conn, key_id)
                store.insert_key(
                    conn,
                    key_id,
                    name=name,
                    description=description,
                    tags=clean_tags,
                    created=min(entry.created for entry in versions),
                )
                for entry in versions:
                    store.insert_version(conn, entry)
                if alongside is not None:
                    alongside(conn)

            self._swap(
                [(entry, envelopes[entry.version]) for entry in versions],
                existing.versions if existing is not None else (),
                switch,
            )
        return self.get_key(key_id)

    def add_version(
        self,
        key_id: str,
        key_pair: KeyPair,
        passphrase: str | None,
        storage: StorageKind | None = None,
        *,
        alongside: Callable[[sqlite3.Connection, KeyVersion], None] | None = None,
    ) -> KeyVersion:
        """Add a version that becomes CURRENT; the old CURRENT becomes ARCHIVED.

        `alongside` runs in the transaction that adds the version (a rotation
        journals its step there), so both commit or neither. The new secret is
        journaled and written before that transaction, so a crash leaves no
        orphan; hence this must not be called inside an open transaction.
        """
        # The key's head and single-row checks, never all its versions: the
        # 1,000th rotation of a key costs what the first did.
        head = self.key_head(key_id)
        with self._store.reading() as conn:
            if store.has_public_key(conn, key_id, key_pair.public):
                raise InvalidInputError(f"This key pair is already a version of key {key_id}.")
        kind = self._storage_for(storage or head.current.storage, passphrase)
        envelope = self._seal(
            key_pair, passphrase, key_id, head.name, self._salt_of(head.current, passphrase)
        )
        with self._lock.hold():
            latest = self.key_head(key_id)
            version = KeyVersion(
                key_id,
                latest.newest + 1,
                key_pair.public,
                store.utc_now(),
                VersionStatus.CURRENT,
                kind,
                bool(passphrase),
            )

            def switch(conn: sqlite3.Connection) -> None:
                store.archive_current(conn, key_id)
                store.insert_version(conn, version)
                store.touch_key(conn, key_id)
                if alongside is not None:
                    alongside(conn, version)

            self._swap([(version, envelope)], (), switch)
        return version

    def set_version_status(self, key_id: str, version: int, status: VersionStatus) -> KeyRecord:
        """Mark a version; making one CURRENT archives the previous CURRENT."""
        status = VersionStatus(status)
        with self._store.transaction() as conn:
            record = _one(store.load_keys(conn, key_id), key_id)
            target = self._version(record, version)
            current = record.current
            if status is VersionStatus.CURRENT:
                if current.version != version and current.status is VersionStatus.CURRENT:
                    store.update_version(
                        conn, key_id, current.version, status=VersionStatus.ARCHIVED
                    )
            elif target.version == current.version:
                raise InvalidInputError(
                    f"Version {version} is the current version of key {key_id}; "
                    "make another version current first."
                )
            store.update_version(conn, key_id, version, status=status)
            store.touch_key(conn, key_id)
        return self.get_key(key_id)

    def update_metadata(
        self,
        key_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> KeyRecord:
        with self._store.transaction() as conn:
            record = _one(store.load_keys(conn, key_id), key_id)
            store.update_key(
                conn,
                key_id,
                name=record.name if name is None else name,
                description=record.description if description is None else description,
                tags=record.tags if tags is None else _clean_tags(tags),
            )
        return self.get_key(key_id)

    def change_passphrase(self, key_id: str, old: str | None, new: str | None) -> None:
        """Re-seal every version with `new`; None removes it (keychain keys only).

        All or nothing: the new envelopes are written beside the old ones (the
        next secret generation), one transaction points every version at them,
        and only then are the old ones deleted.
        """
        record = self.get_key(key_id)
        for version in record.versions:
            self._storage_for(version.storage, new)
        from keyfold.core.backup.kdf import DerivedKeys, derive_passphrase_key

        keys = DerivedKeys(budget=VAULT_KDF_BUDGET)
        derived = derive_passphrase_key(new or "", self.kdf)
        sealed = {
            v.version: self._seal(
                self.unseal(key_id, old, v.version, keys=keys), new, key_id, record.name, derived
            )
            for v in record.versions
        }
        with self._lock.hold():
            latest = self.get_key(key_id)
            if _secret_layout(latest) != _secret_layout(record):
                raise StorageError(f"Key {key_id} changed meanwhile; try again.")
            generation = _next_generation(latest)
            renewed = [
                replace(v, protected=bool(new), generation=generation) for v in latest.versions
            ]

            def switch(conn: sqlite3.Connection) -> None:
                for version in renewed:
                    store.update_version(
                        conn,
                        key_id,
                        version.version,
                        protected=version.protected,
                        generation=version.generation,
                    )
                store.touch_key(conn, key_id)

            self._swap([(v, sealed[v.version]) for v in renewed], latest.versions, switch)

    def move_storage(self, key_id: str, target: StorageKind, passphrase: str | None) -> KeyRecord:
        """Move every version to `target`, keeping each envelope as it is.

        Only an unprotected keychain key moving to files is re-sealed, with
        `passphrase`, since files never hold a key without one. Copies are
        written to `target` first, one transaction switches every version,
        then the old copies go.
        """
        target = StorageKind(target)
        record = self.get_key(key_id)
        self._backend(target, key_id)  # refuses a keychain move without one, before any work
        resealed: dict[int, bytes] = {}
        derived: PassphraseKey | None = None
        for version in record.versions:
            if version.storage is target:
                continue
            if target is StorageKind.FILE and not version.protected:
                if not passphrase:
                    raise InvalidInputError(
                        f"Key {key_id} has no passphrase; give one to keep it in encrypted files."
                    )
                pair = self.unseal(key_id, None, version.version)
                from keyfold.core.backup.kdf import derive_passphrase_key

                derived = derived or derive_passphrase_key(passphrase, self.kdf)
                resealed[version.version] = self._seal(
                    pair, passphrase, key_id, record.name, derived
                )
        with self._lock.hold():
            latest = self.get_key(key_id)
            if latest.versions != record.versions:
                raise StorageError(f"Key {key_id} changed meanwhile; try again.")
            moving = [v for v in latest.versions if v.storage is not target]
            copies = [
                (
                    replace(v, storage=target, protected=v.protected or v.version in resealed),
                    resealed.get(v.version) or self._backend(v.storage, key_id).load(self._ref(v)),
                )
                for v in moving
            ]

            def switch(conn: sqlite3.Connection) -> None:
                for moved, _ in copies:
                    store.update_version(
                        conn,
                        key_id,
                        moved.version,
                        storage=moved.storage,
                        protected=moved.protected,
                    )
                store.touch_key(conn, key_id)

            self._swap(copies, moving, switch)
        return self.get_key(key_id)

    def delete_key(self, key_id: str) -> None:
        """Remove the key's metadata, then its secrets from every backend.

        One transaction journals every secret of the key (pending_secrets) and
        removes its metadata; only then are the secrets deleted and their
        journal rows dropped. A crash before that commit leaves the key whole;
        after it, the key is gone and the next open deletes what is left.
        A keychain key is refused while the keychain is unreachable. If a
        backend refuses a delete, the key is still deleted (its metadata is
        gone): the secret stays journaled and a later open deletes it.
        """
        with self._lock.hold():
            record = self.get_key(key_id)
            self._require_backends(record, "deleted")

            def remove(conn: sqlite3.Connection) -> None:
                store.delete_key(conn, key_id)

            self.swaps.retire([SecretSlot.of(v) for v in record.versions], remove)

    # Backups ---------------------------------------------------------------

    def record_backup(self, record: BackupRecord) -> None:
        with self._store.transaction() as conn:
            store.upsert_backup(conn, record)

    def list_backups(self) -> list[BackupRecord]:
        with self._store.reading() as conn:
            return store.load_backups(conn)

    def mark_backup_verified(self, path: str) -> None:
        with self._store.transaction() as conn:
            store.mark_backup_verified(conn, path, store.utc_now())

    # For feature modules ---------------------------------------------------

    def database(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction under the cross-process lock (commit on success).

        Every table exists from the moment the vault opens (see schema.py);
        keyfold.core.vault.tables reads and writes them. Rows come as sqlite3.Row.
        """
        return self._store.transaction()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot of the database that does not wait for writers."""
        with self._store.reading() as conn:
            yield conn

    # Internals -------------------------------------------------------------

    def _ref(self, version: KeyVersion) -> SecretRef:
        return SecretRef(self.vault_id, version.key_id, version.version, version.generation)

    def _find(self, key_id: str) -> KeyRecord | None:
        with self._store.reading() as conn:
            found = store.load_keys(conn, key_id)
        return found[0] if found else None

    def _require_backends(self, record: KeyRecord, done: str) -> None:
        """Refuse to drop a key whose keychain secrets could not be removed now."""
        if self.keychain is None and any(
            v.storage is StorageKind.KEYCHAIN for v in record.versions
        ):
            raise KeychainUnavailableError(
                f"Key {record.key_id} is kept in the OS keychain, which is not available now, "
                f"so it was not {done}."
            )

    def _swap(
        self,
        new: Sequence[tuple[KeyVersion, bytes]],
        old: Sequence[KeyVersion],
        switch: Callable[[sqlite3.Connection], None],
    ) -> None:
        self.swaps.swap(new, old, switch, self._backend)

    def _backend(self, kind: StorageKind, key_id: str) -> SecretBackend:
        if kind is StorageKind.FILE:
            return self.files
        if self.keychain is None:
            raise KeychainUnavailableError(
                f"Key {key_id} needs the OS keychain, which is not available: "
                f"{self.backend_status.reason}"
            )
        return self.keychain

    def storage_for(self, storage: StorageKind | None, passphrase: str | None) -> StorageKind:
        """Where a new key with this choice and passphrase would be kept (or why not)."""
        return self._storage_for(storage, passphrase)

    def _storage_for(self, storage: StorageKind | None, passphrase: str | None) -> StorageKind:
        kind = StorageKind(storage) if storage else self.backend_status.default_storage
        if kind is StorageKind.KEYCHAIN and self.keychain is None:
            raise KeychainUnavailableError(
                f"The OS keychain is not available: {self.backend_status.reason}"
            )
        if kind is StorageKind.FILE and not passphrase:
            raise InvalidInputError(
                "A key kept in encrypted files needs a passphrase; "
                "only keys in the OS keychain may go without one."
            )
        return kind

    def _seal(
        self,
        key_pair: KeyPair,
        passphrase: str | None,
        key_id: str,
        name: str,
        derived: "PassphraseKey | None" = None,
    ) -> bytes:
        from keyfold.core.backup import seal_key

        return seal_key(
            key_pair, passphrase or "", key_id=key_id, name=name, kdf=self.kdf, derived=derived
        )

    def _salt_of(self, version: KeyVersion, passphrase: str | None) -> "PassphraseKey | None":
        """The key `passphrase` derives with `version`'s salt, when that version
        uses the vault's costs: a new version sealed with it unlocks together."""
        from keyfold.core.backup.document import parse_document
        from keyfold.core.backup.kdf import PassphraseKey, derive_key

        try:
            envelope = self._backend(version.storage, version.key_id).load(self._ref(version))
            sealed = parse_document(envelope)
        except KeyfoldError:
            return None
        if sealed.info.kdf != self.kdf:
            return None
        key = derive_key(passphrase or "", sealed.salt, self.kdf)
        return PassphraseKey(sealed.salt, self.kdf, key)

    def _open(
        self,
        version: KeyVersion,
        envelope: bytes,
        passphrase: str | None,
        keys: "DerivedKeys | None" = None,
    ) -> KeyPair:
        from keyfold.core.backup import open_backup
        from keyfold.core.backup.kdf import DerivedKeys

        key_id = version.key_id
        keys = keys if keys is not None else DerivedKeys(budget=VAULT_KDF_BUDGET)
        try:
            pair = open_backup(envelope, passphrase or "", keys=keys).key_pair
        except WrongPassphraseError as exc:
            logger.warning("Unlocking key %s v%d: wrong passphrase", key_id, version.version)
            raise WrongPassphraseError(f"The passphrase for key {key_id} is wrong.") from exc
        except BackupFormatError as exc:
            logger.error(
                "The stored secret of key %s v%d is damaged: %s", key_id, version.version, exc
            )
            raise StorageError(f"The stored secret of key {key_id} is damaged: {exc}") from exc
        if pair.public != version.public_key:
            logger.error("The stored secret of key %s v%d does not match", key_id, version.version)
            raise StorageError(
                f"The stored secret of key {key_id} (version {version.version}) "
                "does not match its public key."
            )
        return pair

    @staticmethod
    def _version(record: KeyRecord, version: int | None) -> KeyVersion:
        if version is None:
            return record.current
        found = record.version(version)
        if found is None:
            raise KeyNotFoundError(f"Key {record.key_id} has no version {version}.")
        return found


def _next_generation(record: KeyRecord) -> int:
    """A secret generation none of the record's versions uses."""
    return 1 + max(v.generation for v in record.versions)


def _secret_layout(record: KeyRecord) -> dict[int, SecretSlot]:
    return {v.version: SecretSlot.of(v) for v in record.versions}


def _one(records: list[KeyRecord], key_id: str) -> KeyRecord:
    if not records:
        raise KeyNotFoundError(f"No key with id {key_id} is in the vault.")
    return records[0]


def _check_history(
    key_id: str, pairs: Sequence[tuple[int, KeyPair]], history: Sequence[PastVersion]
) -> None:
    numbers = [number for number, _ in pairs]
    if min(numbers) < 1 or len(set(numbers)) != len(numbers):
        raise InvalidInputError(f"The versions of key {key_id} repeat or lack a number.")
    if len({pair.public for _, pair in pairs}) != len(pairs):
        raise InvalidInputError(f"Two versions of key {key_id} hold the same key pair.")
    if any(VersionStatus(old.status) is VersionStatus.CURRENT for old in history):
        raise InvalidInputError(
            f"An older version of key {key_id} cannot be current; it is archived or expired."
        )


def _clean_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """Tags stripped, without empties or repeats, in the order given."""
    if isinstance(tags, str):
        raise InvalidInputError("Tags must be a list of words, not one string.")
    seen: dict[str, None] = {}
    for tag in tags:
        clean = " ".join(tag.split())
        if clean:
            seen.setdefault(clean, None)
    return tuple(seen)


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite does (its -wal/-shm copy the mode)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        os.close(fd)
        os.chmod(path, PRIVATE_FILE_MODE)
    except OSError as exc:
        raise StorageError(f"Cannot create the vault database {path}: {exc.strerror}.") from exc


def _choose_keychain(
    keychain: SecretBackend | Literal["auto"] | None,
) -> tuple[SecretBackend | None, BackendStatus]:
    if keychain == "auto":
        from keyfold.core.vault.secret_backends.select import select_keychain

        choice = select_keychain()
        chosen: SecretBackend | None = choice.backend
        name, reason = choice.name, choice.reason
        if chosen is None:
            reason += " Private keys are kept in encrypted files in the vault."
    elif keychain is None:
        chosen, name = None, ""
        reason = "The OS keychain is turned off; private keys are kept in encrypted files."
    else:
        chosen, name = keychain, keychain.name
        reason = f"Keys are kept in {keychain.name}."
    default = StorageKind.KEYCHAIN if chosen is not None else StorageKind.FILE
    return chosen, BackendStatus(chosen is not None, name, default, reason)

"""The SQLite metadata store: schema, transactions under the vault lock, rows <-> records."""

import functools
import gc
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keyfold.core.errors import StorageError
from keyfold.core.keys import PublicKey
from keyfold.core.vault import schema
from keyfold.core.vault.lock import VaultLock
from keyfold.core.vault.records import (
    BackupRecord,
    KeyHead,
    KeyRecord,
    KeyVersion,
    StorageKind,
    VersionStatus,
    current_of,
)

BUSY_TIMEOUT_MS = 15_000


def utc_now() -> datetime:
    return datetime.now(UTC)


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _required_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


class MetadataStore:
    """vault.db in WAL mode; writes run in BEGIN IMMEDIATE under the vault lock.

    A write transaction is re-entrant within the thread that holds it, so a
    feature module can call `transaction()` while the vault is already inside one.
    """

    def __init__(self, path: Path, lock: VaultLock) -> None:
        self.path = path
        self.lock = lock
        self._active: sqlite3.Connection | None = None
        self._owner: int | None = None

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot open the vault database {self.path}: {exc}.") from exc
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            conn.close()
            raise StorageError(f"Cannot use the vault database {self.path}: {exc}.") from exc
        return conn

    def _mine(self) -> sqlite3.Connection | None:
        if self._active is not None and self._owner == threading.get_ident():
            return self._active
        return None

    def in_transaction(self) -> bool:
        """True while this thread is inside `transaction()` (its writes are not committed yet)."""
        return self._mine() is not None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction under the cross-process lock; commits on success."""
        with self.lock.hold():
            existing = self._mine()
            if existing is not None:
                yield existing
                return
            conn = self._connect()
            self._active, self._owner = conn, threading.get_ident()
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                _rollback(conn)
                raise StorageError(f"The vault database {self.path} failed: {exc}.") from exc
            except BaseException:
                _rollback(conn)
                raise
            finally:
                self._active, self._owner = None, None
                conn.close()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A consistent read (WAL snapshot) that does not wait for writers."""
        existing = self._mine()
        if existing is not None:
            yield existing
            return
        conn = self._connect()
        try:
            conn.execute("BEGIN")
            yield conn
        except sqlite3.Error as exc:
            raise StorageError(f"The vault database {self.path} failed: {exc}.") from exc
        finally:
            _rollback(conn)
            conn.close()

    def initialise(self, on_upgrade: Callable[[], None] | None = None) -> str:
        """Create or migrate the schema (see schema.migrate); return the vault's id.

        `on_upgrade` runs when an existing older vault is migrated, inside the
        migrating transaction: if it fails or the process dies, the schema
        stays old and the next open runs it again.
        """
        ready = self._ready_id()
        if ready is not None:
            return ready
        with self.lock.hold():
            conn = self._connect()
            try:
                # WAL must be switched on outside a transaction.
                conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.Error as exc:
                conn.close()
                raise StorageError(f"Cannot use the vault database {self.path}: {exc}.") from exc
            conn.close()
            with self.transaction() as tx:
                found = schema.migrate(tx, f"The vault at {self.path.parent}")
                vault_id = _meta(tx, "vault_id")
                if vault_id is None:
                    import uuid  # once per vault; `uuid` loads `platform`, ~2 ms a command

                    vault_id = uuid.uuid4().hex
                    tx.execute("INSERT INTO meta VALUES ('vault_id', ?)", (vault_id,))
                if 0 < found < schema.SCHEMA_VERSION and on_upgrade is not None:
                    on_upgrade()
                return vault_id

    def _ready_id(self) -> str | None:
        """The vault's id when its database needs nothing (WAL on, schema current,
        id recorded), as every open of an existing vault finds it: one read,
        without the lock and the write transaction that setting up takes.
        None sends `initialise` the full way, which also reports any fault."""
        try:
            with self.reading() as conn:
                mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    return None
                if schema.found_version(conn) != schema.SCHEMA_VERSION:
                    return None
                return _meta(conn, "vault_id")
        except StorageError:
            return None


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _meta(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row["value"])


# Rows <-> records ---------------------------------------------------------


_KEY_COLUMNS = "key_id, name, description, tags, created, updated"
_VERSION_COLUMNS = "key_id, version, public_key, created, status, storage, protected, generation"
# Enum lookups by value without Enum.__call__ (a listing makes 10,000s of them).
_STATUS = {status.value: status for status in VersionStatus}
_STORAGE = {kind.value: kind for kind in StorageKind}


def load_keys(conn: sqlite3.Connection, key_id: str | None = None) -> list[KeyRecord]:
    """Key records (all, or the one with `key_id`) with their backup state.

    Rows are read as plain tuples with named columns (sqlite3.Row costs a
    lookup per field), and each key's backups are found in one dict: 10,000
    keys load in one pass over two queries.
    """
    where, params = ("WHERE key_id = ?", (key_id,)) if key_id is not None else ("", ())
    with _no_collection():
        return _load_keys(conn, where, params)


@contextmanager
def _no_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while records are built.

    Records hold no reference cycles, yet 10,000 keys allocate enough objects
    to trigger dozens of collections, each walking the older objects too:
    about 15% of a 10,000-key load.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_keys(conn: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> list[KeyRecord]:
    key_rows = _plain_rows(
        conn,
        f"SELECT {_KEY_COLUMNS} FROM keys {where} ORDER BY key_id",  # noqa: S608 - fixed fragments
        params,
    )
    version_rows = _plain_rows(
        conn,
        f"SELECT {_VERSION_COLUMNS} FROM key_versions {where} ORDER BY key_id, version",  # noqa: S608 - fixed fragments
        params,
    )
    versions: dict[str, list[KeyVersion]] = {}
    for row in version_rows:
        versions.setdefault(row[0], []).append(_version(row))
    backups: dict[str, list[BackupRecord]] = {}
    for backup in load_backups(conn):
        for backed_up in backup.key_ids:
            backups.setdefault(backed_up, []).append(backup)
    records = []
    for row in key_rows:
        key_versions = versions.get(row[0])
        if not key_versions:
            continue  # a key without versions is half-written; never shown
        records.append(_record(row, tuple(key_versions), backups.get(row[0], ())))
    return records


# The same key object for the same hex on every load: its fingerprints are
# cached on it, so each is computed once per process, not once per refresh.
# The vault's own rows were point-checked when they were inserted (every key
# reaching insert_version passed PublicKey's check); `stored` repeats that
# check when a key's bytes are first used, not for each key a listing reads.
_public_key = functools.lru_cache(maxsize=1 << 16)(PublicKey.stored)


def _version(row: tuple[Any, ...]) -> KeyVersion:
    key_id, version, public_key, created, status, storage, protected, generation = row
    return KeyVersion(
        key_id,
        int(version),
        _public_key(public_key),
        _required_time(created),
        _STATUS[status] if status in _STATUS else VersionStatus(status),
        _STORAGE[storage] if storage in _STORAGE else StorageKind(storage),
        bool(protected),
        int(generation),
    )


@functools.lru_cache(maxsize=1024)
def _tags(text: str) -> tuple[str, ...]:
    """A key's tags from their JSON; vaults reuse a few tag sets across many keys."""
    return tuple(json.loads(text))


def _record(
    row: tuple[Any, ...], versions: tuple[KeyVersion, ...], mine: Sequence[BackupRecord]
) -> KeyRecord:
    key_id, name, description, tags, created, updated = row
    last_backup = None
    is_current = False
    if mine:
        current = current_of(versions)
        is_current = any(
            b.created >= current.created and current.fingerprint in b.fingerprints for b in mine
        )
        last_backup = max(b.created for b in mine)
    return KeyRecord(
        key_id=key_id,
        name=name,
        description=description,
        tags=_tags(tags),
        created=_required_time(created),
        updated=_required_time(updated),
        versions=versions,
        last_backup=last_backup,
        backup_is_current=is_current,
    )


def load_version(conn: sqlite3.Connection, key_id: str, version: int) -> KeyVersion | None:
    """One version of a key, without reading its others."""
    row = _plain(
        conn,
        f"SELECT {_VERSION_COLUMNS} FROM key_versions WHERE key_id = ? AND version = ?",  # noqa: S608 - fixed columns
        (key_id, version),
    )
    return None if row is None else _version(row)


def load_head(conn: sqlite3.Connection, key_id: str) -> KeyHead | None:
    """The key's name, current version and version counts, in indexed queries.

    None for a key that is not there or has no versions (half-written).
    The current version is the one KeyRecord.current picks: the oldest marked
    CURRENT, else the newest.
    """
    name = conn.execute("SELECT name FROM keys WHERE key_id = ?", (key_id,)).fetchone()
    newest, kept = conn.execute(
        "SELECT MAX(version), SUM(status != ?) FROM key_versions WHERE key_id = ?",
        (VersionStatus.EXPIRED.value, key_id),
    ).fetchone()
    if name is None or newest is None:
        return None
    row = _plain(
        conn,
        f"SELECT {_VERSION_COLUMNS} FROM key_versions "  # noqa: S608 - fixed columns
        "WHERE key_id = ? AND status = ? ORDER BY version LIMIT 1",
        (key_id, VersionStatus.CURRENT.value),
    )
    current = load_version(conn, key_id, int(newest)) if row is None else _version(row)
    assert current is not None  # the newest version was just found
    return KeyHead(key_id, name[0], current, int(newest), int(kept))


def has_public_key(conn: sqlite3.Connection, key_id: str, public_key: PublicKey) -> bool:
    """True when one of the key's versions holds this public key."""
    row = conn.execute(
        "SELECT 1 FROM key_versions WHERE key_id = ? AND public_key = ?",
        (key_id, public_key.hex),
    ).fetchone()
    return row is not None


def archive_current(conn: sqlite3.Connection, key_id: str) -> None:
    """Every CURRENT version of the key becomes ARCHIVED (a new one is about to be current)."""
    conn.execute(
        "UPDATE key_versions SET status = ? WHERE key_id = ? AND status = ?",
        (VersionStatus.ARCHIVED.value, key_id, VersionStatus.CURRENT.value),
    )


def _plain(conn: sqlite3.Connection, query: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """One row as a plain tuple (sqlite3.Row costs a lookup per field)."""
    cursor = conn.execute(query, params)
    cursor.row_factory = None
    row: tuple[Any, ...] | None = cursor.fetchone()
    return row


def _plain_rows(
    conn: sqlite3.Connection, query: str, params: tuple[Any, ...]
) -> list[tuple[Any, ...]]:
    cursor = conn.execute(query, params)
    cursor.row_factory = None
    rows: list[tuple[Any, ...]] = cursor.fetchall()
    return rows


def insert_key(
    conn: sqlite3.Connection,
    key_id: str,
    *,
    name: str,
    description: str,
    tags: Sequence[str],
    created: datetime,
) -> None:
    conn.execute(
        "INSERT INTO keys VALUES (?, ?, ?, ?, ?, ?)",
        (
            key_id,
            name,
            description,
            json.dumps(list(tags)),
            created.isoformat(),
            created.isoformat(),
        ),
    )


def update_key(
    conn: sqlite3.Connection,
    key_id: str,
    *,
    name: str,
    description: str,
    tags: Sequence[str],
) -> None:
    conn.execute(
        "UPDATE keys SET name = ?, description = ?, tags = ?, updated = ? WHERE key_id = ?",
        (name, description, json.dumps(list(tags)), utc_now().isoformat(), key_id),
    )


def touch_key(conn: sqlite3.Connection, key_id: str) -> None:
    conn.execute("UPDATE keys SET updated = ? WHERE key_id = ?", (utc_now().isoformat(), key_id))


def insert_version(conn: sqlite3.Connection, version: KeyVersion) -> None:
    conn.execute(
        "INSERT INTO key_versions (key_id, version, public_key, created, status, storage, "
        "protected, generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version.key_id,
            version.version,
            version.public_key.hex,
            version.created.isoformat(),
            version.status.value,
            version.storage.value,
            int(version.protected),
            version.generation,
        ),
    )


def update_version(
    conn: sqlite3.Connection,
    key_id: str,
    version: int,
    *,
    status: VersionStatus | None = None,
    storage: StorageKind | None = None,
    protected: bool | None = None,
    generation: int | None = None,
) -> None:
    changes = {
        "status": None if status is None else status.value,
        "storage": None if storage is None else storage.value,
        "protected": None if protected is None else int(protected),
        "generation": generation,
    }
    for column, value in changes.items():
        if value is not None:
            conn.execute(
                f"UPDATE key_versions SET {column} = ? WHERE key_id = ? AND version = ?",  # noqa: S608 - column from a fixed set
                (value, key_id, version),
            )


def version_statuses(conn: sqlite3.Connection, key_id: str) -> list[tuple[int, VersionStatus]]:
    """Each version of the key and its status, oldest first (for repairs)."""
    rows = conn.execute(
        "SELECT version, status FROM key_versions WHERE key_id = ? ORDER BY version", (key_id,)
    ).fetchall()
    return [(int(row["version"]), VersionStatus(row["status"])) for row in rows]


def current_version(conn: sqlite3.Connection, key_id: str) -> int | None:
    """The newest CURRENT version number of the key, None when it has none."""
    row = conn.execute(
        "SELECT MAX(version) FROM key_versions WHERE key_id = ? AND status = ?",
        (key_id, VersionStatus.CURRENT.value),
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def delete_key(conn: sqlite3.Connection, key_id: str) -> None:
    conn.execute("DELETE FROM key_versions WHERE key_id = ?", (key_id,))
    conn.execute("DELETE FROM keys WHERE key_id = ?", (key_id,))


@dataclass(frozen=True)
class SecretSlot:
    """Where one envelope lives: backend, key, version and secret generation."""

    storage: StorageKind
    key_id: str
    version: int
    generation: int

    @classmethod
    def of(cls, version: KeyVersion) -> "SecretSlot":
        return cls(version.storage, version.key_id, version.version, version.generation)


def add_pending(conn: sqlite3.Connection, slots: Sequence[SecretSlot]) -> None:
    """Journal slots about to be written or retired; committed before any secret moves."""
    conn.executemany(
        "INSERT OR IGNORE INTO pending_secrets VALUES (?, ?, ?, ?)",
        [(s.storage.value, s.key_id, s.version, s.generation) for s in slots],
    )


def remove_pending(conn: sqlite3.Connection, slots: Sequence[SecretSlot]) -> None:
    conn.executemany(
        "DELETE FROM pending_secrets "
        "WHERE storage = ? AND key_id = ? AND version = ? AND generation = ?",
        [(s.storage.value, s.key_id, s.version, s.generation) for s in slots],
    )


def load_pending(conn: sqlite3.Connection) -> list[SecretSlot]:
    rows = conn.execute(
        "SELECT * FROM pending_secrets ORDER BY key_id, version, generation, storage"
    ).fetchall()
    return [
        SecretSlot(
            StorageKind(row["storage"]), row["key_id"], int(row["version"]), int(row["generation"])
        )
        for row in rows
    ]


def slot_in_use(conn: sqlite3.Connection, slot: SecretSlot) -> bool:
    """True when a key version's metadata points at this slot."""
    row = conn.execute(
        "SELECT 1 FROM key_versions "
        "WHERE storage = ? AND key_id = ? AND version = ? AND generation = ?",
        (slot.storage.value, slot.key_id, slot.version, slot.generation),
    ).fetchone()
    return row is not None


def key_exists(conn: sqlite3.Connection, key_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM keys WHERE key_id = ?", (key_id,)).fetchone()
    return row is not None


def upsert_backup(conn: sqlite3.Connection, record: BackupRecord) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO backups VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            record.path,
            json.dumps(list(record.key_ids)),
            json.dumps(list(record.fingerprints)),
            record.created.isoformat(),
            record.preset,
            int(record.bundle),
            None if record.last_verified is None else record.last_verified.isoformat(),
        ),
    )


def load_backups(conn: sqlite3.Connection) -> list[BackupRecord]:
    rows = conn.execute("SELECT * FROM backups ORDER BY created DESC, path").fetchall()
    return [
        BackupRecord(
            path=row["path"],
            key_ids=tuple(json.loads(row["key_ids"])),
            fingerprints=tuple(json.loads(row["fingerprints"])),
            created=_required_time(row["created"]),
            preset=row["preset"],
            bundle=bool(row["bundle"]),
            last_verified=_time(row["last_verified"]),
        )
        for row in rows
    ]


def mark_backup_verified(conn: sqlite3.Connection, path: str, when: datetime) -> bool:
    cursor = conn.execute(
        "UPDATE backups SET last_verified = ? WHERE path = ?", (when.isoformat(), path)
    )
    return cursor.rowcount > 0

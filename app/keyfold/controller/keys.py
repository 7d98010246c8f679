"""KeyService: generate, import, export, unlock and manage the vault's keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyfold.controller.unlock import UnlockCache
from keyfold.core.atomic_files import atomic_write
from keyfold.core.audit import AuditKind, loggable_path
from keyfold.core.errors import (
    InvalidInputError,
    KeyExistsError,
    KeyfoldError,
    KeyFormatError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair, PublicKey, PublicKeyFormat
from keyfold.core.limits import check_description, check_metadata, check_version_count
from keyfold.core.vault import (
    KeyRecord,
    KeyVersion,
    StorageKind,
    Vault,
    VersionStatus,
    validate_key_id,
)
from keyfold.core.vault.key_ids import is_valid_key_id, slugify, suggest_key_id
from keyfold.core.vault.vault import VAULT_KDF_BUDGET, PastVersion

if TYPE_CHECKING:
    from keyfold.controller.audit import AuditService
    from keyfold.core.backup import OpenedBackup

# Key files and backups are a few KiB; anything far larger is the wrong file.
MAX_KEY_FILE_BYTES = 1024 * 1024


class KeyService:
    """What the GUI and the CLI do with keys; private keys stay in here."""

    def __init__(
        self, vault: Vault, unlock: UnlockCache, *, audit: AuditService | None = None
    ) -> None:
        self.vault = vault
        self.cache = unlock
        if audit is not None:
            self.audit = audit

    @cached_property
    def audit(self) -> AuditService:
        """The audit trail this service records in, built when first needed:
        listing or showing keys records nothing and never loads it. The
        controller's one trail is this one (`Controller.audit`)."""
        from keyfold.controller.audit import AuditService

        return AuditService(self.vault)

    def get(self, key_id: str) -> KeyRecord:
        return self.vault.get_key(key_id)

    def generate(
        self,
        key_id: str | None,
        *,
        passphrase: str | None,
        name: str = "",
        description: str = "",
        tags: Sequence[str] = (),
        storage: StorageKind | None = None,
    ) -> KeyRecord:
        """A new key pair (self-tested) stored under `key_id` or a made-up id."""
        check_metadata(name=name, description=description, tags=tags)
        chosen = validate_key_id(key_id) if key_id else suggest_key_id(name, self.vault.has_key)
        pair = KeyPair.generate()
        kind = self.vault.storage_for(storage, passphrase)
        record = self.vault.add_key(
            chosen,
            pair,
            passphrase=passphrase,
            name=name,
            description=description,
            tags=tags,
            storage=storage,
            alongside=self.entry_alongside(
                AuditKind.GENERATE, chosen, 1, pair, {"storage": kind.value}
            ),
        )
        self.audit.log.sync_anchor()
        self.cache.put(chosen, record.current.version, pair)
        return record

    def import_private(
        self,
        data: bytes,
        *,
        key_id: str | None = None,
        file_passphrase: str | None = None,
        passphrase: str | None,
        name: str = "",
        description: str = "",
        tags: Sequence[str] = (),
        storage: StorageKind | None = None,
        source: str = "The private key",
        file_name: str = "",
        seed: bool = False,
    ) -> KeyRecord:
        """Import a private key file: a backup (needs file_passphrase) or any
        format keyfold.core.key_import reads (PEM, PKCS#8, OpenSSH, hex, base64).

        `source` starts the parsers' error sentences (e.g. "The file X");
        `file_name` is the file's own name ("" for stdin). A bare 32-byte hex
        or base64 value may as well be a public key, so it is imported only
        when `seed` says it is a private seed, and never when it is a known
        public key or comes from a `.pub` file."""
        # The backup formats and key parsers load on the first import, not to list keys.
        from keyfold.core.backup import looks_like_backup, open_backup
        from keyfold.core.key_import import bare_32_bytes, parse_private_key

        suggested = ""
        opened: OpenedBackup | None = None
        if looks_like_backup(data):
            if file_passphrase is None:
                raise PassphraseRequiredError(
                    "The file is an encrypted backup; give its passphrase to import it."
                )
            opened = open_backup(data, file_passphrase)
            pair = opened.key_pair
            suggested = opened.info.key_id
            name = name or opened.info.name
        else:
            bare = bare_32_bytes(data)
            if bare is not None:
                self._check_bare_seed(bare, source=source, file_name=file_name, seed=seed)
            pair = parse_private_key(data, file_passphrase, source=source)
        check_metadata(name=name, description=description, tags=tags)
        if opened is not None:
            check_description(
                opened.info.metadata.get("description", ""), "The backup's description"
            )
            check_version_count(1 + len(opened.archived), opened.info.key_id or "in the backup")
        existing = self.vault.find_by_fingerprint(pair.public.fingerprint)
        if existing is not None:
            raise KeyExistsError(f"This key is in the vault already, as {existing.key_id}.")
        if key_id:
            chosen = validate_key_id(key_id)
        elif suggested and is_valid_key_id(suggested):
            chosen = suggested
            if self.vault.has_key(chosen):
                raise KeyExistsError(
                    f"A key with id {chosen} is in the vault already; choose another id."
                )
        else:
            chosen = suggest_key_id(name or slugify(suggested), self.vault.has_key)
        # A backup brings the key's older versions along.
        version, created, history = versions_of(opened) if opened else (1, None, [])
        kind = self.vault.storage_for(storage, passphrase)
        record = self.vault.restore_key(
            chosen,
            pair,
            passphrase=passphrase,
            version=version,
            created=created,
            history=history,
            name=name,
            description=description,
            tags=tags,
            storage=storage,
            alongside=self.entry_alongside(
                AuditKind.IMPORT,
                chosen,
                version,
                pair,
                {
                    "source": "backup" if opened else "key",
                    "storage": kind.value,
                    "count": 1 + len(history),
                },
            ),
        )
        self.audit.log.sync_anchor()
        self.cache.put(chosen, record.current.version, pair)
        return record

    def _check_bare_seed(self, raw: bytes, *, source: str, file_name: str, seed: bool) -> None:
        """Refuse 32 bytes that are, or may be, a public key rather than a seed."""
        try:
            as_public: PublicKey | None = PublicKey(raw)
        except KeyFormatError:
            as_public = None  # not a usable public key, so neither ours nor trusted
        if as_public is not None:
            owner = self.vault.find_by_fingerprint(as_public.fingerprint)
            if owner is not None:
                raise KeyFormatError(
                    f"{source} holds the public key of {owner.key_id}, not a private key; "
                    "import its private key file or a backup instead."
                )
            # Here, not at the top: the table's dataclass would cost every listing.
            from keyfold.core.vault.tables import trusted_keys

            with self.vault.reading() as conn:
                trusted = trusted_keys.find_public_key(conn, as_public)
            if trusted is not None:
                raise KeyFormatError(
                    f"{source} holds the public key trusted as {trusted.name}, not a private "
                    "key; a public key cannot sign, so it cannot be imported."
                )
        if file_name.lower().endswith(".pub"):
            raise KeyFormatError(
                f"{source} is a public key file (.pub); import the private key file instead."
            )
        if not seed:
            raise KeyFormatError(
                f"{source} holds 32 bytes, which may be a private seed or a public key; "
                "if it is a private seed, import it again saying so "
                "(keyfold-cli import --seed, or 'The file is a private seed' when importing)."
            )

    def import_private_file(
        self,
        path: Path,
        *,
        key_id: str | None = None,
        file_passphrase: str | None = None,
        passphrase: str | None,
        name: str = "",
        description: str = "",
        tags: Sequence[str] = (),
        storage: StorageKind | None = None,
        seed: bool = False,
    ) -> KeyRecord:
        """`import_private` of a file's content; errors name the file."""
        path = Path(path).expanduser()
        return self.import_private(
            _read_key_file(path),
            key_id=key_id,
            file_passphrase=file_passphrase,
            passphrase=passphrase,
            name=name,
            description=description,
            tags=tags,
            storage=storage,
            source=f"The file {path}",
            file_name=path.name,
            seed=seed,
        )

    def file_needs_passphrase(self, data: bytes) -> bool:
        """True when importing `data` needs the file's own passphrase first."""
        from keyfold.core.backup import looks_like_backup
        from keyfold.core.key_import import parse_private_key

        if looks_like_backup(data):
            return True
        try:
            parse_private_key(data, None)
        except PassphraseRequiredError:
            return True
        except KeyfoldError:
            return False  # import_private reports what is wrong with the file
        return False

    def format_public(self, key_id: str, fmt: PublicKeyFormat, version: int | None = None) -> str:
        """The public key as text, for showing it (not recorded as an export)."""
        return self._public_text(key_id, fmt, version)[1]

    def export_public(self, key_id: str, fmt: PublicKeyFormat, version: int | None = None) -> str:
        """The public key as text to hand out; recorded in the audit trail."""
        chosen, text = self._public_text(key_id, PublicKeyFormat(fmt), version)
        self.audit.record(
            AuditKind.EXPORT, key_id, chosen.version, {"format": PublicKeyFormat(fmt).value}
        )
        return text

    def export_public_to_file(
        self, key_id: str, fmt: PublicKeyFormat, path: Path, version: int | None = None
    ) -> Path:
        """Write the public key to `path` (atomically, world-readable like any .pub)."""
        path = Path(path).expanduser()
        chosen, text = self._public_text(key_id, PublicKeyFormat(fmt), version)
        atomic_write(path, text.encode(), mode=0o644)
        self.audit.record_or_undo(
            lambda: path.unlink(missing_ok=True),
            AuditKind.EXPORT,
            key_id,
            chosen.version,
            {"format": PublicKeyFormat(fmt).value, "file": loggable_path(path)},
        )
        return path

    def unlock(self, key_id: str, passphrase: str | None) -> KeyPair:
        """Unseal the current version and keep it unlocked for the cache's ttl.

        Archived versions (not expired ones) are unlocked with it: they share
        the passphrase, and backups, decryption and rotation need them too.
        """
        from keyfold.core.backup.kdf import DerivedKeys

        record = self.vault.get_key(key_id)
        keys = DerivedKeys(budget=VAULT_KDF_BUDGET)  # versions sharing a salt derive once
        try:
            pair = self.vault.unseal(key_id, passphrase, record.current.version, keys=keys)
        except WrongPassphraseError:
            # A failed attempt is worth a line: many in a row mean someone is guessing.
            self.audit.record(
                AuditKind.UNLOCK, key_id, record.current.version, {"result": "wrong_passphrase"}
            )
            raise
        self.cache.put(key_id, record.current.version, pair)
        for version in _usable(record):
            if version.version != record.current.version:
                archived = self.vault.unseal(
                    key_id, passphrase, version.version, keys=keys, record=record
                )
                self.cache.put(key_id, version.version, archived)
        self.audit.record(AuditKind.UNLOCK, key_id, record.current.version)
        return pair

    def key_pair(
        self, key_id: str, version: int | None = None, *, record: KeyRecord | None = None
    ) -> KeyPair:
        """An unlocked key pair: from the cache, or unsealed when unprotected.
        `record` (just read) saves reading a key of thousands of versions again."""
        if record is not None and version is not None:
            cached = self.cache.get(key_id, version)
            if cached is not None:
                return cached
        chosen = self.vault.key_version(key_id, version)
        cached = self.cache.get(key_id, chosen.version)
        if cached is not None:
            self.cache.touch()
            return cached
        if chosen.protected:
            raise PassphraseRequiredError(
                f"Key {key_id} is locked; unlock it with its passphrase first."
            )
        pair = self.vault.unseal(key_id, None, chosen.version, record=record)
        self.cache.put(key_id, chosen.version, pair)
        return pair

    def is_unlocked(self, key_id: str) -> bool:
        """True when every usable version (current and archived) can be used
        without a passphrase now."""
        record = self.vault.get_key(key_id)
        return all(
            not version.protected or self.cache.get(key_id, version.version) is not None
            for version in _usable(record)
        )

    def lock(self, key_id: str) -> None:
        self.cache.lock(key_id)

    def lock_all(self) -> None:
        self.cache.lock_all()

    def update_metadata(
        self,
        key_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> KeyRecord:
        check_metadata(name=name, description=description, tags=tags)
        record = self.vault.update_metadata(key_id, name=name, description=description, tags=tags)
        changed = [
            field
            for field, value in (("name", name), ("description", description), ("tags", tags))
            if value is not None
        ]
        self._record(AuditKind.METADATA_CHANGE, record, {"action": ",".join(changed)})
        return record

    def change_passphrase(self, key_id: str, old: str | None, new: str | None) -> None:
        self.vault.change_passphrase(key_id, old, new)
        self._record(
            AuditKind.PASSPHRASE_CHANGE,
            self.vault.get_key(key_id),
            {"action": "set" if new else "removed"},
        )

    def move_storage(
        self, key_id: str, target: StorageKind, passphrase: str | None = None
    ) -> KeyRecord:
        before = self.vault.get_key(key_id).storage
        record = self.vault.move_storage(key_id, target, passphrase)
        self._record(
            AuditKind.BACKEND_MOVE,
            record,
            {"from_storage": before.value, "to_storage": record.storage.value},
        )
        return record

    def delete(self, key_id: str) -> None:
        record = self.vault.get_key(key_id)
        self.cache.lock(key_id)
        self.vault.delete_key(key_id)
        self._record(AuditKind.DELETE, record, {"count": len(record.versions)})

    def forget_replaced(self, record: KeyRecord) -> None:
        """After a restore replaced this key: drop its unlocked pairs and log its deletion."""
        self.cache.lock(record.key_id)
        self._record(AuditKind.DELETE, record, {"count": len(record.versions)})

    def entry_alongside(
        self, kind: AuditKind, key_id: str, version: int, pair: KeyPair, details: dict[str, Any]
    ) -> Callable[[sqlite3.Connection], None]:
        """An audit entry to write in the vault transaction that stores a key."""

        def append(conn: sqlite3.Connection) -> None:
            self.audit.append_in(
                conn, kind, key_id, version, {"fingerprint": pair.public.fingerprint, **details}
            )

        return append

    def _record(self, kind: AuditKind, record: KeyRecord, details: dict[str, Any]) -> None:
        """One audit entry about a key's current version, with its fingerprint."""
        self.audit.record(
            kind,
            record.key_id,
            record.current.version,
            {"fingerprint": record.fingerprint, **details},
        )

    def _public_text(
        self, key_id: str, fmt: PublicKeyFormat, version: int | None
    ) -> tuple[KeyVersion, str]:
        record = self.vault.get_key(key_id)
        chosen = self.vault.key_version(key_id, version)
        comment = record.name or key_id
        if fmt is PublicKeyFormat.MINISIGN:
            comment = f"minisign public key {chosen.public_key.key_number_hex} ({comment})"
        return chosen, chosen.public_key.export(fmt, comment=comment)

    # Last in the class: a method named `list` shadows the builtin below it.
    def list(self) -> list[KeyRecord]:
        return self.vault.list_keys()


def versions_of(opened: OpenedBackup) -> tuple[int, datetime | None, list[PastVersion]]:
    """The current version's number and creation time, and the older versions,
    of a decrypted backup."""
    from keyfold.core.backup import parse_backup_time

    history = [
        PastVersion(old.version, old.key_pair, VersionStatus(old.status), old.created)
        for old in opened.archived
    ]
    # A file without Keyfold's version number: the key follows its older versions.
    version = opened.info.version or 1 + max((old.version for old in history), default=0)
    # Other writers' time formats vary; when unreadable, the import time stands in.
    return version, parse_backup_time(opened.info.created), history


def _usable(record: KeyRecord) -> list[KeyVersion]:
    """The versions a passphrase unlocks: all but the expired ones."""
    return [v for v in record.versions if v.status is not VersionStatus.EXPIRED]


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise InvalidInputError(f"The file {path} is too large to be a key file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInputError(f"{path} is a folder, not a key file.") from None
    except OSError as exc:
        raise InvalidInputError(f"Cannot read the file {path}: {exc.strerror}.") from exc

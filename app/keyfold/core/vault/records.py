"""The vault's records: keys, their versions, backups made, and backend status."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from keyfold.core.keys import PublicKey


class StorageKind(StrEnum):
    """Where a private key's sealed envelope lives."""

    KEYCHAIN = "keychain"
    FILE = "file"


class VersionStatus(StrEnum):
    CURRENT = "current"
    ARCHIVED = "archived"
    EXPIRED = "expired"


@dataclass(frozen=True)
class KeyVersion:
    """One generation of a key; rotation adds versions, the newest is CURRENT."""

    key_id: str
    version: int
    public_key: PublicKey
    created: datetime
    status: VersionStatus
    storage: StorageKind
    protected: bool
    # Which copy of the envelope the metadata points at: a passphrase change
    # or a replace writes the next generation beside the old one first.
    generation: int = 0

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint


def current_of(versions: tuple[KeyVersion, ...]) -> KeyVersion:
    """The CURRENT one of a key's versions; the newest one if none is marked current."""
    for version in versions:
        if version.status is VersionStatus.CURRENT:
            return version
    return max(versions, key=lambda v: v.version)


@dataclass(frozen=True)
class KeyRecord:
    """Everything the vault knows about a key except its secret."""

    key_id: str
    name: str
    description: str
    tags: tuple[str, ...]
    created: datetime
    updated: datetime
    versions: tuple[KeyVersion, ...]
    last_backup: datetime | None
    backup_is_current: bool

    @cached_property
    def current(self) -> KeyVersion:
        """The CURRENT version; the newest one if none is marked current."""
        return current_of(self.versions)

    @property
    def fingerprint(self) -> str:
        return self.current.public_key.fingerprint

    @property
    def public_key(self) -> PublicKey:
        return self.current.public_key

    @property
    def storage(self) -> StorageKind:
        return self.current.storage

    @property
    def protected(self) -> bool:
        return self.current.protected

    def version(self, number: int) -> KeyVersion | None:
        return self._by_number.get(number)

    @cached_property
    def _by_number(self) -> dict[int, KeyVersion]:
        return {version.version: version for version in self.versions}


@dataclass(frozen=True)
class KeyHead:
    """What adding a version needs of a key, read without its older versions.

    A key of 1,000 versions costs a rotation what a key of one does.
    """

    key_id: str
    name: str
    current: KeyVersion
    newest: int  # the highest version number
    kept: int  # versions not expired (the ones a backup holds)


@dataclass(frozen=True)
class BackupRecord:
    """A backup file Keyfold wrote: where, which keys, and when last verified."""

    path: str
    key_ids: tuple[str, ...]
    fingerprints: tuple[str, ...]
    created: datetime
    preset: str
    bundle: bool
    last_verified: datetime | None


@dataclass(frozen=True)
class BackendStatus:
    """Which secret storage the vault uses, and a sentence saying why."""

    keychain_available: bool
    keychain_name: str
    default_storage: StorageKind
    reason: str

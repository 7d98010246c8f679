"""Tests for keyfold.core.vault.records."""

from datetime import UTC, datetime, timedelta

from keyfold.core.keys import KeyPair
from keyfold.core.vault import KeyRecord, KeyVersion, StorageKind, VersionStatus

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def _version(number: int, status: VersionStatus, pair: KeyPair) -> KeyVersion:
    return KeyVersion(
        "k", number, pair.public, T0 + timedelta(days=number), status, StorageKind.FILE, True
    )


def _record(*versions: KeyVersion) -> KeyRecord:
    return KeyRecord("k", "", "", (), T0, T0, versions, None, False)


def test_current_is_the_version_marked_current_not_the_newest() -> None:
    old, new = KeyPair.generate(), KeyPair.generate()
    record = _record(
        _version(1, VersionStatus.CURRENT, old), _version(2, VersionStatus.ARCHIVED, new)
    )
    assert record.current.version == 1
    assert record.public_key == old.public
    assert record.fingerprint == old.public.fingerprint
    assert record.storage is StorageKind.FILE
    assert record.protected


def test_current_falls_back_to_the_newest_version() -> None:
    record = _record(
        _version(1, VersionStatus.ARCHIVED, KeyPair.generate()),
        _version(2, VersionStatus.EXPIRED, KeyPair.generate()),
    )
    assert record.current.version == 2


def test_version_lookup() -> None:
    first = _version(1, VersionStatus.CURRENT, KeyPair.generate())
    record = _record(first)
    assert record.version(1) == first
    assert record.version(7) is None

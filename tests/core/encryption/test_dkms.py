from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

import pytest

from keyfold.core.encryption.dkms import ShardKeyService, VersionState
from keyfold.core.encryption.errors import ShardKeyError
from keyfold.core.errors import InvalidInputError

MASTER = bytes(range(32))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Audit:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, str]]] = []

    def __call__(self, event: str, details: Mapping[str, str]) -> None:
        self.events.append((event, dict(details)))

    def names(self) -> list[str]:
        return [e for e, _ in self.events]


def service(**kwargs) -> tuple[ShardKeyService, Clock, Audit]:  # type: ignore[no-untyped-def]
    clock, audit = Clock(), Audit()
    kwargs.setdefault("rotate_after", 3)
    return ShardKeyService(MASTER, clock=clock, audit=audit, **kwargs), clock, audit


def test_get_key_is_stable_and_per_shard() -> None:
    dkms, _, _ = service()
    first = dkms.get_key("shard-a")
    assert first.version == 1 and len(first.key) == 32
    assert dkms.get_key("shard-a").key == first.key
    assert dkms.get_key("shard-b").key != first.key
    assert first.key.hex() not in repr(first)


def test_rotates_when_access_count_passes_the_threshold() -> None:
    dkms, _, audit = service(rotate_after=3)
    versions = [dkms.get_key("s").version for _ in range(7)]
    assert versions == [1, 1, 1, 2, 2, 2, 3]
    rotations = [d for e, d in audit.events if e == "shard_key.rotate"]
    assert [r["reason"] for r in rotations] == ["access-threshold"] * 2


def test_old_versions_stay_readable_until_retention_ends() -> None:
    dkms, clock, audit = service(retention=timedelta(days=7))
    old = dkms.get_key("s")
    new = dkms.rotate_key("s")
    assert new.version == 2 and new.key != old.key
    assert dkms.get_key("s").version == 2  # the old key is no longer handed out
    archived = dkms.get_key("s", version=1)
    assert archived.key == old.key and archived.state is VersionState.ARCHIVED
    clock.now += timedelta(days=6)
    assert dkms.get_key("s", version=1).key == old.key
    clock.now += timedelta(days=2)
    with pytest.raises(ShardKeyError, match="version 1"):
        dkms.get_key("s", version=1)
    assert ("shard_key.expire", {"shard_id": "s", "version": "1", "outcome": "ok"}) in audit.events
    assert [v.version for v in dkms.versions("s")] == [2]


def test_archive_key() -> None:
    dkms, clock, _ = service(retention=timedelta(days=1))
    dkms.get_key("s")
    dkms.archive_key("s", 1)  # archiving the current version rotates first
    infos = dkms.versions("s")
    assert [(i.version, i.state) for i in infos] == [
        (1, VersionState.ARCHIVED),
        (2, VersionState.CURRENT),
    ]
    assert infos[0].expires == clock.now + timedelta(days=1)
    dkms.archive_key("s", 1)  # already archived: unchanged
    assert len(dkms.versions("s")) == 2
    with pytest.raises(ShardKeyError):
        dkms.archive_key("s", 9)


def test_every_call_is_audited_without_key_material() -> None:
    dkms, _, audit = service()
    key = dkms.get_key("s")
    dkms.rotate_key("s")
    dkms.archive_key("s", 2)
    with pytest.raises(ShardKeyError):
        dkms.get_key("s", version=42)
    assert audit.names() == [
        "shard_key.get",
        "shard_key.rotate",
        "shard_key.archive",
        "shard_key.get",
    ]
    assert audit.events[-1][1]["outcome"] == "error"
    assert all(key.key.hex() not in str(d) for _, d in audit.events)


def test_wrong_master_key_cannot_unwrap_stored_keys() -> None:
    from keyfold.core.encryption.dkms import MemoryShardKeyStore
    from keyfold.core.errors import StorageError

    store = MemoryShardKeyStore()
    ShardKeyService(MASTER, store).get_key("s")
    with pytest.raises(StorageError, match="shard s"):
        ShardKeyService(bytes(32), store).get_key("s")


def test_configuration_is_checked() -> None:
    with pytest.raises(InvalidInputError):
        ShardKeyService(b"short")
    with pytest.raises(InvalidInputError):
        ShardKeyService(MASTER, rotate_after=0)
    with pytest.raises(InvalidInputError):
        ShardKeyService(MASTER).get_key("")

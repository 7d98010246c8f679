"""Tests for ShardKeyManager: the DKMS over the vault, rooted in a vault key, audited."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from keyfold.controller import Controller
from keyfold.controller.shard_keys import ShardKeyManager, ShardKeyRootError
from keyfold.core.audit import AuditKind
from keyfold.core.encryption.dkms import VersionState
from keyfold.core.encryption.errors import ShardKeyError
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError

PASSPHRASE = "key passphrase"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def manager(controller: Controller, clock: Clock) -> ShardKeyManager:
    controller.keys.generate("root", passphrase=PASSPHRASE)
    manager = ShardKeyManager(controller.vault, controller.keys, clock=clock)
    manager.set_root("root", rotate_after=3, retention_days=10)
    return manager


def _shard_entries(controller: Controller) -> list[tuple[str, str, str]]:
    return [
        (e.details["action"], e.details.get("shard_id", ""), e.details.get("shard_version", ""))
        for e in controller.audit.list(kind=AuditKind.SHARD_KEY)
    ]


def test_without_a_root_the_service_says_how_to_set_one(controller: Controller) -> None:
    assert controller.shard_keys.root() is None
    with pytest.raises(ShardKeyRootError, match="shard-key init KEY_ID"):
        controller.shard_keys.get_key("s1")


def test_keys_rotate_when_the_access_threshold_passes(
    controller: Controller, manager: ShardKeyManager
) -> None:
    first = [manager.get_key("s1") for _ in range(3)]
    assert {k.version for k in first} == {1} and len({k.key for k in first}) == 1
    fourth = manager.get_key("s1")
    assert fourth.version == 2 and fourth.key != first[0].key
    # The old version stays readable by number (archived), and is not the current one.
    assert manager.get_key("s1", 1).key == first[0].key
    states = [(v.version, v.state) for v in manager.versions("s1")]
    assert states == [(1, VersionState.ARCHIVED), (2, VersionState.CURRENT)]
    entries = _shard_entries(controller)
    assert ("rotate", "s1", "2") in entries
    assert entries.count(("get", "s1", "1")) == 4  # three by access, one by number
    assert controller.audit.verify().ok


def test_rotate_archive_and_purge_after_retention(
    controller: Controller, manager: ShardKeyManager, clock: Clock
) -> None:
    manager.get_key("s1")
    assert manager.rotate_key("s1").version == 2
    manager.archive_key("s1", 2)  # archiving the current version rotates first
    assert [v.state for v in manager.versions("s1")] == [
        VersionState.ARCHIVED,
        VersionState.ARCHIVED,
        VersionState.CURRENT,
    ]
    with pytest.raises(ShardKeyError, match="no key version 9"):
        manager.archive_key("s1", 9)
    clock.now += timedelta(days=11)
    removed = manager.purge()
    assert sorted(removed) == [("s1", 1), ("s1", 2)]
    assert [v.version for v in manager.versions("s1")] == [3]
    with pytest.raises(ShardKeyError, match="no key version 1"):
        manager.get_key("s1", 1)
    actions = [a for a, _, _ in _shard_entries(controller)]
    for action in ("root", "get", "rotate", "archive", "expire"):
        assert action in actions
    failed = [
        e
        for e in controller.audit.list(kind=AuditKind.SHARD_KEY)
        if e.details.get("outcome") == "error"
    ]
    assert failed[0].details["error"] == "ShardKeyError"
    assert controller.audit.verify().ok


def test_keys_persist_wrapped_and_survive_a_new_controller(
    controller: Controller, manager: ShardKeyManager
) -> None:
    key = manager.get_key("s1")
    again = Controller(controller.vault, controller.unlock).shard_keys
    assert again.get_key("s1", 1).key == key.key
    with sqlite3.connect(controller.vault.home / "vault.db") as conn:
        stored = b"".join(bytes(row[0]) for row in conn.execute("SELECT wrapped FROM dkms_root"))
        stored += b"".join(
            bytes(row[0]) for row in conn.execute("SELECT wrapped FROM dkms_key_versions")
        )
    conn.close()
    assert key.key not in stored
    assert "key=" not in repr(key) and key.key.hex() not in repr(manager.versions("s1"))


def test_a_locked_root_stops_the_service(controller: Controller, manager: ShardKeyManager) -> None:
    manager.get_key("s1")
    controller.keys.lock_all()
    with pytest.raises(PassphraseRequiredError, match=r"root .*locked"):
        manager.get_key("s1")
    controller.keys.unlock("root", PASSPHRASE)
    assert manager.get_key("s1").version == 1


def test_resealing_to_a_rotated_root_keeps_the_shard_keys(
    controller: Controller, manager: ShardKeyManager
) -> None:
    key = manager.get_key("s1")
    controller.rotation.rotate("root", PASSPHRASE)
    resealed = manager.set_root("root")
    assert (resealed.version, resealed.rotate_after, resealed.retention_days) == (2, 3, 10)
    controller.rotation.expire("root", 1)
    assert manager.get_key("s1", 1).key == key.key
    steps = [
        e.details["step"]
        for e in controller.audit.list(kind=AuditKind.SHARD_KEY)
        if e.details["action"] == "root"
    ]
    assert steps == ["create", "reseal"]


def test_settings_are_checked(manager: ShardKeyManager) -> None:
    with pytest.raises(InvalidInputError, match="--rotate-after"):
        manager.set_root("root", rotate_after=0)
    with pytest.raises(InvalidInputError, match="--retention-days"):
        manager.set_root("root", retention_days=-1)
    with pytest.raises(InvalidInputError, match="shard id"):
        manager.get_key("")

"""`archived_keys`: the archived versions a backup carries, oldest first, unlocked."""

import pytest

from keyfold.controller import Controller
from keyfold.controller.archived_keys import archived_keys
from keyfold.core.errors import PassphraseRequiredError


def test_archived_versions_oldest_first_without_the_current_or_expired(
    controller: Controller,
) -> None:
    controller.keys.generate("k", passphrase="pw")
    for _ in range(3):
        controller.rotation.rotate("k", "pw")
    controller.rotation.expire("k", 2)
    record = controller.keys.get("k")
    archived = archived_keys(controller.keys, record)
    assert [(a.version, a.status) for a in archived] == [(1, "archived"), (3, "archived")]
    by_version = {v.version: v for v in record.versions}
    assert [a.key_pair.public for a in archived] == [
        by_version[1].public_key,
        by_version[3].public_key,
    ]
    assert [a.created for a in archived] == [by_version[1].created, by_version[3].created]


def test_a_locked_key_is_asked_for(controller: Controller) -> None:
    controller.keys.generate("k", passphrase="pw")
    controller.rotation.rotate("k", "pw")
    controller.keys.lock_all()
    with pytest.raises(PassphraseRequiredError):
        archived_keys(controller.keys, controller.keys.get("k"))


def test_a_key_never_rotated_has_none(controller: Controller) -> None:
    controller.keys.generate("k", passphrase="pw")
    assert archived_keys(controller.keys, controller.keys.get("k")) == []

"""Tests for RegistryService against the real keyfold-server."""

from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.audit import AuditService
from keyfold.controller.registry import (
    AlreadyRegisteredError,
    RegistryService,
)
from keyfold.core.audit import AuditKind
from keyfold.core.errors import (
    InvalidInputError,
    PassphraseRequiredError,
    RegistryError,
)
from keyfold.core.keys import KeyPair
from tests.server.live import LiveServer

pytestmark = pytest.mark.server


@pytest.fixture
def alice(controller: Controller) -> Controller:
    controller.keys.generate("alice", passphrase="pw", name="Alice")
    controller.keys.unlock("alice", "pw")
    return controller


def test_register_status_verify_revoke(
    alice: Controller, live_server: LiveServer, tmp_path: Path
) -> None:
    registry = alice.registry
    record = registry.register("alice", live_server.url)
    assert record.key_id == "alice" and record.key_version == 1
    assert record.key_name == "Alice" and record.status == "active"
    assert registry.list() == [record]

    (refreshed,) = registry.status("alice")
    assert refreshed.status == "active" and refreshed.last_checked is not None

    document = tmp_path / "report.txt"
    document.write_bytes(b"quarterly numbers")
    alice.signing.sign_files("alice", [document])
    good = registry.verify_file_remote(document, live_server.url, record.client_id)
    assert good.verified
    assert registry.list()[0].last_used is not None

    document.write_bytes(b"quarterly numbers, altered")
    bad = registry.verify_file_remote(document, live_server.url, record.client_id)
    assert not bad.verified and bad.code == "SIGNATURE_VERIFICATION_FAILED"

    signature = alice.signing.sign_message("alice", "hello")
    remote = registry.verify_message_remote("hello", signature, live_server.url, record.client_id)
    assert remote.verified

    revoked = registry.revoke("alice", live_server.url)
    assert revoked.status == "revoked"
    document.write_bytes(b"quarterly numbers")
    refused = registry.verify_file_remote(document, live_server.url, record.client_id)
    assert not refused.verified and refused.code == "KEY_NOT_ACTIVE"
    (after,) = registry.status("alice")
    assert after.status == "revoked"

    remote_checks = [
        (e.version, e.details["status"])
        for e in alice.audit.list()
        if e.kind == AuditKind.VERIFY and e.details.get("action") == "remote"
    ]
    assert remote_checks == [(1, "valid"), (1, "invalid"), (1, "valid"), (1, "invalid")]


def test_a_plain_datafold_node_registers_checks_and_verifies_but_cannot_revoke(
    alice: Controller, datafold_node: LiveServer, tmp_path: Path
) -> None:
    registry = alice.registry
    url = datafold_node.url
    record = registry.register("alice", url)
    assert record.status == "active" and record.key_version == 1
    (refreshed,) = registry.status("alice", url)
    assert refreshed.status == "active"

    document = tmp_path / "report.txt"
    document.write_bytes(b"quarterly numbers")
    alice.signing.sign_files("alice", [document])
    assert registry.verify_file_remote(document, url, record.client_id).verified
    document.write_bytes(b"quarterly numbers, altered")
    bad = registry.verify_file_remote(document, url, record.client_id)
    assert not bad.verified and bad.code == "SIGNATURE_VERIFICATION_FAILED"

    with pytest.raises(RegistryError) as refused:
        registry.revoke("alice", url)
    assert refused.value.code == "NOT_OFFERED"
    assert str(refused.value) == f"{url} does not offer revocation."
    assert registry.list()[0].status == "active"
    check = registry.test_server(url)
    assert check.reachable and check.capabilities.extensions == () and dict(check.health) == {}
    with pytest.raises(RegistryError, match="does not offer a listing"):
        registry.server_registrations(url, token=datafold_node.admin_token)


def test_a_token_given_for_one_call_is_used_and_not_saved(
    alice: Controller, live_server: LiveServer
) -> None:
    registry = alice.registry
    record = registry.register("alice", live_server.url)
    alice.keys.lock_all()
    with pytest.raises(PassphraseRequiredError):
        registry.revoke("alice", live_server.url)
    found, total = registry.server_registrations(live_server.url, token=live_server.admin_token)
    assert record.client_id in [r.client_id for r in found] and total >= len(found)
    with pytest.raises(InvalidInputError, match="one line"):
        registry.revoke("alice", live_server.url, token="two\nlines")
    revoked = registry.revoke("alice", live_server.url, token=live_server.admin_token)
    assert revoked.status == "revoked"
    assert (
        registry.servers_store.servers() == [] or not registry.servers_store.servers()[0].has_token
    )
    assert registry.servers_store.config(live_server.url).token is None


def test_verify_message_uses_the_default_server(
    alice: Controller, live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEYFOLD_DEFAULT_SERVER", live_server.url + "/")
    registry = alice.registry
    assert [s.url for s in registry.servers_store.servers()] == [live_server.url]
    assert registry.servers_store.servers()[0].saved is False
    record = registry.register("alice")
    signature = alice.signing.sign_message("alice", "hello")
    assert registry.verify_message_remote("hello", signature, None, record.client_id).verified
    other = registry.verify_message_remote("hell0", signature, None, record.client_id)
    assert not other.verified


def test_a_taken_client_id_is_offered_for_adoption(
    alice: Controller, live_server: LiveServer
) -> None:
    registry = alice.registry
    record = registry.register("alice", live_server.url, client_id="alice-adopt-" + _suffix(alice))
    registry.forget(live_server.url, record.client_id)
    with pytest.raises(AlreadyRegisteredError) as offered:
        registry.register("alice", live_server.url, client_id=record.client_id)
    assert offered.value.adoptable and "adopt" in str(offered.value)
    adopted = registry.adopt("alice", live_server.url, record.client_id)
    assert adopted.registration_id == record.registration_id

    alice.keys.generate("bob", passphrase="pw")
    with pytest.raises(AlreadyRegisteredError) as refused:
        registry.register("bob", live_server.url, client_id=record.client_id, adopt=True)
    assert not refused.value.adoptable and "different key" in str(refused.value)


def test_revoking_a_locked_key_needs_its_passphrase(
    alice: Controller, live_server: LiveServer
) -> None:
    registry = alice.registry
    registry.register("alice", live_server.url)
    alice.keys.lock_all()
    with pytest.raises(PassphraseRequiredError):
        registry.revoke("alice")


def test_revoking_with_a_saved_token(alice: Controller, live_server: LiveServer) -> None:
    registry = alice.registry
    registry.servers_store.save(live_server.url, token=live_server.admin_token)
    registry.register("alice", live_server.url)
    alice.keys.lock_all()
    assert registry.revoke("alice").status == "revoked"


def test_rotation_moves_the_registration_to_the_new_version(
    alice: Controller, live_server: LiveServer
) -> None:
    registry = alice.registry
    record = registry.register("alice", live_server.url)
    with pytest.raises(InvalidInputError, match="already holds"):
        registry.rotate("alice", live_server.url)
    new_pair = KeyPair.generate()
    alice.vault.add_version("alice", new_pair, "pw")
    alice.keys.unlock("alice", "pw")
    rotated = registry.rotate("alice", live_server.url)
    assert rotated.key_version == 2 and rotated.public_key == new_pair.public
    assert rotated.client_id == record.client_id
    signature = new_pair.sign(b"after rotation")
    assert registry.verify_message_remote(
        "after rotation", signature, live_server.url, record.client_id
    ).verified


def test_register_revoke_and_rotate_are_audited(
    controller: Controller, live_server: LiveServer
) -> None:
    audit = AuditService(controller.vault)
    registry = RegistryService(controller.vault, controller.keys, audit=audit)
    controller.keys.generate("dave", passphrase="pw")
    controller.keys.unlock("dave", "pw")
    record = registry.register("dave", live_server.url)
    controller.vault.add_version("dave", KeyPair.generate(), "pw")
    controller.keys.unlock("dave", "pw")
    registry.rotate("dave", live_server.url)
    registry.revoke("dave", live_server.url)
    registry.forget(live_server.url, record.client_id)
    registry.adopt("dave", live_server.url, record.client_id)

    entries = [e for e in audit.list() if e.kind in _REGISTRY_KINDS]
    where = {"server": live_server.url}
    assert [(e.kind, e.key_id, e.version, dict(e.details)) for e in entries] == [
        (AuditKind.REGISTER, "dave", 1, {**where, "client_id": record.client_id}),
        (
            AuditKind.REGISTRATION_UPDATE,
            "dave",
            2,
            {**where, "old_client_id": record.client_id, "action": "rotate"},
        ),
        (AuditKind.REVOKE, "dave", 2, {**where, "client_id": record.client_id}),
        (
            AuditKind.REGISTRATION_UPDATE,
            "dave",
            2,
            {**where, "client_id": record.client_id, "action": "forget"},
        ),
        (
            AuditKind.REGISTER,
            "dave",
            2,
            {**where, "client_id": record.client_id, "action": "adopt"},
        ),
    ]
    # The chain is whole; the version added behind Keyfold's back (vault.add_version
    # above, no rotation event) is what the full check reports.
    assert audit.log.verify().ok
    assert "version 2 is in the vault but the log has no event" in audit.verify().reason


def test_errors_name_what_is_missing(
    controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KEYFOLD_DEFAULT_SERVER", raising=False)
    registry: RegistryService = controller.registry
    controller.keys.generate("carol", passphrase="pw")
    with pytest.raises(InvalidInputError, match="No registration server"):
        registry.register("carol")
    with pytest.raises(InvalidInputError, match="not registered"):
        registry.status("carol")
    with pytest.raises(RegistryError, match="plain http"):
        registry.register("carol", "http://192.0.2.7:9")


_REGISTRY_KINDS = (AuditKind.REGISTER, AuditKind.REVOKE, AuditKind.REGISTRATION_UPDATE)


def _suffix(controller: Controller) -> str:
    return controller.keys.get("alice").fingerprint[:12]

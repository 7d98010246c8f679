"""Tests for RegistryService against the real keyfold-server."""

import hashlib
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.audit import AuditService
from keyfold.controller.registry import (
    TOKEN_IN_KEYCHAIN,
    TOKEN_IN_SESSION,
    AlreadyRegisteredError,
    RegistryService,
)
from keyfold.core.audit import AuditKind
from keyfold.core.errors import (
    InvalidInputError,
    PassphraseRequiredError,
    RegistryError,
    StorageError,
)
from keyfold.core.keys import KeyPair
from keyfold.core.vault import Vault
from tests.core.vault.support import CHEAP_KDF, require_secret_service
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
    assert registry.servers() == [] or not registry.servers()[0].has_token
    assert registry.server_config(live_server.url).token is None


def test_verify_message_uses_the_default_server(
    alice: Controller, live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEYFOLD_DEFAULT_SERVER", live_server.url + "/")
    registry = alice.registry
    assert [s.url for s in registry.servers()] == [live_server.url]
    assert registry.servers()[0].saved is False
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
    registry.save_server(live_server.url, token=live_server.admin_token)
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


def test_without_a_keychain_a_token_lives_only_in_memory(controller: Controller) -> None:
    registry = controller.registry
    assert not registry.tokens_persist
    saved = registry.save_server(
        "https://registry.example.org/", pinned_sha256="AB" * 32, token="tok-123456"
    )
    assert saved.url == "https://registry.example.org" and saved.has_token
    assert saved.token_storage == TOKEN_IN_SESSION and not saved.token_forgotten
    config = registry.server_config("https://registry.example.org")
    assert config.token == "tok-123456" and config.pinned_sha256 == "ab" * 32
    assert not _files_holding(controller.vault.home, b"tok-123456")

    # Another run of Keyfold over the same vault: the token is gone, and says so.
    later = RegistryService(controller.vault, controller.keys)
    (server,) = later.servers()
    assert not server.has_token and server.token_forgotten
    assert later.server_config(server.url).token is None

    registry.save_server("https://registry.example.org", clear_token=True)
    assert registry.server_config("https://registry.example.org").token is None
    registry.remove_server("https://registry.example.org")
    assert registry.servers() == []


@pytest.mark.keychain
def test_a_token_goes_to_the_keychain_when_there_is_one(tmp_path: Path) -> None:
    require_secret_service()
    vault = Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain="auto")
    registry = Controller(vault).registry
    assert registry.tokens_persist
    saved = registry.save_server("https://registry.example.org", token="tok-654321")
    assert saved.token_storage == TOKEN_IN_KEYCHAIN and saved.has_token
    again = RegistryService(vault, registry.keys)
    assert again.server_config("https://registry.example.org").token == "tok-654321"
    assert not _files_holding(vault.home, b"tok-654321")
    registry.remove_server("https://registry.example.org")
    assert vault.keychain is not None
    with pytest.raises(StorageError, match="missing"):
        vault.keychain.load(registry._token_ref("https://registry.example.org"))


def test_plaintext_token_files_of_earlier_builds_are_removed(controller: Controller) -> None:
    registry = controller.registry
    registry.save_server("https://registry.example.org")
    url = "https://registry.example.org"
    folder = controller.vault.home / "server-tokens"
    folder.mkdir(mode=0o700)
    digest = hashlib.sha256(url.encode()).hexdigest()[:32]
    (folder / f"server-token-{digest}.token").write_text("tok-legacy", encoding="utf-8")
    with controller.vault.database() as conn:
        conn.execute("UPDATE registry_servers SET token_storage = 'file' WHERE url = ?", (url,))

    fresh = RegistryService(controller.vault, controller.keys)
    assert fresh.server_config(url).token == "tok-legacy"
    assert not folder.exists()
    assert fresh.servers()[0].token_storage == TOKEN_IN_SESSION


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
    assert audit.verify().ok


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


def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    """Every file under `folder` whose bytes contain `needle` (SQLite WAL included)."""
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _suffix(controller: Controller) -> str:
    return controller.keys.get("alice").fingerprint[:12]

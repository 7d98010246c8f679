"""Tests for keyfold.controller (the Controller composition)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import null

from keyfold.controller import BackupService, Controller, KeyService, UnlockCache
from keyfold.controller.audit import AuditService
from keyfold.controller.encryption import EncryptionService
from keyfold.controller.passwords import DerivedPasswordService
from keyfold.controller.rotation import RotationService
from keyfold.core.audit import AuditKind
from keyfold.core.rotation import RotationPolicy
from keyfold.core.vault import StorageKind, Vault, VersionStatus
from keyfold.core.vault.tables import registrations
from keyfold.core.vault.tables.registrations import STATUS_NOT_FOUND, RegistrationRecord
from tests.core.vault.support import CHEAP_KDF, env_without_dbus


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    # Patched, not set through PYTHON_KEYRING_BACKEND: keyring caches the
    # backend it first loads, which would hide the real Secret Service from
    # the keychain tests that run later in this process.
    monkeypatch.setattr(keyring, "get_keyring", null.Keyring)


@pytest.mark.usefixtures("no_keychain")
def test_open_uses_the_folder_given(tmp_path: Path) -> None:
    controller = Controller.open(tmp_path / "v")
    assert controller.vault.home == tmp_path / "v"
    assert isinstance(controller.keys, KeyService)
    assert isinstance(controller.backups, BackupService)
    assert isinstance(controller.unlock, UnlockCache)
    assert controller.keys.cache is controller.unlock
    assert (tmp_path / "v" / "vault.db").is_file()


@pytest.mark.usefixtures("no_keychain")
def test_open_defaults_to_keyfold_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in env_without_dbus(KEYFOLD_HOME=str(tmp_path / "home")).items():
        monkeypatch.setenv(name, value)
    assert Controller.open().vault.home == tmp_path / "home"


def test_signing_service_is_wired_on_first_use(controller: Controller) -> None:
    signing = controller.signing
    assert signing is controller.signing
    assert signing.vault is controller.vault
    assert signing.keys is controller.keys


def test_registry_service_is_wired_on_first_use(controller: Controller) -> None:
    registry = controller.registry
    assert registry is controller.registry


def test_every_service_shares_the_one_audit_trail(controller: Controller) -> None:
    audit = controller.audit
    assert isinstance(audit, AuditService) and audit is controller.audit
    assert controller.keys.audit is audit
    assert controller.backups.audit is audit
    assert controller.signing.audit is audit
    assert controller.registry.audit is audit
    assert isinstance(controller.encryption, EncryptionService)
    assert controller.encryption.audit is audit
    assert isinstance(controller.rotation, RotationService)
    assert controller.rotation is controller.rotation and controller.rotation.audit is audit
    assert isinstance(controller.passwords, DerivedPasswordService)
    assert controller.passwords.audit is audit


def test_services_built_alone_still_record(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=None)
    keys = KeyService(vault, UnlockCache())
    keys.generate("solo", passphrase="pw")
    entries = Controller(vault).audit.list(key_id="solo")
    assert [entry.kind for entry in entries] == [AuditKind.GENERATE]


@pytest.mark.usefixtures("no_keychain")
def test_open_applies_the_retention_policy(tmp_path: Path) -> None:
    first = Controller.open(tmp_path / "v")
    first.keys.generate("k", passphrase="pw")
    first.rotation.rotate("k", "pw")
    first.rotation.set_policy("k", RotationPolicy(retention_days=1))
    # Version 1 was replaced (by version 2) two days ago.
    replaced = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    with first.vault.database() as conn:
        conn.execute(
            "UPDATE key_versions SET created = ? WHERE key_id = 'k' AND version = 2", (replaced,)
        )
    assert first.keys.get("k").version(1).status is VersionStatus.ARCHIVED
    again = Controller.open(tmp_path / "v")
    version = again.keys.get("k").version(1)
    assert version is not None and version.status is VersionStatus.EXPIRED
    assert [e.version for e in again.audit.list(key_id="k", kind=AuditKind.EXPIRE)] == [1]
    assert again.audit.verify().ok


def test_lists_for_the_window_read_the_vault_without_building_services(
    tmp_path: Path,
) -> None:
    home = tmp_path / "vault"
    writer = Controller(Vault(home, kdf=CHEAP_KDF, keychain=None))
    writer.keys.generate("a", passphrase="kp", storage=StorageKind.FILE)
    writer.backups.create(["a"], "bp", tmp_path / "out")
    record = RegistrationRecord(
        server="https://node.example",
        client_id="c1",
        key_id="a",
        key_version=1,
        public_key=writer.keys.get("a").public_key,
        registration_id="r1",
        key_name=None,
        registered_at=None,
        status=STATUS_NOT_FOUND,
        last_checked=None,
        last_used=None,
    )
    with writer.vault.database() as conn:
        registrations.save(conn, record)

    reader = Controller(Vault(home, kdf=CHEAP_KDF, keychain=None))
    backups = reader.list_backups()
    assert reader.list_registrations() == [record]
    # Neither the backup service (backup formats) nor the registry (HTTP client).
    assert "backups" not in vars(reader) and "registry" not in vars(reader)
    assert backups == reader.backups.list() and len(backups) == 1
    assert reader.list_registrations() == reader.registry.list()

"""Vaults written by earlier releases open, migrate and keep working with this code.

Each folder in tests/fixtures/vaults/ was made by the release it is named
after (see its README); the tests run on a copy.
"""

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from keyfold.controller import Controller
from keyfold.core.derived_passwords import derive_password
from keyfold.core.vault import Vault
from keyfold.core.vault.schema import SCHEMA_VERSION, TABLES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"
RELEASES = sorted(path.name for path in FIXTURES.iterdir() if (path / "vault").is_dir())


@pytest.fixture(params=RELEASES)
def release(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A copy of one release's fixture folder and its expected.json."""
    copy = tmp_path / request.param
    shutil.copytree(FIXTURES / request.param, copy)
    return copy, json.loads((copy / "expected.json").read_text(encoding="utf-8"))


def _open(folder: Path) -> Controller:
    """What Controller.open does, over a vault without a keychain."""
    controller = Controller(Vault(folder / "vault", keychain=None))
    controller.rotation.recover()
    controller.rotation.apply_retention()
    return controller


def test_there_is_a_fixture_for_the_first_release() -> None:
    assert "36ed007" in RELEASES


def test_the_vault_migrates_to_the_current_schema(release: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = release
    _open(folder)
    conn = sqlite3.connect(folder / "vault" / "vault.db")
    try:
        version = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert int(version[0]) == SCHEMA_VERSION
    assert set(TABLES) <= tables


def test_the_upgrade_removes_what_killed_writes_of_that_release_left(
    release: tuple[Path, dict[str, Any]],
) -> None:
    """Older releases named temp files without their writer's pid; the upgrade sweeps them once."""
    folder, _ = release
    leftovers = [
        key / ".v9.json.k3l2m1n0.tmp"
        for key in (folder / "vault" / "secrets").iterdir()
        if key.is_dir()
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half an envelope")
    _open(folder)
    assert leftovers
    assert not any(leftover.exists() for leftover in leftovers)


def test_keys_and_versions_survive(release: tuple[Path, dict[str, Any]]) -> None:
    folder, expected = release
    controller = _open(folder)
    alpha = controller.keys.get("alpha")
    assert [k.key_id for k in controller.keys.list()] == ["alpha", "beta"]
    assert alpha.name == expected["alpha"]["name"]
    assert list(alpha.tags) == expected["alpha"]["tags"]
    assert [v.public_key.hex for v in alpha.versions] == [
        v["public_key"] for v in expected["alpha"]["versions"]
    ]
    assert [v.status.value for v in alpha.versions] == [
        v["status"] for v in expected["alpha"]["versions"]
    ]
    assert controller.keys.get("beta").public_key.hex == expected["beta"]["public_key"]
    assert alpha.last_backup is not None


def test_unlock_derive_and_decrypt_give_what_the_release_gave(
    release: tuple[Path, dict[str, Any]],
) -> None:
    folder, expected = release
    controller = _open(folder)
    controller.keys.unlock("alpha", expected["key_passphrase"])
    wanted = expected["derived_password"]
    assert controller.passwords.derive("alpha", wanted["service"]) == wanted["output"]["password"]
    seed = controller.keys.key_pair("alpha").seed
    assert derive_password(seed, wanted["service"]) == wanted["output"]["password"]
    value = expected["encrypted_value"]
    assert controller.data.decrypt_text(value["output"]["token"]) == value["plaintext"]
    shard = expected["shard_key"]
    assert (
        controller.shard_keys.get_key(shard["shard_id"], shard["version"]).key.hex()
        == (shard["key"])
    )


def test_old_signatures_verify_and_new_ones_are_made(
    release: tuple[Path, dict[str, Any]],
) -> None:
    folder, expected = release
    controller = _open(folder)
    files = folder / "files"
    document = files / "document.txt"
    for signature in sorted(files.glob("document.txt.*.minisig")):
        [result] = controller.signing.verify_files([document], signature=signature)
        assert result.valid, result.reason
        assert result.key_id == "alpha"
    before = controller.signing.signature_count("alpha")
    controller.keys.unlock("alpha", expected["key_passphrase"])
    [signed] = controller.signing.sign_files("alpha", [document])
    assert signed.version == expected["alpha"]["current_version"]
    [result] = controller.signing.verify_files([document])
    assert result.valid
    assert controller.signing.signature_count("alpha") == before + 1


def test_trusted_keys_registrations_and_policy_survive(
    release: tuple[Path, dict[str, Any]],
) -> None:
    folder, expected = release
    controller = _open(folder)
    assert [t.name for t in controller.signing.list_trusted()] == ["Bob"]
    assert controller.signing.list_trusted()[0].public_key.hex == expected["beta"]["public_key"]
    registrations = {(r.key_id, r.client_id, r.key_version) for r in controller.registry.list()}
    assert registrations == {
        (r["key_id"], r["client_id"], r["key_version"]) for r in expected["registrations"]
    }
    policy = controller.rotation.policy("alpha")
    assert (policy.max_age_days, policy.max_signatures) == (90, 1000)
    assert [s.url for s in controller.registry.servers_store.servers()]


def test_the_audit_trail_stays_intact_and_grows(release: tuple[Path, dict[str, Any]]) -> None:
    folder, expected = release
    controller = _open(folder)
    first = controller.audit.verify()
    assert first.ok, first.reason
    assert first.count >= expected["audit_verify"]["count"]
    controller.rotation.rotate("alpha", expected["key_passphrase"])
    assert controller.keys.get("alpha").current.version == expected["alpha"]["current_version"] + 1
    after = controller.audit.verify()
    assert after.ok, after.reason
    assert after.count > first.count


def test_backups_of_the_release_restore(release: tuple[Path, dict[str, Any]]) -> None:
    folder, expected = release
    controller = _open(folder)
    backup = folder / "files" / "backups" / "alpha-backup.json"
    infos = controller.backups.verify(backup, expected["backup_passphrase"])
    assert [info.key_id for info in infos] == ["alpha"]

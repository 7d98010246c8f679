"""Tests for keyfold.controller.keys."""

import base64
import re
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from keyfold.controller import Controller
from keyfold.core.audit import AuditKind
from keyfold.core.backup import seal_key
from keyfold.core.errors import (
    InvalidInputError,
    KeyExistsError,
    KeyFormatError,
    KeyNotFoundError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)
from keyfold.core.keys import KeyPair, PublicKeyFormat
from keyfold.core.vault import StorageKind, Vault, VersionStatus
from keyfold.core.vault.secret_backends import KeychainBackend
from tests.core.vault.support import CHEAP_KDF, require_secret_service


def test_generate_with_and_without_an_id(controller: Controller) -> None:
    keys = controller.keys
    record = keys.generate("deploy", passphrase="pw", name="Deploy", tags=["ci"])
    assert (record.key_id, record.name, record.tags) == ("deploy", "Deploy", ("ci",))
    assert keys.generate(None, passphrase="pw", name="Deploy").key_id == "deploy-2"
    random_id = keys.generate(None, passphrase="pw").key_id
    assert random_id.startswith("key-")
    assert [r.key_id for r in keys.list()] == sorted(["deploy", "deploy-2", random_id])
    with pytest.raises(InvalidInputError, match="key id"):
        keys.generate("Not A Slug", passphrase="pw")


def test_a_generated_key_is_unlocked_until_locked(controller: Controller) -> None:
    keys = controller.keys
    keys.generate("k", passphrase="pw")
    assert keys.is_unlocked("k")
    pair = keys.key_pair("k")
    assert pair.public == keys.get("k").public_key
    keys.lock_all()
    assert not keys.is_unlocked("k")
    with pytest.raises(PassphraseRequiredError, match="Key k is locked"):
        keys.key_pair("k")
    with pytest.raises(WrongPassphraseError):
        keys.unlock("k", "wrong")
    assert keys.unlock("k", "pw") == pair
    assert keys.key_pair("k") == pair
    keys.lock("k")
    assert not keys.is_unlocked("k")


def test_a_failed_unlock_is_in_the_activity_log(controller: Controller) -> None:
    keys = controller.keys
    keys.generate("k", passphrase="pw")
    keys.lock_all()
    with pytest.raises(WrongPassphraseError):
        keys.unlock("k", "hunter2-guess")
    last = controller.audit.list()[-1]
    assert (last.kind, last.key_id, dict(last.details)) == (
        "unlock",
        "k",
        {"result": "wrong_passphrase"},
    )
    assert "hunter2" not in repr(last)


def test_unlock_opens_the_archived_versions_too(controller: Controller) -> None:
    keys = controller.keys
    first = keys.generate("k", passphrase="pw")
    controller.vault.add_version("k", KeyPair.generate(), "pw")
    controller.vault.add_version("k", KeyPair.generate(), "pw")
    controller.vault.set_version_status("k", 1, VersionStatus.EXPIRED)
    keys.lock_all()
    keys.unlock("k", "pw")
    assert keys.key_pair("k", version=2).public == keys.get("k").versions[1].public_key
    with pytest.raises(PassphraseRequiredError):
        keys.key_pair("k", version=1)  # expired versions stay locked
    with pytest.raises(KeyNotFoundError, match="version 4"):
        keys.key_pair("k", version=4)
    assert keys.key_pair("k").public != first.public_key
    assert keys.is_unlocked("k")
    keys.cache.lock("k")
    keys.cache.put("k", 3, keys.vault.unseal("k", "pw", 3))
    assert not keys.is_unlocked("k")  # version 2 is still locked


def test_export_public_in_every_format(controller: Controller) -> None:
    record = controller.keys.generate("k", passphrase="pw", name="Release")
    public = record.public_key
    export = controller.keys.export_public
    assert export("k", PublicKeyFormat.HEX) == public.hex + "\n"
    assert export("k", PublicKeyFormat.OPENSSH).endswith(" Release\n")
    assert public.key_number_hex in export("k", PublicKeyFormat.MINISIGN).splitlines()[0]
    assert export("k", PublicKeyFormat.PEM).startswith("-----BEGIN PUBLIC KEY-----")
    with pytest.raises(KeyNotFoundError):
        export("nope", PublicKeyFormat.HEX)


def test_import_a_backup(controller: Controller) -> None:
    pair = KeyPair.generate()
    data = seal_key(pair, "file-pw", key_id="from-backup", name="Backed up", kdf=CHEAP_KDF)
    keys = controller.keys
    assert keys.file_needs_passphrase(data)
    with pytest.raises(PassphraseRequiredError, match="backup"):
        keys.import_private(data, passphrase="pw")
    with pytest.raises(WrongPassphraseError):
        keys.import_private(data, file_passphrase="nope", passphrase="pw")
    record = keys.import_private(data, file_passphrase="file-pw", passphrase="pw")
    assert (record.key_id, record.name) == ("from-backup", "Backed up")
    assert controller.vault.unseal("from-backup", "pw") == pair
    with pytest.raises(KeyExistsError, match="from-backup"):
        keys.import_private(data, file_passphrase="file-pw", passphrase="pw", key_id="again")


def test_import_a_backup_whose_id_is_taken(controller: Controller) -> None:
    controller.keys.generate("taken", passphrase="pw")
    data = seal_key(KeyPair.generate(), "f", key_id="taken", kdf=CHEAP_KDF)
    with pytest.raises(KeyExistsError, match="choose another id"):
        controller.keys.import_private(data, file_passphrase="f", passphrase="pw")
    record = controller.keys.import_private(
        data, file_passphrase="f", passphrase="pw", key_id="other"
    )
    assert record.key_id == "other"


def test_import_pem_and_hex_seed(controller: Controller) -> None:
    pair = KeyPair.generate()
    pem = pair.private_key().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    keys = controller.keys
    assert not keys.file_needs_passphrase(pem)
    record = keys.import_private(pem, passphrase="pw", name="From PEM")
    assert (record.key_id, record.fingerprint) == ("from-pem", pair.public.fingerprint)
    other = KeyPair.generate()
    record = keys.import_private(
        other.seed.hex().encode(), key_id="hexed", passphrase="pw", seed=True
    )
    assert controller.vault.unseal("hexed", "pw") == other


def test_import_an_encrypted_pem_needs_its_passphrase(controller: Controller) -> None:
    pair = KeyPair.generate()
    pem = pair.private_key().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pem-pw"),
    )
    keys = controller.keys
    assert keys.file_needs_passphrase(pem)
    record = keys.import_private(pem, file_passphrase="pem-pw", passphrase="pw", key_id="k")
    assert record.fingerprint == pair.public.fingerprint


def test_import_refuses_a_key_already_in_the_vault(controller: Controller) -> None:
    record = controller.keys.generate("k", passphrase="pw")
    seed = controller.keys.key_pair("k").seed
    with pytest.raises(KeyExistsError, match="as k"):
        controller.keys.import_private(seed.hex().encode(), passphrase="pw", seed=True)
    assert len(controller.keys.list()) == 1
    assert record.key_id == "k"


def test_metadata_passphrase_storage_and_delete(controller: Controller) -> None:
    keys = controller.keys
    keys.generate("k", passphrase="pw")
    assert keys.update_metadata("k", name="Renamed").name == "Renamed"
    keys.change_passphrase("k", "pw", "new")
    keys.lock_all()
    keys.unlock("k", "new")
    assert keys.move_storage("k", StorageKind.FILE).storage is StorageKind.FILE
    keys.delete("k")
    assert keys.list() == []
    with pytest.raises(KeyNotFoundError):
        keys.get("k")
    assert controller.unlock.get("k") is None


def _kinds(controller: Controller, key_id: str) -> list[str]:
    return [entry.kind for entry in controller.audit.list(key_id=key_id)]


def test_the_key_lifecycle_is_in_the_audit_trail(controller: Controller) -> None:
    keys = controller.keys
    keys.generate("k", passphrase="old", name="K")
    keys.import_private(
        KeyPair.generate().seed.hex().encode(), key_id="imp", passphrase="pw", seed=True
    )
    keys.export_public("k", PublicKeyFormat.OPENSSH)
    keys.format_public("k", PublicKeyFormat.HEX)  # showing it is not an export
    keys.unlock("k", "old")
    keys.update_metadata("k", description="CI", tags=["ci"])
    keys.change_passphrase("k", "old", "new")
    keys.delete("k")
    assert _kinds(controller, "k") == [
        AuditKind.GENERATE,
        AuditKind.EXPORT,
        AuditKind.UNLOCK,
        AuditKind.METADATA_CHANGE,
        AuditKind.PASSPHRASE_CHANGE,
        AuditKind.DELETE,
    ]
    (imported,) = controller.audit.list(key_id="imp")
    assert (imported.kind, imported.version, imported.details["source"]) == (
        AuditKind.IMPORT,
        1,
        "key",
    )
    export = controller.audit.list(kind=AuditKind.EXPORT)[0]
    assert (export.version, export.details["format"]) == (1, "openssh")
    assert controller.audit.list(kind=AuditKind.METADATA_CHANGE)[0].details["action"] == (
        "description,tags"
    )
    assert controller.audit.usage("k").version(1).unlocks == 1
    trail = repr(controller.audit.list())
    assert "old" not in trail and "new" not in trail.replace("new_", "")
    assert controller.audit.verify().ok


@pytest.mark.keychain
def test_a_backend_move_is_in_the_audit_trail(tmp_path: Path) -> None:
    backend = KeychainBackend(require_secret_service())
    controller = Controller(Vault(tmp_path / "vault", kdf=CHEAP_KDF, keychain=backend))
    controller.keys.generate("k", passphrase="pw", storage=StorageKind.FILE)
    controller.keys.move_storage("k", StorageKind.KEYCHAIN)
    controller.keys.delete("k")
    (move,) = controller.audit.list(kind=AuditKind.BACKEND_MOVE)
    assert (move.key_id, move.details["from_storage"], move.details["to_storage"]) == (
        "k",
        "file",
        "keychain",
    )
    assert controller.audit.verify().ok


def test_import_private_file_names_the_file(controller: Controller, tmp_path: Path) -> None:
    good = tmp_path / "seed.hex"
    good.write_text(KeyPair.generate().seed.hex())
    record = controller.keys.import_private_file(
        good, key_id="from-file", passphrase="pw", seed=True
    )
    assert record.key_id == "from-file"
    bad = tmp_path / "broken.key"
    bad.write_bytes(b"not a key at all")
    with pytest.raises(KeyFormatError, match=f"^The file {re.escape(str(bad))} "):
        controller.keys.import_private_file(bad, passphrase="pw")
    with pytest.raises(InvalidInputError, match=r"The file .*missing does not exist\."):
        controller.keys.import_private_file(tmp_path / "missing", passphrase="pw")
    with pytest.raises(InvalidInputError, match="is a folder"):
        controller.keys.import_private_file(tmp_path, passphrase="pw")


def test_export_public_to_a_file(controller: Controller, tmp_path: Path) -> None:
    controller.keys.generate("k", passphrase="pw", name="Release")
    target = tmp_path / "k.pub"
    assert controller.keys.export_public_to_file("k", PublicKeyFormat.OPENSSH, target) == target
    assert target.read_text() == controller.keys.format_public("k", PublicKeyFormat.OPENSSH)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    (entry,) = controller.audit.list(kind=AuditKind.EXPORT)
    assert (entry.key_id, entry.details["file"]) == ("k", str(target))
    with pytest.raises(StorageError, match="Cannot write to"):
        controller.keys.export_public_to_file("k", PublicKeyFormat.HEX, tmp_path / "no" / "x")


def test_importing_a_backup_brings_its_older_versions(
    controller: Controller, tmp_path: Path
) -> None:
    controller.keys.generate("k", passphrase="pw")
    controller.rotation.rotate("k", "pw")
    before = controller.keys.get("k")
    controller.backups.create(["k"], "bp", tmp_path / "k.json")
    controller.keys.delete("k")
    record = controller.keys.import_private_file(
        tmp_path / "k.json", file_passphrase="bp", passphrase="new"
    )
    assert [(v.version, v.status, v.public_key) for v in record.versions] == [
        (v.version, v.status, v.public_key) for v in before.versions
    ]
    assert controller.vault.unseal("k", "new", 1).public == before.versions[0].public_key
    (entry,) = controller.audit.list(kind=AuditKind.IMPORT)
    assert (entry.details["source"], entry.details["count"]) == ("backup", "2")


def test_a_bare_32_byte_value_is_imported_only_when_said_to_be_a_seed(
    controller: Controller, tmp_path: Path
) -> None:
    pair = KeyPair.generate()
    for text in (pair.seed.hex(), base64.b64encode(pair.seed).decode()):
        with pytest.raises(KeyFormatError, match=r"private seed or a public key.*--seed"):
            controller.keys.import_private(text.encode(), passphrase="pw")
    assert controller.keys.list() == []
    # A seed with its public half says what it is: no flag needed.
    both = (pair.seed + pair.public.raw).hex().encode()
    assert controller.keys.import_private(both, passphrase="pw", key_id="both").fingerprint == (
        pair.public.fingerprint
    )


def test_a_known_public_key_or_a_pub_file_is_never_imported_as_a_seed(
    controller: Controller, tmp_path: Path
) -> None:
    mine = controller.keys.generate("mine", passphrase="pw")
    friend = KeyPair.generate()
    controller.signing.trusted.add(friend.public.hex.encode(), "Friend")
    own_public = mine.current.public_key.raw
    with pytest.raises(KeyFormatError, match="public key of mine"):
        controller.keys.import_private(own_public.hex().encode(), passphrase="pw", seed=True)
    with pytest.raises(KeyFormatError, match="trusted as Friend"):
        controller.keys.import_private(
            base64.b64encode(friend.public.raw), passphrase="pw", seed=True
        )
    stranger = tmp_path / "stranger.pub"
    stranger.write_text(KeyPair.generate().public.hex)
    with pytest.raises(KeyFormatError, match=r"public key file \(\.pub\)"):
        controller.keys.import_private_file(stranger, passphrase="pw", seed=True)
    assert [r.key_id for r in controller.keys.list()] == [mine.key_id]

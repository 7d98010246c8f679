"""Tests for EncryptionService over a real vault: recipients, key versions, locking."""

import os
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.encryption import EncryptionService
from keyfold.core.audit import AuditKind
from keyfold.core.encryption import Layout, NotARecipientError
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError
from keyfold.core.keys import KeyPair, PublicKeyFormat

PASSPHRASE = "key passphrase"


@pytest.fixture
def service(controller: Controller) -> EncryptionService:
    return EncryptionService(controller.vault, controller.keys)


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_bytes(os.urandom(3 * 1024 * 1024 + 5))
    return path


def test_encrypt_for_a_vault_key_and_decrypt(
    controller: Controller, service: EncryptionService, plain: Path
) -> None:
    controller.keys.generate("alice", passphrase=PASSPHRASE)
    result = service.encrypt(plain, ["alice"], sign_with="alice")
    assert result.output == plain.with_name("report.txt.kfe")
    info = service.inspect(result.output)
    assert info.sender_key_id == "alice"
    assert [(m.key_id, m.version) for m in info.recipients] == [("alice", 1)]
    plain.rename(plain.with_name("original.txt"))
    report = service.decrypt(result.output)
    assert report.ok and report.output == plain
    assert plain.read_bytes() == plain.with_name("original.txt").read_bytes()


def test_a_locked_key_is_named_then_opened_with_its_passphrase(
    controller: Controller, service: EncryptionService, plain: Path, tmp_path: Path
) -> None:
    controller.keys.generate("alice", passphrase=PASSPHRASE)
    sealed = service.encrypt(plain, ["alice"]).output
    controller.keys.lock_all()
    assert not service.inspect(sealed).recipients[0].unlocked
    with pytest.raises(PassphraseRequiredError, match="alice"):
        service.decrypt(sealed, tmp_path / "out")
    report = service.decrypt(sealed, tmp_path / "out", key_passphrases={"alice": PASSPHRASE})
    assert report.ok


def test_public_key_file_recipient_cannot_be_opened_by_the_vault(
    service: EncryptionService, plain: Path, tmp_path: Path
) -> None:
    outsider = KeyPair.generate()
    pub = tmp_path / "outsider.pub"
    pub.write_text(outsider.public.export(PublicKeyFormat.OPENSSH))
    result = service.encrypt(plain, [str(pub)], layout=Layout.FOLDER)
    assert result.output == plain.with_name("report.txt.shards") and result.output.is_dir()
    info = service.inspect(result.output)
    assert info.recipients == () and info.unknown_recipients == (outsider.public.fingerprint,)
    with pytest.raises(NotARecipientError):
        service.decrypt(result.output, tmp_path / "out")


def test_every_key_version_is_tried(
    controller: Controller, service: EncryptionService, plain: Path, tmp_path: Path
) -> None:
    record = controller.keys.generate("alice", passphrase=PASSPHRASE)
    sealed = service.encrypt(plain, [record.public_key]).output
    controller.vault.add_version("alice", KeyPair.generate(), passphrase=PASSPHRASE)
    assert controller.vault.get_key("alice").current.version == 2
    controller.keys.lock_all()
    report = service.decrypt(sealed, tmp_path / "out", key_passphrases={"alice": PASSPHRASE})
    assert report.ok


def test_passphrase_only(service: EncryptionService, plain: Path, tmp_path: Path) -> None:
    sealed = service.encrypt(plain, passphrase="file pw", output=tmp_path / "x.kfe").output
    assert service.inspect(sealed).manifest.has_passphrase
    assert service.decrypt(sealed, tmp_path / "out", passphrase="file pw").ok


def test_bad_recipients_and_outputs(service: EncryptionService, plain: Path) -> None:
    with pytest.raises(InvalidInputError, match="nobody"):
        service.encrypt(plain, ["nobody"])
    plain.with_name("report.txt.kfe").write_bytes(b"taken")
    with pytest.raises(InvalidInputError, match="exists"):
        service.encrypt(plain, passphrase="x")


def test_encrypting_and_decrypting_are_in_the_audit_trail(
    controller: Controller, plain: Path, tmp_path: Path
) -> None:
    service = controller.encryption
    controller.keys.generate("alice", passphrase=PASSPHRASE)
    controller.keys.generate("bob", passphrase=PASSPHRASE)
    sealed = service.encrypt(plain, ["bob", "alice"], sign_with="alice").output
    service.decrypt(sealed, tmp_path / "out")
    (encrypted,) = controller.audit.list(kind=AuditKind.ENCRYPT)
    assert (encrypted.key_id, encrypted.version) == ("alice", 1)
    assert encrypted.details == {"file": str(sealed), "count": "2", "action": "signed"}
    (decrypted,) = controller.audit.list(kind=AuditKind.DECRYPT)
    # Both keys are unlocked: the first recipient of the file opens it.
    assert (decrypted.key_id, decrypted.version, decrypted.details["status"]) == (
        "bob",
        1,
        "complete",
    )
    assert decrypted.details["fingerprint"] == controller.keys.get("bob").fingerprint
    unsigned = service.encrypt(plain, passphrase="file pw", output=tmp_path / "p.kfe").output
    service.decrypt(unsigned, tmp_path / "out2", passphrase="file pw")
    entries = controller.audit.list()[-2:]
    assert [(e.kind, e.key_id, e.details.get("source")) for e in entries] == [
        (AuditKind.ENCRYPT, None, "passphrase"),
        (AuditKind.DECRYPT, None, None),
    ]
    assert "file pw" not in repr(controller.audit.list())
    assert controller.audit.verify().ok

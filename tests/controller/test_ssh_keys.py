"""SshService: the "Use for SSH" switch, `.sig` files made and checked, keys found by blob."""

from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.signing import SignatureExistsError
from keyfold.controller.ssh_keys import is_ssh_signature_file
from keyfold.core.audit import AuditKind
from keyfold.core.errors import InvalidInputError, KeyNotFoundError
from keyfold.core.keys import PublicKeyFormat
from tests.ssh_tools import run


@pytest.fixture
def keyed(controller: Controller) -> Controller:
    controller.keys.generate("work", passphrase="pw", name="Work key")
    controller.keys.generate("home", passphrase="pw")
    return controller


def test_use_for_ssh_is_off_until_switched_on(keyed: Controller) -> None:
    assert keyed.ssh.ssh_key_ids() == []
    keyed.ssh.set_use_for_ssh("work", True)
    assert keyed.ssh.uses_ssh("work") and not keyed.ssh.uses_ssh("home")
    assert keyed.ssh.ssh_key_ids() == ["work"]
    keyed.ssh.set_use_for_ssh("work", False)
    assert keyed.ssh.ssh_key_ids() == []
    actions = [e.details["action"] for e in keyed.audit.list(kind=AuditKind.POLICY_CHANGE)]
    assert actions == ["ssh-enabled", "ssh-disabled"]


def test_a_deleted_key_is_no_longer_served(keyed: Controller) -> None:
    keyed.ssh.set_use_for_ssh("work", True)
    keyed.keys.delete("work")
    assert keyed.ssh.ssh_key_ids() == []


def test_sign_file_writes_a_sig_that_ssh_keygen_verifies(keyed: Controller, tmp_path: Path) -> None:
    data = tmp_path / "report.txt"
    data.write_bytes(b"numbers\n")
    target = keyed.ssh.sign_file("work", data)
    assert target == tmp_path / "report.txt.sig" and is_ssh_signature_file(target)
    public = keyed.keys.format_public("work", PublicKeyFormat.OPENSSH)
    (tmp_path / "allowed").write_text("me@example.org " + public)
    args = (
        "-Y",
        "verify",
        "-f",
        "allowed",
        "-I",
        "me@example.org",
        "-n",
        "file",
        "-s",
        target.name,
    )
    assert run("ssh-keygen", *args, cwd=tmp_path, stdin=b"numbers\n").returncode == 0
    assert run("ssh-keygen", *args, cwd=tmp_path, stdin=b"Numbers\n").returncode == 255
    assert keyed.signing.signature_count("work") == 1
    with pytest.raises(SignatureExistsError):
        keyed.ssh.sign_file("work", data)


def test_verify_file_knows_vault_keys_and_trusted_keys(keyed: Controller, tmp_path: Path) -> None:
    data = tmp_path / "a.txt"
    data.write_bytes(b"a")
    own = keyed.ssh.verify_file(data, keyed.ssh.sign_file("home", data))
    assert own.valid and own.key_id == "home" and own.signer_name == "home"
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "friend"))
    (tmp_path / "a.txt.sig").unlink()
    signed = run("ssh-keygen", "-Y", "sign", "-n", "file", "-f", "friend", "a.txt", cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    unknown = keyed.ssh.verify_file(data, tmp_path / "a.txt.sig")
    assert not unknown.valid and "No vault key or trusted key" in unknown.reason
    keyed.signing.import_trusted((tmp_path / "friend.pub").read_bytes(), "Friend")
    trusted = keyed.ssh.verify_file(data, tmp_path / "a.txt.sig")
    assert trusted.valid and trusted.signer_name == "Friend"
    data.write_bytes(b"b")
    tampered = keyed.ssh.verify_file(data, tmp_path / "a.txt.sig")
    assert not tampered.valid and "does not match" in tampered.reason


def test_verify_file_names_a_wrong_namespace_and_malformed_files(
    keyed: Controller, tmp_path: Path
) -> None:
    data = tmp_path / "a.txt"
    data.write_bytes(b"a")
    signature = keyed.ssh.sign_digest("home", "git", b"\0" * 64)
    (tmp_path / "a.txt.sig").write_text(signature.armored())
    result = keyed.ssh.verify_file(data, tmp_path / "a.txt.sig")
    assert not result.valid and "'git'" in result.reason
    (tmp_path / "a.txt.sig").write_text("-----BEGIN SSH SIGNATURE-----\nAAAA\n")
    assert "END SSH SIGNATURE" in keyed.ssh.verify_file(data, tmp_path / "a.txt.sig").reason
    assert not is_ssh_signature_file(tmp_path / "missing.sig")


def test_current_match_finds_keys_and_names_rotated_versions(keyed: Controller) -> None:
    old = keyed.vault.get_key("work").public_key
    assert keyed.ssh.current_match(old, "The key").record.key_id == "work"
    keyed.rotation.rotate("work", "pw")
    with pytest.raises(InvalidInputError, match="version 1 of key work, which was rotated"):
        keyed.ssh.current_match(old, "The key")
    stranger = keyed.vault.get_key("home").public_key
    keyed.keys.delete("home")
    with pytest.raises(KeyNotFoundError):
        keyed.ssh.current_match(stranger, "The key")

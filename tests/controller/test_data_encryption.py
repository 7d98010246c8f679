"""Tests for DataEncryptionService: values under vault keys, across rotations, audited."""

import base64
from pathlib import Path

import pytest

from keyfold.controller import Controller
from keyfold.controller.data_encryption import (
    DataEncryptionService,
    derive_data_key,
    make_token,
    parse_token,
)
from keyfold.core.audit import AuditKind
from keyfold.core.encryption.errors import ContainerFormatError, DecryptionError
from keyfold.core.errors import InvalidInputError, PassphraseRequiredError

PASSPHRASE = "key passphrase"


@pytest.fixture
def data(controller: Controller) -> DataEncryptionService:
    controller.keys.generate("alice", passphrase=PASSPHRASE)
    return controller.data


def _tamper(token: str, position: int) -> str:
    key_id, blob = parse_token(token)
    changed = bytearray(blob)
    changed[position] ^= 0x01
    return make_token(key_id, bytes(changed))


def test_bytes_text_and_json_round_trip(data: DataEncryptionService) -> None:
    for value, kind in ((b"\x00\xffraw", "bytes"), ("grüße", "text"), ({"a": [1, 2.5]}, "json")):
        token = data.encrypt("alice", value)
        assert token.startswith("kfd1:alice:")
        info = data.inspect(token)
        assert (info.key_id, info.version, info.kind) == ("alice", 1, kind)
        opened = data.decrypt(token)
        assert (opened.value, opened.kind, opened.version, opened.current) == (
            value,
            kind,
            1,
            True,
        )
    assert data.decrypt_text(data.encrypt_text("alice", "hi")) == "hi"
    assert data.decrypt_bytes(data.encrypt_bytes("alice", b"hi")) == b"hi"
    with pytest.raises(InvalidInputError, match="holds text, not bytes"):
        data.decrypt_bytes(data.encrypt_text("alice", "hi"))


def test_the_same_value_gives_different_tokens(data: DataEncryptionService) -> None:
    assert data.encrypt("alice", "same") != data.encrypt("alice", "same")


def test_compression_above_the_threshold_only(data: DataEncryptionService) -> None:
    small = "a" * 1024
    large = "a" * 1025
    assert not data.inspect(data.encrypt("alice", small)).compressed
    packed = data.encrypt("alice", large)
    assert data.inspect(packed).compressed and data.inspect(packed).size < 200
    assert data.decrypt(packed).value == large
    assert not data.inspect(data.encrypt("alice", large, compress=False)).compressed
    data.compression = False
    assert not data.inspect(data.encrypt("alice", large)).compressed
    data.compression = True
    data.compression_threshold = 10
    assert data.inspect(data.encrypt("alice", "b" * 60)).compressed
    with pytest.raises(InvalidInputError, match="threshold"):
        data.compression_threshold = -1


def test_the_data_key_follows_the_vault_key_version(
    controller: Controller, data: DataEncryptionService
) -> None:
    seed = controller.keys.key_pair("alice", 1).seed
    token = data.encrypt("alice", b"x")
    # The token opens with the documented derivation (domain label, key id, version).
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    _, blob = parse_token(token)
    key = derive_data_key(seed, "alice", 1)
    assert AESGCM(key).decrypt(blob[8:20], blob[20:], blob[:8]) == b"x"
    assert derive_data_key(seed, "alice", 2) != key
    assert derive_data_key(seed, "bob", 1) != key


def test_old_tokens_open_after_rotation_and_move_to_the_new_version(
    controller: Controller, data: DataEncryptionService, tmp_path: Path
) -> None:
    old_text = data.encrypt("alice", "before rotation")
    old_json = data.encrypt("alice", {"n": 1})
    controller.rotation.rotate("alice", PASSPHRASE)
    assert data.needs_reencryption(old_text)
    opened = data.decrypt(old_text)
    assert (opened.value, opened.version, opened.current) == ("before rotation", 1, False)
    fresh = data.encrypt("alice", "after")
    assert data.inspect(fresh).version == 2 and not data.needs_reencryption(fresh)

    result = data.reencrypt("alice", [old_text, fresh, old_json])
    assert (result.reencrypted, result.unchanged, result.to_version) == (2, 1, 2)
    assert result.from_versions == (1,)
    assert result.tokens[1] == fresh
    assert [data.decrypt(t).value for t in result.tokens] == ["before rotation", "after", {"n": 1}]
    assert all(data.inspect(t).version == 2 for t in result.tokens)

    listing = tmp_path / "values.txt"
    listing.write_text(f"{old_text}\n\n{fresh}\n")
    done = data.reencrypt_file("alice", listing)
    lines = listing.read_text().splitlines()
    assert done.reencrypted == 1 and lines[1] == "" and lines[2] == fresh
    assert data.decrypt(lines[0]).value == "before rotation"
    assert oct(listing.stat().st_mode & 0o777) == "0o600"
    entries = controller.audit.list(kind=AuditKind.ENCRYPT)
    assert [e.details["action"] for e in entries][-2:] == ["reencrypt", "reencrypt"]
    assert entries[-1].details["file"] == str(listing)
    assert entries[-1].details["from_version"] == "1" and entries[-1].version == 2


def test_reencrypting_a_file_with_a_bad_line_writes_nothing(
    controller: Controller, data: DataEncryptionService, tmp_path: Path
) -> None:
    good = data.encrypt("alice", "v")
    listing = tmp_path / "values.txt"
    listing.write_text(f"{good}\nnot-a-token\n")
    with pytest.raises(ContainerFormatError, match=r"Line 2 of .*values.txt"):
        data.reencrypt_file("alice", listing)
    assert listing.read_text() == f"{good}\nnot-a-token\n"
    controller.keys.generate("bob", passphrase=PASSPHRASE)
    with pytest.raises(InvalidInputError, match="Value 1 is for key alice, not bob"):
        data.reencrypt("bob", [good])


def test_tampering_is_rejected_and_audited(
    controller: Controller, data: DataEncryptionService
) -> None:
    token = data.encrypt("alice", "secret text")
    _, blob = parse_token(token)
    for position in (len(blob) - 1, 12, 7):
        with pytest.raises((DecryptionError, ContainerFormatError)):
            data.decrypt(_tamper(token, position))
    # Naming another key is no way around it: the key id is bound into the key.
    controller.keys.generate("bob", passphrase=PASSPHRASE)
    with pytest.raises(DecryptionError, match="changed or damaged"):
        data.decrypt(make_token("bob", blob))
    with pytest.raises(ContainerFormatError, match="kfd1:"):
        data.decrypt("kfd2:alice:" + base64.urlsafe_b64encode(blob).decode())
    with pytest.raises(InvalidInputError, match="for key alice, not bob"):
        data.decrypt(token, key_id="bob")
    failures = [
        e for e in controller.audit.list(kind=AuditKind.DECRYPT) if e.details["outcome"] == "error"
    ]
    assert failures and failures[-1].details["error"] == "DecryptionError"
    assert data.metrics().failures >= 2


def test_a_locked_key_is_named(controller: Controller, data: DataEncryptionService) -> None:
    token = data.encrypt("alice", "x")
    controller.keys.lock_all()
    with pytest.raises(PassphraseRequiredError, match="alice is locked"):
        data.decrypt(token)
    with pytest.raises(PassphraseRequiredError, match="alice is locked"):
        data.encrypt("alice", "y")
    controller.keys.unlock("alice", PASSPHRASE)
    assert data.decrypt(token).value == "x"


def test_an_expired_version_is_named(controller: Controller, data: DataEncryptionService) -> None:
    token = data.encrypt("alice", "x")
    controller.rotation.rotate("alice", PASSPHRASE)
    controller.rotation.expire("alice", 1)
    with pytest.raises(DecryptionError, match="version 1 of key alice, which this vault no"):
        data.decrypt(token)


def test_audit_records_operations_without_data_or_keys(
    controller: Controller, data: DataEncryptionService
) -> None:
    token = data.encrypt("alice", "top secret words")
    data.decrypt(token)
    encrypted = controller.audit.list(kind=AuditKind.ENCRYPT)[-1]
    decrypted = controller.audit.list(kind=AuditKind.DECRYPT)[-1]
    assert (encrypted.key_id, encrypted.version, dict(encrypted.details)) == (
        "alice",
        1,
        {"action": "value", "format": "text", "outcome": "ok"},
    )
    assert decrypted.details["action"] == "value" and decrypted.version == 1
    everything = repr(controller.audit.list())
    _, blob = parse_token(token)
    assert "top secret" not in everything and token not in everything
    assert blob.hex() not in everything
    assert controller.audit.verify().ok


def test_one_engine_counts_every_operation(
    controller: Controller, data: DataEncryptionService
) -> None:
    assert controller.data is data  # one service (and one set of metrics) per controller
    data.decrypt(data.encrypt("alice", "x" * 2000))
    data.encrypt("alice", b"y")
    metrics = data.metrics()
    assert (metrics.encryptions, metrics.decryptions, metrics.compressed) == (2, 1, 1)
    assert metrics.encrypt_latency.count == 2 and metrics.decrypt_latency.count == 1
    assert "key" not in repr(data).lower().replace("keyfold", "")


def test_malformed_tokens_are_one_sentence(data: DataEncryptionService) -> None:
    for bad, match in (
        ("hello", "not a Keyfold data token"),
        ("kfd1:Bad Key:AAAA", "no valid key id"),
        ("kfd1:alice:!!!", "not base64url"),
        ("kfd1:alice:AAAA", "too short"),
    ):
        with pytest.raises(ContainerFormatError, match=match):
            data.decrypt(bad)

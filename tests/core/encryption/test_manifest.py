import json

import pytest

from keyfold.core.encryption.errors import ManifestError, ManifestFormatError
from keyfold.core.encryption.manifest import Manifest, ShardEntry, read_manifest, sign_manifest
from keyfold.core.encryption.recipients import seal_to_public_key
from keyfold.core.keys import KeyPair
from tests.core.encryption.helpers import flip


def manifest(sender: KeyPair, sizes: tuple[int, ...] = (4, 4, 2)) -> Manifest:
    shards = tuple(
        ShardEntry(f"{i:032x}", i, size, 1, "ab" * 32, acl="team", lineage="build-7")
        for i, size in enumerate(sizes)
    )
    return Manifest(
        file_id="00" * 16,
        created="2025-01-01T00:00:00Z",
        shard_size=4,
        total_size=sum(sizes),
        sender=sender.public,
        anonymous_sender=False,
        recipients=(seal_to_public_key(bytes(32), KeyPair.generate().public),),
        shards=shards,
        name="report.pdf",
        metadata={"project": "x"},
    )


def test_signed_manifest_round_trips() -> None:
    sender = KeyPair.generate()
    original = manifest(sender)
    assert read_manifest(sign_manifest(original, sender), "f.kfe") == original


def test_any_changed_byte_is_refused() -> None:
    sender = KeyPair.generate()
    block = sign_manifest(manifest(sender), sender)
    for index in (0, 5, 40, len(block) // 2, len(block) - 1):
        # A flip the parser catches is a format error; any other, a bad signature.
        with pytest.raises((ManifestError, ManifestFormatError)):
            read_manifest(flip(block, index), "f.kfe")


def test_a_manifest_signed_by_someone_else_is_refused() -> None:
    sender, mallory = KeyPair.generate(), KeyPair.generate()
    block = sign_manifest(manifest(sender), mallory)
    with pytest.raises(ManifestError, match=r"signature of f\.kfe"):
        read_manifest(block, "f.kfe")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(total_size=99), "total_size"),
        (lambda d: d["shards"][0].update(size=3), r"shards\[0\]\.size"),
        (lambda d: d["shards"][1].update(index=0), r"shards\[1\]\.index"),
        (lambda d: d["shards"][1].update(id=d["shards"][0]["id"]), r"shards\[1\]\.id"),
        (lambda d: d.update(shard_count=2), "shard_count"),
        (lambda d: d.update(version=3), "format/version"),
    ],
)
def test_inconsistent_fields_are_named(change, field) -> None:  # type: ignore[no-untyped-def]
    sender = KeyPair.generate()
    doc = manifest(sender).to_json()
    change(doc)
    body = json.dumps(doc).encode()
    block = b"KFM1" + len(body).to_bytes(4, "big") + body + sender.sign(b"x")
    with pytest.raises(ManifestFormatError, match=field):
        read_manifest(block, "f.kfe")


def _block(body: bytes) -> bytes:
    return b"KFM1" + len(body).to_bytes(4, "big") + body + bytes(64)


def _doc() -> dict[str, object]:
    sender = KeyPair.generate()
    document: dict[str, object] = json.loads(manifest(sender).encode())
    return document


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, "not valid JSON"),  # deeper than the stack
        (b'{"version":' + b"9" * 5000 + b"}", "not valid JSON"),  # too long to convert
    ],
)
def test_hostile_json_is_a_format_error(body: bytes, message: str) -> None:
    with pytest.raises(ManifestFormatError, match=message):
        read_manifest(_block(body), "f.kfe")


def test_more_passphrase_recipients_than_keyfold_reads_are_refused() -> None:
    from keyfold.core.encryption.recipients import seal_to_passphrase
    from tests.core.encryption.helpers import FAST_KDF

    doc = _doc()
    stanza = seal_to_passphrase(bytes(32), "pw", b"id", FAST_KDF).to_json()
    doc["recipients"] = [stanza] * 1000
    with pytest.raises(ManifestFormatError, match="1000 passphrase recipients"):
        read_manifest(_block(json.dumps(doc).encode()), "f.kfe")


def test_a_format_error_is_bad_input_and_a_bad_signature_a_failed_verification() -> None:
    from keyfold.core.errors import InvalidInputError, VerificationError

    assert issubclass(ManifestFormatError, InvalidInputError)
    assert not issubclass(ManifestFormatError, VerificationError)
    assert issubclass(ManifestError, VerificationError)

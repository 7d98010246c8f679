import hashlib

import blake3

from keyfold.core.encryption.packages import (
    HEADER_SIZE,
    OVERHEAD,
    PACKAGE_VERSION,
    PackageFault,
    open_shard,
    package_size,
    parse_header,
    seal_shard,
)
from keyfold.core.keys import KeyPair
from tests.core.encryption.helpers import flip, resign

MASTER = bytes(range(32))
FILE_ID = b"F" * 16
SHARD_ID = b"S" * 16


def sealed(
    sender: KeyPair, data: bytes = b"hello shard", version: int = PACKAGE_VERSION
) -> tuple[bytes, bytes]:
    shard = seal_shard(MASTER, FILE_ID, SHARD_ID, 3, data, sender, version=version)
    return shard.package, shard.digest


def test_round_trip_and_layout() -> None:
    sender = KeyPair.generate()
    package, digest = sealed(sender)
    assert len(package) == package_size(11) == 11 + OVERHEAD
    assert digest == blake3.blake3(package[:-64]).digest()
    header = parse_header(package)
    assert header is not None
    assert (header.file_id, header.shard_id, header.index, header.key_version) == (
        FILE_ID,
        SHARD_ID,
        3,
        1,
    )
    opened = open_shard(package, MASTER, sender.public, digest, FILE_ID, version=2)
    assert opened.fault is None and opened.plaintext == b"hello shard"


def test_each_fault_is_named() -> None:
    sender, stranger = KeyPair.generate(), KeyPair.generate()
    package, digest = sealed(sender)
    cases = {
        PackageFault.MALFORMED: open_shard(
            package[:-1], MASTER, sender.public, digest, FILE_ID, version=2
        ),
        PackageFault.BAD_SIGNATURE: open_shard(
            flip(package, len(package) - 1), MASTER, sender.public, digest, FILE_ID, version=2
        ),
        PackageFault.FOREIGN_SIGNER: open_shard(
            resign(package, stranger), MASTER, sender.public, digest, FILE_ID, version=2
        ),
        PackageFault.DIGEST_MISMATCH: open_shard(
            package, MASTER, sender.public, bytes(32), FILE_ID, version=2
        ),
        PackageFault.UNDECRYPTABLE: open_shard(
            package, bytes(32), sender.public, digest, FILE_ID, version=2
        ),
    }
    for fault, opened in cases.items():
        assert opened.fault is fault and opened.plaintext is None
    wrong_file = open_shard(package, MASTER, sender.public, digest, b"G" * 16, version=2)
    assert wrong_file.fault is PackageFault.MALFORMED


def test_a_changed_ciphertext_byte_breaks_the_signature() -> None:
    sender = KeyPair.generate()
    package, digest = sealed(sender)
    opened = open_shard(
        flip(package, HEADER_SIZE + 2), MASTER, sender.public, digest, FILE_ID, version=2
    )
    assert opened.fault is PackageFault.BAD_SIGNATURE


def test_parse_header_rejects_non_packages() -> None:
    assert parse_header(b"short") is None
    assert parse_header(b"XXXX" + bytes(200)) is None


def test_version_1_packages_use_sha256_and_only_open_as_version_1() -> None:
    sender = KeyPair.generate()
    package, digest = sealed(sender, version=1)
    assert digest == hashlib.sha256(package[:-64]).digest()
    opened = open_shard(package, MASTER, sender.public, digest, FILE_ID, version=1)
    assert opened.plaintext == b"hello shard"
    # Another version's digest and label: the signature cannot carry over.
    as_v2 = open_shard(package, MASTER, sender.public, digest, FILE_ID, version=2)
    assert as_v2.fault is PackageFault.BAD_SIGNATURE
    v2_package, v2_digest = sealed(sender)
    as_v1 = open_shard(v2_package, MASTER, sender.public, v2_digest, FILE_ID, version=1)
    assert as_v1.fault is PackageFault.BAD_SIGNATURE


def test_into_buffers_hold_the_same_bytes() -> None:
    sender = KeyPair.generate()
    data = bytes(range(256)) * 4
    out = bytearray(2000)
    shard = seal_shard(MASTER, FILE_ID, SHARD_ID, 0, memoryview(data), sender, out=out)
    assert bytes(shard.parts[1]) == bytes(out[: len(data) + 16])
    plain = bytearray(1500)
    package = bytearray(shard.package) + b"spare room"
    opened = open_shard(
        memoryview(package)[: shard.size],
        MASTER,
        sender.public,
        shard.digest,
        FILE_ID,
        plain,
        version=PACKAGE_VERSION,
    )
    assert opened.plaintext is not None and bytes(opened.plaintext) == data
    # A failed tag check hands back no view of the buffer, whatever it holds.
    refused = open_shard(
        shard.package, bytes(32), sender.public, shard.digest, FILE_ID, plain, version=2
    )
    assert refused.fault is PackageFault.UNDECRYPTABLE and refused.plaintext is None

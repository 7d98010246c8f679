import hashlib

from keyfold.core.encryption.packages import (
    HEADER_SIZE,
    OVERHEAD,
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


def sealed(sender: KeyPair, data: bytes = b"hello shard") -> tuple[bytes, bytes]:
    shard = seal_shard(MASTER, FILE_ID, SHARD_ID, 3, data, sender)
    return shard.package, shard.digest


def test_round_trip_and_layout() -> None:
    sender = KeyPair.generate()
    package, digest = sealed(sender)
    assert len(package) == package_size(11) == 11 + OVERHEAD
    assert digest == hashlib.sha256(package[:-64]).digest()
    header = parse_header(package)
    assert header is not None
    assert (header.file_id, header.shard_id, header.index, header.key_version) == (
        FILE_ID,
        SHARD_ID,
        3,
        1,
    )
    opened = open_shard(package, MASTER, sender.public, digest, FILE_ID)
    assert opened.fault is None and opened.plaintext == b"hello shard"


def test_each_fault_is_named() -> None:
    sender, stranger = KeyPair.generate(), KeyPair.generate()
    package, digest = sealed(sender)
    cases = {
        PackageFault.MALFORMED: open_shard(package[:-1], MASTER, sender.public, digest, FILE_ID),
        PackageFault.BAD_SIGNATURE: open_shard(
            flip(package, len(package) - 1), MASTER, sender.public, digest, FILE_ID
        ),
        PackageFault.FOREIGN_SIGNER: open_shard(
            resign(package, stranger), MASTER, sender.public, digest, FILE_ID
        ),
        PackageFault.DIGEST_MISMATCH: open_shard(
            package, MASTER, sender.public, bytes(32), FILE_ID
        ),
        PackageFault.UNDECRYPTABLE: open_shard(package, bytes(32), sender.public, digest, FILE_ID),
    }
    for fault, opened in cases.items():
        assert opened.fault is fault and opened.plaintext is None
    wrong_file = open_shard(package, MASTER, sender.public, digest, b"G" * 16)
    assert wrong_file.fault is PackageFault.MALFORMED


def test_a_changed_ciphertext_byte_breaks_the_signature() -> None:
    sender = KeyPair.generate()
    package, digest = sealed(sender)
    opened = open_shard(flip(package, HEADER_SIZE + 2), MASTER, sender.public, digest, FILE_ID)
    assert opened.fault is PackageFault.BAD_SIGNATURE


def test_parse_header_rejects_non_packages() -> None:
    assert parse_header(b"short") is None
    assert parse_header(b"XXXX" + bytes(200)) is None

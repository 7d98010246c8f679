"""Shared test helpers: fast settings and surgery on encrypted outputs."""

import struct
from dataclasses import dataclass
from pathlib import Path

from keyfold.core.encryption.container import KFE_HEADER_SIZE
from keyfold.core.encryption.packages import (
    HEADER_SIZE,
    PACKAGE_VERSION,
    package_digest,
    parse_header,
    signed_message,
)
from keyfold.core.encryption.recipients import PassphraseParams
from keyfold.core.keys import KeyPair

FAST_KDF = PassphraseParams(memory_kib=8, iterations=1, parallelism=1)


@dataclass
class KfeParts:
    header: bytes
    packages: list[bytes]
    manifest_block: bytes

    def build(self) -> bytes:
        body = self.header + b"".join(self.packages)
        return body + self.manifest_block + b"KFT1" + struct.pack(">Q", len(body))


def split_kfe(path: Path) -> KfeParts:
    data = path.read_bytes()
    (offset,) = struct.unpack(">Q", data[-8:])
    packages, position = [], KFE_HEADER_SIZE
    while position < offset:
        header = parse_header(data[position:])
        assert header is not None
        end = position + HEADER_SIZE + header.ciphertext_size + 64
        packages.append(data[position:end])
        position = end
    return KfeParts(data[:KFE_HEADER_SIZE], packages, data[offset:-12])


def resign(package: bytes, signer: KeyPair, version: int = PACKAGE_VERSION) -> bytes:
    """The same package claimed and signed by another key."""
    head = bytearray(package[:HEADER_SIZE])
    head[48:80] = signer.public.raw
    body = bytes(head) + package[HEADER_SIZE:-64]
    return body + signer.sign(signed_message(version, package_digest(version, body)))


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]

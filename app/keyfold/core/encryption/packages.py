"""Shard packages: one AES-256-GCM encrypted shard, its header and Ed25519 signature.

Layout (big-endian): "KFS1" | file_id 16 | shard_id 16 | index u64 | key_version u32 |
signer public key 32 | nonce 12 | ciphertext length u64 | ciphertext (with GCM tag) |
signature 64. The header (the first 100 bytes) is the GCM associated data; the digest
is of header and ciphertext; the signature covers a label and that digest. The
container version (in the signed manifest) picks the digest: 1 SHA-256, 2 BLAKE3-256,
each with its own label. The layout is the same in both.
"""

import hashlib
import secrets
import struct
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import blake3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from keyfold.core.encryption.shard_keys import SHARD_ID_SIZE, derive_shard_key
from keyfold.core.keys import PUBLIC_KEY_SIZE, SIGNATURE_SIZE, PublicKey

PACKAGE_MAGIC = b"KFS1"
FILE_ID_SIZE = 16
NONCE_SIZE = 12
TAG_SIZE = 16
_HEADER = struct.Struct(f">4s{FILE_ID_SIZE}s{SHARD_ID_SIZE}sQI{PUBLIC_KEY_SIZE}s{NONCE_SIZE}sQ")
HEADER_SIZE = _HEADER.size
OVERHEAD = HEADER_SIZE + TAG_SIZE + SIGNATURE_SIZE
# The container version new files are written as. BLAKE3 runs at several GB/s on
# one core, SHA-256 (even with SHA-NI) at about 1.5: with AES-GCM at over 5 GB/s,
# SHA-256 was most of a shard's cost.
PACKAGE_VERSION = 2
SIGNATURE_LABELS = {1: b"keyfold shard package v1\x00", 2: b"keyfold shard package v2\x00"}

Bytes = bytes | bytearray | memoryview  # what buffers may be passed as


def sync_marker(file_id: bytes) -> bytes:
    """The bytes every package of one file starts with; readers resync on them."""
    return PACKAGE_MAGIC + file_id


def package_size(plaintext_size: int) -> int:
    return plaintext_size + OVERHEAD


def package_digest(version: int, *parts: Bytes) -> bytes:
    """The digest of a package's header and ciphertext under container `version`."""
    if version == 1:
        sha = hashlib.sha256()
        for part in parts:
            sha.update(part)
        return sha.digest()
    if version == 2:
        b3 = blake3.blake3()
        for part in parts:
            b3.update(part)
        return b3.digest()
    raise ValueError(f"no package format {version}")


def signed_message(version: int, digest: bytes) -> bytes:
    """What a package signature covers: the version's label and the digest."""
    return SIGNATURE_LABELS[version] + digest


@dataclass(frozen=True)
class PackageHeader:
    file_id: bytes
    shard_id: bytes
    index: int
    key_version: int
    signer: bytes
    nonce: bytes
    ciphertext_size: int

    def encode(self) -> bytes:
        return _HEADER.pack(
            PACKAGE_MAGIC,
            self.file_id,
            self.shard_id,
            self.index,
            self.key_version,
            self.signer,
            self.nonce,
            self.ciphertext_size,
        )


def parse_header(data: Bytes) -> PackageHeader | None:
    """The header at the start of `data`, or None when it is not a package header."""
    if len(data) < HEADER_SIZE:
        return None
    magic, file_id, shard_id, index, version, signer, nonce, size = _HEADER.unpack_from(data)
    if magic != PACKAGE_MAGIC or size < TAG_SIZE:
        return None
    return PackageHeader(file_id, shard_id, index, version, signer, nonce, size)


class PackageSigner(Protocol):
    """Who signs packages: a KeyPair, or the same key loaded once for many shards."""

    @property
    def public(self) -> PublicKey: ...

    def sign(self, message: bytes) -> bytes: ...


@dataclass(frozen=True)
class SealedShard:
    """A finished package (as its parts, to spare a copy) and its manifest digest."""

    parts: tuple[bytes, Bytes, bytes]  # header, ciphertext (maybe a caller's buffer), signature
    digest: bytes

    @property
    def package(self) -> bytes:
        return b"".join(self.parts)

    @property
    def size(self) -> int:
        return sum(len(part) for part in self.parts)


def seal_shard(
    master_key: bytes,
    file_id: bytes,
    shard_id: bytes,
    index: int,
    plaintext: Bytes,
    sender: PackageSigner,
    key_version: int = 1,
    out: bytearray | None = None,
    version: int = PACKAGE_VERSION,
) -> SealedShard:
    """Encrypt one shard under its derived key and sign the package.

    With `out` (at least plaintext + 16 bytes) the ciphertext is written there
    and the package refers to it, so a reused buffer spares an allocation.
    """
    key = derive_shard_key(master_key, shard_id, key_version, file_id)
    # The per-shard key is unique, so a random nonce is defence in depth only.
    nonce = secrets.token_bytes(NONCE_SIZE)
    header = PackageHeader(
        file_id, shard_id, index, key_version, sender.public.raw, nonce, len(plaintext) + TAG_SIZE
    ).encode()
    cipher = AESGCM(key)
    ciphertext: Bytes
    if out is None:
        ciphertext = cipher.encrypt(nonce, plaintext, header)
    else:
        ciphertext = memoryview(out)[: len(plaintext) + TAG_SIZE]
        cipher.encrypt_into(nonce, plaintext, header, ciphertext)
    digest = package_digest(version, header, ciphertext)
    signature = sender.sign(signed_message(version, digest))
    return SealedShard((header, ciphertext, signature), digest)


class PackageFault(StrEnum):
    """Why a package was rejected."""

    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad-signature"
    FOREIGN_SIGNER = "foreign-signer"
    DIGEST_MISMATCH = "digest-mismatch"
    UNDECRYPTABLE = "undecryptable"


@dataclass(frozen=True)
class OpenedShard:
    """The outcome of checking one package: plaintext, or the fault found."""

    header: PackageHeader | None
    plaintext: Bytes | None
    fault: PackageFault | None


def open_shard(
    package: Bytes,
    master_key: bytes,
    sender: PublicKey,
    expected_digest: bytes,
    expected_file_id: bytes,
    out: bytearray | None = None,
    *,
    version: int,
) -> OpenedShard:
    """Verify a package (signer, signature, manifest digest) and decrypt it.

    Nothing is decrypted before the signature and digest check out. With `out`
    (at least the plaintext size) the plaintext is a view of that buffer;
    after a failed tag check its contents are garbage, never returned.
    """
    header = parse_header(package)
    if (
        header is None
        or header.file_id != expected_file_id
        or len(package) != HEADER_SIZE + header.ciphertext_size + SIGNATURE_SIZE
    ):
        return OpenedShard(header, None, PackageFault.MALFORMED)
    body_end = HEADER_SIZE + header.ciphertext_size
    view = memoryview(package)
    digest = package_digest(version, view[:body_end])
    signature = bytes(view[body_end:])
    message = signed_message(version, digest)
    if header.signer != sender.raw:
        if PublicKey(header.signer).verify(signature, message):
            return OpenedShard(header, None, PackageFault.FOREIGN_SIGNER)
        return OpenedShard(header, None, PackageFault.BAD_SIGNATURE)
    if not sender.verify(signature, message):
        return OpenedShard(header, None, PackageFault.BAD_SIGNATURE)
    if digest != expected_digest:
        return OpenedShard(header, None, PackageFault.DIGEST_MISMATCH)
    key = derive_shard_key(master_key, header.shard_id, header.key_version, header.file_id)
    ciphertext, associated = view[HEADER_SIZE:body_end], bytes(view[:HEADER_SIZE])
    plaintext: Bytes
    try:
        if out is None:
            plaintext = AESGCM(key).decrypt(header.nonce, ciphertext, associated)
        else:
            plaintext = memoryview(out)[: header.ciphertext_size - TAG_SIZE]
            AESGCM(key).decrypt_into(header.nonce, ciphertext, associated, plaintext)
    except InvalidTag:
        return OpenedShard(header, None, PackageFault.UNDECRYPTABLE)
    return OpenedShard(header, plaintext, None)

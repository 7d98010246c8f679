"""SSH signatures (OpenSSH's PROTOCOL.sshsig): what `ssh-keygen -Y sign` writes, armored.

A signature binds a namespace ("git", "file", ...) and the SHA-512 (or
SHA-256) of the message; the Ed25519 signature covers a small structure
holding both, so a signature made for one namespace never passes for another.
"""

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from keyfold.core.errors import SignatureFormatError
from keyfold.core.keys import PublicKey
from keyfold.core.ssh.wire import (
    Reader,
    WireFormatError,
    parse_public_key_blob,
    parse_signature_blob,
    public_key_blob,
    signature_blob,
    string,
    uint32,
)

MAGIC = b"SSHSIG"
VERSION = 1
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
DEFAULT_HASH = "sha512"
HASHES = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
LINE_WIDTH = 70  # what ssh-keygen wraps its armor at
CHUNK_SIZE = 1024 * 1024
# An ed25519 signature armors to about 300 characters; anything this large is another file.
MAX_ARMORED_SIZE = 64 * 1024
MAX_NAMESPACE_LENGTH = 256


@dataclass(frozen=True)
class SshSignature:
    """A parsed SSH signature: who signed, for which namespace, with which hash."""

    public_key: PublicKey
    namespace: str
    hash_algorithm: str
    signature: bytes
    reserved: bytes = b""

    def to_blob(self) -> bytes:
        return (
            MAGIC
            + uint32(VERSION)
            + string(public_key_blob(self.public_key))
            + string(self.namespace.encode("utf-8"))
            + string(self.reserved)
            + string(self.hash_algorithm.encode("ascii"))
            + string(signature_blob(self.signature))
        )

    def armored(self) -> str:
        """The `-----BEGIN SSH SIGNATURE-----` text, ending in a newline."""
        body = base64.b64encode(self.to_blob()).decode("ascii")
        lines = [body[i : i + LINE_WIDTH] for i in range(0, len(body), LINE_WIDTH)]
        return "\n".join([BEGIN, *lines, END]) + "\n"

    def verify_digest(self, digest: bytes) -> bool:
        """True when the signature covers this message digest under its namespace."""
        return self.public_key.verify(
            self.signature, signed_data(self.namespace, self.hash_algorithm, digest)
        )


def check_namespace(namespace: str) -> str:
    if not namespace:
        raise SignatureFormatError("An SSH signature needs a namespace (-n), such as git or file.")
    if len(namespace) > MAX_NAMESPACE_LENGTH or any(ord(c) < 0x20 for c in namespace):
        raise SignatureFormatError("The signature namespace is too long or holds control codes.")
    return namespace


def signed_data(namespace: str, hash_algorithm: str, digest: bytes, reserved: bytes = b"") -> bytes:
    """The bytes the Ed25519 signature covers (PROTOCOL.sshsig's signed data)."""
    return (
        MAGIC
        + string(namespace.encode("utf-8"))
        + string(reserved)
        + string(hash_algorithm.encode("ascii"))
        + string(digest)
    )


def digest_stream(
    stream: BinaryIO, hash_algorithm: str = DEFAULT_HASH, cancel: Callable[[], None] | None = None
) -> bytes:
    """The message digest, read in chunks so a large file takes constant memory."""
    hasher = HASHES[hash_algorithm]()
    while chunk := stream.read(CHUNK_SIZE):
        hasher.update(chunk)
        if cancel is not None:
            cancel()
    return hasher.digest()


def digest_bytes(data: bytes, hash_algorithm: str = DEFAULT_HASH) -> bytes:
    return HASHES[hash_algorithm](data).digest()


def sign_digest(
    sign: Callable[[bytes], bytes],
    public_key: PublicKey,
    namespace: str,
    digest: bytes,
    hash_algorithm: str = DEFAULT_HASH,
) -> SshSignature:
    """An SSH signature from a signer of raw bytes (a key pair, or an agent)."""
    check_namespace(namespace)
    signature = sign(signed_data(namespace, hash_algorithm, digest))
    made = SshSignature(public_key, namespace, hash_algorithm, signature)
    # A signer that returns something else (a broken agent) must not go unnoticed.
    if not made.verify_digest(digest):
        raise SignatureFormatError("The signer returned a signature that does not verify.")
    return made


def parse_armored(data: bytes | str, source: str = "The signature") -> SshSignature:
    """Read an armored SSH signature; every malformation is named in one sentence."""
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    if len(data) > MAX_ARMORED_SIZE:
        raise SignatureFormatError(f"{source} is too large to be an SSH signature.")
    lines = [line.strip() for line in data.decode("ascii", "replace").splitlines()]
    lines = [line for line in lines if line]
    if not lines or lines[0] != BEGIN:
        raise SignatureFormatError(f"{source} does not start with {BEGIN}.")
    if END not in lines:
        raise SignatureFormatError(f"{source} has no {END} line.")
    body = "".join(lines[1 : lines.index(END)])
    try:
        blob = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureFormatError(
            f"{source} is not valid base64 between its armor lines."
        ) from exc
    return parse_blob(blob, source)


def parse_blob(blob: bytes, source: str = "The signature") -> SshSignature:
    try:
        reader = Reader(blob, source)
        if reader.raw(len(MAGIC), "magic") != MAGIC:
            raise SignatureFormatError(f"{source} does not start with SSHSIG.")
        version = reader.uint32("version")
        if version != VERSION:
            raise SignatureFormatError(f"{source} has version {version}; only 1 exists.")
        public_key = parse_public_key_blob(
            reader.string("public key"), f"The key of {_lower(source)}"
        )
        namespace = check_namespace(_text(reader.string("namespace"), source, "namespace"))
        reserved = reader.string("reserved field")
        hash_algorithm = _text(reader.string("hash algorithm"), source, "hash algorithm")
        if hash_algorithm not in HASHES:
            raise SignatureFormatError(
                f"{source} uses the hash {hash_algorithm[:40]!r}; only sha512 and sha256 exist."
            )
        signature = parse_signature_blob(reader.string("signature"), source)
        reader.end()
    except WireFormatError as exc:
        raise SignatureFormatError(str(exc)) from exc
    return SshSignature(public_key, namespace, hash_algorithm, signature, reserved)


def looks_like_ssh_signature(head: bytes) -> bool:
    """True when the first bytes of a file are an SSH signature's armor."""
    return head.lstrip().startswith(BEGIN.encode("ascii"))


def _text(raw: bytes, source: str, field: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SignatureFormatError(f"The {field} of {_lower(source)} is not UTF-8.") from exc


def _lower(source: str) -> str:
    return source[:1].lower() + source[1:]

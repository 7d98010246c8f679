"""The DataFold JavaScript SDK's binary backup container (`.dfkb`), read with every length checked.

Layout, as the SDK's `exportKey(..., {format: "binary"})` writes it, all
integers unsigned 32-bit little-endian:

    "DFKB" | version (1) | PBKDF2 iterations | salt (32) | nonce (12)
    | timestamp length | ISO 8601 timestamp (UTF-8) | AES-256-GCM ciphertext + tag

The sealed plaintext is the same JSON the SDK's JSON backups hold.
"""

import struct
from dataclasses import dataclass, field

from keyfold.core.backup.ciphers import NONCE_SIZES, TAG_SIZE, CipherKind
from keyfold.core.backup.jsonfields import MAX_BACKUP_BYTES
from keyfold.core.errors import BackupFormatError

MAGIC = b"DFKB"
VERSION = 1
SALT_SIZE = 32  # fixed by the SDK: the header has no salt length
NONCE_SIZE = NONCE_SIZES[CipherKind.AES_GCM]
MAX_TIMESTAMP_BYTES = 64  # the SDK writes Date.toISOString(): 24 bytes
_U32 = struct.Struct("<I")
HEADER_SIZE = len(MAGIC) + 2 * _U32.size + SALT_SIZE + NONCE_SIZE + _U32.size
# The smallest plaintext the SDK could seal is "{}".
MIN_CIPHERTEXT_SIZE = 2 + TAG_SIZE


@dataclass(frozen=True)
class Container:
    """The fields of a `.dfkb` file; nothing in it is decrypted."""

    iterations: int
    timestamp: str
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)


def is_dfkb(data: bytes) -> bool:
    """True when `data` starts with the container's magic bytes (valid or not)."""
    return data.startswith(MAGIC)


def parse_dfkb(data: bytes) -> Container:
    """Split a `.dfkb` file into its fields; every length is checked before it is used."""
    if len(data) > MAX_BACKUP_BYTES:
        raise BackupFormatError(
            f"The backup file is {len(data)} bytes, larger than the {MAX_BACKUP_BYTES} allowed.",
            field="file",
        )
    if not is_dfkb(data):
        raise BackupFormatError("The file does not start with DFKB.", field="magic")
    if len(data) < HEADER_SIZE:
        raise BackupFormatError(
            f"The binary backup is {len(data)} bytes, shorter than its {HEADER_SIZE}-byte header.",
            field="header",
        )
    offset = len(MAGIC)
    (version,) = _U32.unpack_from(data, offset)
    if version != VERSION:
        raise BackupFormatError(
            f"The binary backup's version is {version}; only {VERSION} is supported.",
            field="version",
        )
    (iterations,) = _U32.unpack_from(data, offset + _U32.size)
    offset += 2 * _U32.size
    salt = data[offset : offset + SALT_SIZE]
    offset += SALT_SIZE
    nonce = data[offset : offset + NONCE_SIZE]
    offset += NONCE_SIZE
    (stamp_size,) = _U32.unpack_from(data, offset)
    offset += _U32.size
    if stamp_size > MAX_TIMESTAMP_BYTES:
        raise BackupFormatError(
            f"The binary backup's timestamp length is {stamp_size} bytes; at most "
            f"{MAX_TIMESTAMP_BYTES} are allowed.",
            field="timestamp",
        )
    remaining = len(data) - offset
    if stamp_size + MIN_CIPHERTEXT_SIZE > remaining:
        raise BackupFormatError(
            f"The binary backup's timestamp length ({stamp_size} bytes) leaves too few of the "
            f"{remaining} remaining bytes for a ciphertext.",
            field="timestamp",
        )
    try:
        timestamp = data[offset : offset + stamp_size].decode("ascii")
    except UnicodeDecodeError:
        raise BackupFormatError(
            "The binary backup's timestamp is not ASCII text.", field="timestamp"
        ) from None
    if not timestamp.isprintable():
        raise BackupFormatError(
            "The binary backup's timestamp holds control characters.", field="timestamp"
        )
    return Container(
        iterations=iterations,
        timestamp=timestamp,
        salt=salt,
        nonce=nonce,
        ciphertext=data[offset + stamp_size :],
    )
